package claimreview

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
)

// TestRoundTrip exports a verdict of every rating and reads it back: a
// reader of our markup must see the rating we gave, the label we wrote,
// and who we are.
func TestRoundTrip(t *testing.T) {
	r := &factcheck.Report{Document: summitReport().Document}
	for i, rating := range factcheck.Ratings {
		id := "c" + rating.String()
		r.Claims = append(r.Claims, claims.Claim{ID: id, Text: "claim number " + string(rune('a'+i)), Attribution: "Jo Bloggs"})
		r.Verdicts = append(r.Verdicts, factcheck.Verdict{Claim: id, Rating: rating})
	}
	var buf bytes.Buffer
	if err := Write(&buf, r, Organization("Checks", "https://checks.example/"), BaseURL("https://checks.example/r")); err != nil {
		t.Fatal(err)
	}
	got, err := Read(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	var want []Review
	for i, rating := range factcheck.Ratings {
		_, label := rating.ClaimReview()
		want = append(want, Review{
			ClaimReviewed: r.Claims[i].Text,
			Claimant:      "Jo Bloggs",
			ClaimDate:     r.Document.Published,
			Appearance:    r.Document.URL,
			Rating:        rating,
			RatingOK:      true,
			Label:         label,
			Publisher:     "Checks",
			PublisherURL:  "https://checks.example/",
			URL:           "https://checks.example/r#" + r.Claims[i].ID,
			Date:          r.Document.Published,
		})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Read(Write(report)) (-want +got):\n%s", diff)
	}
	// Our own labels read back through the label table alone, too, as a
	// reader that ignores ratingValue would read them.
	for _, rating := range factcheck.Ratings {
		_, label := rating.ClaimReview()
		if got, ok := DefaultLabels.Lookup(label); !ok || got != rating {
			t.Errorf("DefaultLabels.Lookup(%q) = %v, %v; want %v, true", label, got, ok, rating)
		}
	}
}
