package claimreview

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// A paraphraseCase is a reviewed claim with sentences that repeat it in
// other words and near-misses that must not match it.
type paraphraseCase struct {
	claim                   string
	paraphrases, nearMisses []string
}

func readParaphrases(t *testing.T, file string) []paraphraseCase {
	data, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	var out []paraphraseCase
	for n, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, text, ok := strings.Cut(line, "\t")
		if !ok || (kind != "R" && len(out) == 0) {
			t.Fatalf("%s:%d: bad line %q", file, n+1, line)
		}
		switch kind {
		case "R":
			out = append(out, paraphraseCase{claim: text})
		case "P":
			out[len(out)-1].paraphrases = append(out[len(out)-1].paraphrases, text)
		case "N":
			out[len(out)-1].nearMisses = append(out[len(out)-1].nearMisses, text)
		default:
			t.Fatalf("%s:%d: bad kind %q", file, n+1, kind)
		}
	}
	return out
}

// quantiles returns the minimum, quartiles and maximum of xs.
func quantiles(xs []float64) string {
	if len(xs) == 0 {
		return "none"
	}
	s := slices.Sorted(slices.Values(xs))
	q := func(p float64) float64 { return s[int(p*float64(len(s)-1)+0.5)] }
	return fmt.Sprintf("min %.2f  q1 %.2f  median %.2f  q3 %.2f  max %.2f", q(0), q(0.25), q(0.5), q(0.75), q(1))
}

// TestParaphraseMatching measures matching on testdata/paraphrases.tsv:
// an article's sentence that repeats a reviewed claim in other words,
// figures and all, finds that review first, and a near-miss (same
// subject, another claim or another figure) finds none. The matcher's
// weights and threshold were chosen on that table; the held-out one,
// written after, is measured and held to the same bar. Run with -v for
// the figures BENCHMARKS.md records.
func TestParaphraseMatching(t *testing.T) {
	for _, file := range []string{"paraphrases.tsv", "paraphrases-heldout.tsv", "paraphrases-long.tsv"} {
		t.Run(file, func(t *testing.T) { measureParaphrases(t, readParaphrases(t, file)) })
	}
}

func measureParaphrases(t *testing.T, cases []paraphraseCase) {
	var reviews []Review
	for i, c := range cases {
		reviews = append(reviews, Review{ClaimReviewed: c.claim, URL: fmt.Sprint(i)})
	}
	ix := NewIndex(reviews)
	const all = 1e-9 // a threshold that lets every score through
	var matchScores, closestOther, nearScores []float64
	matched, total, falseMatches, nearTotal := 0, 0, 0, 0
	for i, c := range cases {
		for _, p := range c.paraphrases {
			total++
			hits := ix.Lookup(p, all)
			own, other := 0.0, 0.0
			for _, h := range hits {
				if h.Review.URL == fmt.Sprint(i) {
					own = h.Score
				} else {
					other = max(other, h.Score)
				}
			}
			matchScores = append(matchScores, own)
			closestOther = append(closestOther, other)
			if own >= DefaultThreshold && own > other {
				matched++
			} else {
				t.Logf("not matched (%.2f, other %.2f): %q ~ %q", own, other, p, c.claim)
			}
		}
		for _, n := range c.nearMisses {
			nearTotal++
			best := 0.0
			for _, h := range ix.Lookup(n, all) {
				best = max(best, h.Score)
			}
			nearScores = append(nearScores, best)
			if best >= DefaultThreshold {
				falseMatches++
				t.Logf("near-miss matched (%.2f): %q ~ %q", best, n, c.claim)
			}
		}
	}
	t.Logf("reviewed claims %d; paraphrases matched first at threshold %.2f: %d of %d (%.0f%%)",
		len(cases), DefaultThreshold, matched, total, 100*float64(matched)/float64(total))
	t.Logf("score of the paraphrase's own review:   %s", quantiles(matchScores))
	t.Logf("best score of another review:           %s", quantiles(closestOther))
	t.Logf("near-misses: best score of any review:  %s; matched %d of %d", quantiles(nearScores), falseMatches, nearTotal)
	if share := float64(matched) / float64(total); share < 0.9 {
		t.Errorf("%d of %d paraphrases matched (%.0f%%), want at least 90%%", matched, total, 100*share)
	}
	if falseMatches*10 > nearTotal {
		t.Errorf("%d of %d near-misses matched, want at most 10%%", falseMatches, nearTotal)
	}
}
