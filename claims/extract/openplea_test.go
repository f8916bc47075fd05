package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestOpenPleas covers a defendant's plea without a knowledge base: guilty
// and not guilty are one statement affirmed and denied.
func TestOpenPleas(t *testing.T) {
	tests := []struct {
		name, text string
		want       []c
	}{{
		name: "guilty, then not guilty in a relative clause",
		text: "John Hale pleaded guilty to fraud.\n\nHale, who had pleaded not guilty to all charges, was convicted.",
		want: []c{{"john-hale", "pleaded-guilty", "0", "asserted", ""}, {"john-hale", "pleaded-guilty", "0", "negated", ""}},
	}, {
		name: "each defendant's own plea",
		text: "Jane Smith pleaded not guilty to murder. Her co-defendant, Tom Brown, pleaded guilty.",
		want: []c{{"jane-smith", "pleaded-guilty", "0", "negated", ""}, {"tom-brown", "pleaded-guilty", "0", "asserted", ""}},
	}, {
		name: "the defendant named before a chain of appositions, not the town that ends it",
		text: "Mark Lyle, 51, of Mill Road, Tadworth, pleaded guilty to theft.",
		want: []c{{"mark-lyle", "pleaded-guilty", "0", "asserted", ""}},
	}, {
		name: "a plea of another kind",
		text: "John Hale pleaded for mercy.",
		want: nil,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := claimsWhere(tt.text, func(x c) bool { return x.Property == PropertyPleadedGuilty })
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q: plea claims (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
