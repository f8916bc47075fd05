package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind is the kind of a token.
type tokKind uint8

const (
	tWord  tokKind = iota + 1 // letters, with inner apostrophes: "don't"
	tNum                      // ASCII digits with inner "." and thousands ",": "3.5", "1,234"
	tPunct                    // one rune of punctuation or symbol; "'s" of a possessive
)

// Token flags.
const (
	fCap     uint8 = 1 << iota // first letter upper case in the original
	fUpper                     // every letter upper case, at least two letters
	fSpace                     // white space before the token
	fNewline                   // a line break before the token
	fPara                      // a blank line before the token
)

// A token is a word, number or punctuation mark, with its span in the
// original text and in the folded text.
type token struct {
	start, end int32 // bytes of the original text
	fs, fe     int32 // bytes of the folded text
	kind       tokKind
	flags      uint8
	lex        uint16 // lexical flags, lx…
	wid        int32  // vocabulary entry (vocab.go), 0 for words of no lexicon
}

func (t token) has(f uint8) bool { return t.flags&f != 0 }

// glued reports whether the token follows the previous one without space.
func (t token) glued() bool { return t.flags&(fSpace|fNewline) == 0 }

// A seg records where the folded text stops mapping byte for byte onto the
// original: the original runes [o0, o1) became folded bytes [f0, f1).
type seg struct{ f0, f1, o0, o1 int32 }

// textMap maps folded offsets back to the original text. Queries must come
// in non-decreasing order of offset.
type textMap struct {
	segs []seg
	k    int
}

// orig maps folded offset f to an original offset. A boundary that falls
// inside the folding of one original rune is moved to that rune's start
// (for a start) or end (for an end), so spans stay on rune boundaries.
func (m *textMap) orig(f int32, end bool) int32 {
	for m.k+1 < len(m.segs) && m.segs[m.k+1].f0 <= f {
		m.k++
	}
	if len(m.segs) == 0 || m.segs[m.k].f0 > f {
		return f // before any segment: identity
	}
	s := m.segs[m.k]
	switch {
	case f >= s.f1:
		return f - s.f1 + s.o1
	case f == s.f0:
		return s.o0
	case end:
		return s.o1
	}
	return s.o0
}

// fold folds text, returning the folded text and its map back.
func fold(text string) (string, *textMap) {
	return foldStop(text, nil)
}

// foldStop is fold calling stop every stopBytes bytes of text, and giving
// up, with what it folded so far, when it reports true.
func foldStop(text string, stop func() bool) (string, *textMap) {
	var f folder
	buf := make([]byte, 0, len(text)+len(text)/16)
	m := &textMap{}
	next := stopBytes
	for i := 0; i < len(text); {
		if i >= next && stop != nil {
			if stop() {
				break
			}
			next = i + stopBytes
		}
		if text[i] < utf8.RuneSelf {
			// a run of ASCII, lowered in place
			j := i + 1
			for j < len(text) && text[j] < utf8.RuneSelf {
				j++
			}
			n := len(buf)
			buf = append(buf, text[i:j]...)
			for k, c := range buf[n:] {
				if 'A' <= c && c <= 'Z' {
					buf[n+k] = c + ('a' - 'A')
				}
			}
			i = j
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		f0 := len(buf)
		if r == utf8.RuneError && w == 1 {
			buf = append(buf, ' ')
		} else {
			buf = f.appendRune(buf, r)
		}
		// Several folded tokens may come from one original rune ("½" is
		// "1⁄2"): they all map to the whole rune.
		if string(buf[f0:]) != text[i:i+w] {
			m.segs = append(m.segs, seg{int32(f0), int32(len(buf)), int32(i), int32(i + w)})
		}
		i += w
	}
	return string(buf), m
}

// tokenize splits the folded text into tokens with spans in both texts.
// The tokens are appended to dst[:0].
func tokenize(dst []token, text, folded string, m *textMap) []token {
	return tokenizeStop(dst, text, folded, m, nil)
}

// stopBytes is how many bytes fold and tokenize work through between
// calls of their stop function.
const stopBytes = 1 << 16

// tokenizeStop is tokenize calling stop every stopBytes bytes of text, and
// giving up, with the tokens so far, when it reports true.
func tokenizeStop(dst []token, text, folded string, m *textMap, stop func() bool) []token {
	toks := dst[:0]
	if n := len(folded)/5 + 1; cap(toks) < n {
		toks = make([]token, 0, n)
	}
	var flags uint8
	n := len(folded)
	dotChain := 0 // the end of a run of figures and points being split
	next := stopBytes
	for p := 0; p < n; {
		if p >= next && stop != nil {
			if stop() {
				return toks
			}
			next = p + stopBytes
		}
		c := folded[p]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			flags |= fSpace
			if c == '\n' {
				if flags&fNewline != 0 {
					flags |= fPara
				}
				flags |= fNewline
			}
			p++
			continue
		}
		start := p
		var kind tokKind
		r, w := rune(c), 1
		if c >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(folded[p:])
		}
		switch {
		case '0' <= c && c <= '9', c == '.' && p+1 < n && isDigit(folded[p+1]) && leadingPoint(folded, p):
			kind = tNum
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
		case isLetter(r):
			kind = tWord
			p = scanWord(folded, p)
		case c == '\'' && p+1 < n && folded[p+1] == 's' && (p+2 == n || !isLetterAt(folded, p+2)) && len(toks) > 0 && toks[len(toks)-1].fe == int32(p):
			kind = tPunct // possessive 's
			p += 2
		default:
			if unicode.IsSpace(r) {
				flags |= fSpace
				p += w
				continue
			}
			kind = tPunct
			p += w
		}
		t := token{fs: int32(start), fe: int32(p), kind: kind, flags: flags}
		t.start = m.orig(t.fs, false)
		t.end = m.orig(t.fe, true)
		if kind == tWord {
			t.flags |= caseFlags(text[t.start:t.end])
		}
		toks = append(toks, t)
		flags = 0
	}
	return toks
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
		if !isLetter(r) && !unicode.IsMark(r) && !unicode.IsDigit(r) {
			return p
		}
		p += w
	}
	return p
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isLetter(r rune) bool {
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
	return isLetter(r)
}

// caseFlags returns fCap and fUpper for a word as written. A lower-case
// letter settles both, so most words are decided by their first byte.
func caseFlags(w string) uint8 {
	var f uint8
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
					f |= fCap
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
			f |= fCap
		}
	}
	if letters >= 2 {
		f |= fUpper
	}
	return f
}
