package syntax

import (
	"unicode"
	"unicode/utf8"
)

// tagger is a greedy left-to-right averaged-perceptron tagger whose
// classes are the (UPOS, XPOS) pairs of the treebank. It is safe for
// concurrent use once built.
type tagger struct {
	classes []tagClass
	w       *weights
	// ambig maps a word (hashLower) to the hash of the set of classes
	// it took in training, for frequent words.
	ambig map[uint64]uint64
}

type tagClass struct {
	UPOS UPOS
	XPOS string
}

// tagFeatureCount bounds the features of one word.
const tagFeatureCount = 40

// sentenceWords is what the feature functions read of one sentence.
type sentenceWords struct {
	form  []string // words as written
	lower []uint64 // hashLower of each word
	amb   []uint64 // ambiguity class of each word (0 when unknown)
}

// prepare reads forms into sw; with canon, currency signs read as the
// treebank's "$" (at analysis; training reads the treebank as it is).
func (t *tagger) prepare(sw *sentenceWords, forms []string, canon bool) {
	sw.form = forms
	sw.lower = sw.lower[:0]
	sw.amb = sw.amb[:0]
	for _, f := range forms {
		if canon {
			f = canonical(f)
		}
		h := hashLower(f)
		sw.lower = append(sw.lower, h)
		sw.amb = append(sw.amb, t.ambig[h])
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
)

// features writes the features of word i into buf, given the classes
// already chosen for the words before it.
func (sw *sentenceWords) tagFeatures(buf []uint64, i int, prev []int) []uint64 {
	n := len(sw.form)
	w := sw.form[i]
	const none = 0x5bd1e995
	word := func(j int) uint64 {
		if j < 0 {
			return none
		}
		if j >= n {
			return none + 1
		}
		return sw.lower[j]
	}
	amb := func(j int) uint64 {
		if j < 0 || j >= n {
			return none
		}
		if sw.amb[j] == 0 {
			return suffixLower(sw.form[j], 3) ^ 0xabc
		}
		return sw.amb[j]
	}
	p1, p2 := uint64(200), uint64(200)
	if i > 0 {
		p1 = uint64(prev[i-1])
	}
	if i > 1 {
		p2 = uint64(prev[i-2])
	}
	s3 := suffixLower(w, 3)
	sh := shapeHash(w)
	buf = append(buf,
		mix(tBias, 0, 0, 0),
		mix(tWord, sw.lower[i], 0, 0),
		mix(tSuf1, suffixLower(w, 1), 0, 0),
		mix(tSuf2, suffixLower(w, 2), 0, 0),
		mix(tSuf3, s3, 0, 0),
		mix(tSuf4, suffixLower(w, 4), 0, 0),
		mix(tPre1, prefixLower(w, 1), 0, 0),
		mix(tPre2, prefixLower(w, 2), 0, 0),
		mix(tShape, sh, 0, 0),
		mix(tPrevWord, word(i-1), 0, 0),
		mix(tNextWord, word(i+1), 0, 0),
		mix(tPrev2Word, word(i-2), 0, 0),
		mix(tNext2Word, word(i+2), 0, 0),
		mix(tPrevTag, p1, 0, 0),
		mix(tPrev2Tag, p2, 0, 0),
		mix(tPrevTags, p1, p2, 0),
		mix(tPrevTagWord, p1, sw.lower[i], 0),
		mix(tAmb, amb(i), 0, 0),
		mix(tNextAmb, amb(i+1), 0, 0),
		mix(tPrevAmb, amb(i-1), 0, 0),
		mix(tAmbPrevTag, amb(i), p1, 0),
		mix(tFlags, wordFlags(w, i == 0), 0, 0),
		mix(tWordNext, sw.lower[i], word(i+1), 0),
		mix(tPrevTagSuf3, p1, s3, 0),
		mix(tNext2Amb, amb(i+1), amb(i+2), 0),
		mix(tWordShapeNext, sh, amb(i+1), 0),
		mix(tSuf5, suffixLower(w, 5), 0, 0),
		mix(tPre3, prefixLower(w, 3), 0, 0),
		mix(tPrevWordWord, word(i-1), sw.lower[i], 0),
		mix(tPrevTagNextAmb, p1, amb(i+1), 0),
		mix(tPrevAmbAmb, amb(i-1), amb(i), 0),
		mix(tNextWordSuf3, word(i+1), s3, 0),
	)
	if i > 0 {
		buf = append(buf, mix(tPrevSuf3, suffixLower(sw.form[i-1], 3), 0, 0))
	}
	if i+1 < n {
		buf = append(buf, mix(tNextSuf3, suffixLower(sw.form[i+1], 3), 0, 0))
	}
	return buf
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

// tag assigns the classes of one sentence's words into out.
func (t *tagger) tag(sw *sentenceWords, out []int, buf []uint64, scores []int32) {
	for i := range sw.form {
		buf = sw.tagFeatures(buf[:0], i, out)
		for c := range scores {
			scores[c] = 0
		}
		t.w.score(buf, scores)
		best := 0
		for c := 1; c < len(scores); c++ {
			if scores[c] > scores[best] {
				best = c
			}
		}
		out[i] = best
	}
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
