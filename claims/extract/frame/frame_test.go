package frame

import (
	"testing"

	"github.com/veracity-go/veracity/claims/extract/syntax"
)

func parse(text string) (*Tree, *Refs, []Frame) {
	t := NewTree(syntax.Default().Parse(text))
	return t, Resolve(t), Frames(t)
}

func find(t *Tree, w string) int {
	for i := 0; i < t.Doc.Len(); i++ {
		if t.Doc.Word(i) == w {
			return i
		}
	}
	return -1
}

// TestReference: a name, its later mentions with and without a title, and
// the role noun in apposition are one referent.
func TestReference(t *testing.T) {
	tr, refs, _ := parse("The minister, Sara Holt, will open the conference. Ms Holt later said she was delighted.")
	d := tr.Doc
	holt := refs.Key[find(tr, "Holt")]
	if holt != "sara-holt" {
		t.Fatalf("Sara Holt is %q, want sara-holt", holt)
	}
	for i := 0; i < d.Len(); i++ {
		switch d.Word(i) {
		case "minister", "she":
			if refs.Key[i] != holt {
				t.Errorf("%q refers to %q, want %q", d.Word(i), refs.Key[i], holt)
			}
		}
	}
	// The second "Holt" (after "Ms").
	last := -1
	for i := 0; i < d.Len(); i++ {
		if d.Word(i) == "Holt" {
			last = i
		}
	}
	if refs.Key[last] != holt {
		t.Errorf("Ms Holt refers to %q, want %q", refs.Key[last], holt)
	}
}

// TestFrames: predicate, arguments, polarity, modality and tense.
func TestFrames(t *testing.T) {
	tr, _, fs := parse("The council did not approve the plan. The museum may close in June.")
	d := tr.Doc
	var approve, closeF *Frame
	for k := range fs {
		switch fs[k].Lemma {
		case "approve":
			approve = &fs[k]
		case "close":
			closeF = &fs[k]
		}
	}
	if approve == nil || closeF == nil {
		t.Fatalf("frames %+v, want approve and close", fs)
	}
	if !approve.Negated || approve.Tense != Past || d.Word(approve.Subj) != "council" || d.Word(approve.Obj) != "plan" {
		t.Errorf("approve: %+v; want negated, past, council approves plan", approve)
	}
	if closeF.Modality != Hedged || closeF.Negated || len(closeF.Obliques) != 1 || closeF.Obliques[0].Prep != "in" {
		t.Errorf("close: %+v; want hedged, affirmed, with \"in June\"", closeF)
	}
}

// TestReferenceCompoundName: a name of three words whose first hangs on
// the second ("Fenwick" on "Community" on "Hospital") is one name.
func TestReferenceCompoundName(t *testing.T) {
	d := syntax.Default().Parse("The unit at Fenwick Community Hospital will close.")
	fenwick, community, hospital := -1, -1, -1
	for i := 0; i < d.Len(); i++ {
		switch d.Word(i) {
		case "Fenwick":
			fenwick = i
		case "Community":
			community = i
		case "Hospital":
			hospital = i
		}
	}
	for _, i := range []int{fenwick, community} {
		d.UPOS[i] = syntax.PROPN
	}
	d.Head[fenwick], d.Rel[fenwick] = int32(community), syntax.RelCompound
	d.Head[community], d.Rel[community] = int32(hospital), syntax.RelCompound
	tr := NewTree(d)
	refs := Resolve(tr)
	if got := refs.Key[hospital]; got != "fenwick-community-hospital" {
		t.Errorf("Fenwick Community Hospital is %q, want fenwick-community-hospital", got)
	}
}
