package extract

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestOpenCertain covers causes, figures of things and what things will
// do, given in one place and called unknown in another.
func TestOpenCertain(t *testing.T) {
	tests := []struct {
		name, text string
		props      []string
		want       []c
	}{{
		name:  "a cause given, then called unknown",
		text:  "The explosion at the depot was triggered by a gas leak.\n\nThe cause of the blast is not yet known.",
		props: []string{"cause"},
		want:  []c{{"explosion", "cause", "0", "asserted", ""}, {"explosion", "cause", "", "unknown", ""}},
	}, {
		name:  "the cause of another event",
		text:  "The collision was caused by fog.\n\nThe cause of the fire is unclear.",
		props: []string{"cause"},
		want:  []c{{"crash", "cause", "0", "asserted", ""}, {"fire", "cause", "", "unknown", ""}},
	}, {
		name:  "a figure of a thing, then its length undisclosed",
		text:  "Okafor, 27, has signed a three-year deal with the club.\n\nThe length of Okafor's deal has not been disclosed.",
		props: []string{"deal"},
		want:  []c{{"okafor", "deal", "3 year", "asserted", ""}, {"okafor", "deal", "", "unknown", ""}},
	}, {
		name:  "a figure of one thing, another thing's undisclosed",
		text:  "Okafor, 27, has signed a three-year deal with the club.\n\nThe length of Okafor's loan has not been disclosed.",
		props: []string{"deal"},
		want:  []c{{"okafor", "deal", "3 year", "asserted", ""}},
	}, {
		name:  "what a thing will do, then its details unsettled",
		text:  "Shuttle coaches will run from the station every hour.\n\nDetails of the shuttle coach service were still being finalised.",
		props: []string{"future"},
		want:  []c{{"coach", "future", "0", "asserted", ""}, {"coach", "future", "", "unknown", ""}},
	}, {
		name:  "a whether question about the same thing",
		text:  "Extra trams will run on Saturday.\n\nThe operator has yet to confirm whether extra trams would run.",
		props: []string{"future-run"},
		want:  []c{{"tram", "future-run", "0", "asserted", ""}, {"tram", "future-run", "", "unknown", ""}},
	}, {
		name:  "a whether question about another thing",
		text:  "Extra trams will run on Saturday.\n\nIt is unclear whether the ferries would sail.",
		props: []string{"future-sail"},
		want:  []c{{"ferry", "future-sail", "", "unknown", ""}},
	}, {
		name:  "a whether question about another thing the same thing will do",
		text:  "She said the hoard would stay in the county.\n\nThe museum has not yet decided whether the hoard will be lent to other venues.",
		props: []string{"future", "future-stay", "future-lent"},
		want:  []c{{"hoard", "future-lent", "", "unknown", ""}},
	}, {
		name:  "an object's future, with no decision made on it",
		text:  "Brightwell will close its warehouse in Dunmore next spring.\n\nThe union said no decision had been made on the future of the warehouse.",
		props: []string{"future"},
		want:  []c{{"warehouse", "future", "0", "asserted", ""}, {"warehouse", "future", "", "unknown", "union"}},
	}, {
		name:  "a named thing's head noun",
		text:  "Brightwell will close its warehouse next spring.\n\nNo decision had been made on the future of the Dunmore warehouse.",
		props: []string{"future"},
		want:  []c{{"warehouse", "future", "0", "asserted", ""}, {"warehouse", "future", "", "unknown", ""}},
	}, {
		name:  "a will with nothing called unknown makes no claim of the future",
		text:  "Residents will receive a letter next week.",
		props: []string{"future"},
		want:  nil,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := claimsWhere(tt.text, func(x c) bool { return slices.Contains(tt.props, x.Property) })
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q: claims (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
