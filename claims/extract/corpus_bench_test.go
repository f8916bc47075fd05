//go:build unix

package extract_test

// Benchmarks of extraction over a real news corpus: the 2,225 BBC articles
// of 2004–2005 in ../shared/corpus/bbc-news-2005.tar.gz (issue 3, items 7
// and 8). The archive is read in place, into memory, and never extracted
// into the repository; the benchmarks skip when it is absent, as in a fresh
// clone. The same articles, taken by the same rule, feed the side-by-side
// script in testdata/peers (chrono-node and Recognizers-Text).
//
//	go test -run '^$' -bench Corpus -cpu 1 -count 5 ./claims/extract/
//
// Besides MB/s (text per second of wall time) they report cpu-MB/s, text
// per second of the process's CPU time (getrusage, user + system), which a
// machine shared with other work leaves nearly as it would be on an idle
// core. testdata/peers/sidebyside.sh runs them beside the npm peers.
//
// Peak memory of one pass over the corpus:
//
//	go test -c -o /tmp/extract.test ./claims/extract/
//	/usr/bin/time -v /tmp/extract.test -test.run '^$' -test.bench BenchmarkExtractCorpus -test.benchtime 1x -test.cpu 1

import (
	"archive/tar"
	"compress/gzip"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
)

// corpusPath is where the BBC corpus lies relative to this package.
var corpusPath = filepath.Join("..", "..", "..", "shared", "corpus", "bbc-news-2005.tar.gz")

// corpusPublished anchors the articles' relative times: the corpus gives no
// dates, only "2004–2005", so every article is taken as published mid-2005.
var corpusPublished = time.Date(2005, 6, 15, 0, 0, 0, 0, time.UTC)

var corpus struct {
	once     sync.Once
	articles []string
	bytes    int64
	err      error
}

// loadCorpus returns the articles of the BBC corpus, read once per process:
// every regular file of the archive whose name ends in ".txt" (which leaves
// out bbc/README.TXT), in archive order, as is.
func loadCorpus(b *testing.B) ([]string, int64) {
	b.Helper()
	corpus.once.Do(func() {
		corpus.articles, corpus.bytes, corpus.err = readCorpus(corpusPath)
	})
	if errors.Is(corpus.err, fs.ErrNotExist) {
		b.Skipf("no BBC corpus at %s (it comes with ../shared): %v", corpusPath, corpus.err)
	}
	if corpus.err != nil {
		b.Fatal(corpus.err)
	}
	return corpus.articles, corpus.bytes
}

func readCorpus(path string) ([]string, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, 0, err
	}
	tr := tar.NewReader(zr)
	var (
		articles []string
		total    int64
		sb       strings.Builder
	)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, 0, err
		}
		if h.Typeflag != tar.TypeReg || !strings.HasSuffix(h.Name, ".txt") {
			continue
		}
		sb.Reset()
		sb.Grow(int(h.Size))
		if _, err := io.Copy(&sb, tr); err != nil {
			return nil, 0, err
		}
		articles = append(articles, sb.String())
		total += int64(sb.Len())
	}
	if len(articles) == 0 {
		return nil, 0, errors.New(path + ": no .txt articles")
	}
	return articles, total, nil
}

// cpuTime is the CPU time the process has used so far, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports cpu-MB/s: b.N passes over bytes of text in the CPU
// time used since cpu0.
func reportCPU(b *testing.B, cpu0 time.Duration, bytes int64) {
	if d := cpuTime() - cpu0; d > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/d.Seconds()/1e6, "cpu-MB/s")
	}
}

// BenchmarkExtractCorpus runs full extraction (sentences, mentions,
// modality, claims) over every article of the corpus, one document at a
// time, without a knowledge base and with the Alaska one, through one
// Extractor that has the kb indexed, as the CLI and the web handler do. One
// iteration is one pass over the corpus; MB/s is article text per second.
func BenchmarkExtractCorpus(b *testing.B) {
	articles, total := loadCorpus(b)
	kb, err := claims.Load(filepath.Join("..", "..", "examples", "alaska", "kb.yaml"))
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		kb   *claims.Set
	}{{"kb=none", nil}, {"kb=alaska", kb}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(total)
			b.ReportAllocs()
			var nclaims int
			ex := extract.New(extract.KnowledgeBase(bc.kb))
			cpu0 := cpuTime()
			for b.Loop() {
				nclaims = 0
				for _, text := range articles {
					set, err := ex.Extract(claims.Document{Text: text, Published: corpusPublished}, bc.kb)
					if err != nil {
						b.Fatal(err)
					}
					nclaims += len(set.Claims)
				}
			}
			reportCPU(b, cpu0, total)
			b.ReportMetric(float64(len(articles)), "articles")
			b.ReportMetric(float64(nclaims), "claims")
		})
	}
}

// BenchmarkMentionsCorpus runs the mention finder alone (quantities, times
// and entities, resolved) over the corpus: the part of extraction that does
// what chrono-node and Recognizers-Text do.
func BenchmarkMentionsCorpus(b *testing.B) {
	articles, total := loadCorpus(b)
	b.SetBytes(total)
	b.ReportAllocs()
	var n int
	cpu0 := cpuTime()
	for b.Loop() {
		n = 0
		for _, text := range articles {
			n += len(extract.Mentions(claims.Document{Text: text, Published: corpusPublished}, nil))
		}
	}
	reportCPU(b, cpu0, total)
	b.ReportMetric(float64(n), "mentions")
}
