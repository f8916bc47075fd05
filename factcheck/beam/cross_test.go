package beam_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/veracity-go/veracity/claims"
	vbeam "github.com/veracity-go/veracity/factcheck/beam"
)

func revenue(article, published, id, text, value string) vbeam.KeyedClaim {
	return vbeam.KeyedClaim{
		File: article, Published: published,
		Claim: claims.Claim{
			ID: id, Text: text, Subject: "acme", Property: "revenue",
			Value: claims.MustParseValue(value),
			AsOf: claims.Value{Kind: claims.KindTime, Text: "2024", Granularity: claims.GranularityYear,
				Start: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), End: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)},
		},
		Subject: claims.Entity{ID: "acme", Name: "Acme", Kind: claims.EntityOrganization},
	}
}

func ExampleComparer_Compare() {
	c, err := vbeam.NewComparer(nil)
	if err != nil {
		panic(err)
	}
	key := vbeam.Key{Referent: "name:acme", Property: "revenue", Scope: "2024"}
	found, err := c.Compare(context.Background(), key, []vbeam.KeyedClaim{
		revenue("march.txt", "2025-03-10", "c4", "Acme's revenue in 2024 was £2.9bn", "£2.9bn"),
		revenue("january.txt", "2025-01-14", "c1", "Acme's revenue in 2024 was £3.2bn", "£3.2bn"),
	})
	if err != nil {
		panic(err)
	}
	for _, f := range found {
		fmt.Println(f.Check, f.Severity)
		for _, cl := range f.Claims {
			fmt.Printf("  %s %s %s: %q\n", cl.File, cl.Published, cl.Claim, cl.Quote)
		}
		fmt.Println(" ", f.Message)
	}
	// Output:
	// value-conflict error
	//   january.txt 2025-01-14 c1: "Acme's revenue in 2024 was £3.2bn"
	//   march.txt 2025-03-10 c4: "Acme's revenue in 2024 was £2.9bn"
	//   "£3.2bn" (january.txt#c1) and "£2.9bn" (march.txt#c4) give different values for the revenue of Acme
}

func TestCompareLeavesOneArticleAlone(t *testing.T) {
	c, err := vbeam.NewComparer(nil)
	if err != nil {
		t.Fatal(err)
	}
	key := vbeam.Key{Referent: "name:acme", Property: "revenue", Scope: "2024"}
	// Two figures in one article are that article's report's business.
	found, err := c.Compare(context.Background(), key, []vbeam.KeyedClaim{
		revenue("a.txt", "2025-01-14", "c1", "revenue was £3.2bn", "£3.2bn"),
		revenue("a.txt", "2025-01-14", "c2", "revenue was £2.9bn", "£2.9bn"),
		revenue("b.txt", "2025-02-01", "c1", "revenue was about £3.2bn", "about £3.2bn"),
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range found {
		if f.Claims[0].File == f.Claims[1].File {
			t.Errorf("a finding within one article: %+v", f)
		}
	}
	// b's "about £3.2bn" agrees with a's c1 and not with c2: one finding.
	if len(found) != 1 || found[0].Claims[0].Claim != "c2" || found[0].Claims[1].File != "b.txt" {
		t.Errorf("want one finding, a.txt c2 against b.txt c1; have %+v", found)
	}
}

func TestComparePolarity(t *testing.T) {
	c, err := vbeam.NewComparer(nil)
	if err != nil {
		t.Fatal(err)
	}
	key := vbeam.Key{Referent: "name:acme", Property: "merger", Scope: "published:2025-01-14"}
	say := func(article, id string, m claims.Modality) vbeam.KeyedClaim {
		return vbeam.KeyedClaim{File: article, Published: "2025-01-14", Claim: claims.Claim{
			ID: id, Subject: "acme", Property: "merger", Modality: m, Text: "the merger",
			Value: claims.Value{Kind: claims.KindBool, Bool: true}}}
	}
	found, err := c.Compare(context.Background(), key, []vbeam.KeyedClaim{
		say("a.txt", "c1", claims.ModalityAsserted), say("b.txt", "c3", claims.ModalityNegated),
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(found) != 1 || found[0].Check != "polarity-conflict" {
		t.Errorf("want one polarity-conflict, have %+v", found)
	}
}

func TestCompareOneTextTwice(t *testing.T) {
	c, err := vbeam.NewComparer(nil)
	if err != nil {
		t.Fatal(err)
	}
	key := vbeam.Key{Referent: "name:acme", Property: "revenue", Scope: "2024"}
	// A story run twice: the same clause, whose two figures the
	// extractor keyed the other way round in the second copy.
	const text = "Acme's revenue in 2024 was £3.2bn, up from £2.9bn"
	found, err := c.Compare(context.Background(), key, []vbeam.KeyedClaim{
		revenue("a.txt", "2025-01-14", "c1", text, "£3.2bn"),
		revenue("b.txt", "2025-01-15", "c1", text, "£2.9bn"),
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(found) != 0 {
		t.Errorf("one clause is no contradiction of itself: %+v", found)
	}
}
