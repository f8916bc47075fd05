package extract_test

import (
	"testing"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
)

// TestKBFigureTimeAndAge: with a knowledge base, a cued figure with a year
// in its clause speaks of that year (its as_of), and a known person's age
// in apposition is a claim, so that a date of birth can check it.
func TestKBFigureTimeAndAge(t *testing.T) {
	kb, err := claims.Decode([]byte(`version: 1
entities:
  - {id: rome, name: Rome, kind: place}
  - {id: sanger, name: Larry Sanger, kind: person}
properties:
  - {id: population, kind: count, cues: [population]}
  - {id: age, kind: duration}
`), "kb.yaml")
	if err != nil {
		t.Fatal(err)
	}
	doc := claims.Document{Text: "Rome had a population of 2,864,348 in 2015. Larry Sanger, 46, co-founded Wikipedia.",
		Published: time.Date(2015, 9, 1, 0, 0, 0, 0, time.UTC)}
	set, err := extract.New(extract.KnowledgeBase(kb)).Extract(doc, kb)
	if err != nil {
		t.Fatal(err)
	}
	var pop, age *claims.Claim
	for i, c := range set.Claims {
		switch {
		case c.Subject == "rome" && c.Property == "population":
			pop = &set.Claims[i]
		case c.Subject == "sanger" && c.Property == "age":
			age = &set.Claims[i]
		}
	}
	if pop == nil {
		t.Fatalf("no population claim about Rome in %+v", set.Claims)
	}
	if pop.AsOf.Start.Year() != 2015 || pop.AsOf.Granularity != claims.GranularityYear {
		t.Errorf("population as_of = %v, want the year 2015", pop.AsOf)
	}
	if age == nil {
		t.Fatalf("no age claim about Larry Sanger in %+v", set.Claims)
	}
	if age.Value.Amount != 46 || age.Value.Unit != "year" {
		t.Errorf("age = %v, want 46 years", age.Value)
	}
}
