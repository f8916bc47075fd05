package factcheck

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/veracity-go/veracity/claims"
)

func TestReading(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name string
		c    claims.Claim
		want string
	}{
		{"a place, attributed",
			claims.Claim{Subject: "summit", Property: "venue", Value: claims.Value{Kind: claims.KindPlace, Text: "Anchorage", Entity: "anchorage"},
				Attribution: "two White House officials"},
			"summit · venue: Anchorage · according to two White House officials"},
		{"left open",
			claims.Claim{Subject: "summit", Property: "venue", Modality: claims.ModalityUnknown},
			"summit · venue: unknown"},
		{"a day read from a range keeps the words",
			claims.Claim{Subject: "exhibition", Property: "opening", Value: claims.Value{Kind: claims.KindTime, Text: "from 14 to 19 May",
				Granularity: claims.GranularityDay, Start: day(2026, 5, 14), End: day(2026, 5, 15)}},
			"exhibition · opening: 14 May 2026 (as written: from 14 to 19 May)"},
		{"money with its words",
			claims.Claim{Subject: "upgrade", Property: "cost", Value: claims.Value{Kind: claims.KindMoney, Text: "£12 million", Amount: 12e6, Unit: "GBP"}},
			"upgrade · cost: £12,000,000 (as written: £12 million)"},
		{"a hedged duration",
			claims.Claim{Subject: "invasion", Property: "time-since", Modality: claims.ModalityHedged,
				Value: claims.Value{Kind: claims.KindDuration, Text: "more than three and a half years", Amount: 3.5, Unit: "year", Cmp: claims.CmpGreater}},
			"invasion · time-since: more than 3.5 years (as written: more than three and a half years) · hedged"},
		{"a denied value",
			claims.Claim{Subject: "sara-holt", Property: "open", Modality: claims.ModalityNegated,
				Value: claims.Value{Kind: claims.KindEntity, Text: "the conference", Entity: "conference"}},
			"sara-holt · open: not the conference"},
		{"no calls at all",
			claims.Claim{Subject: "summit", Property: "calls", Modality: claims.ModalityNegated,
				Value: claims.Value{Kind: claims.KindCount, Text: "no phone calls", Unit: "phone call"}},
			"summit · calls: none (as written: no phone calls)"},
		{"words as written that say the same are not repeated",
			claims.Claim{Subject: "acme", Property: "revenue-growth", Value: claims.Value{Kind: claims.KindPercent, Text: "15%", Amount: 15, Unit: "%"}},
			"acme · revenue-growth: 15%"},
		{"an asserted statement says nothing its clause does not",
			claims.Claim{Subject: "us", Property: "statement", Value: claims.Value{Kind: claims.KindText, Text: "the US is a member"}},
			""},
		{"a denied statement",
			claims.Claim{Subject: "us", Property: "statement", Modality: claims.ModalityNegated, Attribution: "the embassy"},
			"denied · according to the embassy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := reading(tt.c); got != tt.want {
				t.Errorf("reading = %q, want %q", got, tt.want)
			}
		})
	}
}

// A sentence that gives two claims is printed once: the second claim
// points to the first, and each says how it was read.
func TestWriteTextClauseOnce(t *testing.T) {
	const sentence = "The upgrade cost £12 million and took 14 months"
	r := &Report{
		Claims: []claims.Claim{
			{ID: "c1", Text: sentence, Subject: "upgrade", Property: "cost",
				Value: claims.Value{Kind: claims.KindMoney, Text: "£12 million", Amount: 12e6, Unit: "GBP"}},
			{ID: "c2", Text: sentence, Subject: "upgrade", Property: "duration",
				Value: claims.Value{Kind: claims.KindDuration, Text: "14 months", Amount: 14, Unit: "month"}},
		},
		Verdicts: []Verdict{{Claim: "c1"}, {Claim: "c2"}},
	}
	for _, format := range []string{"text", "markdown"} {
		var buf bytes.Buffer
		var err error
		if format == "text" {
			err = r.WriteText(&buf, TextOptions{})
		} else {
			err = r.WriteMarkdown(&buf)
		}
		if err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if n := strings.Count(out, "took 14 months"); n != 1 {
			t.Errorf("%s: the sentence is printed %d times, want once:\n%s", format, n, out)
		}
		for _, want := range []string{"same clause as c1", "upgrade · cost: £12,000,000", "upgrade · duration: 14 months"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: no %q in\n%s", format, want, out)
			}
		}
	}
}
