package syntax

import (
	"unicode"
	"unicode/utf8"
)

// Tokenize splits text into sentences and words by the conventions of UD
// English: clitics are words of their own ("do" "n't", "she" "'s",
// "can" "not", "gon" "na"), punctuation is split off, hyphenated words
// are split at the hyphen ("long" "-" "term") except after a common
// prefix or a single letter ("e-mail", "co-workers"), a currency symbol
// is split from its figure ("$" "7.2"), and figures ("1,200", "3.5",
// "12:30"), URLs, e-mail addresses and abbreviations ("U.S.", "Mr.") stay
// whole. Every word is a span of text. The words are appended to d,
// whose Text must be text; Tokenize runs in time linear in len(text).
func Tokenize(d *Doc, text string) {
	d.Text = text
	d.Start, d.End, d.Sents, d.Form = d.Start[:0], d.End[:0], d.Sents[:0], nil
	d.grow(len(text) / 5)
	sentStart := int32(0)
	endSentence := func() {
		if n := int32(len(d.Start)); n > sentStart {
			d.Sents = append(d.Sents, Range{sentStart, n})
			sentStart = n
		}
	}
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isSpace(r) {
			if r == '\n' && paragraphBreak(text, i) {
				endSentence()
			}
			i += size
			continue
		}
		j := i
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if isSpace(r) {
				break
			}
			j += size
		}
		before := len(d.Start)
		splitChunk(d, text, i, j)
		if len(d.Start) > before && sentenceEnds(d, text, before, j) {
			endSentence()
		}
		i = j
	}
	endSentence()
}

// maxSentence bounds a sentence's words so that no input makes one
// sentence cost more than its share: a longer run is cut.
const maxSentence = 400

// isSpace reports white space, including the no-break space and zero
// width characters that separate nothing.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == 0 || r == '\u200b' || r == '\ufeff'
}

// paragraphBreak reports whether the newline at i ends a sentence: a
// blank line follows, or the line it ends is a heading (no final
// punctuation) and the next starts with a capital.
func paragraphBreak(text string, i int) bool {
	j := i + 1
	for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
		j++
	}
	if j >= len(text) || text[j] == '\n' {
		return true
	}
	// The line before: its last non-space byte.
	k := i - 1
	for k >= 0 && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r') {
		k--
	}
	if k < 0 {
		return false
	}
	switch text[k] {
	case ',', ';', '-', '(', '&':
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	if !unicode.IsUpper(r) && r != '"' && r != '\'' && r != '\u201c' {
		return false
	}
	// A heading or a line with its own full stop.
	switch text[k] {
	case '.', '!', '?', ':', '"', '\'':
		return true
	}
	// A short line with no final punctuation is a heading; a long one is
	// wrapped prose.
	lineStart := k
	for lineStart > 0 && text[lineStart-1] != '\n' {
		lineStart--
	}
	return k-lineStart < 90
}

// sentenceEnds reports whether the words from first on, which end a
// chunk ending at end, close a sentence: a full stop, question or
// exclamation mark (perhaps with closing quotes) before a word that
// starts with a capital, a digit or an opening quote; or the sentence is
// at its length bound.
func sentenceEnds(d *Doc, text string, first, end int) bool {
	n := len(d.Start)
	if n-int(sentStartOf(d)) >= maxSentence {
		return true
	}
	last := n - 1
	for last >= first && isClosing(text[d.Start[last]:d.End[last]]) {
		last--
	}
	if last < first {
		return false
	}
	w := text[d.Start[last]:d.End[last]]
	if !isFinal(w) {
		return false
	}
	// What follows.
	j := end
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !isSpace(r) {
			break
		}
		j += size
	}
	if j >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	if w == "." && last > 0 && int(d.Start[last]) == int(d.End[last-1]) {
		// "Mr." is one word; a full stop split from a short capital
		// word ("St", "Dr") is not one that ends a sentence either.
		if abbreviation(text[d.Start[last-1]:d.End[last-1]]) {
			return false
		}
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r) || isOpening(r)
}

func sentStartOf(d *Doc) int32 {
	if len(d.Sents) == 0 {
		return 0
	}
	return d.Sents[len(d.Sents)-1].End
}

func isFinal(w string) bool {
	switch w {
	case ".", "!", "?", "...", "…", "?!", "!?":
		return true
	}
	if len(w) > 1 && (w[0] == '.' || w[0] == '!' || w[0] == '?') {
		for i := 0; i < len(w); i++ {
			if w[i] != '.' && w[i] != '!' && w[i] != '?' {
				return false
			}
		}
		return true
	}
	return false
}

func isClosing(w string) bool {
	switch w {
	case "\"", "'", ")", "]", "}", "\u201d", "\u2019", "''":
		return true
	}
	return false
}

func isOpening(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '\u201c', '\u2018':
		return true
	}
	return false
}
