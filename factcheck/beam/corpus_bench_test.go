package beam

import (
	"archive/tar"
	"compress/gzip"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// corpusPath is the BBC 2005 corpus in the shared data beside the
// repository (see BENCHMARKS.md, "Archive pipeline").
var corpusPath = filepath.Join("..", "..", "..", "shared", "corpus", "bbc-news-2005.tar.gz")

// loadCorpus returns the corpus's articles, dated 2005-06-15, or skips.
func loadCorpus(b *testing.B) []Article {
	f, err := os.Open(corpusPath)
	if err != nil {
		b.Skipf("no corpus: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	tr := tar.NewReader(zr)
	var arts []Article
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			b.Fatal(err)
		}
		if h.Typeflag != tar.TypeReg || !strings.HasSuffix(h.Name, ".txt") || strings.HasSuffix(h.Name, "README.TXT") {
			continue
		}
		data, err := io.ReadAll(tr)
		if err != nil {
			b.Fatal(err)
		}
		a, err := TextArticle(h.Name, data, "2005-06-15", nil)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a)
	}
	return arts
}

// BenchmarkWorkerCorpus checks every article of the corpus with one
// Worker, as a pipeline worker does, and reports what each article sends
// through the shuffles: its report line (grouped by shard) and its keyed
// claims (grouped by key). One op is one pass over the corpus.
func BenchmarkWorkerCorpus(b *testing.B) {
	arts := loadCorpus(b)
	w, err := NewWorker(nil, mustDate("2005-06-15"))
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	var reportBytes, keyedBytes, keyed, textBytes int
	for i := 0; i < b.N; i++ {
		reportBytes, keyedBytes, keyed, textBytes = 0, 0, 0, 0
		for _, a := range arts {
			c, err := w.Check(ctx, a)
			if err != nil {
				b.Fatal(err)
			}
			textBytes += len(a.Text)
			reportBytes += len(c.Line)
			for j := range c.Keyed {
				v, err := json.Marshal(&c.Keyed[j])
				if err != nil {
					b.Fatal(err)
				}
				keyedBytes += len(c.Keys[j].String()) + len(v)
			}
			keyed += len(c.Keyed)
		}
	}
	n := float64(len(arts))
	b.ReportMetric(n*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(textBytes)/n, "text-B/article")
	b.ReportMetric(float64(reportBytes)/n, "report-B/article")
	b.ReportMetric(float64(keyed)/n, "keyed-claims/article")
	b.ReportMetric(float64(keyedBytes)/n, "keyed-B/article")
}

// mustDate is ParseDate for a date known to be good.
func mustDate(s string) time.Time {
	t, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return t
}
