package claimreview

import (
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// foldString returns s case-folded. A Caser is stateful, so each call makes
// its own.
func foldString(s string) string { return cases.Fold().String(s) }

// letterMap spells letters that have no decomposition into a base letter
// and a mark.
var letterMap = map[rune]string{
	'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'æ': "ae", 'Æ': "ae",
	'œ': "oe", 'Œ': "oe", 'ı': "i", 'þ': "th", 'ð': "d",
}

// isApostrophe reports whether r is an apostrophe or a single quote as
// typesetters and keyboards write it.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', '′', '`', '´':
		return true
	}
	return false
}

// plain returns s case-folded, without accents, with every quote, dash and
// other punctuation or symbol replaced by a space, and with apostrophes
// inside words removed ("Don’t" is "dont"). Runs of spaces collapse to one;
// the result has none at either end. With numbers, a point between digits
// is kept and a comma between digits dropped: "$1,200.5" is "1200.5".
func plain(s string, numbers bool) string {
	s = foldString(norm.NFD.String(s))
	var b strings.Builder
	b.Grow(len(s))
	space := true // suppress leading spaces
	prevLetter := false
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue // a combining accent
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if m, ok := letterMap[r]; ok {
				b.WriteString(m)
			} else {
				b.WriteRune(r)
			}
			space, prevLetter = false, true
			continue
		case isApostrophe(r) && prevLetter && i+1 < len(rs) && unicode.IsLetter(rs[i+1]):
			continue // inside a word: drop it
		case numbers && (r == '.' || r == ',') && i > 0 && i+1 < len(rs) &&
			isDigit(rs[i-1]) && isDigit(rs[i+1]):
			if r == '.' {
				b.WriteByte('.')
			}
			continue
		}
		prevLetter = false
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return norm.NFC.String(strings.TrimSuffix(b.String(), " "))
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }
