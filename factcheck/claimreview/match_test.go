package claimreview

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
)

var earlier = []Review{
	{ClaimReviewed: "The United States bought Alaska from Russia for 7.2 million dollars in 1867.",
		Publisher: "PolitiFact", Rating: factcheck.True, RatingOK: true, Label: "True",
		URL: "https://www.politifact.com/factchecks/alaska"},
	{ClaimReviewed: "Says the U.S. spent $800 billion on defense in 2023.",
		Publisher: "FactCheck.org", Rating: factcheck.MostlyTrue, RatingOK: true, Label: "Mostly True",
		URL: "https://www.factcheck.org/defense"},
	{ClaimReviewed: "“Más de tres años y medio” después de la invasión rusa de Ucrania",
		Publisher: "Maldita", Rating: factcheck.False, RatingOK: true, Label: "Falso",
		URL: "https://maldita.es/invasion"},
	{ClaimReviewed: "Moon landing footage was filmed in a Nevada studio",
		Publisher: "PolitiFact", Rating: factcheck.False, RatingOK: true, Label: "Pants on Fire!",
		URL: "https://www.politifact.com/factchecks/moon"},
}

func TestMatch(t *testing.T) {
	cls := []claims.Claim{
		// A paraphrase: other words, same figure and event.
		{ID: "price", Text: "Alaska was sold to the United States by Russia for $7.2 million in 1867"},
		// Shares "United States" and a dollar figure, nothing more.
		{ID: "budget", Text: "The United States spent $1.2 billion on the Alaska summit"},
		// Same wording, with curly quotes, accents and case changed.
		{ID: "moon", Text: "MOON-LANDING footage was filmed in a “Nevada” studio!"},
		{ID: "nothing", Text: "the and of"},
		{ID: "empty"},
	}
	got := Match(earlier, cls, 0)
	want := []PriorCheck{
		{Claim: "price", Review: earlier[0]},
		{Claim: "moon", Review: earlier[3]},
	}
	if diff := cmp.Diff(want, got, cmpopts.IgnoreFields(PriorCheck{}, "Score")); diff != "" {
		t.Errorf("Match (-want +got):\n%s", diff)
	}
	for _, p := range got {
		if p.Score < DefaultThreshold || p.Score > 1 {
			t.Errorf("%s: score %v outside [%v, 1]", p.Claim, p.Score, DefaultThreshold)
		}
	}
	if len(got) == 2 && got[1].Score != 1 {
		t.Errorf("the same words in the same order score %v, want 1", got[1].Score)
	}
}

func TestSimilarity(t *testing.T) {
	tests := []struct {
		a, b   string
		lo, hi float64
	}{
		{"Alaska was sold to the United States by Russia for $7.2 million in 1867",
			"The United States bought Alaska from Russia for 7.2 million dollars in 1867.", 0.5, 0.9},
		{"The United States spent $1.2 billion on the Alaska summit",
			"The United States bought Alaska from Russia for 7.2 million dollars in 1867.", 0, 0.4},
		{"Más de tres años y medio después de la invasión",
			"mas de tres anos y medio despues de la invasion", 1, 1},
		{"states' rights", "state rights", 1, 1},
		{"don’t", "dont", 1, 1},
		{"7.2 million", "72 million", 0, 0.4},
		{"1,200 troops", "1200 troops", 1, 1},
		{"", "anything", 0, 0},
	}
	for _, tt := range tests {
		got := similarity(features(tt.a), features(tt.b))
		if got < tt.lo || got > tt.hi {
			t.Errorf("similarity(%q, %q) = %.3f, want within [%v, %v]", tt.a, tt.b, got, tt.lo, tt.hi)
		}
	}
}

func TestIndexLookup(t *testing.T) {
	// Many reviews: the index must still find the one that matches, and
	// rank an exact wording above a paraphrase.
	var reviews []Review
	for i := range 2000 {
		reviews = append(reviews, Review{ClaimReviewed: fmt.Sprintf("council %d approved budget item %d for roads", i, i*7)})
	}
	reviews = append(reviews,
		Review{ClaimReviewed: "Alaska was bought from Russia for $7.2 million", URL: "paraphrase"},
		Review{ClaimReviewed: "The US bought Alaska from Russia for $7.2 million", URL: "exact"},
	)
	ix := NewIndex(reviews)
	got := ix.Lookup("The US bought Alaska from Russia for $7.2 million", 0)
	var urls []string
	for _, p := range got {
		urls = append(urls, p.Review.URL)
	}
	if diff := cmp.Diff([]string{"exact", "paraphrase"}, urls); diff != "" {
		t.Errorf("Lookup (-want +got):\n%s", diff)
	}
	if got := ix.Lookup("Alaska", 0.99); got != nil {
		t.Errorf("Lookup at 0.99 of a single word = %v, want none", got)
	}
}

func TestPriorCheckString(t *testing.T) {
	tests := []struct {
		p    PriorCheck
		want string
	}{
		{PriorCheck{Review: earlier[3]}, `previously checked by PolitiFact: false ("Pants on Fire!") https://www.politifact.com/factchecks/moon`},
		{PriorCheck{Review: earlier[0]}, `previously checked by PolitiFact: true https://www.politifact.com/factchecks/alaska`},
		{PriorCheck{Review: Review{Label: "Spicy"}}, `previously checked: "Spicy" (not on veracity's scale)`},
		{PriorCheck{Review: Review{}}, `previously checked: no rating given`},
	}
	for _, tt := range tests {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("String() = %q, want %q", got, tt.want)
		}
	}
}
