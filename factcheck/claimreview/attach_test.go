package claimreview_test

import (
	"fmt"
	"math"
	"testing"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/claimreview"
	"github.com/veracity-go/veracity/sources"
)

const politifact = `[{"@context": "https://schema.org", "@type": "ClaimReview",
  "url": "https://www.politifact.com/factchecks/2023/feb/14/facebook-posts/wind-turbines-birds/",
  "datePublished": "2023-02-14",
  "author": {"@type": "Organization", "name": "PolitiFact"},
  "claimReviewed": "Says wind turbines kill “millions of birds” every day in the United States.",
  "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Facebook posts"}},
  "reviewRating": {"@type": "Rating", "ratingValue": "1", "bestRating": "6", "worstRating": "1",
    "alternateName": "Pants on Fire!"}}]`

// windReport is a checked article with one claim PolitiFact checked in
// other words and one it did not.
func windReport() *factcheck.Report {
	return &factcheck.Report{
		Claims: []claims.Claim{
			{ID: "c1", Text: "wind turbines kill millions of birds every single day across the country"},
			{ID: "c2", Text: "the county board voted 4 to 1 to delay the zoning change"},
		},
		Verdicts: []factcheck.Verdict{
			{Claim: "c1", Explanation: "no reference fact for this claim"},
			{Claim: "c2", Rating: factcheck.True, Confidence: 0.9,
				Evidence: []sources.Evidence{{Source: sources.Source{ID: "minutes"}, Stance: sources.Supports}}},
		},
	}
}

// Show a checked article's readers what fact-checkers found before.
func ExampleAttach() {
	reviews, err := claimreview.Read([]byte(politifact))
	if err != nil {
		fmt.Println(err)
		return
	}
	report := windReport()
	n := claimreview.Attach(report, claimreview.NewIndex(reviews), claimreview.DefaultThreshold)
	fmt.Println(n, "match")
	for _, v := range report.Verdicts {
		for _, p := range v.Prior {
			fmt.Printf("%s (still %s): %s\n", v.Claim, v.Rating, p)
		}
	}
	// Output:
	// 1 match
	// c1 (still unverified): previously checked by PolitiFact: false ("Pants on Fire!") https://www.politifact.com/factchecks/2023/feb/14/facebook-posts/wind-turbines-birds/
}

func TestAttach(t *testing.T) {
	reviews, err := claimreview.Read([]byte(politifact))
	if err != nil {
		t.Fatal(err)
	}
	ix := claimreview.NewIndex(reviews)
	report := windReport()
	if n := claimreview.Attach(report, ix, 0); n != 1 {
		t.Fatalf("Attach = %d, want 1", n)
	}
	c1, c2 := report.Verdicts[0], report.Verdicts[1]
	if len(c1.Prior) != 1 || len(c1.Evidence) != 1 {
		t.Fatalf("c1: %d prior checks, %d evidence, want 1 and 1", len(c1.Prior), len(c1.Evidence))
	}
	p, e := c1.Prior[0], c1.Evidence[0]
	want := factcheck.PriorCheck{Publisher: "PolitiFact", URL: reviews[0].URL, Rating: factcheck.False, RatingOK: true,
		Label: "Pants on Fire!", Claim: reviews[0].ClaimReviewed, Claimant: "Facebook posts",
		Similarity: p.Similarity, Date: reviews[0].Date, SourceID: "claimreview:" + reviews[0].URL}
	if p != want {
		t.Errorf("c1 prior check:\n got %+v\nwant %+v", p, want)
	}
	if p.Similarity < claimreview.DefaultThreshold || p.Similarity > 1 || math.Abs(p.Similarity*1000-math.Round(p.Similarity*1000)) > 1e-9 {
		t.Errorf("c1 similarity %v, want at least the threshold, to three decimals", p.Similarity)
	}
	if e.Source.ID != p.SourceID || e.Source.URL != reviews[0].URL || e.Stance != sources.Refutes {
		t.Errorf("c1 evidence %+v, want the review's source, refuting", e)
	}
	if c1.Rating != factcheck.Unverified || c1.Explanation != "no reference fact for this claim" {
		t.Errorf("c1 rating %s, explanation %q: Attach changed the verdict", c1.Rating, c1.Explanation)
	}
	if len(c2.Prior) != 0 || len(c2.Evidence) != 1 || c2.Rating != factcheck.True || c2.Confidence != 0.9 {
		t.Errorf("c2: %+v, want it as it was", c2)
	}

	// Attaching again adds nothing.
	if n := claimreview.Attach(report, ix, 0); n != 0 || len(report.Verdicts[0].Prior) != 1 || len(report.Verdicts[0].Evidence) != 1 {
		t.Errorf("second Attach = %d, c1 has %d prior checks and %d evidence; want 0, 1, 1",
			n, len(report.Verdicts[0].Prior), len(report.Verdicts[0].Evidence))
	}
	// Nothing to attach, or nowhere to: no change, no panic.
	if n := claimreview.Attach(report, nil, 0) + claimreview.Attach(nil, ix, 0) + claimreview.Attach(windReport(), claimreview.NewIndex(nil), 0); n != 0 {
		t.Errorf("Attach with nothing = %d, want 0", n)
	}
}

// A claim checked by many gets the best MaxAttached of them.
func TestAttachAtMost(t *testing.T) {
	var reviews []claimreview.Review
	for i := range claimreview.MaxAttached + 3 {
		reviews = append(reviews, claimreview.Review{
			ClaimReviewed: "Wind turbines kill millions of birds every day.",
			Publisher:     fmt.Sprintf("Checker %d", i), URL: fmt.Sprintf("https://checker%d.example/birds", i),
			Rating: factcheck.False, RatingOK: true, Label: "False",
		})
	}
	report := windReport()
	if n := claimreview.Attach(report, claimreview.NewIndex(reviews), 0); n != claimreview.MaxAttached {
		t.Errorf("Attach = %d, want %d", n, claimreview.MaxAttached)
	}
	if got := report.Verdicts[0].Prior; len(got) != claimreview.MaxAttached || got[0].Publisher != "Checker 0" {
		t.Errorf("c1 prior checks %+v, want the first %d", got, claimreview.MaxAttached)
	}
}
