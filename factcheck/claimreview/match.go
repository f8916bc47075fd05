package claimreview

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/veracity-go/veracity/claims"
)

// DefaultThreshold is the similarity at or above which [Match] takes a
// review to be of the same claim, when given a threshold of zero or less.
// On the benchmark of testdata/paraphrases.tsv, an article's sentence
// that repeats a reviewed claim in its own words, figures and all, scores
// 0.7–1 against it, and one on the same subject that makes another claim
// or gives another figure 0–0.6 (see BENCHMARKS.md).
const DefaultThreshold = 0.6

// A PriorCheck pairs a claim with an earlier fact-check of a claim that
// reads alike. It is plain data.
type PriorCheck struct {
	// Claim is the id of the claim.
	Claim string
	// Review is the earlier fact-check.
	Review Review
	// Score is how alike the claim and the review's claimReviewed read,
	// from the threshold to 1 (see [Match]).
	Score float64
}

// String says what a report would say: `previously checked by PolitiFact:
// false ("Pants on Fire!") https://…`.
func (p PriorCheck) String() string {
	var b strings.Builder
	b.WriteString("previously checked")
	if p.Review.Publisher != "" {
		b.WriteString(" by " + p.Review.Publisher)
	}
	b.WriteString(": ")
	switch {
	case !p.Review.RatingOK && p.Review.Label != "":
		fmt.Fprintf(&b, "%q (not on veracity's scale)", p.Review.Label)
	case !p.Review.RatingOK:
		b.WriteString("no rating given")
	default:
		b.WriteString(p.Review.Rating.String())
		if l := p.Review.Label; l != "" && plain(l, false) != plain(p.Review.Rating.String(), false) {
			fmt.Fprintf(&b, " (%q)", l)
		}
	}
	if p.Review.URL != "" {
		b.WriteString(" " + p.Review.URL)
	}
	return b.String()
}

// An Index finds the reviews whose claims read like a given text. It
// holds the reviews' features, their weights (see [Match]) and, for each
// feature, the reviews that have it, so a lookup compares a text only
// with the reviews that share a word or figure with it. An Index is safe
// for concurrent use.
type Index struct {
	reviews  []Review
	features []featureSet
	total    []float64 // the weight of each review's features
	postings map[string][]int
}

// idfReviews is the size of a collection at which the weights are fully
// its inverse document frequencies; a smaller collection blends them
// with uniform weights, as document frequencies over a few reviews say
// little.
const idfReviews = 50

// NewIndex indexes the reviews by the words and figures of their
// claimReviewed. Reviews without a claim text are not found.
func NewIndex(reviews []Review) *Index {
	ix := &Index{
		reviews:  slices.Clone(reviews),
		features: make([]featureSet, len(reviews)),
		total:    make([]float64, len(reviews)),
		postings: make(map[string][]int),
	}
	for i, r := range reviews {
		f := features(r.ClaimReviewed)
		ix.features[i] = f
		for _, t := range f.tokens {
			ix.postings[t] = append(ix.postings[t], i)
		}
	}
	for i, f := range ix.features {
		for _, t := range f.tokens {
			ix.total[i] += ix.weight(t)
		}
	}
	return ix
}

// weight is the weight of a feature: its inverse document frequency over
// the reviews, scaled to 1 for a feature of one review and at least 0.1,
// blended with 1 for small collections, times figureWeight for figures.
// A feature no review has weighs as one of a single review.
func (ix *Index) weight(t string) float64 {
	n := float64(len(ix.reviews))
	df := float64(max(len(ix.postings[t]), 1))
	idf := 1.0
	if n > 1 {
		idf = math.Log((n+1)/(df+0.5)) / math.Log((n+1)/1.5)
		idf = min(max(idf, 0.1), 1)
	}
	lambda := min(n/idfReviews, 1)
	return ((1 - lambda) + lambda*idf) * uniform(t)
}

// Lookup returns the reviews whose claims read like text, with a
// similarity of at least threshold (DefaultThreshold when it is zero or
// less), best first; equal scores keep the reviews' order. Claim is left
// empty in the results. A text is compared whole and by its clauses (see
// segments), so that a claim told inside a long sentence ("Speaking to
// supporters on Tuesday, the commissioner repeated that …") is found; its
// score is that of its best clause.
func (ix *Index) Lookup(text string, threshold float64) []PriorCheck {
	best := ix.scores(text, threshold)
	hits := make([]scored, 0, len(best))
	for i, s := range best {
		hits = append(hits, scored{i, s})
	}
	slices.SortFunc(hits, func(a, b scored) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.i, b.i))
	})
	if len(hits) == 0 {
		return nil
	}
	out := make([]PriorCheck, len(hits))
	for k, h := range hits {
		out[k] = PriorCheck{Review: ix.reviews[h.i], Score: h.score}
	}
	return out
}

// scores returns the best similarity of text's clauses to each review
// that reaches threshold (DefaultThreshold when zero or less), by the
// review's index.
func (ix *Index) scores(text string, threshold float64) map[int]float64 {
	if threshold <= 0 {
		threshold = DefaultThreshold
	}
	best := make(map[int]float64)
	for _, seg := range segments(text) {
		f := features(seg)
		if len(f.tokens) == 0 {
			continue
		}
		// shared[i] is the weight of the features seg shares with review i.
		shared := make(map[int]float64)
		var wa float64
		for _, t := range f.tokens {
			x := ix.weight(t)
			wa += x
			for _, i := range ix.postings[t] {
				shared[i] += x
			}
		}
		for i, sh := range shared {
			if s := fmeasure(sh, wa, ix.total[i], f.figures, ix.features[i].figures); s >= threshold && s > best[i] {
				best[i] = s
			}
		}
	}
	return best
}

// Match pairs each claim with the reviews whose claimReviewed reads like
// the claim's text, with a similarity of at least threshold
// (DefaultThreshold when zero or less). Claims and reviews are compared as
// sets of content words and figures, after case folding, accent removal,
// quote and dash normalization, stopword removal and light stemming, each
// weighted by how rare it is among the reviews; the score is a weighted
// F-measure that counts how much of the review's claim the claim repeats
// twice as much as how much of the claim is the review's, and is 0
// when their figures disagree. The results follow the claims' order and,
// for each claim, the best match first.
//
// Match builds an [Index] of the reviews; to match many claim sets against
// one collection of reviews, build the Index once and use [Index.Lookup].
func Match(reviews []Review, cls []claims.Claim, threshold float64) []PriorCheck {
	if len(reviews) == 0 || len(cls) == 0 {
		return nil
	}
	ix := NewIndex(reviews)
	var out []PriorCheck
	for _, c := range cls {
		for _, p := range ix.Lookup(c.Text, threshold) {
			p.Claim = c.ID
			out = append(out, p)
		}
	}
	return out
}
