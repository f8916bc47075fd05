package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestOpenTerms covers the length of a person's sentence or ban without a
// knowledge base: "jailed for 10 years" and "his 12-year sentence" are one
// sentence's length, so that the two meet.
func TestOpenTerms(t *testing.T) {
	tests := []struct {
		name, text string
		want       []c
	}{{
		name: "a verb of punishment, then the noun",
		text: "John Smith was jailed for 10 years.\n\nHis 12-year sentence was cut on appeal.",
		want: []c{{"john-smith", "sentence", "10 year", "asserted", ""}, {"john-smith", "sentence", "12 year", "asserted", ""}},
	}, {
		name: "a ban, by a possessive",
		text: "John Smith was banned from driving for three years. Smith's two-year ban ends in May.",
		want: []c{{"john-smith", "ban", "3 year", "asserted", ""}, {"john-smith", "ban", "2 year", "asserted", ""}},
	}, {
		name: "no person, no term",
		text: "The road was closed for three weeks.",
		want: nil,
	}, {
		name: "a duration after \"for\" without a verb of punishment",
		text: "John Smith worked for 10 years at the bank.",
		want: nil,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := claimsWhere(tt.text, func(x c) bool { return termNouns.has(x.Property) })
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q: term claims (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestOpenClosures covers how long a thing closes: "will close for eight
// weeks" and "the six-week closure" are one closure's length.
func TestOpenClosures(t *testing.T) {
	tests := []struct {
		name, text string
		want       []c
	}{{
		name: "a verb, then the noun",
		text: "Pellingham station will close for eight weeks.\n\nThe six-week closure will allow the platforms to be rebuilt.",
		want: []c{{"station", "closure", "8 week", "asserted", ""}, {"station", "closure", "6 week", "asserted", ""}},
	}, {
		name: "a closure of something else",
		text: "Pellingham station will close for eight weeks. The two-week closure of the bridge starts in May.",
		want: []c{{"station", "closure", "8 week", "asserted", ""}, {"bridge", "closure", "2 week", "asserted", ""}},
	}, {
		name: "a closure in a definite phrase is presupposed: a hedge on its clause does not reach it",
		text: "Pellingham station will close for eight weeks. The MP said he had sought assurances that the six-week closure would not be extended.",
		want: []c{{"station", "closure", "8 week", "asserted", ""}, {"station", "closure", "6 week", "asserted", "MP"}},
	}, {
		name: "a closure with nothing named before",
		text: "A six-week closure is planned.",
		want: nil,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := claimsWhere(tt.text, func(x c) bool { return x.Property == "closure" })
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q: closure claims (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
