package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestOpenStatements covers statements with auxiliaries, which become
// claims only when the article both affirms and denies one.
func TestOpenStatements(t *testing.T) {
	tests := []struct {
		name, text string
		want       []c
	}{{
		name: "affirmed, then denied of the same person",
		text: "The inquest heard that Mr Reddy had been wearing a seatbelt.\n\nA police officer said he had not been wearing a seatbelt.",
		want: []c{{"reddy", "wear-seatbelt", "0", "asserted", ""}, {"reddy", "wear-seatbelt", "0", "negated", "A police officer"}},
	}, {
		name: "affirmed only: no claim",
		text: "Mr Reddy had been wearing a seatbelt.",
		want: nil,
	}, {
		name: "denied of another person",
		text: "Mr Reddy had been wearing a seatbelt. Mr Cole had not been wearing a seatbelt.",
		want: nil,
	}, {
		name: "another object",
		text: "Mr Reddy had been wearing a seatbelt. Mr Reddy had not been wearing a helmet.",
		want: nil,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := claimsWhere(tt.text, func(x c) bool { return x.Property == "wear-seatbelt" || x.Property == "wear-helmet" })
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q: claims (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
