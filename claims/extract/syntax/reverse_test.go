package syntax

import (
	"reflect"
	"testing"
)

// Reversing a sentence and its tree twice gives it back, and the tree
// reversed once is the mirror image of the original.
func TestReverseGold(t *testing.T) {
	g := &GoldSentence{
		Form:  []string{"The", "cat", "sat", "."},
		Lemma: []string{"the", "cat", "sit", "."},
		XPOS:  []string{"DT", "NN", "VBD", "."},
		UPOS:  []UPOS{DET, NOUN, VERB, PUNCT},
		Head:  []int32{1, 2, -1, 2},
		Rel:   []Rel{mustRel(t, "det"), mustRel(t, "nsubj"), RelRoot, mustRel(t, "punct")},
	}
	r := reverseGold(g)
	if want := []int32{1, -1, 1, 2}; !reflect.DeepEqual(r.Head, want) {
		t.Fatalf("reversed heads %v, want %v", r.Head, want)
	}
	if r.Form[0] != "." || r.Form[3] != "The" {
		t.Fatalf("reversed words %v", r.Form)
	}
	if back := reverseGold(r); !reflect.DeepEqual(back, g) {
		t.Fatalf("reversed twice: %+v, want %+v", back, g)
	}
}

// A tree found over the reversed sentence is mapped back to the
// sentence's order, the root staying the root.
func TestUnreverseTree(t *testing.T) {
	var s pstate
	s.reset(4)
	// The tree of "The cat sat ." reversed: ". sat cat The".
	copy(s.head, []int32{1, 4, 1, 2})
	head, rel := make([]int32, 4), make([]Rel, 4)
	s.unreverseTree(head, rel)
	if want := []int32{1, 2, 4, 2}; !reflect.DeepEqual(head, want) {
		t.Fatalf("heads %v, want %v", head, want)
	}
}

func mustRel(t *testing.T, name string) Rel {
	t.Helper()
	r, ok := ParseRel(name)
	if !ok {
		t.Fatalf("no relation %q", name)
	}
	return r
}
