package frame

import (
	"testing"

	"github.com/veracity-go/veracity/claims/extract/syntax"
)

// TestRepairAppositions: a parse that gives "open" two subjects, the
// minister and the name set off by commas after it, is mended into an
// apposition, and one that gives "resign" the role and the name right
// after it, into a compound; a right parse is left as it is.
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

	d = syntax.Default().Parse("Labour leader Ann Reid will resign next month.")
	leader, reid, resign := -1, -1, -1
	for i := 0; i < d.Len(); i++ {
		switch d.Word(i) {
		case "leader":
			leader = i
		case "Reid":
			reid = i
		case "resign":
			resign = i
		}
	}
	d.Head[leader], d.Rel[leader] = int32(resign), syntax.RelNsubj
	d.Head[reid], d.Rel[reid] = int32(resign), syntax.RelNsubj
	NewTree(d)
	if d.Head[leader] != int32(reid) || d.Rel[leader] != syntax.RelCompound {
		t.Errorf("leader hangs on %d as %v, want on %d (Reid) as compound", d.Head[leader], d.Rel[leader], reid)
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
