package syntax

import (
	"math"
	"math/rand/v2"
	"testing"
)

// A hand-checked case: "John saw Mary" where the best arcs alone would
// make two roots; the tree keeps one.
func TestEisnerHandChecked(t *testing.T) {
	// Positions: 0 root, 1 John, 2 saw, 3 Mary.
	s := make([]float64, 16)
	set := func(h, d int, v float64) { s[h*4+d] = v }
	set(0, 2, 10) // root → saw
	set(0, 1, 9)  // root → John: a second root, not allowed
	set(2, 1, 5)  // saw → John
	set(2, 3, 8)  // saw → Mary
	set(3, 1, 6)  // Mary → John: crosses nothing, but worse overall
	var w eisnerWork
	head := make([]int32, 3)
	w.tree(3, s, head)
	want := []int32{1, 3, 1} // John ← saw, saw the root (3), Mary ← saw
	for i := range want {
		if head[i] != want[i] {
			t.Fatalf("heads %v, want %v", head, want)
		}
	}
}

// Eisner's tree is the best single-rooted projective tree, found by
// trying every head assignment of small sentences.
func TestEisnerBruteForce(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var w eisnerWork
	for trial := 0; trial < 300; trial++ {
		n := 1 + trial%6
		m := n + 1
		s := make([]float64, m*m)
		for i := range s {
			s[i] = r.NormFloat64()
		}
		head := make([]int32, n)
		w.tree(n, s, head)
		got, ok := treeScore(n, s, head)
		if !ok {
			t.Fatalf("n=%d: heads %v are not a single-rooted projective tree", n, head)
		}
		best := math.Inf(-1)
		h := make([]int32, n)
		var try func(i int)
		try = func(i int) {
			if i == n {
				if v, ok := treeScore(n, s, h); ok && v > best {
					best = v
				}
				return
			}
			for x := 0; x <= n; x++ {
				if x != i {
					h[i] = int32(x)
					try(i + 1)
				}
			}
		}
		try(0)
		if math.Abs(got-best) > 1e-9 {
			t.Fatalf("n=%d: Eisner's tree scores %g, the best %g", n, got, best)
		}
	}
}

// treeScore returns the score of heads (n for the root) under s
// (positions shifted by one, the root at 0) and whether they make a
// projective tree with one word under the root.
func treeScore(n int, s []float64, head []int32) (float64, bool) {
	pos := func(h int32) int {
		if int(h) == n {
			return 0
		}
		return int(h) + 1
	}
	roots := 0
	var v float64
	for i, h := range head {
		if int(h) == n {
			roots++
		}
		v += s[pos(h)*(n+1)+i+1]
	}
	if roots != 1 {
		return 0, false
	}
	// dominated reports whether position d lies under position h.
	dominated := func(h, d int) bool {
		for steps := 0; steps <= n; steps++ {
			if d == h {
				return true
			}
			if d == 0 {
				return false
			}
			d = pos(head[d-1])
		}
		return false // a cycle
	}
	for i := range head {
		if !dominated(0, i+1) {
			return 0, false
		}
		h, d := pos(head[i]), i+1
		lo, hi := min(h, d), max(h, d)
		for k := lo + 1; k < hi; k++ {
			if !dominated(h, k) {
				return 0, false
			}
		}
	}
	return v, true
}
