//go:build unix

package main

// BenchmarkCheckCorpus times the whole check pipeline through the CLI
// (issue 11): `veracity check --published 2005-06-30 --format json` over
// the 2,225 articles of the BBC corpus in ../shared/corpus, as one
// process given every file: reading each article, extracting its claims,
// checking them and writing the JSON Lines report. The articles are
// written once into a temporary directory (never into the repository);
// the benchmark skips when the corpus is absent, as in a fresh clone.
//
//	GOMAXPROCS=1 go test -run '^$' -bench CheckCorpus -benchtime 1x -cpu 1 ./cmd/veracity/
//
// Besides MB/s (article text per second of wall time) it reports
// cpu-MB/s, text per second of the process's CPU time (getrusage, user +
// system), which a machine shared with other work leaves nearly as it
// would be on an idle core.

import (
	"archive/tar"
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks"
)

// corpusPath is where the BBC corpus lies relative to this package.
var corpusPath = filepath.Join("..", "..", "..", "shared", "corpus", "bbc-news-2005.tar.gz")

func BenchmarkCheckCorpus(b *testing.B) {
	dir := b.TempDir()
	files, total, err := unpackCorpus(corpusPath, dir)
	if errors.Is(err, fs.ErrNotExist) {
		b.Skipf("no BBC corpus at %s (it comes with ../shared): %v", corpusPath, err)
	}
	if err != nil {
		b.Fatal(err)
	}
	args := append([]string{"check", "--published", "2005-06-30", "--format", "json"}, files...)
	var out countWriter
	b.SetBytes(total)
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		out = 0
		var stderr strings.Builder
		if status := run(args, strings.NewReader(""), &out, &stderr); status != exitOK {
			b.Fatalf("exit status %d: %s", status, stderr.String())
		}
	}
	if d := cpuTime() - cpu0; d > 0 {
		b.ReportMetric(float64(total)*float64(b.N)/d.Seconds()/1e6, "cpu-MB/s")
	}
	b.ReportMetric(float64(len(files)), "articles")
	b.ReportMetric(float64(out), "out-bytes")
}

// BenchmarkCheckReports times what check does after extraction, as the
// CLI does it: the default checks over an article's claims (the
// arithmetic check reading the text again) and the JSON Lines report, over
// every fifth article of the corpus (445), extracted once beforehand
// without the timer.
//
//	GOMAXPROCS=1 go test -run '^$' -bench CheckReports -benchtime 10x -cpu 1 -count 6 ./cmd/veracity/
func BenchmarkCheckReports(b *testing.B) {
	dir := b.TempDir()
	files, _, err := unpackCorpus(corpusPath, dir)
	if errors.Is(err, fs.ErrNotExist) {
		b.Skipf("no BBC corpus at %s (it comes with ../shared): %v", corpusPath, err)
	}
	if err != nil {
		b.Fatal(err)
	}
	published := time.Date(2005, 6, 30, 0, 0, 0, 0, time.UTC)
	var (
		sets  []*claims.Set
		total int64
	)
	for i := 4; i < len(files); i += 5 {
		doc, _, err := readArticle(files[i], nil, published)
		if err != nil {
			b.Fatal(err)
		}
		set, err := extractClaims(doc, nil)
		if err != nil {
			b.Fatal(err)
		}
		set.File = files[i]
		sets = append(sets, set)
		total += int64(len(doc.Text))
	}
	checker, err := factcheck.NewChecker(checks.Default, factcheck.Options{factcheck.Tolerance(factcheck.DefaultTolerance), factcheck.Published(published)})
	if err != nil {
		b.Fatal(err)
	}
	var out countWriter
	w := bufio.NewWriter(&out)
	b.SetBytes(total)
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		out = 0
		for _, set := range sets {
			r, err := checker.Check(context.Background(), set)
			if err != nil {
				b.Fatal(err)
			}
			r.File = set.File
			if err := r.WriteJSONLine(w); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.Flush(); err != nil {
			b.Fatal(err)
		}
	}
	if d := cpuTime() - cpu0; d > 0 {
		b.ReportMetric(float64(total)*float64(b.N)/d.Seconds()/1e6, "cpu-MB/s")
		b.ReportMetric(d.Seconds()*1e3/float64(b.N), "cpu-ms/op")
	}
	b.ReportMetric(float64(len(sets)), "articles")
	b.ReportMetric(float64(out), "out-bytes")
}

// countWriter counts the bytes written to it.
type countWriter int64

func (w *countWriter) Write(p []byte) (int, error) {
	*w += countWriter(len(p))
	return len(p), nil
}

// unpackCorpus writes every regular ".txt" file of the archive at path
// into dir, flat and in archive order, and returns their names and total
// size.
func unpackCorpus(path, dir string) ([]string, int64, error) {
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
		files []string
		total int64
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
		name := filepath.Join(dir, strings.ReplaceAll(h.Name, "/", "_"))
		w, err := os.Create(name)
		if err != nil {
			return nil, 0, err
		}
		n, err := io.Copy(w, tr)
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return nil, 0, err
		}
		files = append(files, name)
		total += n
	}
	if len(files) == 0 {
		return nil, 0, errors.New(path + ": no .txt articles")
	}
	return files, total, nil
}

// cpuTime is the CPU time the process has used so far, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
