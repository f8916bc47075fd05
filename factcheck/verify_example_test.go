package factcheck_test

import (
	"fmt"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/sources"
)

func ExampleVerify() {
	store := sources.NewMemStore(&claims.Set{
		Entities: []claims.Entity{{ID: "alaska-purchase", Name: "Alaska Purchase", Kind: claims.EntityEvent}},
		Sources: []claims.Source{{ID: "state-historian", Name: "Office of the Historian",
			Kind: "government", Reliability: claims.ReliabilityA}},
		Facts: []claims.Fact{{Subject: "alaska-purchase", Property: "price", Sources: []string{"state-historian"},
			Value: claims.Value{Kind: claims.KindMoney, Text: "7200000 USD", Amount: 7200000, Unit: "USD"}}},
	})
	// "Russia sold Alaska to the United States for $7.2 million": the
	// figure as written covers 7.15 to 7.25 million.
	c := claims.Claim{ID: "c1", Subject: "alaska-purchase", Property: "price",
		Value: claims.Value{Kind: claims.KindMoney, Text: "$7.2 million", Amount: 7.2e6, Precision: 5e4, Unit: "USD"}}

	v := factcheck.Verify(c, store)
	fmt.Println(v.Rating, v.Confidence)
	fmt.Println(v.Explanation)
	for _, e := range v.Evidence {
		fmt.Println(e.Stance, e.Source.Name, e.Source.Reliability)
	}
	// Output:
	// true 0.95
	// Office of the Historian gives $7,200,000 (7200000 USD); the claim's $7.2 million covers 7,150,000–7,250,000
	// supports Office of the Historian A
}

func ExampleVerify_timeSince() {
	invasion := time.Date(2022, 2, 24, 0, 0, 0, 0, time.UTC)
	store := sources.NewMemStore(&claims.Set{
		Entities: []claims.Entity{{ID: "invasion", Name: "Moscow's invasion", Kind: claims.EntityEvent,
			Date: claims.Value{Kind: claims.KindTime, Start: invasion, End: invasion.AddDate(0, 0, 1), Granularity: claims.GranularityDay}}},
	})
	// "more than three and a half years after Moscow's invasion", in an
	// article published on 2025-08-13.
	c := claims.Claim{ID: "c9", Subject: "invasion", Property: claims.PropertyTimeSince,
		Value: claims.Value{Kind: claims.KindDuration, Text: "more than three and a half years",
			Amount: 3.5, Unit: "year", Cmp: claims.CmpGreater}}

	v := factcheck.Verify(c, store, factcheck.Published(time.Date(2025, 8, 13, 0, 0, 0, 0, time.UTC)))
	fmt.Println(v.Rating)
	fmt.Println(v.Explanation)
	// Output:
	// false
	// 3 years, 5 months and 20 days passed between 2022-02-24 (Moscow's invasion) and 2025-08-13: less than 3.5 years
}
