package syntax

import "math"

// Eisner's algorithm (Eisner, 1996): the highest-scoring projective
// dependency tree over arc scores, in time cubic in the sentence, with
// exactly one word attached to the root. The combination of parsers
// (reparse.go) reparses their votes with it: the parsers' trees are
// projective (arc-hybrid), so the best projective tree is what they can
// agree on.

// eisnerWork holds the tables of [eisnerWork.tree], reused across
// sentences.
type eisnerWork struct {
	// Spans over positions 0 (the root) to n (the words, shifted by
	// one), at s*(n+1)+t: complete and incomplete, head on the left
	// (right-pointing) or on the right, with the split points.
	cl, cr, il, ir     []float64
	bcl, bcr, bil, bir []int32
}

// tree finds the best tree of a sentence of n words under score, where
// score[h*(n+1)+d] is the score of the arc from head h to dependent d in
// positions with the root at 0 and word i at i+1. It writes the head of
// word i into head[i] (n for the root), as the parser does.
func (w *eisnerWork) tree(n int, score []float64, head []int32) {
	m := n + 1
	size := m * m
	w.cl, w.cr, w.il, w.ir = resize(w.cl, size), resize(w.cr, size), resize(w.il, size), resize(w.ir, size)
	w.bcl, w.bcr, w.bil, w.bir = resize(w.bcl, size), resize(w.bcr, size), resize(w.bil, size), resize(w.bir, size)
	for i := range size {
		w.cl[i], w.cr[i], w.il[i], w.ir[i] = 0, 0, 0, 0
	}
	inf := math.Inf(-1)
	for width := 1; width < m; width++ {
		for s := 0; s+width < m; s++ {
			t := s + width
			at := s*m + t
			// Incomplete spans: an arc between s and t over two
			// complete spans that meet between them. The root takes
			// one dependent only: its right span before the arc must
			// be empty.
			bestL, bestR := inf, inf
			var kl, kr int32
			for k := s; k < t; k++ {
				v := w.cr[s*m+k] + w.cl[(k+1)*m+t]
				if s > 0 && v > bestL {
					bestL, kl = v, int32(k)
				}
				if (s > 0 || k == 0) && v > bestR {
					bestR, kr = v, int32(k)
				}
			}
			// il: head t, dependent s (never the root); ir: head s.
			w.il[at], w.bil[at] = bestL+score[t*m+s], kl
			w.ir[at], w.bir[at] = bestR+score[s*m+t], kr
			// Complete spans: an incomplete span and a complete one.
			best := inf
			var b int32
			for k := s; k < t; k++ {
				if v := w.cl[s*m+k] + w.il[k*m+t]; v > best {
					best, b = v, int32(k)
				}
			}
			w.cl[at], w.bcl[at] = best, b
			best = inf
			for k := s + 1; k <= t; k++ {
				if v := w.ir[s*m+k] + w.cr[k*m+t]; v > best {
					best, b = v, int32(k)
				}
			}
			w.cr[at], w.bcr[at] = best, b
		}
	}
	w.backtrack(m, 0, n, false, true, head)
}

// backtrack writes the arcs of span (s, t) into head: complete or not,
// head on the left (right) or on the right.
func (w *eisnerWork) backtrack(m, s, t int, incomplete, right bool, head []int32) {
	if s == t {
		return
	}
	n := m - 1
	at := s*m + t
	switch {
	case !incomplete && right:
		k := int(w.bcr[at])
		w.backtrack(m, s, k, true, true, head)
		w.backtrack(m, k, t, false, true, head)
	case !incomplete:
		k := int(w.bcl[at])
		w.backtrack(m, s, k, false, false, head)
		w.backtrack(m, k, t, true, false, head)
	case right:
		head[t-1] = wordHead(s, n)
		k := int(w.bir[at])
		w.backtrack(m, s, k, false, true, head)
		w.backtrack(m, k+1, t, false, false, head)
	default:
		head[s-1] = wordHead(t, n)
		k := int(w.bil[at])
		w.backtrack(m, s, k, false, true, head)
		w.backtrack(m, k+1, t, false, false, head)
	}
}

// wordHead maps position p of the tables (0: the root) to a head as the
// parser writes it (n: the root).
func wordHead(p, n int) int32 {
	if p == 0 {
		return int32(n)
	}
	return int32(p - 1)
}
