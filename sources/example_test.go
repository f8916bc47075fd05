package sources_test

import (
	"fmt"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/sources"
)

func ExampleMemStore() {
	store := sources.NewMemStore(&claims.Set{
		Sources: []claims.Source{{ID: "state-historian", Name: "Office of the Historian", Reliability: claims.ReliabilityA}},
		Facts: []claims.Fact{{Subject: "alaska-purchase", Property: "price", Sources: []string{"state-historian"},
			Value: claims.Value{Kind: claims.KindMoney, Amount: 7200000, Unit: "USD"}}},
	})
	for _, f := range store.Facts("alaska-purchase", "price") {
		src, _ := store.Source(f.Sources[0])
		fmt.Printf("%s (%s, reliable: %v)\n", f.Value, src.Name, src.Reliability.Reliable())
	}
	// Output:
	// 7200000 USD (Office of the Historian, reliable: true)
}

func ExampleRelated() {
	store := sources.NewMemStore(&claims.Set{Entities: []claims.Entity{
		{ID: "alaska", Name: "Alaska"},
		{ID: "anchorage", Name: "Anchorage", PartOf: []string{"alaska"}},
		{ID: "juneau", Name: "Juneau", PartOf: []string{"alaska"}},
		{ID: "jber", Name: "Joint Base Elmendorf-Richardson", PartOf: []string{"anchorage"}},
	}})
	fmt.Println(sources.Within(store, "jber", "alaska"))
	fmt.Println(sources.Related(store, "anchorage", "jber"))
	fmt.Println(sources.Related(store, "anchorage", "juneau"))
	// Output:
	// true
	// true
	// false
}
