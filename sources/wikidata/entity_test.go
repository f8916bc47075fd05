package wikidata

import (
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/veracity-go/veracity/claims"
)

// testEntities reads the test dump's entities by id.
func testEntities(t *testing.T) map[string]*Entity {
	t.Helper()
	f, err := os.Open("testdata/dump.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	es, err := readAll(t, f)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]*Entity{}
	for _, e := range es {
		m[e.ID] = e
	}
	return m
}

func TestEntityStatements(t *testing.T) {
	paris := testEntities(t)["Q1001"]
	if paris.Label("de", "en") != "Paris" || paris.Sitelinks != 5 || paris.Aliases["en"][0] != "City of Light" {
		t.Errorf("terms: %q, %d sitelinks, aliases %v", paris.Label("en"), paris.Sitelinks, paris.Aliases)
	}
	// the preferred statement alone is truthy; the deprecated never
	if got := paris.Statements("P1082"); len(got) != 1 || got[0].ID != "Q1001$pop2012" {
		t.Errorf("truthy population statements: %+v, want the preferred one", got)
	}
	all := paris.Claims["P1082"]
	if len(all) != 3 || all[2].Rank != RankDeprecated {
		t.Fatalf("population statements: %d, want 3 with the last deprecated", len(all))
	}
	st := all[1]
	q, ok := st.Qualifier(PropPointInTime)
	if !ok {
		t.Fatal("no point in time")
	}
	if tm, err := q.Value.Time(); err != nil || tm.Time != "+2012-01-01T00:00:00Z" {
		t.Errorf("point in time %v, %v", tm, err)
	}
	if len(st.References) != 1 || len(st.References[0].Snaks[PropReferenceURL]) != 1 {
		t.Errorf("references: %+v", st.References)
	}
}

// TestNewItem: what a knowledge base keeps of an item.
func TestNewItem(t *testing.T) {
	es := testEntities(t)
	skips := Skips{}
	paris := NewItem(es["Q1001"], nil, nil, skips)
	if paris.Label != "Paris" || paris.Description != "capital of France" || !cmp.Equal(paris.PartOf, []string{"Q1003"}) ||
		!cmp.Equal(paris.InstanceOf, []string{"Q515"}) {
		t.Errorf("Paris: %+v", paris)
	}
	if len(paris.Statements) != 2 {
		t.Fatalf("Paris statements: %+v, want the two population figures not deprecated", paris.Statements)
	}
	pop := paris.Statements[1]
	want := ItemRef{StatedIn: "Q1009", URL: "https://census.example.org/paris", Retrieved: "2015-10-10"}
	if pop.Value.Amount != 2240621 || pop.At.Start != day(2012, 1, 1) || len(pop.Refs) != 1 || pop.Refs[0] != want {
		t.Errorf("population 2012: %+v", pop)
	}
	roe := NewItem(es["Q1005"], nil, []string{"en"}, skips)
	var birth, cost *ItemStatement
	for i, s := range roe.Statements {
		switch s.Property {
		case "P569":
			birth = &roe.Statements[i]
		case "P2130":
			cost = &roe.Statements[i]
		}
	}
	if birth == nil || birth.Value.Start != day(1732, 2, 22) {
		t.Errorf("Julian date of birth: %+v, want 1732-02-22 (Gregorian)", birth)
	}
	if cost == nil || cost.Value.Unit != "USD" || cost.Value.Precision != 50000 {
		t.Errorf("cost: %+v, want 7.2 million USD ± 50000", cost)
	}
	summit := NewItem(es["Q1006"], nil, nil, skips)
	if summit.Date.Start != day(1960, 5, 16) {
		t.Errorf("event date %v, want 1960-05-16", summit.Date)
	}
	if skips["unit Q999999"] != 1 {
		t.Errorf("skips %v, want the unknown unit counted", skips)
	}
	if k := kindOf(roe, nil); k != claims.EntityPerson {
		t.Errorf("kind of a human: %v", k)
	}
}
