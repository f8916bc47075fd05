package sources_test

import (
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/veracity-go/veracity/sources"
)

// TestMemStoreFactsView checks that a view gives the same facts as Facts,
// that appending to it cannot reach the store, and that it stays as it
// was, race-free, while facts are added (run with -race).
func TestMemStoreFactsView(t *testing.T) {
	s := new(sources.MemStore)
	if v := s.FactsView("alaska-purchase", "price"); len(v) != 0 {
		t.Errorf("FactsView on an empty store = %v, want none", v)
	}
	s.AddFact(price(7200000, "hist"))
	s.AddFact(price(7000000, "tabloid"))
	view := s.FactsView("alaska-purchase", "price")
	if diff := cmp.Diff(s.Facts("alaska-purchase", "price"), view); diff != "" {
		t.Errorf("FactsView differs from Facts (-Facts +FactsView):\n%s", diff)
	}
	_ = append(view, price(1, "x")) // must not write into the store's array
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := range 100 {
			s.AddFact(price(float64(i), "more"))
		}
	}()
	for range 100 {
		if len(view) != 2 || view[0].Value.Amount != 7200000 || view[1].Value.Amount != 7000000 {
			t.Fatalf("the view changed: %v", view)
		}
	}
	wg.Wait()
	if n := len(s.Facts("alaska-purchase", "price")); n != 102 {
		t.Errorf("%d facts after adding 100 to 2, want 102", n)
	}
}
