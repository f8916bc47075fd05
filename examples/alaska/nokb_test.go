package alaska_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks"
)

// TestNoKBVenueConflict: with no knowledge base at all, as `veracity
// check --published 2025-08-13 article.txt` runs, the article is read
// against itself: Anchorage is given as the venue of the meeting, and
// then "the exact location of the Trump-Putin summit is yet not known" —
// the certainty-conflict the library is named for.
func TestNoKBVenueConflict(t *testing.T) {
	text, err := os.ReadFile("article.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc := claims.Document{Text: string(text), Published: published}
	got, err := extract.Extract(doc, nil)
	if err != nil {
		t.Fatal(err)
	}
	set := &claims.Set{Version: claims.Version, Document: doc, Entities: got.Entities, Claims: got.Claims}
	checker, err := factcheck.NewChecker(checks.Default)
	if err != nil {
		t.Fatal(err)
	}
	r, err := checker.Check(context.Background(), set)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]claims.Claim{}
	for _, c := range set.Claims {
		byID[c.ID] = c
	}
	for _, f := range r.Findings {
		if f.Check != "certainty-conflict" {
			continue
		}
		var stated, open bool
		for _, id := range f.Claims {
			c := byID[id]
			switch {
			case c.Modality == claims.ModalityUnknown && strings.Contains(c.Text, "location"):
				open = true
			case c.Modality == claims.ModalityAsserted && strings.Contains(c.Value.Text, "Anchorage"):
				stated = true
			}
		}
		if stated && open {
			return
		}
	}
	t.Errorf("no certainty-conflict between Anchorage as the venue and the unknown location; findings %v; claims:\n%s", r.Findings, claimsList(set))
}
