package checks_test

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks"
)

// ExampleChecker runs the built-in checks over the venue claims of an
// article about the Trump–Putin summit: the venue is given twice (once
// refined), then said not to be known.
func ExampleChecker() {
	place := func(id string) claims.Value { return claims.Value{Kind: claims.KindPlace, Entity: id} }
	set := &claims.Set{
		Version:  1,
		Document: claims.Document{Published: time.Date(2025, 8, 13, 0, 0, 0, 0, time.UTC)},
		Entities: []claims.Entity{
			{ID: "alaska", Name: "Alaska", Kind: claims.EntityPlace},
			{ID: "anchorage", Name: "Anchorage", Kind: claims.EntityPlace, PartOf: []string{"alaska"}},
			{ID: "jber", Name: "Joint Base Elmendorf-Richardson", Kind: claims.EntityPlace, PartOf: []string{"anchorage"}},
			{ID: "summit", Name: "summit", Kind: claims.EntityEvent},
		},
		Claims: []claims.Claim{
			{ID: "c2", Subject: "summit", Property: "venue", Value: place("anchorage"),
				Text:        "Anchorage in the US state of Alaska is the venue for the upcoming meeting",
				Attribution: "two White House officials"},
			{ID: "c3", Subject: "summit", Property: "venue", Modality: claims.ModalityUnknown,
				Text: "the exact location of the Trump-Putin summit is yet not known"},
			{ID: "c5", Subject: "summit", Property: "venue", Value: place("jber"),
				Text: "the meeting will be held at Joint Base Elmendorf-Richardson"},
		},
	}
	checker, err := factcheck.NewChecker(checks.Default)
	if err != nil {
		log.Fatal(err)
	}
	r, err := checker.Check(context.Background(), set)
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range r.Findings {
		fmt.Printf("%s %s %v:\n\t%s\n", f.Severity, f.Check, f.Claims, f.Message)
	}
	// Output:
	// warning certainty-conflict [c2 c3 c5]:
	// 	the venue of the summit is given as "Anchorage" (c2) and as "Joint Base Elmendorf-Richardson" (c5) but called unknown in "the exact location … is yet not known" (c3)
	// info unsourced [c5]:
	// 	"the meeting will be held at Joint Base Elmendorf-Richardson" (c5) names neither who says it nor a source
}
