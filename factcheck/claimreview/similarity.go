package claimreview

import (
	"math"
	"strings"
)

// This file measures how alike two claims read, for Match. A claim becomes
// a set of features: its content words (stopwords dropped, light English
// stemming) and the pairs of content words that follow each other. Two
// claims are as alike as the cosine of their feature sets,
// |A∩B| / √(|A|·|B|): 1 for the same words in the same order, 0 for no word
// in common. Word pairs reward the same phrasing; single words let a
// paraphrase score on what it shares.

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

// words returns the content words of s: normalized ([plain], numbers
// kept), stopwords dropped, stemmed.
func words(s string) []string {
	var out []string
	for _, w := range strings.Fields(plain(s, true)) {
		if stopwords[w] {
			continue
		}
		out = append(out, stem(w))
	}
	return out
}

// stem strips English plural and possessive endings, the only stemming
// that rarely merges words of different meaning: "states" is "state",
// "countries" "country"; "bus" and "glass" stay.
func stem(w string) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 3 && w[n-1] == 's' && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:n-1]
	}
	return w
}

// A featureSet is the set of a claim's words and word pairs.
type featureSet struct {
	unigrams []string // distinct, in order of first use
	// starts[i] counts the distinct word pairs that begin with
	// unigrams[i].
	starts []int
	all    map[string]struct{}
}

// features returns the feature set of a claim's text.
func features(s string) featureSet {
	ws := words(s)
	f := featureSet{all: make(map[string]struct{}, 2*len(ws))}
	pos := make(map[string]int, len(ws))
	for i, w := range ws {
		if _, dup := f.all[w]; !dup {
			f.all[w] = struct{}{}
			pos[w] = len(f.unigrams)
			f.unigrams = append(f.unigrams, w)
			f.starts = append(f.starts, 0)
		}
		if i > 0 {
			pair := ws[i-1] + " " + w
			if _, dup := f.all[pair]; !dup {
				f.all[pair] = struct{}{}
				f.starts[pos[ws[i-1]]]++
			}
		}
	}
	return f
}

// similarity is the cosine of two feature sets, in [0, 1].
func similarity(a, b featureSet) float64 {
	if len(a.all) == 0 || len(b.all) == 0 {
		return 0
	}
	if len(a.all) > len(b.all) {
		a, b = b, a
	}
	shared := 0
	for k := range a.all {
		if _, ok := b.all[k]; ok {
			shared++
		}
	}
	return float64(shared) / math.Sqrt(float64(len(a.all))*float64(len(b.all)))
}
