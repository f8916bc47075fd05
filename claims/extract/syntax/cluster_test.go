package syntax

import "testing"

// TestWordClusters: words used alike (the toy grammar's nouns, its
// verbs) end up in one class each, and nouns and verbs in different
// ones.
func TestWordClusters(t *testing.T) {
	cl := wordClusters(synthetic(300, 5), 2, 6, clusterIterations)
	class := func(w string) uint16 {
		c, ok := cl[hashLower(w)]
		if !ok {
			t.Fatalf("%q has no word class", w)
		}
		return c
	}
	noun, verb := class("council"), class("approved")
	for _, w := range []string{"plan", "museum", "minister", "budget", "library", "bridge", "club"} {
		if class(w) != noun {
			t.Errorf("%q in class %d, 'council' in %d", w, class(w), noun)
		}
	}
	for _, w := range []string{"rejected", "opened", "closed"} {
		if class(w) != verb {
			t.Errorf("%q in class %d, 'approved' in %d", w, class(w), verb)
		}
	}
	if noun == verb {
		t.Errorf("nouns and verbs share class %d", noun)
	}
}
