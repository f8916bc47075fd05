package extract_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
)

// An Extractor made with a knowledge base finds what Extract finds with it,
// for the kb it indexed and for another one.
func TestKnowledgeBaseOption(t *testing.T) {
	kb := &claims.Set{Version: 1,
		Entities: []claims.Entity{
			{ID: "riverside", Name: "Riverside", Kind: claims.EntityPlace},
			{ID: "bridge", Name: "Riverside bridge", Kind: claims.EntityThing, Aliases: []string{"the bridge"}},
		},
		Properties: []claims.Property{{ID: "cost", Kind: claims.KindMoney, Cues: []string{"cost"}}},
	}
	other := &claims.Set{Version: 1, Entities: []claims.Entity{{ID: "tunnel", Name: "Harbour tunnel", Kind: claims.EntityThing}},
		Properties: []claims.Property{{ID: "cost", Kind: claims.KindMoney, Cues: []string{"cost"}}}}
	doc := claims.Document{
		Text:      "The Riverside bridge will cost £48.6m, the council said on Monday. The Harbour tunnel will cost £120m.",
		Published: time.Date(2024, 6, 20, 0, 0, 0, 0, time.UTC),
	}
	ex := extract.New(extract.KnowledgeBase(kb))
	for _, k := range []*claims.Set{kb, other, nil} {
		want, err := extract.Extract(doc, k)
		if err != nil {
			t.Fatal(err)
		}
		got, err := ex.Extract(doc, k)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("claims differ (-Extract +Extractor with a kb):\n%s", diff)
		}
		if diff := cmp.Diff(extract.Mentions(doc, k), ex.Mentions(doc, k)); diff != "" {
			t.Errorf("mentions differ (-Mentions +Extractor with a kb):\n%s", diff)
		}
	}
	got, _ := ex.Extract(doc, kb)
	found := false
	for _, c := range got.Claims {
		found = found || (c.Subject == "bridge" && c.Property == "cost" && c.Value.Amount == 48.6e6)
	}
	if !found {
		t.Errorf("the bridge's £48.6m cost was not found with the indexed kb: %+v", got.Claims)
	}
}
