package extract_test

import (
	"fmt"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
)

func ExampleExtract() {
	kb := &claims.Set{
		Entities: []claims.Entity{
			{ID: "alaska", Name: "Alaska", Kind: claims.EntityPlace},
			{ID: "anchorage", Name: "Anchorage", Kind: claims.EntityPlace, PartOf: []string{"alaska"}},
			{ID: "summit", Name: "Trump–Putin summit", Kind: claims.EntityEvent, Aliases: []string{"summit", "meeting"}},
		},
		Properties: []claims.Property{
			{ID: "venue", Kind: claims.KindPlace, Cues: []string{"venue", "location", "take place in"}},
		},
	}
	doc := claims.Document{
		Text: "Anchorage is the venue for the upcoming meeting, two White House officials said. " +
			"Although the exact location of the summit is yet not known, it will take place in Alaska on Friday.",
		Published: time.Date(2025, 8, 13, 0, 0, 0, 0, time.UTC),
	}
	set, err := extract.Extract(doc, kb)
	if err != nil {
		panic(err)
	}
	for _, c := range set.Claims {
		fmt.Printf("%s %s %s %q %s [%s]\n", c.ID, c.Subject, c.Property, c.Value.Literal(), c.Modality, c.Attribution)
	}
	// Output:
	// c1 summit venue "anchorage" asserted [two White House officials]
	// c2 summit venue "" unknown []
	// c3 summit venue "alaska" asserted []
	// c4 summit date "2025-08-15" asserted []
}

func ExampleMentions() {
	doc := claims.Document{
		Text:      "Alaska was sold in 1867 for $7.2 million, more than three and a half years after the war; the deal closed on Friday.",
		Published: time.Date(2025, 8, 13, 0, 0, 0, 0, time.UTC),
	}
	for _, m := range extract.Mentions(doc, nil) {
		fmt.Printf("%v %q %s %s\n", m.Span, m.Text, m.Kind, m.Value.Literal())
	}
	// Output:
	// {0 6} "Alaska" entity alaska
	// {19 23} "1867" time 1867
	// {28 40} "$7.2 million" money 7200000 USD
	// {42 74} "more than three and a half years" duration > 3.5 year
	// {109 115} "Friday" time 2025-08-08
}
