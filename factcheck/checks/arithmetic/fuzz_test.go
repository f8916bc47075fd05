package arithmetic_test

import (
	"testing"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck/checks/arithmetic"
	"github.com/veracity-go/veracity/factcheck/checks/internal/checktest"
)

// FuzzArithmetic runs the check on any text: no panic, and every span a
// finding reads lies inside the text.
func FuzzArithmetic(f *testing.F) {
	for _, s := range []string{
		"Turnover rose 8% to 1,150 from 1,000.",
		"The outage began at 6.40am. Service was restored by 2.10pm, more than nine hours after.",
		"The fire broke out at 09:15. It was put out at 13:45, three hours later. 12pm 0:00 24:60 99.99am",
		"The museum holds 212 objects: 140 bone and antler combs, 51 coins and 16 rings.",
		"The listed structure first opened in 1871. \"This pier was built more than 160 years ago,\" she said.",
		"Sick days fell from an average of 12 to 9, a reduction of 40%.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		set := &claims.Set{Version: 1, Document: claims.Document{Text: text, Published: published}}
		for _, fd := range checktest.Findings(t, arithmetic.Check, set) {
			for _, sp := range fd.Spans {
				if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
					t.Fatalf("span %v outside the text of %d bytes: %q", sp, len(text), fd.Message)
				}
			}
		}
	})
}
