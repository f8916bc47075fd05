package frame

import (
	"testing"

	"github.com/veracity-go/veracity/claims/extract/syntax"
)

// TestRepairAppositions: a parse that gives "open" two subjects, the
// minister and the name set off by commas after it, is mended into an
// apposition; a right parse is left as it is.
func TestRepairAppositions(t *testing.T) {
	d := syntax.Default().Parse("The minister, Sara Holt, will open the conference.")
	find := func(w string) int {
		for i := 0; i < d.Len(); i++ {
			if d.Word(i) == w {
				return i
			}
		}
		t.Fatalf("no %q", w)
		return -1
	}
	minister, sara, open := find("minister"), find("Sara"), find("open")
	// The parse a model may give: two subjects of "open".
	d.Head[sara], d.Rel[sara] = int32(open), syntax.RelNsubj
	d.Head[minister], d.Rel[minister] = int32(open), syntax.RelNsubj
	tr := NewTree(d)
	if d.Head[sara] != int32(minister) || d.Rel[sara] != syntax.RelAppos {
		t.Errorf("Sara hangs on %d as %v, want on %d (minister) as appos", d.Head[sara], d.Rel[sara], minister)
	}
	if got := tr.Kid(open, syntax.RelNsubj); got != minister {
		t.Errorf("the subject of open is %d, want %d (minister)", got, minister)
	}

	right := syntax.Default().Parse("The minister, Sara Holt, will open the conference.")
	before := append([]int32(nil), right.Head...)
	NewTree(right)
	for i := range before {
		if right.Head[i] != before[i] {
			t.Errorf("word %q moved from %d to %d in a right parse", right.Word(i), before[i], right.Head[i])
		}
	}
}
