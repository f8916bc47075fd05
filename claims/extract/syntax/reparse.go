package syntax

import "math"

// Parser combination by reparsing (Sagae and Lavie, 2006): each parse of
// a sentence votes, with a weight, for its arcs; the tree with the most
// votes that is a tree (mst.go) is the combined parse, and each word's
// relation is the one with the most votes among the parses that gave it
// the same head. The parses are those of parsers that err differently
// (one reading left to right, one right to left) and, within a parser,
// those of its final beam, weighted by a softmax of their scores.

// A combiner gathers the votes of the parses of one sentence.
type combiner struct {
	n      int
	arc    []float64 // the arcs' votes, as Eisner's scores (mst.go)
	heads  []int32   // parse t's head of word d at t*n+d (n: the root)
	rels   []Rel
	ws     []float64 // the parses' weights
	probs  []float64
	scores []float64
	ew     eisnerWork
	lab    [64]float64
}

// reset readies c for a sentence of n words.
func (c *combiner) reset(n int) {
	c.n = n
	c.arc = resize(c.arc, (n+1)*(n+1))
	clear(c.arc)
	c.heads, c.rels, c.ws = c.heads[:0], c.rels[:0], c.ws[:0]
}

// add counts a parse, with heads (n for the root) and relations, with
// weight w.
func (c *combiner) add(head []int32, rel []Rel, w float64) {
	n := c.n
	for d, h := range head[:n] {
		p := 0
		if int(h) < n {
			p = int(h) + 1
		}
		c.arc[p*(n+1)+d+1] += w
	}
	c.heads = append(c.heads, head[:n]...)
	c.rels = append(c.rels, rel[:n]...)
	c.ws = append(c.ws, w)
}

// addBeam counts the parses of a final beam, best first, each with
// weight times its probability under a softmax of the scores (scaled by
// scale, the weights' unit) at temperature temp; temp 0 counts the best
// parse alone. A right-to-left parser's trees are mapped back first.
func (c *combiner) addBeam(items []beamItem, scale, temp, weight float64, rtl bool, tmpHead []int32, tmpRel []Rel) {
	if temp <= 0 {
		items = items[:1]
	}
	c.scores = c.scores[:0]
	for i := range items {
		c.scores = append(c.scores, float64(items[i].score)*scale)
	}
	c.probs = softmax(c.probs, c.scores, temp)
	for i := range items {
		s := &items[i].s
		head, rel := s.head, s.rel
		if rtl {
			s.unreverseTree(tmpHead, tmpRel)
			head, rel = tmpHead, tmpRel
		}
		c.add(head, rel, weight*c.probs[i])
	}
}

// softmax writes into probs (grown as needed) the probabilities of
// scores, best first, at temperature temp (0: all on the first).
func softmax(probs, scores []float64, temp float64) []float64 {
	probs = resize(probs, len(scores))
	if temp <= 0 {
		clear(probs)
		probs[0] = 1
		return probs
	}
	var z float64
	for i, s := range scores {
		probs[i] = math.Exp((s - scores[0]) / temp)
		z += probs[i]
	}
	for i := range probs {
		probs[i] /= z
	}
	return probs
}

// tree writes the combined tree into head (n for the root) and rel.
func (c *combiner) tree(head []int32, rel []Rel) {
	n := c.n
	c.ew.tree(n, c.arc, head)
	for d := 0; d < n; d++ {
		clear(c.lab[:])
		found := false
		for t, w := range c.ws {
			if c.heads[t*n+d] == head[d] {
				c.lab[c.rels[t*n+d]&63] += w
				found = true
			}
		}
		if !found {
			// No parse made this arc: the relation the parses gave the
			// word most, whatever its head.
			for t, w := range c.ws {
				c.lab[c.rels[t*n+d]&63] += w
			}
		}
		best := 0
		for r := 1; r < len(c.lab); r++ {
			if c.lab[r] > c.lab[best] {
				best = r
			}
		}
		rel[d] = Rel(best)
		if int(head[d]) == n {
			rel[d] = RelRoot
		}
	}
}
