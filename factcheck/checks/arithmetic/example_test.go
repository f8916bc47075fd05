package arithmetic_test

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks/arithmetic"
)

// Example runs the arithmetic check over an article with no claims: the
// findings name none and quote the figures.
func Example() {
	set := &claims.Set{Version: 1, Document: claims.Document{
		Published: time.Date(2025, 8, 13, 0, 0, 0, 0, time.UTC),
		Text: "Founded in 1990, the 40-year-old charity said turnover rose 8% to £1,150m from £1,000m.\n\n" +
			"Of the 48 candidates, 20 are women and 30 are men.",
	}}
	checker, err := factcheck.NewChecker([]*factcheck.Check{arithmetic.Check})
	if err != nil {
		log.Fatal(err)
	}
	r, err := checker.Check(context.Background(), set)
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range r.Findings {
		fmt.Printf("%s: %s %v\n", f.Severity, f.Message, f.Claims)
	}
	// Output:
	// error: 20 and 30 make 50, not the 48 stated []
	// error: founded in 1990, the charity is 35 years old in 2025, not 40 []
	// error: £1,150m from £1,000m is a rise of 15%, not 8% []
}
