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
// At 0.5 a claim and a review share about half their content words and
// word pairs: a paraphrase of the same figure or event scores 0.5–0.8, two
// claims that only share a subject ("the United States …") 0.1–0.3.
const DefaultThreshold = 0.5

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
// holds the reviews' features and, for each content word, the reviews that
// use it, so a lookup compares a text only with the reviews that share a
// word with it. An Index is safe for concurrent use.
type Index struct {
	reviews  []Review
	features []featureSet
	postings map[string][]int
}

// NewIndex indexes the reviews by the words of their claimReviewed.
// Reviews without a claim text are not found.
func NewIndex(reviews []Review) *Index {
	ix := &Index{
		reviews:  slices.Clone(reviews),
		features: make([]featureSet, len(reviews)),
		postings: make(map[string][]int),
	}
	for i, r := range reviews {
		f := features(r.ClaimReviewed)
		ix.features[i] = f
		for _, w := range f.unigrams {
			ix.postings[w] = append(ix.postings[w], i)
		}
	}
	return ix
}

// Lookup returns the reviews whose claims read like text, with a
// similarity of at least threshold (DefaultThreshold when it is zero or
// less), best first; equal scores keep the reviews' order. Claim is left
// empty in the results.
func (ix *Index) Lookup(text string, threshold float64) []PriorCheck {
	if threshold <= 0 {
		threshold = DefaultThreshold
	}
	f := features(text)
	if len(f.all) == 0 {
		return nil
	}
	// bound[i] is an upper bound on the features f shares with review i:
	// the shared words, and the word pairs of f that begin with one.
	bound := make(map[int]int)
	for j, w := range f.unigrams {
		for _, i := range ix.postings[w] {
			bound[i] += 1 + f.starts[j]
		}
	}
	type hit struct {
		i     int
		score float64
	}
	var hits []hit
	for i, n := range bound {
		g := ix.features[i]
		norm := math.Sqrt(float64(len(f.all)) * float64(len(g.all)))
		if float64(n)/norm < threshold {
			continue
		}
		if s := similarity(f, g); s >= threshold {
			hits = append(hits, hit{i, s})
		}
	}
	slices.SortFunc(hits, func(a, b hit) int {
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

// Match pairs each claim with the reviews whose claimReviewed reads like
// the claim's text, with a similarity of at least threshold
// (DefaultThreshold when zero or less). Claims and reviews are compared as
// sets of content words and word pairs, after case folding, accent
// removal, quote and dash normalization, stopword removal and light
// stemming; the score is the cosine of the two sets. The results follow
// the claims' order and, for each claim, the best match first.
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
