package text

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Kind is the kind of a token.
type Kind uint8

const (
	Word   Kind = iota + 1 // letters, with inner apostrophes: "don't"
	Number                 // ASCII digits with inner "." and thousands ",": "3.5", "1,234"
	Punct                  // one rune of punctuation or symbol; "'s" of a possessive
)

// Flags say how a token is written and what space comes before it.
type Flags uint8

const (
	Cap     Flags = 1 << iota // first letter upper case in the original
	Upper                     // every letter upper case, at least two letters
	Space                     // white space before the token
	Newline                   // a line break before the token
	Para                      // a blank line before the token
)

// A Token is a word, number or punctuation mark, with its span in the
// original text and in the folded text.
type Token struct {
	Start, End         int32 // bytes of the original text
	FoldStart, FoldEnd int32 // bytes of the folded text
	Kind               Kind
	Flags              Flags
}

// Has reports whether the token has any flag of f.
func (t Token) Has(f Flags) bool { return t.Flags&f != 0 }

// Glued reports whether the token follows the previous one without space.
func (t Token) Glued() bool { return t.Flags&(Space|Newline) == 0 }

// StopBytes is how many bytes [FoldMapped] and [Tokens] work through
// between calls of their stop function.
const StopBytes = 1 << 16

// Tokens splits the folded text into tokens with spans in both texts:
// folded and m are what [FoldMapped] made of text. A non-nil stop is
// called every [StopBytes] bytes; when it reports true, the sequence
// ends with the tokens so far.
func Tokens(text, folded string, m *Map, stop func() bool) iter.Seq[Token] {
	return func(yield func(Token) bool) {
		var flags Flags
		var prevEnd int32 // the folded end of the token before
		n := len(folded)
		dotChain := 0 // the end of a run of figures and points being split
		next := StopBytes
		for p := 0; p < n; {
			if p >= next && stop != nil {
				if stop() {
					return
				}
				next = p + StopBytes
			}
			c := folded[p]
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
				flags |= Space
				if c == '\n' {
					if flags&Newline != 0 {
						flags |= Para
					}
					flags |= Newline
				}
				p++
				continue
			}
			start := p
			var kind Kind
			r, w := rune(c), 1
			if c >= utf8.RuneSelf {
				r, w = utf8.DecodeRuneInString(folded[p:])
			}
			switch {
			case '0' <= c && c <= '9', c == '.' && p+1 < n && isDigit(folded[p+1]) && leadingPoint(folded, p):
				kind = Number
				if p < dotChain {
					p = digitRun(folded, p)
					break
				}
				p = scanNumber(folded, p)
				if dots(folded[start:p]) >= 2 && !strings.Contains(folded[start:p], ",") {
					// "192.168.1.2", "17.03.2023": figures between points
					dotChain = p
					p = digitRun(folded, start)
				}
			case IsLetter(r):
				kind = Word
				p = scanWord(folded, p)
			case c == '\'' && p+1 < n && folded[p+1] == 's' && (p+2 == n || !isLetterAt(folded, p+2)) && prevEnd == int32(p) && p > 0:
				kind = Punct // possessive 's
				p += 2
			default:
				if unicode.IsSpace(r) {
					flags |= Space
					p += w
					continue
				}
				kind = Punct
				p += w
			}
			t := Token{FoldStart: int32(start), FoldEnd: int32(p), Kind: kind, Flags: flags}
			t.Start = m.Orig(t.FoldStart, false)
			t.End = m.Orig(t.FoldEnd, true)
			if kind == Word {
				t.Flags |= caseFlags(text[t.Start:t.End])
			}
			if !yield(t) {
				return
			}
			prevEnd = t.FoldEnd
			flags = 0
		}
	}
}

// scanNumber returns the end of the number starting at p: ASCII digits with
// inner decimal points and thousands separators followed by three digits.
func scanNumber(s string, p int) int {
	n := len(s)
	start := p
	for p < n {
		c := s[p]
		switch {
		case '0' <= c && c <= '9':
			p++
		case c == '.' && p+1 < n && isDigit(s[p+1]):
			p++
		case c == ',' && p+3 < n && isDigit(s[p+1]) && isDigit(s[p+2]) && isDigit(s[p+3]) && (p+4 == n || !isDigit(s[p+4])):
			p++
		case c == ',' && p+2 < n && isDigit(s[p+1]) && isDigit(s[p+2]) && indianTail(s, p):
			p++ // "12,34,567"
		case c == ',' && p+1 < n && isDigit(s[p+1]) && europeanTail(s, start, p):
			p++ // "1.111,11"
		default:
			return p
		}
	}
	return p
}

// leadingPoint reports whether the point at p starts a figure, ".08":
// it follows white space, an opening bracket or a currency sign.
func leadingPoint(s string, p int) bool {
	if p == 0 {
		return true
	}
	switch s[p-1] {
	case ' ', '\t', '\n', '(', '$', '-':
		return true
	}
	return false
}

// digitRun returns the end of the ASCII digits at p, after a leading
// point.
func digitRun(s string, p int) int {
	if p < len(s) && s[p] == '.' {
		p++
	}
	for p < len(s) && isDigit(s[p]) {
		p++
	}
	return p
}

// dots counts the points in a figure.
func dots(s string) int {
	k := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			k++
		}
	}
	return k
}

// indianTail reports whether the comma at p starts the Indian grouping of
// a figure: groups of two digits and a last group of three, "12,34,567".
func indianTail(s string, p int) bool {
	for p+2 < len(s) && s[p] == ',' && isDigit(s[p+1]) && isDigit(s[p+2]) {
		if p+3 < len(s) && isDigit(s[p+3]) {
			return p+4 == len(s) || !isDigit(s[p+4])
		}
		p += 3
	}
	return false
}

// europeanTail reports whether the comma at p is the decimal comma of a
// figure grouped with points, "1.111,11": the figure so far is one to
// three digits and groups of three after points, and one or two digits
// follow the comma.
func europeanTail(s string, start, p int) bool {
	k := p + 1
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	if k-p-1 > 2 || k < len(s) && (s[k] == '.' || s[k] == ',') && k+1 < len(s) && isDigit(s[k+1]) {
		return false
	}
	g := 0 // digits in the current group
	groups := 0
	for i := start; i < p; i++ {
		if s[i] == '.' {
			if groups == 0 && (g < 1 || g > 3) || groups > 0 && g != 3 {
				return false
			}
			groups++
			g = 0
			continue
		}
		if !isDigit(s[i]) {
			return false
		}
		g++
	}
	return groups > 0 && g == 3
}

// scanWord returns the end of the word starting at p. Inner apostrophes
// stay ("don't", "o'brien") except a final possessive "'s".
func scanWord(s string, p int) int {
	n := len(s)
	for p < n {
		c := s[p]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				p++
				continue
			case c == '\'' && p+1 < n && isLetterAt(s, p+1):
				if s[p+1] == 's' && (p+2 == n || !isLetterAt(s, p+2)) {
					return p
				}
				p++
				continue
			}
			return p
		}
		r, w := utf8.DecodeRuneInString(s[p:])
		if !IsLetter(r) && !unicode.IsMark(r) && !unicode.IsDigit(r) {
			return p
		}
		p += w
	}
	return p
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// IsLetter reports whether r is a letter as the tokenizer reads one.
func IsLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isLetterAt(s string, p int) bool {
	c := s[p]
	if c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[p:])
	return IsLetter(r)
}

// caseFlags returns Cap and Upper for a word as written. A lower-case
// letter settles both, so most words are decided by their first byte.
func caseFlags(w string) Flags {
	var f Flags
	letters := 0
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z':
				return f
			case 'A' <= c && c <= 'Z':
				letters++
				if i == 0 {
					f |= Cap
				}
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		if r == utf8.RuneError || !unicode.IsLetter(r) {
			continue
		}
		if !unicode.IsUpper(r) && !unicode.IsTitle(r) {
			return f
		}
		letters++
		if i == size {
			f |= Cap
		}
	}
	if letters >= 2 {
		f |= Upper
	}
	return f
}
