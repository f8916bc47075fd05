package syntax

import (
	"fmt"
	"strings"
	"testing"
)

// devText returns the EWT development set as running text, a sentence a
// line, and its word count.
func devText(b *testing.B) (string, int) {
	gold := readGold(b, "en_ewt-ud-dev.conllu.gz")
	var sb strings.Builder
	words := 0
	for _, g := range gold {
		sb.WriteString(strings.Join(g.Form, " "))
		sb.WriteString("\n\n")
		words += len(g.Form)
	}
	return sb.String(), words
}

// BenchmarkParse tokenizes, tags, lemmatizes and parses the EWT
// development set (25k words) as text: run with -cpu=1.
func BenchmarkParse(b *testing.B) { benchAnalysis(b, Default().Annotate) }

// BenchmarkParseLeftToRight is BenchmarkParse with the model's own
// parser alone, without its partners (Model.LeftToRight).
func BenchmarkParseLeftToRight(b *testing.B) { benchAnalysis(b, Default().LeftToRight().Annotate) }

// BenchmarkParseBeam is BenchmarkParse at other widths of the parser's
// beam than the model's.
func BenchmarkParseBeam(b *testing.B) {
	for _, k := range []int{1, 2, 4, 8} {
		b.Run(fmt.Sprintf("k=%d", k), func(b *testing.B) {
			m := Default().WithBeam(k)
			benchAnalysis(b, m.Annotate)
		})
	}
}

// BenchmarkTag tokenizes and tags (with lemmas) the same text.
func BenchmarkTag(b *testing.B) { benchAnalysis(b, Default().Tag) }

// benchAnalysis runs analyse over the EWT development set as text and
// reports words per second, of the wall clock and of CPU time.
func benchAnalysis(b *testing.B, analyse func(*Doc)) {
	text, _ := devText(b)
	d := &Doc{}
	words := 0
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	cpu := cpuTime()
	for b.Loop() {
		Tokenize(d, text)
		analyse(d)
		words += d.Len()
	}
	b.ReportMetric(float64(words)/b.Elapsed().Seconds(), "words/s")
	// Words per second of the process's CPU time (GOMAXPROCS=1: this
	// goroutine's, and the collector's), steadier than the wall clock on
	// a shared host.
	if cpu := cpuTime() - cpu; cpu > 0 {
		b.ReportMetric(float64(words)/cpu.Seconds(), "cpu-words/s")
	}
}

// BenchmarkLoad reads the embedded model.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(strings.NewReader(string(embedded))); err != nil {
			b.Fatal(err)
		}
	}
}
