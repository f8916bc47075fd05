package sources

import (
	"fmt"
	"testing"

	"github.com/veracity-go/veracity/claims"
)

// TestMemStoreKeyFilter checks that the filter of fact keys, rebuilt as
// facts are added, never hides a key that has facts.
func TestMemStoreKeyFilter(t *testing.T) {
	s := new(MemStore)
	set := &claims.Set{}
	for i := range 300 {
		set.Facts = append(set.Facts, claims.Fact{Subject: fmt.Sprint("s", i), Property: "p"})
	}
	s.AddSet(set)
	for i := 300; i < 5000; i++ {
		s.AddFact(Fact{Subject: fmt.Sprint("s", i), Property: fmt.Sprint("p", i%3)})
	}
	for i := range 5000 {
		p := "p"
		if i >= 300 {
			p = fmt.Sprint("p", i%3)
		}
		if got := s.FactsView(fmt.Sprint("s", i), p); len(got) != 1 {
			t.Errorf("FactsView(s%d, %s): %d facts, want 1", i, p, len(got))
		}
		if got := s.Facts(fmt.Sprint("s", i), "q"); len(got) != 0 {
			t.Errorf("Facts(s%d, q): %d facts, want none", i, len(got))
		}
	}
	if n := s.Len(); n != 5000 {
		t.Errorf("Len() = %d, want 5000", n)
	}
}

// TestMemStoreEntityLabel checks EntityLabel against Entity.
func TestMemStoreEntityLabel(t *testing.T) {
	s := new(MemStore)
	s.AddEntity(claims.Entity{ID: "a", Name: "Alpha"})
	s.AddEntity(claims.Entity{ID: "b"})
	s.AddEntity(claims.Entity{ID: "a", Name: "Alef"}) // replaces the first
	for _, id := range []string{"a", "b", "c"} {
		e, ok := s.Entity(id)
		label, lok := s.EntityLabel(id)
		if ok != lok || (ok && label != e.Label()) {
			t.Errorf("EntityLabel(%q) = %q, %v; Entity gives %q, %v", id, label, lok, e.Label(), ok)
		}
	}
	if label, _ := s.EntityLabel("a"); label != "Alef" {
		t.Errorf("EntityLabel(a) = %q, want Alef", label)
	}
}
