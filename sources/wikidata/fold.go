package wikidata

import (
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Fold returns the form of a name that matching uses: case folded,
// accents removed, dashes and apostrophes made plain, spaces collapsed.
// "São Paulo" and "SAO PAULO" fold alike. It is safe for concurrent use.
func Fold(s string) string {
	if f, ok := foldASCII(s); ok {
		return f
	}
	t := transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	out = cases.Fold().String(out)
	var b strings.Builder
	space := false
	for _, r := range out {
		switch r {
		case '\u2018', '\u2019', '\u02bc':
			r = '\''
		case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
			r = '-'
		}
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// foldASCII is Fold for ASCII text, without x/text: most names are.
func foldASCII(s string) (string, bool) {
	lower, spaces := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			return "", false
		case c >= 'A' && c <= 'Z':
			lower = false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' '), c == '\t', c == '\n', c == '\r', c == '\v', c == '\f':
			spaces = true
		}
	}
	if lower && !spaces {
		return s, true
	}
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			space = len(b) > 0
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return string(b), true
}
