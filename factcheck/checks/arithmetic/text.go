package arithmetic

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A sentence is a byte range of the document, with the paragraph it is
// in.
type sentence struct {
	start, end int
	para       int
}

// abbreviations end in a period that does not end a sentence.
var abbreviations = wordSet(`mr mrs ms dr st no co ltd inc corp plc vs v prof gen col sgt lt rev jr sr
	fig approx est dept govt univ jan feb mar apr jun jul aug sep sept oct nov dec mt ft
	e.g i.e etc u.s u.k a.m p.m`)

// splitSentences splits text into paragraphs, at blank lines (or at every
// line break in a text without blank lines), and paragraphs into
// sentences, after ".", "!" or "?" followed by a space and an upper-case
// letter, a digit or a quote. It is deliberately simple: a sentence that
// is split in two loses a relation, it does not invent one.
func splitSentences(text string) []sentence {
	var out []sentence
	blank := strings.Contains(text, "\n\n") || strings.Contains(text, "\n\r\n")
	para := 0
	start := 0
	emit := func(end int) {
		s, e := trimSpan(text, start, end)
		if e > s {
			out = append(out, sentence{start: s, end: e, para: para})
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' {
			rest := text[i+1:]
			if !blank || strings.HasPrefix(strings.TrimLeft(rest, " \t\r"), "\n") {
				emit(i + 1)
				para++
			}
			continue
		}
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(text) && strings.IndexByte(`.!?"')]`, text[j]) >= 0 {
			j++
		}
		if j < len(text) && strings.HasPrefix(text[j:], "\u201d") {
			j += len("\u201d")
		}
		if j >= len(text) || !isSpace(text[j]) {
			continue
		}
		k := j
		for k < len(text) && isSpace(text[k]) {
			k++
		}
		if k >= len(text) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '"' && r != '\u201c' && r != '\'' && r != '\u2018' && r != '£' && r != '$' && r != '€' {
			continue
		}
		if c == '.' && abbreviation(text[:i]) {
			continue
		}
		emit(j)
	}
	emit(len(text))
	return out
}

// abbreviation reports whether the text before a period ends in an
// abbreviation or an initial.
func abbreviation(before string) bool {
	i := len(before)
	for i > 0 {
		r, w := utf8.DecodeLastRuneInString(before[:i])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		i -= w
	}
	w := strings.ToLower(before[i:])
	if w == "" {
		return false
	}
	if utf8.RuneCountInString(w) == 1 {
		return true // an initial: "J. K. Rowling"
	}
	return abbreviations[w]
}

// trimSpan narrows [s, e) of text to exclude surrounding white space.
func trimSpan(text string, s, e int) (int, int) {
	for s < e && isSpace(text[s]) {
		s++
	}
	for e > s && isSpace(text[e-1]) {
		e--
	}
	return s, e
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// norm returns s lower-cased, with curly quotes and apostrophes made
// straight, dashes made "-" and runs of white space made one space, for
// matching the words between figures.
func norm(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch r {
		case '\u2018', '\u2019', '\u02bc':
			r = '\''
		case '\u201c', '\u201d':
			r = '"'
		case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
			r = '-'
		}
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

// words splits normalized text into words: runs of letters, digits,
// apostrophes and inner hyphens. Punctuation is dropped.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '-'
	})
}

// containsAny reports whether s contains any of subs.
func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// wordSet makes a set of the space-separated words of s.
func wordSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
