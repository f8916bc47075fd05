package sources_test

import (
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/sources"
)

func price(amount float64, src string) sources.Fact {
	return sources.Fact{Subject: "alaska-purchase", Property: "price", Sources: []string{src},
		Value: claims.Value{Kind: claims.KindMoney, Amount: amount, Unit: "USD"}}
}

func TestMemStoreZeroValue(t *testing.T) {
	var s sources.MemStore
	if got := s.Facts("a", "b"); len(got) != 0 {
		t.Errorf("Facts on an empty store = %v, want none", got)
	}
	if _, ok := s.Entity("a"); ok {
		t.Error("Entity on an empty store: ok, want not found")
	}
	if _, ok := s.Source("a"); ok {
		t.Error("Source on an empty store: ok, want not found")
	}
	if n := s.Len(); n != 0 {
		t.Errorf("Len = %d, want 0", n)
	}
	s.AddFact(price(1, "x"))
	if n := s.Len(); n != 1 {
		t.Errorf("Len after AddFact = %d, want 1", n)
	}
}

func TestMemStoreAddSet(t *testing.T) {
	first := &claims.Set{
		Entities: []claims.Entity{{ID: "alaska", Name: "Alaska"}},
		Sources:  []claims.Source{{ID: "hist", Name: "Historian", Reliability: claims.ReliabilityB}},
		Facts:    []claims.Fact{price(7200000, "hist")},
	}
	second := &claims.Set{
		Entities:   []claims.Entity{{ID: "alaska", Name: "State of Alaska"}},
		Properties: []claims.Property{{ID: "price", Kind: claims.KindMoney, Cues: []string{"sold for"}}},
		Sources:    []claims.Source{{ID: "hist", Name: "Office of the Historian", Reliability: claims.ReliabilityA}},
		Facts:      []claims.Fact{price(7000000, "tabloid")},
	}
	s := sources.NewMemStore(first, nil, second)

	// Facts accumulate in the order they were added.
	if diff := cmp.Diff([]sources.Fact{price(7200000, "hist"), price(7000000, "tabloid")}, s.Facts("alaska-purchase", "price")); diff != "" {
		t.Errorf("Facts mismatch (-want +got):\n%s", diff)
	}
	// Later definitions of an id replace earlier ones.
	if e, _ := s.Entity("alaska"); e.Name != "State of Alaska" {
		t.Errorf("Entity(alaska).Name = %q, want the later %q", e.Name, "State of Alaska")
	}
	if src, _ := s.Source("hist"); src.Reliability != claims.ReliabilityA {
		t.Errorf("Source(hist).Reliability = %v, want the later A", src.Reliability)
	}
	if p, ok := s.Property("price"); !ok || p.Kind != claims.KindMoney {
		t.Errorf("Property(price) = %+v, %v; want the declared money property", p, ok)
	}
	if n := s.Len(); n != 2 {
		t.Errorf("Len = %d, want 2", n)
	}
	if got, want := s.String(), "MemStore(1 entities, 1 sources)"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

func TestMemStoreFactsAreCopies(t *testing.T) {
	s := new(sources.MemStore)
	s.AddFact(price(7200000, "hist"))
	got := s.Facts("alaska-purchase", "price")
	got[0].Value.Amount = 1
	if again := s.Facts("alaska-purchase", "price"); again[0].Value.Amount != 7200000 {
		t.Errorf("changing the returned facts changed the store: amount %v", again[0].Value.Amount)
	}
}

func TestMemStoreLookupIsBySubjectAndProperty(t *testing.T) {
	s := new(sources.MemStore)
	s.AddFact(price(7200000, "hist"))
	for _, k := range [][2]string{{"alaska-purchase", "date"}, {"alaska", "price"}, {"", ""}} {
		if got := s.Facts(k[0], k[1]); len(got) != 0 {
			t.Errorf("Facts(%q, %q) = %v, want none", k[0], k[1], got)
		}
	}
}

func TestMemStoreBuiltinProperties(t *testing.T) {
	s := new(sources.MemStore)
	for _, id := range []string{claims.PropertyDate, claims.PropertyTimeSince} {
		p, ok := s.Property(id)
		if !ok || p.ID != id {
			t.Errorf("Property(%q) = %+v, %v; want the built-in property", id, p, ok)
		}
	}
	if _, ok := s.Property("venue"); ok {
		t.Error("Property(venue) on an empty store: ok, want not found")
	}
	// A declared property of a built-in id replaces the built-in one.
	s.AddSet(&claims.Set{Properties: []claims.Property{{ID: claims.PropertyDate, Kind: claims.KindTime, Name: "date of the event"}}})
	if p, _ := s.Property(claims.PropertyDate); p.Name != "date of the event" {
		t.Errorf("Property(date).Name = %q, want the declared %q", p.Name, "date of the event")
	}
}

func TestMemStoreConcurrentUse(t *testing.T) {
	s := new(sources.MemStore)
	const writers, each = 8, 50
	var wg sync.WaitGroup
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				s.AddFact(price(float64(w*each+i), "hist"))
				_ = s.Facts("alaska-purchase", "price")
				s.AddEntity(claims.Entity{ID: "alaska"})
				_, _ = s.Entity("alaska")
			}
		}()
	}
	wg.Wait()
	if n := s.Len(); n != writers*each {
		t.Errorf("Len = %d after concurrent adds, want %d", n, writers*each)
	}
}

func TestMulti(t *testing.T) {
	a := sources.NewMemStore(&claims.Set{
		Entities: []claims.Entity{{ID: "alaska", Name: "Alaska (house)"}},
		Sources:  []claims.Source{{ID: "hist", Name: "Historian (house)"}},
		Facts:    []claims.Fact{price(7200000, "hist")},
	})
	b := sources.NewMemStore(&claims.Set{
		Entities:   []claims.Entity{{ID: "alaska", Name: "Alaska (shared)"}, {ID: "juneau", Name: "Juneau"}},
		Properties: []claims.Property{{ID: "venue", Kind: claims.KindPlace}},
		Sources:    []claims.Source{{ID: "hist", Name: "Historian (shared)"}, {ID: "ap", Name: "AP"}},
		Facts:      []claims.Fact{price(7000000, "ap")},
	})
	m := sources.Multi(a, b)

	// Facts come from every store, in order.
	if diff := cmp.Diff([]sources.Fact{price(7200000, "hist"), price(7000000, "ap")}, m.Facts("alaska-purchase", "price")); diff != "" {
		t.Errorf("Facts mismatch (-want +got):\n%s", diff)
	}
	// Entities, properties and sources from the first store that has them.
	type lookup struct {
		Name string
		OK   bool
	}
	entity := func(id string) lookup { e, ok := m.Entity(id); return lookup{e.Name, ok} }
	source := func(id string) lookup { s, ok := m.Source(id); return lookup{s.Name, ok} }
	property := func(id string) lookup { p, ok := m.Property(id); return lookup{p.ID, ok} }
	got := []lookup{entity("alaska"), entity("juneau"), entity("nome"),
		source("hist"), source("ap"), source("none"),
		property("venue"), property(claims.PropertyDate), property("none")}
	want := []lookup{{"Alaska (house)", true}, {"Juneau", true}, {"", false},
		{"Historian (house)", true}, {"AP", true}, {"", false},
		{"venue", true}, {claims.PropertyDate, true}, {"", false}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("lookups mismatch (-want +got):\n%s", diff)
	}
	if got := sources.Multi().Facts("alaska-purchase", "price"); len(got) != 0 {
		t.Errorf("Multi().Facts = %v, want none", got)
	}
}

func TestStance(t *testing.T) {
	for _, s := range []sources.Stance{sources.Neutral, sources.Supports, sources.Refutes} {
		b, err := s.MarshalText()
		if err != nil {
			t.Fatalf("MarshalText(%v): %v", s, err)
		}
		var back sources.Stance
		if err := back.UnmarshalText(b); err != nil || back != s {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, s)
		}
	}
	var s sources.Stance
	err := s.UnmarshalText([]byte("agrees"))
	if err == nil || err.Error() != `sources: unknown stance "agrees" (want supports, refutes or neutral)` {
		t.Errorf("UnmarshalText(agrees) error = %v, want an unknown-stance error", err)
	}
}
