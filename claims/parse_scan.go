package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file splits value literals into tokens and reads comparator
// phrases. The scanner keeps byte offsets into the literal as written, so
// that [ScanNumber] and [ScanComparator] can tell the extractor how much of
// its text they read.

// maxLiteral is the longest value literal the parser reads, in bytes.
const maxLiteral = 1000

// tokKind is the kind of a litToken.
type tokKind uint8

const (
	tokWord tokKind = iota + 1 // letters: "million", "usd"
	tokNum                     // digits with separators: "1,234.5", "1e6"
	tokSym                     // one other rune: "$", "%", "½", "-" (a sign)
)

// A litToken is one word, number or symbol of a literal.
type litToken struct {
	kind tokKind
	// text is lowercased for words and as written otherwise.
	text string
	// start and end are byte offsets in the literal.
	start, end int
	// sep is what comes between the previous token and this one: 0 for
	// nothing (attached, or the first token), ' ' for white space and '-'
	// for a hyphen or dash.
	sep byte
}

// isDash reports whether r is a hyphen, dash or minus sign.
func isDash(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
		return true
	}
	return false
}

// isASCIIDigit reports whether b is 0 to 9.
func isASCIIDigit(b byte) bool { return '0' <= b && b <= '9' }

// tokenizeLiteral splits s into tokens. White space and dashes separate tokens
// and are recorded in sep; a dash right before a digit at the start, after
// white space or after a symbol is a minus sign, a tokSym "-".
func tokenizeLiteral(s string) []litToken { return appendLiteral(nil, s) }

// appendLiteral is tokenizeLiteral appending to toks, which lets a caller
// tokenize into an array of its own.
func appendLiteral(toks []litToken, s string) []litToken {
	var sep byte
	prevSym := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			sep = ' '
			i += size
		case isDash(r):
			atSign := len(toks) == 0 && sep == 0 || sep == ' ' || prevSym
			if atSign && signed(s[i+size:]) {
				toks = append(toks, litToken{kind: tokSym, text: "-", start: i, end: i + size, sep: sep})
				sep = 0
				prevSym = true
			} else if sep != ' ' {
				sep = '-'
			}
			i += size
		case r < utf8.RuneSelf && (isASCIIDigit(byte(r)) || r == '.' && i+1 < len(s) && isASCIIDigit(s[i+1])):
			j := scanDigits(s, i)
			toks = append(toks, litToken{kind: tokNum, text: s[i:j], start: i, end: j, sep: sep})
			sep, prevSym = 0, false
			i = j
		case unicode.IsLetter(r):
			j := i + size
			for j < len(s) {
				r2, size2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += size2
			}
			toks = append(toks, litToken{kind: tokWord, text: strings.ToLower(s[i:j]), start: i, end: j, sep: sep})
			sep, prevSym = 0, false
			i = j
		default:
			toks = append(toks, litToken{kind: tokSym, text: s[i : i+size], start: i, end: i + size, sep: sep})
			sep, prevSym = 0, true
			i += size
		}
	}
	return toks
}

// signed reports whether s, what follows a dash, starts with something a
// minus sign may stand before: a digit, a point or a currency symbol.
func signed(s string) bool {
	if s == "" {
		return false
	}
	if isASCIIDigit(s[0]) || s[0] == '.' {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	_, ok := currencySymbols[string(r)]
	return ok
}

// scanDigits returns the end of the number starting at s[i]: digits, with
// commas and points between digits and an optional exponent (e6, e-3).
func scanDigits(s string, i int) int {
	j := i
	for j < len(s) {
		c := s[j]
		switch {
		case isASCIIDigit(c):
			j++
		case (c == ',' || c == '.') && j+1 < len(s) && isASCIIDigit(s[j+1]):
			j++
		case c == 'e' || c == 'E':
			k := j + 1
			if k < len(s) && (s[k] == '+' || s[k] == '-') {
				k++
			}
			if k < len(s) && isASCIIDigit(s[k]) {
				for k < len(s) && isASCIIDigit(s[k]) {
					k++
				}
				return k
			}
			return j
		default:
			return j
		}
	}
	return j
}

// comparatorPhrases lists the comparator words and symbols a literal may
// start with. Longer phrases come before their prefixes.
//
// "nearly", "almost" and "close to" say the figure is approached from
// below; they are read as CmpAbout, whose band ([Value.Bounds]) is wide
// enough to take in the figures a reader would accept ("nearly three and a
// half years" is true of 3.4 years and false of 2).
var comparatorPhrases = []struct {
	phrase string
	cmp    Comparator
}{
	{">=", CmpAtLeast}, {"≥", CmpAtLeast}, {"<=", CmpAtMost}, {"≤", CmpAtMost},
	{">", CmpGreater}, {"<", CmpLess}, {"~", CmpAbout}, {"≈", CmpAbout}, {"=", CmpEqual},

	{"more than", CmpGreater}, {"greater than", CmpGreater}, {"just over", CmpGreater},
	{"well over", CmpGreater}, {"in excess of", CmpGreater}, {"upwards of", CmpGreater},
	{"over", CmpGreater}, {"above", CmpGreater},

	{"at least", CmpAtLeast}, {"no fewer than", CmpAtLeast}, {"no less than", CmpAtLeast},
	{"not less than", CmpAtLeast}, {"not fewer than", CmpAtLeast}, {"a minimum of", CmpAtLeast},

	{"fewer than", CmpLess}, {"less than", CmpLess}, {"just under", CmpLess},
	{"under", CmpLess}, {"below", CmpLess},

	{"at most", CmpAtMost}, {"up to", CmpAtMost}, {"no more than", CmpAtMost},
	{"not more than", CmpAtMost}, {"as many as", CmpAtMost}, {"as much as", CmpAtMost},
	{"a maximum of", CmpAtMost},

	{"approximately", CmpAbout}, {"approx.", CmpAbout}, {"approx", CmpAbout},
	{"about", CmpAbout}, {"around", CmpAbout}, {"roughly", CmpAbout}, {"some", CmpAbout},
	{"nearly", CmpAbout}, {"almost", CmpAbout}, {"close to", CmpAbout}, {"circa", CmpAbout},
	{"an estimated", CmpAbout},
}

// ScanComparator reads a comparator phrase at the start of s, such as
// "more than", "at least", "about", "nearly" or a symbol (">", ">=", "<",
// "<=", "~", "="), and returns its comparator and the number of bytes it
// took, white space after it included. It matches whole words only and
// ignores case; with no comparator phrase it returns CmpEqual and 0.
//
// Phrases and what they mean: more than, over, above, greater than (>); at
// least, no fewer than, no less than (>=); fewer than, less than, under,
// below (<); at most, up to, no more than (<=); about, around,
// approximately, roughly, some, nearly, almost, close to (~). "Nearly" and
// "almost" are read as about: see [Value.Bounds] for the band that gives.
//
// It is safe for concurrent use.
func ScanComparator(s string) (Comparator, int) {
	for _, p := range comparatorPhrases {
		n := len(p.phrase)
		if len(s) < n || !strings.EqualFold(s[:n], p.phrase) {
			continue
		}
		word := p.phrase[0] >= 'a' && p.phrase[0] <= 'z'
		rest := s[n:]
		trimmed := strings.TrimLeftFunc(rest, unicode.IsSpace)
		if word && (len(trimmed) == len(rest) || trimmed == "") {
			continue // "overall", "some" at the end
		}
		if !word && trimmed == "" {
			continue
		}
		return p.cmp, len(s) - len(trimmed)
	}
	return CmpEqual, 0
}

// normalizeLiteral lowercases s, turns dashes into "-" and runs of white space
// into one space, for the time patterns.
func normalizeLiteral(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range strings.TrimSpace(s) {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case isDash(r):
			r = '-'
		case r == '\u2019':
			r = '\''
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
