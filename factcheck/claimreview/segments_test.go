package claimreview

import (
	"fmt"
	"slices"
	"testing"
)

func TestSegments(t *testing.T) {
	got := segments("Speaking on Tuesday, the commissioner repeated that wind turbines kill millions of birds (every day).")
	for _, want := range []string{
		"Speaking on Tuesday, the commissioner repeated that wind turbines kill millions of birds (every day).",
		"the commissioner repeated that wind turbines kill millions of birds (every day).",
		"wind turbines kill millions of birds (every day).",
		"wind turbines kill millions of birds (",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("segments lack %q: %q", want, got)
		}
	}
	if got[0] != "Speaking on Tuesday, the commissioner repeated that wind turbines kill millions of birds (every day)." {
		t.Errorf("the whole text is not first: %q", got)
	}
	if n := len(segments("a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w")); n > maxSegments {
		t.Errorf("%d segments, want at most %d", n, maxSegments)
	}
}

// BenchmarkIndexLookup looks up a long sentence among 2,000 reviews.
func BenchmarkIndexLookup(b *testing.B) {
	var reviews []Review
	for i := range 2000 {
		reviews = append(reviews, Review{ClaimReviewed: fmt.Sprintf("council %d approved budget item %d for roads and schools in the county", i, i*7)})
	}
	ix := NewIndex(reviews)
	const text = "Speaking on Tuesday to several hundred supporters, the commissioner said that the council approved budget item 700 for roads, schools and bridges in the county."
	b.ReportAllocs()
	for b.Loop() {
		ix.Lookup(text, 0)
	}
}
