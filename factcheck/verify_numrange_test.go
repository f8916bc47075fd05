package factcheck_test

import (
	"bytes"
	"testing"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/sources"
)

// TestVerifyNumberRange checks a two-sided range as the extractor reads
// it: "between 20 and 30 people" is true of a fact inside it and false of
// one outside, also after a round trip through a claim-set file.
func TestVerifyNumberRange(t *testing.T) {
	ms := extract.Mentions(claims.Document{Text: "Between 20 and 30 people were killed."}, nil)
	if len(ms) != 1 {
		t.Fatalf("mentions = %+v, want one range", ms)
	}
	v := ms[0].Value
	set := &claims.Set{Entities: []claims.Entity{{ID: "attack", Name: "the attack", Kind: claims.EntityEvent}},
		Properties: []claims.Property{{ID: "deaths", Kind: claims.KindCount}},
		Claims:     []claims.Claim{{ID: "c1", Subject: "attack", Property: "deaths", Value: v}}}
	var buf bytes.Buffer
	if err := claims.Encode(&buf, set, claims.YAML); err != nil {
		t.Fatal(err)
	}
	back, err := claims.Decode(buf.Bytes(), "set.yaml")
	if err != nil {
		t.Fatalf("Decode: %v\n%s", err, buf.Bytes())
	}
	if got := back.Claims[0].Value; got.Amount != 25 || got.Precision != 5 || got.Cmp != claims.CmpEqual || got.Text != "Between 20 and 30 people" {
		t.Fatalf("decoded value %+v, want 25 ± 5 with its text\n%s", got, buf.Bytes())
	}
	for _, tt := range []struct {
		fact float64
		want factcheck.Rating
	}{{25, factcheck.True}, {20, factcheck.True}, {30, factcheck.True}, {40, factcheck.False}, {12, factcheck.False}} {
		store := sources.NewMemStore(&claims.Set{
			Entities:   set.Entities,
			Properties: []claims.Property{{ID: "deaths", Kind: claims.KindCount}},
			Sources:    []claims.Source{{ID: "police", Name: "City police", Kind: "government", Reliability: claims.ReliabilityA}},
			Facts: []claims.Fact{{Subject: "attack", Property: "deaths", Sources: []string{"police"},
				Value: claims.Value{Kind: claims.KindCount, Amount: tt.fact, Unit: "person"}}},
		})
		for _, c := range []claims.Claim{set.Claims[0], back.Claims[0]} {
			if got := factcheck.Verify(c, store, factcheck.Published(published)); got.Rating != tt.want {
				t.Errorf("claim %q against a fact of %v: %v (%s), want %v", c.Value.Text, tt.fact, got.Rating, got.Explanation, tt.want)
			}
		}
	}
}
