package claimreview

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/sources"
)

func TestSources(t *testing.T) {
	d := time.Date(2024, 3, 8, 0, 0, 0, 0, time.UTC)
	reviews := []Review{
		{ClaimReviewed: "Moon landing footage was filmed in Nevada", Publisher: "PolitiFact", URL: "https://p.example/1", Date: d},
		{ClaimReviewed: "the same review, read twice", Publisher: "PolitiFact", URL: "https://p.example/1"},
		{ClaimReviewed: "No URL here", Publisher: "Full Fact"},
	}
	want := []claims.Source{
		{ID: "claimreview:https://p.example/1", Name: "PolitiFact fact-check: Moon landing footage was filmed in Nevada",
			URL: "https://p.example/1", Publisher: "PolitiFact", Kind: "news", Published: d},
		{ID: "claimreview:full-fact-no-url-here", Name: "Full Fact fact-check: No URL here", Publisher: "Full Fact", Kind: "news"},
	}
	if diff := cmp.Diff(want, Sources(reviews)); diff != "" {
		t.Errorf("Sources (-want +got):\n%s", diff)
	}
}

func TestEvidence(t *testing.T) {
	tests := []struct {
		rating factcheck.Rating
		ok     bool
		want   sources.Stance
	}{
		{factcheck.True, true, sources.Supports},
		{factcheck.MostlyTrue, true, sources.Supports},
		{factcheck.HalfTrue, true, sources.Neutral},
		{factcheck.MostlyFalse, true, sources.Refutes},
		{factcheck.False, true, sources.Refutes},
		{factcheck.Conflicting, true, sources.Neutral},
		{factcheck.Unverified, false, sources.Neutral},
	}
	for _, tt := range tests {
		p := PriorCheck{Claim: "c1", Review: Review{ClaimReviewed: "x", Publisher: "Snopes", Rating: tt.rating, RatingOK: tt.ok, Label: "L"}}
		if got := p.Evidence().Stance; got != tt.want {
			t.Errorf("%v: stance %v, want %v", tt.rating, got, tt.want)
		}
	}
	p := PriorCheck{Review: Review{ClaimReviewed: "x", Publisher: "Snopes", Label: "Mixture"}}
	if got, want := p.Evidence().Quote, `Snopes rated "x" Mixture`; got != want {
		t.Errorf("quote %q, want %q", got, want)
	}
}

func TestClip(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"the quick brown fox jumps", 15, "the quick…"},
		{"the quick brown fox jumps", 17, "the quick brown…"},
		{"abcdefghijklmnop", 5, "abcd…"},
	}
	for _, tt := range tests {
		if got := clip(tt.s, tt.n); got != tt.want {
			t.Errorf("clip(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
}
