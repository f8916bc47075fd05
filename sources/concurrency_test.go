package sources_test

import (
	"fmt"
	"sync"
	"testing"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/sources"
)

// TestMemStoreReadersAndAWriter reads one MemStore from many goroutines
// while another adds facts, entities and sources, as a web handler's
// requests read a house knowledge base that an editor reloads. Run with
// -race. Each reader must see every fact whole, never fewer facts than
// before, and a copy it may change without changing the store.
func TestMemStoreReadersAndAWriter(t *testing.T) {
	s := sources.NewMemStore(&claims.Set{
		Entities: []claims.Entity{
			{ID: "alaska", Name: "Alaska", Kind: claims.EntityPlace},
			{ID: "anchorage", Name: "Anchorage", Kind: claims.EntityPlace, PartOf: []string{"alaska"}},
		},
	})
	const readers, adds = 8, 200
	var wg sync.WaitGroup
	stop := make(chan struct{})
	errs := make(chan error, readers)
	for r := range readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			last := 0
			for {
				select {
				case <-stop:
					return
				default:
				}
				fs := s.Facts("alaska-purchase", "price")
				if len(fs) < last {
					errs <- fmt.Errorf("reader %d: %d facts after %d", r, len(fs), last)
					return
				}
				last = len(fs)
				for i, f := range fs {
					// Fact i was added with amount i and source s<i>.
					if f.Value.Amount != float64(i) || len(f.Sources) != 1 || f.Sources[0] != fmt.Sprintf("s%d", i) {
						errs <- fmt.Errorf("reader %d: fact %d is %+v, want amount %d from s%d", r, i, f, i, i)
						return
					}
				}
				if len(fs) > 0 {
					fs[0].Value.Amount = -1 // a copy: the store must not see this
				}
				if !sources.Within(s, "anchorage", "alaska") {
					errs <- fmt.Errorf("reader %d: anchorage not within alaska", r)
					return
				}
				if _, ok := s.Property(claims.PropertyDate); !ok {
					errs <- fmt.Errorf("reader %d: built-in property date missing", r)
					return
				}
			}
		}()
	}
	for i := range adds {
		s.AddFact(claims.Fact{
			Subject: "alaska-purchase", Property: "price",
			Value:   claims.Value{Kind: claims.KindMoney, Amount: float64(i), Unit: "USD"},
			Sources: []string{fmt.Sprintf("s%d", i)},
		})
		s.AddSource(sources.Source{ID: fmt.Sprintf("s%d", i), Name: "source"})
		s.AddEntity(claims.Entity{ID: fmt.Sprintf("place%d", i), Kind: claims.EntityPlace, PartOf: []string{"anchorage"}})
	}
	close(stop)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	fs := s.Facts("alaska-purchase", "price")
	if len(fs) != adds || fs[0].Value.Amount != 0 {
		t.Errorf("after the writer: %d facts, first amount %v; want %d, 0 (readers' changes to copies must not show)", len(fs), fs[0].Value.Amount, adds)
	}
	if !sources.Within(s, fmt.Sprintf("place%d", adds-1), "alaska") {
		t.Errorf("the last place added is not within alaska")
	}
}
