package factcheck

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/veracity-go/veracity/claims"
)

// TestClaimIndex checks the index of claim positions against a map filled
// in order, duplicate ids included (the last claim of an id wins).
func TestClaimIndex(t *testing.T) {
	for _, n := range []int{0, 1, 7, 100, 5000} {
		cls := make([]claims.Claim, n)
		want := make(map[string]int, n)
		for i := range cls {
			cls[i].ID = fmt.Sprintf("c%d", i%(n/2+1)) // every id but the last few twice
			want[cls[i].ID] = i
		}
		x := newClaimIndex(cls)
		for id, i := range want {
			if got, ok := x.lookup(id); !ok || got != i {
				t.Errorf("n=%d: lookup(%q) = %d, %v; want %d", n, id, got, ok, i)
			}
		}
		for _, id := range []string{"", "c", "x1", fmt.Sprint("c", n)} {
			if _, ok := want[id]; !ok {
				if i, ok := x.lookup(id); ok {
					t.Errorf("n=%d: lookup(%q) = %d, want none", n, id, i)
				}
			}
		}
	}
}

// TestPassVerdicts checks that a check sees Pass.Verdicts unless it
// declares IgnoresVerdicts, and Pass.Verdict either way.
func TestPassVerdicts(t *testing.T) {
	set := &claims.Set{Claims: []claims.Claim{
		{ID: "c1", Subject: "s", Property: "p", Modality: claims.ModalityUnknown},
		{ID: "c2", Subject: "s", Property: "p"},
	}}
	seen := map[string]int{}
	probe := func(name string, ignores bool) *Check {
		return &Check{Name: name, Doc: "probe", IgnoresVerdicts: ignores, Run: func(p *Pass) error {
			if got := len(p.Verdicts); (got == 0) != ignores {
				t.Errorf("%s: %d entries in Pass.Verdicts", name, got)
			}
			for _, c := range set.Claims {
				v, ok := p.Verdict(c.ID)
				if !ok || v.Claim != c.ID {
					t.Errorf("%s: Verdict(%q) = %+v, %v", name, c.ID, v, ok)
				}
				if !ignores && v.Explanation != p.Verdicts[c.ID].Explanation {
					t.Errorf("%s: Verdict(%q) differs from Verdicts", name, c.ID)
				}
			}
			if _, ok := p.Verdict("c3"); ok {
				t.Errorf("%s: Verdict(c3) found", name)
			}
			seen[name]++
			return nil
		}}
	}
	for _, chks := range [][]*Check{
		{probe("ignores", true)},
		{probe("reads", false), probe("ignores", true)},
	} {
		c, err := NewChecker(chks)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.Check(context.Background(), set); err != nil {
			t.Fatal(err)
		}
	}
	if seen["ignores"] != 2 || seen["reads"] != 1 {
		t.Errorf("checks ran %v times", seen)
	}
	p := &Pass{Verdicts: map[string]Verdict{"c1": {Claim: "c1"}}}
	if v, ok := p.Verdict("c1"); !ok || v.Claim != "c1" {
		t.Errorf("Verdict on a Pass made by hand = %+v, %v", v, ok)
	}
}

// TestSortedFindings checks the counting sort of findings against a
// stable sort by first claim, check name and message.
func TestSortedFindings(t *testing.T) {
	const n = 50
	cls := make([]claims.Claim, n)
	for i := range cls {
		cls[i].ID = fmt.Sprint("c", i)
	}
	x := newClaimIndex(cls)
	var l findingList
	type ref struct {
		f     Finding
		first int
	}
	var want []ref
	for k := range 3000 {
		f := Finding{Check: fmt.Sprint("check-", k%3), Message: fmt.Sprint("m", k%5), Claims: []string{fmt.Sprint("c", (k*7)%(n+3)), fmt.Sprint("c", (k*13)%(n+5))}}
		if k%11 == 0 {
			f.Claims = nil
		}
		l.add(f)
		first := n
		for _, id := range f.Claims {
			if i, ok := x.lookup(id); ok {
				first = min(first, i)
			}
		}
		want = append(want, ref{f, first})
	}
	slices.SortStableFunc(want, func(a, b ref) int {
		return cmp.Or(cmp.Compare(a.first, b.first), cmp.Compare(a.f.Check, b.f.Check), cmp.Compare(a.f.Message, b.f.Message))
	})
	got := l.sorted(n, x.lookup)
	if len(got) != len(want) {
		t.Fatalf("%d findings, want %d", len(got), len(want))
	}
	for k := range got {
		if !slices.Equal(got[k].Claims, want[k].f.Claims) || got[k].Check != want[k].f.Check || got[k].Message != want[k].f.Message {
			t.Fatalf("finding %d = %+v, want %+v", k, got[k], want[k].f)
		}
	}
}

// TestClaimIndexNumbered checks the index of claims numbered c1…cN, where
// positions come from the ids, and of claims numbered otherwise.
func TestClaimIndexNumbered(t *testing.T) {
	for _, n := range []int{0, 1, 9, 10, 11, 1000} {
		for _, renumber := range []string{"", "c01", "c7x", "d1"} {
			cls := make([]claims.Claim, n)
			for i := range cls {
				cls[i].ID = fmt.Sprint("c", i+1)
			}
			if renumber != "" && n > 0 {
				cls[n/2].ID = renumber
			}
			x := newClaimIndex(cls)
			if want := renumber == "" || n == 0; x.numbered != want {
				t.Errorf("n=%d, c%d renamed %q: numbered = %v", n, n/2+1, renumber, x.numbered)
			}
			for i, c := range cls {
				if got, ok := x.lookup(c.ID); !ok || got != i {
					t.Errorf("n=%d, %q: lookup(%q) = %d, %v; want %d", n, renumber, c.ID, got, ok, i)
				}
			}
			for _, id := range []string{"", "c", "c0", "c00", "c-1", "C1", "c1 ", "c+1", fmt.Sprint("c", n+1), fmt.Sprint("c0", n), "c99999999999"} {
				if id == renumber {
					continue
				}
				if i, ok := x.lookup(id); ok && (n == 0 || cls[i].ID != id) {
					t.Errorf("n=%d, %q: lookup(%q) = %d, want none", n, renumber, id, i)
				}
			}
		}
	}
}
