package claimreview

import (
	"bytes"
	"strings"
	"testing"

	"github.com/veracity-go/veracity/factcheck"
)

// FuzzRead feeds Read and Validate arbitrary documents. Neither may panic,
// and what Read returns must hold together: a rating it did not recognise
// is Unverified, ratings are on veracity's scale, and text fields are on
// one line.
func FuzzRead(f *testing.F) {
	// More seeds are in testdata/fuzz/FuzzRead.
	f.Add([]byte(good))
	f.Add([]byte(`<script type="application/ld+json">[{"@type":"ClaimReview"}]</script>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			return // bounded work: pages of interest are smaller
		}
		reviews, err := Read(data)
		if err != nil && !strings.HasPrefix(err.Error(), "claimreview: ") {
			t.Errorf("error without the package prefix: %v", err)
		}
		for _, r := range reviews {
			if !r.RatingOK && r.Rating != factcheck.Unverified {
				t.Errorf("unrecognised rating %q read as %v, want unverified", r.Label, r.Rating)
			}
			if int(r.Rating) >= len(factcheck.Ratings) {
				t.Errorf("rating %d is not on the scale", r.Rating)
			}
			for _, s := range []string{r.ClaimReviewed, r.Claimant, r.Label, r.Publisher} {
				if strings.ContainsAny(s, "\n\t") || strings.TrimSpace(s) != s {
					t.Errorf("field %q is not one trimmed line", s)
				}
			}
		}
		for _, p := range []Profile{SchemaOrg, Publisher} {
			for _, pr := range Validate(data, p) {
				if pr.Level != Warning && pr.Level != Error || pr.Message == "" {
					t.Errorf("malformed problem %#v", pr)
				}
			}
		}
		for _, r := range reviews {
			for _, w := range r.Warnings {
				if w == "" || strings.Contains(w, "\n") {
					t.Errorf("malformed warning %q", w)
				}
			}
		}
		// Matching what was read must not panic either.
		if len(reviews) > 0 {
			NewIndex(reviews).Lookup(reviews[0].ClaimReviewed, 0)
		}
	})
}

// FuzzStream feeds the streaming reader arbitrary JSON: it must not panic,
// and its errors carry the package prefix.
func FuzzStream(f *testing.F) {
	f.Add([]byte(feed(3)))
	f.Add([]byte(`{"claims": [{"text": "x", "claimReview": [{"textualRating": "False"}]}]}`))
	f.Add([]byte(`[[[[{"@type": "ClaimReview"}]]]]`))
	old := wholeLimit
	wholeLimit = 16
	f.Cleanup(func() { wholeLimit = old })
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			return
		}
		err := Reader{}.Stream(bytes.NewReader(data), func(r Review) {
			if !r.RatingOK && r.Rating != factcheck.Unverified {
				t.Errorf("unrecognised rating %q read as %v", r.Label, r.Rating)
			}
		})
		if err != nil && !strings.HasPrefix(err.Error(), "claimreview: ") {
			t.Errorf("error without the package prefix: %v", err)
		}
	})
}
