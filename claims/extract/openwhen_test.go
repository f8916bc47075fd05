package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestOpenWhen covers the date of a thing's milestone without a knowledge
// base, given and called unknown.
func TestOpenWhen(t *testing.T) {
	tests := []struct {
		name, text string
		want       []c
	}{{
		name: "given, then called unknown by \"no … had been confirmed\"",
		text: "The new unit will open in September.\n\nA spokesman added that no opening date had been confirmed.",
		want: []c{{"unit", "opening-date", "2025-09-01..2025-10-01 month", "asserted", ""}, {"unit", "opening-date", "", "unknown", "A spokesman"}},
	}, {
		name: "a phrase of whom between the verb and its time",
		text: "The pier will reopen to the public on 23 May.\n\nThe trust said no reopening date would be fixed until the engineers had signed off.",
		want: []c{{"pier", "reopening-date", "2026-05-23..2026-05-24 day", "asserted", ""}, {"pier", "reopening-date", "", "unknown", "trust"}},
	}, {
		name: "no time past a comma",
		text: "The pier will reopen to the public, the trust said on 23 May.",
		want: nil,
	}, {
		name: "called unknown for a thing named by \"for\"",
		text: "A start date for the bridge has yet to be set.",
		want: []c{{"bridge", "start-date", "", "unknown", ""}},
	}, {
		name: "a thing with a relative clause",
		text: "The new unit, which will have four theatres, will open in September.",
		want: []c{{"unit", "opening-date", "2025-09-01..2025-10-01 month", "asserted", ""}},
	}, {
		name: "hedged by the words before the verb, not by a later conjunct",
		text: "The unit is expected to open in May 2026. The ward will open in June 2026 and is expected to treat 600 patients.",
		want: []c{{"unit", "opening-date", "2026-05-01..2026-06-01 month", "hedged", ""}, {"ward", "opening-date", "2026-06-01..2026-07-01 month", "asserted", ""}},
	}, {
		name: "two dates of one opening",
		text: "The store will open on 12 September. The store will open on 19 September, the council said.",
		want: []c{{"store", "opening-date", "2025-09-12..2025-09-13 day", "asserted", ""}, {"store", "opening-date", "2025-09-19..2025-09-20 day", "asserted", "council"}},
	}, {
		name: "an unknown date of nothing named",
		text: "No opening date has been set.",
		want: nil,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := claimsWhere(tt.text, func(x c) bool {
				return x.Property == "opening-date" || x.Property == "start-date" || x.Property == "reopening-date"
			})
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q: claims (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
