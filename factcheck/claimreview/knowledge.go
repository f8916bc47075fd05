package claimreview

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/sources"
)

// SourceKind is the kind [Sources] gives a fact-check: "news", for
// fact-checkers publish journalism.
const SourceKind = "news"

// Sources returns the source records of the reviews ([SourceOf]), for a
// claim set's sources section or a [sources.MemStore]: one per id, first
// review kept, in the reviews' order.
func Sources(reviews []Review) []claims.Source {
	seen := make(map[string]bool)
	var out []claims.Source
	for _, r := range reviews {
		s := SourceOf(r)
		if !seen[s.ID] {
			seen[s.ID] = true
			out = append(out, s)
		}
	}
	return out
}

// SourceOf returns the source record of a review. The id is "claimreview:"
// and the review's URL or, without one, its publisher and claim in
// normalized words joined by hyphens; the name is the publisher and the
// claim; the kind is [SourceKind]; the reliability is left unknown, for the
// newsroom to grade.
func SourceOf(r Review) claims.Source {
	id := "claimreview:" + r.URL
	if r.URL == "" {
		id = "claimreview:" + strings.ReplaceAll(plain(r.Publisher+" "+clip(r.ClaimReviewed, 60), false), " ", "-")
	}
	name := "fact-check"
	if r.Publisher != "" {
		name = r.Publisher + " fact-check"
	}
	if r.ClaimReviewed != "" {
		name += ": " + clip(r.ClaimReviewed, 80)
	}
	return claims.Source{
		ID:        id,
		Name:      name,
		URL:       r.URL,
		Publisher: r.Publisher,
		Kind:      SourceKind,
		Published: r.Date,
	}
}

// Evidence returns the prior check as evidence about the claim it was
// matched to: the review's source, a quote giving its verdict, and the
// stance that verdict takes (supports for true and mostly-true, refutes for
// false and mostly-false, neutral otherwise). The stance is the review's
// verdict on its own claim: a match is made on wording, so a claim and its
// negation may match, and Score says how alike they read.
func (p PriorCheck) Evidence() sources.Evidence {
	label := p.Review.Label
	if label == "" {
		label = p.Review.Rating.String()
	}
	quote := fmt.Sprintf("%q: %s", p.Review.ClaimReviewed, label)
	if p.Review.Publisher != "" {
		quote = fmt.Sprintf("%s rated %q %s", p.Review.Publisher, p.Review.ClaimReviewed, label)
	}
	st := sources.Neutral
	if p.Review.RatingOK {
		switch p.Review.Rating {
		case factcheck.True, factcheck.MostlyTrue:
			st = sources.Supports
		case factcheck.False, factcheck.MostlyFalse:
			st = sources.Refutes
		}
	}
	return sources.Evidence{Source: SourceOf(p.Review), Quote: quote, Stance: st}
}

// clip shortens s to at most n characters, at a word boundary where it
// can, marking the cut with "…".
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n-1]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}
