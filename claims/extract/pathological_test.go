package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/veracity-go/veracity/claims"
)

// Pathological inputs (issue 16): text a hostile user would send to make
// extraction cost more than its size says. Each kind repeats a unit that
// once made some stage rescan its clause or sentence per word; none has a
// full stop, so a clause or sentence is the whole input.
var pathological = []struct {
	name string
	unit func(i int) string
}{
	{"weekdays", func(int) string { return "Monday Tuesday " }},
	{"on-friday", func(int) string { return "on Friday " }},
	{"months", func(int) string { return "January February March 2020 " }},
	{"relative", func(int) string { return "last week three years ago a year earlier " }},
	{"ages", func(i int) string { return fmt.Sprintf("John Smith, %d, said it, ", 20+i%70) }},
	{"numbers", func(i int) string { return fmt.Sprintf("%d %d.5 $%dm %d%% ", i%1000, i%97, i%50, i%90) }},
	{"names", func(i int) string { return names[i%len(names)] + " " }},
	{"quotes", func(int) string { return "\u201cWe will win,\u201d he said " }},
	{"sentence", func(i int) string { return noStops[i%len(noStops)] + " " }},
}

var names = []string{"John Smith", "Mary Jones", "Acme Corp", "Vladimir Putin", "Anchorage Alaska", "Prof Samuel Greene"}

// noStops is news text with its full stops taken out: a 1 MB sentence.
var noStops = func() []string {
	s := strings.Fields(synthetic(4000, " "))
	var out []string
	for _, w := range s {
		out = append(out, strings.TrimRight(w, "."))
	}
	return out
}()

// pathologicalText returns about n bytes of kind k's units.
func pathologicalText(unit func(int) string, n int) string {
	var b strings.Builder
	b.Grow(n + 64)
	for i := 0; b.Len() < n; i++ {
		b.WriteString(unit(i))
	}
	return b.String()
}

// BenchmarkPathological extracts claims from each pathological input at 10
// KB, 100 KB and 1 MB, reporting ns/byte: linear work keeps it flat. With
// the veracity_cost tag it also reports token reads per byte, a measure
// of the work that a busy machine does not blur.
//
//	go test -run '^$' -bench Pathological -cpu 1 ./claims/extract/
//	go test -tags veracity_cost -run '^$' -bench Pathological -benchtime 1x -cpu 1 ./claims/extract/
func BenchmarkPathological(b *testing.B) {
	kb := alaskaKB()
	for _, p := range pathological {
		for _, size := range []int{10 << 10, 100 << 10, 1 << 20} {
			text := pathologicalText(p.unit, size)
			b.Run(fmt.Sprintf("%s/%dKB", p.name, size>>10), func(b *testing.B) {
				doc := claims.Document{Text: text, Published: published}
				b.SetBytes(int64(len(text)))
				c0 := costTotal()
				for b.Loop() {
					if _, err := Extract(doc, kb); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(text)), "ns/byte")
				if costCounted {
					b.ReportMetric(float64(costTotal()-c0)/float64(b.N)/float64(len(text)), "reads/byte")
				}
			})
		}
	}
}
