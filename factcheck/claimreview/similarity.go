package claimreview

import (
	"math"
	"strings"
)

// This file measures how alike a claim and a review's claim read, for
// Match and Index. A text becomes a set of features: its content words
// (stopwords dropped, light stemming) and its figures ("$7.2 million" and
// "7,200,000 dollars" are one feature). Each feature has a weight: an
// inverse document frequency over the indexed reviews, so that words
// every review uses ("government", "says") count little and the rare ones
// that name the claim count much, with figures weighing more than words.
//
// The score is a weighted F-measure of the features the two share, with
// recall (how much of the review's claim the text repeats) weighing twice
// precision (how much of the text is the review's claim): an
// article's sentence that repeats a claim and says more besides still
// matches it, one that shares only a subject does not. It is 1 for the
// same words, and 0 when the figures disagree: a text that gives $1.2
// billion where the review gives $7.2 million is of another claim.

// stopwords are dropped before comparing claims: function words in
// English, Spanish, French and German, and the verbs that introduce a
// claim ("Says …", "claims that …").
var stopwords = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`
		a about above after again against all also am an and any are as at be
		because been before being below between both but by can could did do
		does doing down during each few for from further had has have having he
		her here hers herself him himself his how i if in into is it its itself
		just me more most my myself no nor not now of off on once only or other
		our ours out over own same she should so some such than that the their
		theirs them themselves then there these they this those through to too
		under until up very was we were what when where which while who whom why
		will with would you your yours
		say says said claim claims claimed according image video photo shows show
		el la los las un una unos unas de del y o que en es por con para se su al lo
		le les des du et ou est une au aux dans pour par sur qui ce
		der die das ein eine und oder ist im in den dem des zu mit von auf fur
	`) {
		m[w] = true
	}
	return m
}()

// figureWeight is how much more a figure weighs than a word of the same
// document frequency.
const figureWeight = 2.0

// beta2 is β² of the F-measure: recall weighs twice precision. It and
// DefaultThreshold were chosen on testdata/paraphrases.tsv (see
// TestParaphraseMatching and BENCHMARKS.md).
const beta2 = 2.0

// words returns the content words of s: normalized ([plain], numbers
// kept), stopwords, figures and the words of figures dropped, stemmed.
func words(s string) []string {
	var out []string
	for _, w := range strings.Fields(plain(s, true)) {
		if stopwords[w] || figureWords[w] || w[0] >= '0' && w[0] <= '9' {
			continue
		}
		out = append(out, stem(w))
	}
	return out
}

// stem strips common English endings, plural, possessive, verb and adverb,
// so that "kills", "killed" and "killing" are one word, as are "country"
// and "countries". It merges a few words of different meaning ("news",
// "new"), which costs little when comparing whole claims.
func stem(w string) string {
	if len(w) <= 3 || !isASCIIWord(w) {
		return w
	}
	for _, suf := range []string{"ingly", "edly", "ing", "ied", "ies", "ed", "es", "ly", "s", "e"} {
		if !strings.HasSuffix(w, suf) || len(w)-len(suf) < 3 {
			continue
		}
		if suf == "s" && (strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is")) {
			break
		}
		w = w[:len(w)-len(suf)]
		if suf == "ied" || suf == "ies" {
			w += "i"
		}
		break
	}
	// "stopped" is "stop"; "killed" stays "kill".
	if n := len(w); n > 3 && w[n-1] == w[n-2] && !strings.ContainsRune("lsz", rune(w[n-1])) && !strings.ContainsRune("aeiou", rune(w[n-1])) {
		w = w[:n-1]
	}
	if strings.HasSuffix(w, "y") && len(w) > 3 {
		w = w[:len(w)-1] + "i"
	}
	return w
}

func isASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// A featureSet is the set of a text's features: its distinct content
// words and figure tokens, in order of first use, and its figures.
type featureSet struct {
	tokens  []string
	figures []figure
}

// features returns the feature set of a text.
func features(s string) featureSet {
	var f featureSet
	seen := make(map[string]bool)
	add := func(t string) {
		if !seen[t] {
			seen[t] = true
			f.tokens = append(f.tokens, t)
		}
	}
	for _, w := range words(s) {
		add(w)
	}
	f.figures = figures(s)
	for _, fig := range f.figures {
		add(fig.token())
	}
	return f
}

// isFigure reports whether a feature is a figure's.
func isFigure(t string) bool { return strings.HasPrefix(t, "#") }

// A weigher gives each feature its weight.
type weigher func(string) float64

// uniform weighs every word 1 and every figure figureWeight: the weights
// of a collection of one review.
func uniform(t string) float64 {
	if isFigure(t) {
		return figureWeight
	}
	return 1
}

// score is the weighted F-measure of a text's features a and a review's
// b, or 0 when their figures disagree.
func score(a, b featureSet, w weigher) float64 {
	var wa, wb, shared float64
	inB := make(map[string]bool, len(b.tokens))
	for _, t := range b.tokens {
		inB[t] = true
		wb += w(t)
	}
	for _, t := range a.tokens {
		x := w(t)
		wa += x
		if inB[t] {
			shared += x
		}
	}
	return fmeasure(shared, wa, wb, a.figures, b.figures)
}

// fmeasure is the score of a text whose features weigh wa, a review's that
// weigh wb, and shared in common.
func fmeasure(shared, wa, wb float64, fa, fb []figure) float64 {
	if shared <= 0 || wa <= 0 || wb <= 0 || !figuresAgree(fa, fb) {
		return 0
	}
	p, r := shared/wa, shared/wb
	return math.Min(1, (1+beta2)*p*r/(beta2*p+r))
}

// similarity is the score of two texts' features with uniform weights, in
// [0, 1].
func similarity(a, b featureSet) float64 { return score(a, b, uniform) }
