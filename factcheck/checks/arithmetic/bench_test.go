package arithmetic_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks/arithmetic"
)

// benchText generates about size bytes of article text: paragraphs of
// figures that compute and that do not, with the numbers varied.
func benchText(size int) string {
	templates := []string{
		"Turnover at the group rose %d%% to £%d,150m from £%d,000m in the year to March, the company said.",
		"The council now has %d,200 staff, down from %d,000, a cut of 15%%, after closing %d of its 160 libraries.",
		"Of the %d candidates standing, 20 are women and 30 are men, according to the electoral commission.",
		"Founded in 19%d, the 40-year-old charity said demand had doubled from 1,500 to %d,000 families.",
		"Rovers won 3-1 on Saturday in front of %d,000 fans; call 0800 123 456 or see page %d for tickets.",
		"Shares closed up %d.5%% at 130p, while the FTSE 100 rose 1%% to 8,%d00 points in thin trading.",
	}
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		for j, t := range templates {
			n := strings.Count(t, "%d")
			args := make([]any, n)
			for k := range args {
				args[k] = 10 + (i*7+j*3+k)%80
			}
			b.WriteString(fmt.Sprintf(t, args...))
			b.WriteString(" ")
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

func BenchmarkCheck(b *testing.B) {
	text := benchText(300 << 10)
	set := &claims.Set{Version: 1, Document: claims.Document{Text: text, Published: published}}
	checker, err := factcheck.NewChecker([]*factcheck.Check{arithmetic.Check})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var findings int
	for b.Loop() {
		r, err := checker.Check(context.Background(), set)
		if err != nil {
			b.Fatal(err)
		}
		findings = len(r.Findings)
	}
	if findings == 0 {
		b.Fatal("no findings in text built to have some")
	}
}
