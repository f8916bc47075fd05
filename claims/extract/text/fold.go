package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Fold returns s normalized for matching: compatibility forms replaced
// (NFKC: "ﬁ" is "fi", "²" is "2"), case folded, accents removed ("naïve" is
// "naive"), curly quotes and apostrophes made straight and dashes made "-".
// Invalid UTF-8 bytes become spaces. Fold is what the extractor matches
// names, aliases and cues on; it is safe for concurrent use.
func Fold(s string) string {
	var f folder
	buf := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 {
			buf = append(buf, ' ')
		} else {
			buf = f.appendRune(buf, r)
		}
		i += w
	}
	return string(buf)
}

// A folder folds runes one at a time. Non-ASCII runes go through a
// normalization chain once and are cached. The zero folder is ready to use;
// it is not safe for concurrent use.
type folder struct {
	chain transform.Transformer
	cache map[rune]string
}

// appendRune appends the folded form of r to dst.
func (f *folder) appendRune(dst []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, byte(r))
	}
	switch r {
	case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u02bc', '\u0060', '\u00b4':
		return append(dst, '\'')
	case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb':
		return append(dst, '"')
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe58', '\ufe63', '\uff0d':
		return append(dst, '-')
	case '\u2026':
		return append(dst, "..."...)
	case '\u00a0', '\u2007', '\u202f':
		return append(dst, ' ')
	}
	if unicode.IsSpace(r) {
		return append(dst, ' ')
	}
	if s, ok := f.cache[r]; ok {
		return append(dst, s...)
	}
	if f.chain == nil {
		f.chain = transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), cases.Fold(), norm.NFC)
		f.cache = make(map[rune]string)
	}
	s, _, err := transform.String(f.chain, string(r))
	if err != nil {
		s = string(r)
	}
	// Folding must not produce quotes or dashes the fast path would have
	// mapped differently; normalize those once more.
	if strings.ContainsAny(s, "\u2019\u2013\u2014") {
		s = strings.NewReplacer("\u2019", "'", "\u2013", "-", "\u2014", "-").Replace(s)
	}
	if len(f.cache) < 4096 {
		f.cache[r] = s
	}
	return append(dst, s...)
}

// A seg records where the folded text stops mapping byte for byte onto the
// original: the original runes [o0, o1) became folded bytes [f0, f1).
type seg struct{ f0, f1, o0, o1 int32 }

// Map maps folded offsets back to the original text. Queries must come
// in non-decreasing order of offset.
type Map struct {
	segs []seg
	k    int
}

// Orig maps folded offset f to an original offset. A boundary that falls
// inside the folding of one original rune is moved to that rune's start
// (for a start) or end (for an end), so spans stay on rune boundaries.
func (m *Map) Orig(f int32, end bool) int32 {
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

// FoldMapped folds text as [Fold] does, returning the folded text and
// its map back to text. A non-nil stop is called every [StopBytes] bytes
// of text; when it reports true, FoldMapped gives up with what it folded
// so far.
func FoldMapped(text string, stop func() bool) (string, *Map) {
	var f folder
	buf := make([]byte, 0, len(text)+len(text)/16)
	m := &Map{}
	next := StopBytes
	for i := 0; i < len(text); {
		if i >= next && stop != nil {
			if stop() {
				break
			}
			next = i + StopBytes
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
