package claimreview

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
)

// manyReviews returns n reviews that all read somewhat like "Alaska was
// sold to the United States for 7.2 million dollars in 1867", with ties.
func manyReviews(n int) []Review {
	words := []string{"Alaska", "sold", "United States", "7.2 million", "dollars", "1867", "Russia", "purchase", "czar", "treaty"}
	out := make([]Review, n)
	for i := range out {
		text := "Alaska was sold"
		for k, w := range words {
			if (i>>k)&1 == 1 {
				text += " " + w
			}
		}
		out[i] = Review{ClaimReviewed: text, Publisher: fmt.Sprintf("P%d", i), URL: fmt.Sprintf("https://example.org/%d", i)}
	}
	return out
}

// LookupTop gives the k best of Lookup, in the same order, ties included
// (issue 16: keep the top k while scanning, not all hits sorted).
func TestLookupTopIsLookupCut(t *testing.T) {
	ix := NewIndex(manyReviews(3000))
	for _, text := range []string{
		"Alaska was sold to the United States for 7.2 million dollars in 1867",
		"Russia sold Alaska in a treaty",
		"czar purchase",
	} {
		all := ix.Lookup(text, 0.2)
		if len(all) < 10 {
			t.Fatalf("%q: only %d hits, the test needs more", text, len(all))
		}
		for _, k := range []int{1, 5, 7, len(all), len(all) + 3} {
			want := all[:min(k, len(all))]
			if diff := cmp.Diff(want, ix.LookupTop(text, 0.2, k)); diff != "" {
				t.Errorf("%q top %d (-Lookup +LookupTop):\n%s", text, k, diff)
			}
		}
	}
}

// AttachContext stops when its context is done.
func TestAttachContextCancelled(t *testing.T) {
	ix := NewIndex(manyReviews(500))
	report := &factcheck.Report{}
	for i := range 100 {
		id := fmt.Sprintf("c%d", i+1)
		report.Claims = append(report.Claims, claims.Claim{ID: id, Text: "Alaska was sold to the United States in 1867"})
		report.Verdicts = append(report.Verdicts, factcheck.Verdict{Claim: id})
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	n, err := AttachContext(ctx, report, ix, 0.2)
	if !errors.Is(err, context.Canceled) || n != 0 {
		t.Fatalf("AttachContext with a cancelled context = %d, %v; want 0, context.Canceled", n, err)
	}
	if n, err := AttachContext(context.Background(), report, ix, 0.2); err != nil || n != 100*MaxAttached {
		t.Fatalf("AttachContext = %d, %v; want %d, nil", n, err, 100*MaxAttached)
	}
}
