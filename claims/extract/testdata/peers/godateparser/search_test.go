//go:build unix

// Package godateparser measures github.com/markusmobius/go-dateparser's
// Search over the BBC 2005 corpus, beside claims/extract's
// BenchmarkExtractCorpus (issue 3, item 7). It is a module of its own so
// that the veracity module does not depend on go-dateparser; under testdata,
// `go test ./...` of the main module passes it by.
//
//	cd claims/extract/testdata/peers/godateparser
//	go test -run '^$' -bench . -cpu 1 -count 5
//
// Like the corpus benchmarks of claims/extract it reports cpu-MB/s, text
// per second of the process's CPU time, beside MB/s of wall time.
package godateparser

import (
	"archive/tar"
	"compress/gzip"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	dps "github.com/markusmobius/go-dateparser"
)

var corpusPath = flag.String("corpus",
	filepath.Join("..", "..", "..", "..", "..", "..", "shared", "corpus", "bbc-news-2005.tar.gz"),
	"the BBC corpus (tar.gz)")

// readCorpus reads the articles as BenchmarkExtractCorpus does: every
// regular file of the archive whose name ends in ".txt", in archive order.
func readCorpus(b *testing.B) ([]string, int64) {
	f, err := os.Open(*corpusPath)
	if os.IsNotExist(err) {
		b.Skipf("no BBC corpus at %s: %v", *corpusPath, err)
	}
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	tr := tar.NewReader(zr)
	var (
		articles []string
		total    int64
	)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			b.Fatal(err)
		}
		if h.Typeflag != tar.TypeReg || !strings.HasSuffix(h.Name, ".txt") {
			continue
		}
		data, err := io.ReadAll(tr)
		if err != nil {
			b.Fatal(err)
		}
		articles = append(articles, string(data))
		total += int64(len(data))
	}
	return articles, total
}

// BenchmarkSearchCorpus runs dps.Search, English only, over every article;
// one iteration is one pass over the corpus.
func BenchmarkSearchCorpus(b *testing.B) {
	articles, total := readCorpus(b)
	cfg := &dps.Configuration{
		Languages:   []string{"en"},
		CurrentTime: time.Date(2005, 6, 15, 0, 0, 0, 0, time.UTC), // as corpusPublished
	}
	var p dps.Parser
	b.SetBytes(total)
	b.ReportAllocs()
	var n int
	cpu0 := cpuTime()
	for b.Loop() {
		n = 0
		for _, text := range articles {
			_, found, err := p.Search(cfg, text)
			if err != nil {
				b.Fatal(err)
			}
			n += len(found)
		}
	}
	if d := cpuTime() - cpu0; d > 0 {
		b.ReportMetric(float64(total)*float64(b.N)/d.Seconds()/1e6, "cpu-MB/s")
	}
	b.ReportMetric(float64(n), "results")
}

// cpuTime is the CPU time the process has used so far, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
