package syntax

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tagger is a greedy averaged-perceptron tagger whose classes are the
// (UPOS, XPOS) pairs of the treebank. It sweeps each sentence twice:
// from right to left, with the classes it chose for the words after each
// word as features, then from left to right, with the classes it chose
// for the words before and the first sweep's for the words after; a
// word takes the class of the best sum of its two sweeps' scores. It is
// safe for concurrent use once built.
type tagger struct {
	classes []tagClass
	w       *weights
	// ambig maps a word (hashLower) to the hash of the set of classes
	// it took in training, for frequent words.
	ambig map[uint64]uint64
	// clusters maps a word (hashLower) to its word class (from 1, see
	// wordClusters), for the words seen at least twice in training.
	clusters map[uint64]uint16
}

type tagClass struct {
	UPOS UPOS
	XPOS string
}

// sentenceWords is what the feature functions read of one sentence.
type sentenceWords struct {
	form   []string // words as written
	lower  []uint64 // hashLower of each word
	amb    []uint64 // ambiguity class of each word (0 when unknown)
	clus   []uint64 // word class of each word (0 when unknown)
	first  []int    // the classes of the first sweep
	static []int32  // each word's scores from its static features
	swept  []int32  // each word's scores in the first sweep
	// cache maps a spelling to the scores of its word features (see
	// wordFeatures) in slab, for the tagger cacheOf reading with or
	// without canonical currency signs.
	cache   map[string]int32
	slab    []int32
	cacheOf *tagger
	canon   bool
}

// prepare reads forms into sw; with canon, currency signs read as the
// treebank's "$" (at analysis; training reads the treebank as it is).
func (t *tagger) prepare(sw *sentenceWords, forms []string, canon bool) {
	if sw.cacheOf != t || sw.canon != canon {
		sw.cacheOf, sw.canon = t, canon
		clear(sw.cache)
		sw.slab = sw.slab[:0]
	}
	sw.form = forms
	sw.lower = sw.lower[:0]
	sw.amb = sw.amb[:0]
	sw.clus = sw.clus[:0]
	for _, f := range forms {
		if canon {
			f = canonical(f)
		}
		h := hashLower(f)
		sw.lower = append(sw.lower, h)
		sw.amb = append(sw.amb, t.ambig[h])
		sw.clus = append(sw.clus, uint64(t.clusters[h]))
	}
}

// Template numbers of the tagger's features.
const (
	tBias = iota + 1
	tWord
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tPre1
	tPre2
	tShape
	tPrevWord
	tNextWord
	tPrev2Word
	tNext2Word
	tPrevTag
	tPrev2Tag
	tPrevTags
	tPrevTagWord
	tPrevSuf3
	tNextSuf3
	tAmb
	tNextAmb
	tPrevAmb
	tAmbPrevTag
	tFlags
	tWordNext
	tPrevTagSuf3
	tNext2Amb
	tWordShapeNext
	tSuf5
	tPre3
	tPrevWordWord
	tPrevTagNextAmb
	tPrevAmbAmb
	tNextWordSuf3
	tWordCap
	tPrevTagShape
	tNextFlags
	tPrevNextFlags
	tNextTag
	tNextTags
	tPrevNextTag
	tWordNextTag
	tNTag
	tN2Tag
	tNTags
	tNTagWord
	tAmbNTag
	tNTagSuf3
	tNTagPrevAmb
	tNTagShape
	tClus
	tClusPrev
	tClusNext
	tClusPrevCur
	tClusCurNext
	tClusPrev2
	tClusNext2
)

// clusAt returns the word class of word j, or a mark past the
// sentence's ends.
func (sw *sentenceWords) clusAt(j int) uint64 {
	if j < 0 {
		return 1000
	}
	if j >= len(sw.form) {
		return 1001
	}
	return sw.clus[j]
}

// nextFeatures writes the features of word i that depend on the classes
// of the words after it, for a sweep from right to left.
func (sw *sentenceWords) nextFeatures(buf []uint64, i int, next []int) []uint64 {
	n := len(sw.form)
	n1, n2 := uint64(201), uint64(201)
	if i+1 < n {
		n1 = uint64(next[i+1])
	}
	if i+2 < n {
		n2 = uint64(next[i+2])
	}
	return append(buf,
		mix(tNTag, n1, 0, 0),
		mix(tN2Tag, n2, 0, 0),
		mix(tNTags, n1, n2, 0),
		mix(tNTagWord, n1, sw.lower[i], 0),
		mix(tAmbNTag, sw.ambAt(i), n1, 0),
		mix(tNTagSuf3, n1, suffixLower(sw.form[i], 3), 0),
		mix(tNTagPrevAmb, n1, sw.ambAt(i-1), 0),
		mix(tNTagShape, n1, shapeHash(sw.form[i]), 0),
	)
}

// cues returns what the features of word i read of its spelling: its
// lower-cased three-letter suffix, its shape, its flags (case, digits),
// and its neighbours' flags (99 past the sentence's ends) — the word's
// case beside its neighbours' tells "Apple Inc" from "an apple".
func (sw *sentenceWords) cues(i int) (s3, sh, fl, nf, pf uint64) {
	w := sw.form[i]
	s3, sh, fl = suffixLower(w, 3), shapeHash(w), wordFlags(w, i == 0)
	nf, pf = 99, 99
	if i+1 < len(sw.form) {
		nf = wordFlags(sw.form[i+1], false)
	}
	if i > 0 {
		pf = wordFlags(sw.form[i-1], i-1 == 0)
	}
	return s3, sh, fl, nf, pf
}

// wordFeatures and contextFeatures write the features of word i that do
// not depend on the classes chosen around it, in two parts: those that
// depend on its spelling alone, whose scores a tagger keeps for the words
// it has seen lately, and the others.
func (sw *sentenceWords) wordFeatures(buf []uint64, i int) []uint64 {
	w := sw.form[i]
	return append(buf,
		mix(tBias, 0, 0, 0),
		mix(tWord, sw.lower[i], 0, 0),
		mix(tSuf1, suffixLower(w, 1), 0, 0),
		mix(tSuf2, suffixLower(w, 2), 0, 0),
		mix(tSuf3, suffixLower(w, 3), 0, 0),
		mix(tSuf4, suffixLower(w, 4), 0, 0),
		mix(tSuf5, suffixLower(w, 5), 0, 0),
		mix(tPre1, prefixLower(w, 1), 0, 0),
		mix(tPre2, prefixLower(w, 2), 0, 0),
		mix(tPre3, prefixLower(w, 3), 0, 0),
		mix(tShape, shapeHash(w), 0, 0),
		mix(tAmb, sw.ambAt(i), 0, 0),
		mix(tClus, sw.clus[i], 0, 0),
	)
}

func (sw *sentenceWords) contextFeatures(buf []uint64, i int) []uint64 {
	n := len(sw.form)
	word := sw.word
	amb := sw.ambAt
	c := sw.clusAt
	s3, sh, fl, nf, pf := sw.cues(i)
	buf = append(buf,
		mix(tPrevWord, word(i-1), 0, 0),
		mix(tNextWord, word(i+1), 0, 0),
		mix(tPrev2Word, word(i-2), 0, 0),
		mix(tNext2Word, word(i+2), 0, 0),
		mix(tNextAmb, amb(i+1), 0, 0),
		mix(tPrevAmb, amb(i-1), 0, 0),
		mix(tFlags, fl, 0, 0),
		mix(tWordNext, sw.lower[i], word(i+1), 0),
		mix(tNext2Amb, amb(i+1), amb(i+2), 0),
		mix(tWordShapeNext, sh, amb(i+1), 0),
		mix(tPrevWordWord, word(i-1), sw.lower[i], 0),
		mix(tPrevAmbAmb, amb(i-1), amb(i), 0),
		mix(tNextWordSuf3, word(i+1), s3, 0),
		mix(tWordCap, sw.lower[i], fl&(1|8|16), 0),
		mix(tNextFlags, nf, 0, 0),
		mix(tPrevNextFlags, pf, fl, nf),
		mix(tClusPrev, c(i-1), 0, 0),
		mix(tClusNext, c(i+1), 0, 0),
		mix(tClusPrevCur, c(i-1), c(i), 0),
		mix(tClusCurNext, c(i), c(i+1), 0),
		mix(tClusPrev2, c(i-2), c(i-1), 0),
		mix(tClusNext2, c(i+1), c(i+2), 0),
	)
	if i > 0 {
		buf = append(buf, mix(tPrevSuf3, suffixLower(sw.form[i-1], 3), 0, 0))
	}
	if i+1 < n {
		buf = append(buf, mix(tNextSuf3, suffixLower(sw.form[i+1], 3), 0, 0))
	}
	return buf
}

// maxCachedWords bounds a tagger's cache of word scores.
const maxCachedWords = 8192

// wordScores adds the scores of word i's word features into out.
func (t *tagger) wordScores(sw *sentenceWords, i int, buf []uint64, out []int32) []uint64 {
	nc := len(out)
	w := sw.form[i]
	if k, ok := sw.cache[w]; ok {
		for c, v := range sw.slab[k : int(k)+nc] {
			out[c] += v
		}
		return buf
	}
	if sw.cache == nil {
		sw.cache = make(map[string]int32)
	}
	if len(sw.cache) >= maxCachedWords {
		clear(sw.cache)
		sw.slab = sw.slab[:0]
	}
	k := len(sw.slab)
	sw.slab = slices.Grow(sw.slab, nc)[:k+nc]
	row := sw.slab[k:]
	clear(row)
	buf = sw.wordFeatures(buf[:0], i)
	t.w.score(buf, row)
	sw.cache[strings.Clone(w)] = int32(k)
	for c, v := range row {
		out[c] += v
	}
	return buf
}

// prevFeatures writes the features of word i that depend on the classes
// of the words before it.
func (sw *sentenceWords) prevFeatures(buf []uint64, i int, prev []int) []uint64 {
	p1, p2 := uint64(200), uint64(200)
	if i > 0 {
		p1 = uint64(prev[i-1])
	}
	if i > 1 {
		p2 = uint64(prev[i-2])
	}
	return append(buf,
		mix(tPrevTag, p1, 0, 0),
		mix(tPrev2Tag, p2, 0, 0),
		mix(tPrevTags, p1, p2, 0),
		mix(tPrevTagWord, p1, sw.lower[i], 0),
		mix(tAmbPrevTag, sw.ambAt(i), p1, 0),
		mix(tPrevTagSuf3, p1, suffixLower(sw.form[i], 3), 0),
		mix(tPrevTagNextAmb, p1, sw.ambAt(i+1), 0),
		mix(tPrevTagShape, p1, shapeHash(sw.form[i]), 0),
	)
}

// rightFeatures writes the features of word i, in the second sweep, that
// depend on the classes the first gave the words after it.
func (sw *sentenceWords) rightFeatures(buf []uint64, i int, prev, right []int) []uint64 {
	n := len(sw.form)
	p1 := uint64(200)
	if i > 0 {
		p1 = uint64(prev[i-1])
	}
	r1, r2 := uint64(201), uint64(201)
	if i+1 < n {
		r1 = uint64(right[i+1])
	}
	if i+2 < n {
		r2 = uint64(right[i+2])
	}
	return append(buf,
		mix(tNextTag, r1, 0, 0),
		mix(tNextTags, r1, r2, 0),
		mix(tPrevNextTag, p1, r1, 0),
		mix(tWordNextTag, sw.lower[i], r1, 0),
	)
}

const noWord = 0x5bd1e995

// word returns the hash of word j, or a mark for before or after the
// sentence.
func (sw *sentenceWords) word(j int) uint64 {
	if j < 0 {
		return noWord
	}
	if j >= len(sw.form) {
		return noWord + 1
	}
	return sw.lower[j]
}

// ambAt returns the ambiguity class of word j, or of its last three
// letters when it has none.
func (sw *sentenceWords) ambAt(j int) uint64 {
	if j < 0 || j >= len(sw.form) {
		return noWord
	}
	if sw.amb[j] == 0 {
		return suffixLower(sw.form[j], 3) ^ 0xabc
	}
	return sw.amb[j]
}

// shapeHash hashes the word's shape: upper-case letters as X, lower as
// x, digits as d, other characters as themselves, runs folded.
func shapeHash(w string) uint64 {
	h := uint64(fnvOffset)
	var last rune = -1
	for _, r := range w {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c == last {
			continue
		}
		last = c
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// wordFlags sums up capitals, digits and hyphens, and whether the word
// opens its sentence.
func wordFlags(w string, first bool) uint64 {
	var f uint64
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) {
		f |= 1
	}
	upper, lower := 0, 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		case unicode.IsDigit(r):
			f |= 2
		case r == '-':
			f |= 4
		}
	}
	if upper > 1 && lower == 0 {
		f |= 8
	}
	if first {
		f |= 16
	}
	return f
}

// tag assigns the classes of one sentence's words into out: a sweep from
// right to left, then one from left to right that also sees the first
// one's classes of the words to the right, each word taking the best of
// its two sweeps' scores summed. The scores of the features that do not
// depend on classes are summed once for both sweeps. If alt is not nil,
// it gets each word's runner-up class where the tagger hesitated (see
// runnerUp), -1 elsewhere.
func (t *tagger) tag(sw *sentenceWords, out, alt []int, buf []uint64, scores []int32) {
	nc := len(scores)
	n := len(sw.form)
	sw.static = resize(sw.static, n*nc)
	clear(sw.static)
	for i := 0; i < n; i++ {
		row := sw.static[i*nc : (i+1)*nc]
		buf = t.wordScores(sw, i, buf, row)
		buf = sw.contextFeatures(buf[:0], i)
		t.w.score(buf, row)
	}
	sw.swept = resize(sw.swept, n*nc)
	for i := n - 1; i >= 0; i-- {
		row := sw.swept[i*nc : (i+1)*nc]
		copy(row, sw.static[i*nc:(i+1)*nc])
		buf = sw.nextFeatures(buf[:0], i, out)
		t.w.score(buf, row)
		out[i] = argmax(row)
	}
	sw.first = append(sw.first[:0], out...)
	for i := 0; i < n; i++ {
		copy(scores, sw.static[i*nc:(i+1)*nc])
		buf = sw.prevFeatures(buf[:0], i, out)
		buf = sw.rightFeatures(buf, i, out, sw.first)
		t.w.score(buf, scores)
		for c, v := range sw.swept[i*nc : (i+1)*nc] {
			scores[c] += v
		}
		out[i] = argmax(scores)
		if alt != nil {
			alt[i] = t.runnerUp(scores, out[i])
		}
	}
	t.nameRuns(sw.form, out)
	t.verbsBeforeFigures(sw.form, out)
	t.nounsBeforeTimes(sw.form, out)
	t.adverbsBeforeParticiples(sw.form, out)
}

// adverbsBeforeParticiples mends "last" or "first" tagged an adjective
// between an auxiliary and a past participle ("was last seen", "was first
// held"): no adjective stands there; in the English Web Treebank (train)
// such a word is an adverb in all 4 cases.
func (t *tagger) adverbsBeforeParticiples(form []string, out []int) {
	rb := t.class(ADV, "RB")
	if rb < 0 {
		return
	}
	for i := 1; i+1 < len(form); i++ {
		switch strings.ToLower(form[i]) {
		case "last", "first":
		default:
			continue
		}
		if t.classes[out[i-1]].UPOS == AUX && t.classes[out[i+1]].XPOS == "VBN" && t.classes[out[i]].XPOS != "RB" {
			out[i] = rb
		}
	}
}

// class returns the index of the class of the tags given, or -1.
func (t *tagger) class(upos UPOS, xpos string) int {
	for k, d := range t.classes {
		if d.UPOS == upos && d.XPOS == xpos {
			return k
		}
	}
	return -1
}

// nounsBeforeTimes mends a noun tagged an adverb at the end of a noun
// phrase before "next", "last" or "this" and a word of time ("will close
// the Brackenthwaite library next spring" with "library" an adverb): in
// the English Web Treebank (train), a word between a noun, adjective or
// determiner and such a time is an adverb only when it is one of the
// few adverbs that follow nouns ("took Ric there last year").
func (t *tagger) nounsBeforeTimes(form []string, out []int) {
	nn := t.class(NOUN, "NN")
	if nn < 0 {
		return
	}
	for i := 1; i+2 < len(form); i++ {
		c, p := t.classes[out[i]], t.classes[out[i-1]]
		if c.XPOS != "RB" || p.XPOS != "NN" && p.XPOS != "NNP" && p.XPOS != "JJ" && p.XPOS != "DT" {
			continue
		}
		if w := form[i]; w == "" || w[0] < 'a' || w[0] > 'z' || strings.HasSuffix(w, "ly") || postnounAdverbs[w] {
			continue
		}
		switch strings.ToLower(form[i+1]) {
		case "next", "last", "this":
		default:
			continue
		}
		if timeWords[strings.ToLower(form[i+2])] {
			out[i] = nn
		}
	}
}

// postnounAdverbs are adverbs that may follow a noun phrase.
var postnounAdverbs = wordSet(`there here now then again too also back home away out in up down off on
over abroad ahead early late later earlier soon yet already ago today tomorrow tonight yesterday
once twice together alone apart instead anyway so just only even still ever never almost about
around forward overseas downtown upstairs downstairs outside inside nearby indoors outdoors not
well right straight first last next this overnight afresh anew midweek online offline offshore
onshore underground upstream downstream apiece`)

// timeWords are the nouns of time after "next", "last" and "this".
var timeWords = wordSet(`year month week day time season term quarter decade century spring summer
autumn fall winter january february march april may june july august september october november
december monday tuesday wednesday thursday friday saturday sunday night weekend morning afternoon
evening`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// verbsBeforeFigures mends a plural noun between a singular noun and a
// figure ("The tenor weighs 2.3 tonnes", "The upgrade costs £12m" with
// "weighs" or "costs" tagged a plural noun): it is the verb of that noun.
// In the English Web Treebank (train) a word ending in "s" between a
// singular noun and a figure is never a plural noun (0 of 60: 40 are
// verbs in the present tense, the rest possessives, past tenses and
// names).
func (t *tagger) verbsBeforeFigures(form []string, out []int) {
	vbz := t.class(VERB, "VBZ")
	if vbz < 0 {
		return
	}
	for i := 1; i+1 < len(form); i++ {
		c, p, n := t.classes[out[i]], t.classes[out[i-1]], t.classes[out[i+1]]
		w := form[i]
		if c.XPOS != "NNS" || len(w) < 3 || w[len(w)-1] != 's' || w[0] < 'a' || w[0] > 'z' ||
			p.XPOS != "NN" && p.XPOS != "NNP" || n.XPOS != "CD" && n.XPOS != "$" {
			continue
		}
		out[i] = vbz
	}
}

// nameRuns mends a capitalized common noun inside a run of capitalized
// names ("Fenwick Community Hospital", "Harlow Town Council" with
// "Community" or "Town" tagged a noun): it is a word of the name. In the
// English Web Treebank such a word is a proper noun in 414 of 416 cases
// (train). A word that starts its sentence or is written all in
// capitals is left as tagged.
func (t *tagger) nameRuns(form []string, out []int) {
	upper := func(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }
	for i := 1; i+1 < len(form); i++ {
		c := t.classes[out[i]]
		if c.UPOS != NOUN || !upper(form[i]) || strings.ToUpper(form[i]) == form[i] ||
			t.classes[out[i-1]].UPOS != PROPN || t.classes[out[i+1]].UPOS != PROPN ||
			!upper(form[i-1]) || !upper(form[i+1]) {
			continue
		}
		want := "NNP"
		if c.XPOS == "NNS" {
			want = "NNPS"
		}
		if k := t.class(PROPN, want); k >= 0 {
			out[i] = k
		}
	}
}

// runnerUp returns the class that scored second to best, when it came
// within altMargin of it, and otherwise -1.
func (t *tagger) runnerUp(scores []int32, best int) int {
	second := -1
	for c, v := range scores {
		if c != best && (second < 0 || v > scores[second]) {
			second = c
		}
	}
	if second < 0 || float32(scores[best]-scores[second])*t.w.scale >= 2*altMargin {
		return -1
	}
	return second
}

// argmax returns the first index of the highest score.
func argmax(scores []int32) int {
	best := 0
	for c := 1; c < len(scores); c++ {
		if scores[c] > scores[best] {
			best = c
		}
	}
	return best
}

// canonical maps a word to the form the model knows its kind by: the
// treebank writes money with "$", so at analysis "£", "€" and "¥" read as
// "$" (training reads the treebank's words as they are).
func canonical(w string) string {
	switch w {
	case "£", "€", "¥", "US$", "A$", "C$":
		return "$"
	}
	return w
}

// unknownWord is the hash a word seen once in training reads as while
// the tagger learns.
const unknownWord = 0x6b1f0e5d
