package frame

import (
	"github.com/veracity-go/veracity/claims/extract/syntax"
)

// A Tree indexes a parsed document's dependents: for each word, its
// children in order. Building it is linear in the words; it is safe for
// concurrent reads.
type Tree struct {
	Doc   *syntax.Doc
	first []int32 // first[i]..first[i+1] index kids for word i
	kids  []int32
}

// NewTree indexes d's dependents.
func NewTree(d *syntax.Doc) *Tree {
	repair(d)
	n := d.Len()
	t := &Tree{Doc: d, first: make([]int32, n+1), kids: make([]int32, 0, n)}
	count := make([]int32, n+1)
	for i := 0; i < n; i++ {
		if h := d.Head[i]; h >= 0 {
			count[h+1]++
		}
	}
	for i := 1; i <= n; i++ {
		count[i] += count[i-1]
	}
	copy(t.first, count)
	t.kids = t.kids[:count[n]]
	pos := append([]int32(nil), count[:n]...)
	for i := 0; i < n; i++ {
		if h := d.Head[i]; h >= 0 {
			t.kids[pos[h]] = int32(i)
			pos[h]++
		}
	}
	return t
}

// Kids returns the dependents of word i in order.
func (t *Tree) Kids(i int) []int32 { return t.kids[t.first[i]:t.first[i+1]] }

// Kid returns the first dependent of i whose universal relation is r,
// or -1.
func (t *Tree) Kid(i int, r syntax.Rel) int {
	for _, k := range t.Kids(i) {
		if t.Doc.Rel[k].Universal() == r {
			return int(k)
		}
	}
	return -1
}

// KidRel returns the first dependent of i whose relation (with subtype)
// is r, or -1.
func (t *Tree) KidRel(i int, r syntax.Rel) int {
	for _, k := range t.Kids(i) {
		if t.Doc.Rel[k] == r {
			return int(k)
		}
	}
	return -1
}

// Lemma returns word i's lemma, lower-cased for function words.
func (t *Tree) Lemma(i int) string { return t.Doc.Lemma[i] }

// Extent returns the words [first, last) of i's subtree, with the
// subtrees of the clauses it embeds left out when cut is true (a
// relative clause, an adverbial or complement clause, a parataxis or a
// conjoined clause); the extent is contiguous, so what is left out at
// its edges only. Cost is linear in the subtree.
func (t *Tree) Extent(i int, cut bool) (first, last int) {
	first, last = i, i+1
	var walk func(j int, depth int)
	walk = func(j int, depth int) {
		if depth > 64 {
			return
		}
		for _, k := range t.Kids(j) {
			if cut && j == i && t.embedsClause(int(k)) {
				continue
			}
			if int(k) < first {
				first = int(k)
			}
			if int(k)+1 > last {
				last = int(k) + 1
			}
			walk(int(k), depth+1)
		}
	}
	walk(i, 0)
	// Trim punctuation at the edges.
	d := t.Doc
	for first < last-1 && d.UPOS[first] == syntax.PUNCT {
		first++
	}
	for last-1 > first && d.UPOS[last-1] == syntax.PUNCT {
		last--
	}
	return first, last
}

// embedsClause reports whether dependent k is a clause of its own.
func (t *Tree) embedsClause(k int) bool {
	switch t.Doc.Rel[k].Universal().String() {
	case "acl", "advcl", "ccomp", "parataxis", "csubj", "list":
		return true
	case "conj":
		u := t.Doc.UPOS[k]
		return u == syntax.VERB || u == syntax.AUX || t.Kid(k, syntax.RelNsubj) >= 0
	}
	return false
}
