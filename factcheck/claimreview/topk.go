package claimreview

import (
	"cmp"
	"container/heap"
	"context"
	"slices"
)

// LookupTop is [Index.Lookup] keeping only the k best matches (all of
// them when k <= 0), found with a heap of k while the candidates are
// scored: it neither keeps nor sorts the rest, so a text that reads like
// thousands of reviews costs a lookup, not a sort of them all. The results
// are those of Lookup cut to k.
func (ix *Index) LookupTop(text string, threshold float64, k int) []PriorCheck {
	if k <= 0 {
		return ix.Lookup(text, threshold)
	}
	top := make(hitHeap, 0, k)
	for i, s := range ix.scores(text, threshold) {
		h := scored{i, s}
		switch {
		case len(top) < k:
			heap.Push(&top, h)
		case better(h, top[0]):
			top[0] = h
			heap.Fix(&top, 0)
		}
	}
	if len(top) == 0 {
		return nil
	}
	slices.SortFunc(top, func(a, b scored) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.i, b.i))
	})
	out := make([]PriorCheck, len(top))
	for j, h := range top {
		out[j] = PriorCheck{Review: ix.reviews[h.i], Score: h.score}
	}
	return out
}

// A scored is a review, by index, with its similarity.
type scored struct {
	i     int
	score float64
}

// better reports whether a ranks before b: a higher score, then the
// earlier review.
func better(a, b scored) bool {
	return a.score > b.score || a.score == b.score && a.i < b.i
}

// hitHeap is a min-heap of the best hits kept, the worst at the root.
type hitHeap []scored

func (h hitHeap) Len() int           { return len(h) }
func (h hitHeap) Less(a, b int) bool { return better(h[b], h[a]) }
func (h hitHeap) Swap(a, b int)      { h[a], h[b] = h[b], h[a] }
func (h *hitHeap) Push(x any)        { *h = append(*h, x.(scored)) }
func (h *hitHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// attachCheckEvery is how many claims AttachContext matches between looks
// at its context.
const attachCheckEvery = 16

// ctxErr returns ctx's error when claim k is one AttachContext looks at.
func ctxErr(ctx context.Context, k int) error {
	if k%attachCheckEvery != 0 {
		return nil
	}
	return ctx.Err()
}
