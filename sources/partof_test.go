package sources_test

import (
	"testing"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/sources"
)

// alaskaStore holds the places of the flagship example, plus a part_of
// cycle (loop-a ⇄ loop-b) that must not hang the walk.
func alaskaStore() *sources.MemStore {
	s := new(sources.MemStore)
	for _, e := range []claims.Entity{
		{ID: "united-states", Name: "United States", Kind: claims.EntityPlace},
		{ID: "alaska", Name: "Alaska", Kind: claims.EntityPlace, PartOf: []string{"united-states"}},
		{ID: "anchorage", Name: "Anchorage", Kind: claims.EntityPlace, PartOf: []string{"alaska"}},
		{ID: "juneau", Name: "Juneau", Kind: claims.EntityPlace, PartOf: []string{"alaska"}},
		{ID: "jber", Name: "Joint Base Elmendorf-Richardson", Kind: claims.EntityPlace, PartOf: []string{"anchorage"}},
		{ID: "loop-a", PartOf: []string{"loop-b"}},
		{ID: "loop-b", PartOf: []string{"loop-a", "alaska"}},
	} {
		s.AddEntity(e)
	}
	return s
}

func TestWithin(t *testing.T) {
	store := alaskaStore()
	tests := []struct {
		place, container string
		want             bool
	}{
		{"anchorage", "alaska", true},
		{"jber", "anchorage", true},
		{"jber", "united-states", true}, // transitively
		{"alaska", "anchorage", false},  // the other way round
		{"anchorage", "juneau", false},  // siblings
		{"anchorage", "anchorage", false},
		{"loop-a", "united-states", true}, // through a cycle
		{"loop-a", "juneau", false},       // a cycle must end
		{"loop-a", "loop-a", false},
		{"nowhere", "alaska", false}, // unknown entity
	}
	for _, tt := range tests {
		if got := sources.Within(store, tt.place, tt.container); got != tt.want {
			t.Errorf("Within(%q, %q) = %v, want %v", tt.place, tt.container, got, tt.want)
		}
	}
}

func TestRelated(t *testing.T) {
	store := alaskaStore()
	tests := []struct {
		a, b string
		want bool
	}{
		{"anchorage", "anchorage", true},
		{"anchorage", "jber", true}, // one refines the other
		{"jber", "anchorage", true},
		{"alaska", "jber", true},
		{"anchorage", "juneau", false}, // siblings conflict
		{"jber", "juneau", false},
		{"nowhere", "alaska", false},
	}
	for _, tt := range tests {
		if got := sources.Related(store, tt.a, tt.b); got != tt.want {
			t.Errorf("Related(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestWithinNilStore(t *testing.T) {
	if sources.Within(nil, "a", "b") {
		t.Error("Within(nil, a, b) = true, want false")
	}
}
