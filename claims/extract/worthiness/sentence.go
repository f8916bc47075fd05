package worthiness

import (
	"unicode"
	"unicode/utf8"
)

// A Sentence is the input to a [Model]: the text of one sentence and,
// optionally, its analysis. Only Text is required; Words, when given,
// replaces the package's own tokenization. UPOS, Heads and Rels are the
// syntax layer's per-word arrays (universal part of speech, 1-based head
// index with 0 for the root, dependency relation), each either nil or as
// long as Words; a model trained without them ignores them, and a model
// trained with them uses them when present.
//
// A Sentence is a value; the Model does not keep or modify it.
type Sentence struct {
	Text  string
	Words []string
	UPOS  []string
	Heads []int
	Rels  []string
}

// Tokenize splits text into words and punctuation the way the features
// read it: "We've lost $800,000 (5.2%)." is We've, lost, $, 800,000, (,
// 5.2, %, ), and a full stop. Apostrophes and hyphens inside a word, and
// commas and points inside a number, stay in it; curly quotes and
// apostrophes count as straight ones.
func Tokenize(text string) []string {
	return appendTokens(nil, text, -1)
}

// appendTokens appends the tokens of text to out, at most limit of them
// when limit >= 0.
func appendTokens(out []string, text string, limit int) []string {
	i := 0
	for i < len(text) && (limit < 0 || len(out) < limit) {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == ' ' || r == '\n' || r == '\t' || r == '\r' || r >= utf8.RuneSelf && unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := wordEnd(text, i+n)
			out = append(out, text[i:j])
			i = j
		default:
			out = append(out, text[i:i+n])
			i += n
		}
	}
	return out
}

// wordEnd returns the end of the word that goes on at j.
func wordEnd(text string, j int) int {
	for j < len(text) {
		r, n := rune(text[j]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[j:])
		}
		if isWordRune(r) {
			j += n
			continue
		}
		// an inner joiner: it's, well-known, 800,000, 5.2
		if isJoiner(r) && j+n < len(text) {
			r3, _ := utf8.DecodeRuneInString(text[j+n:])
			prev, _ := utf8.DecodeLastRuneInString(text[:j])
			if isWordRune(r3) && (r == '\'' || r == '’' || r == '-' || isDigit(prev) && isDigit(r3)) {
				j += n
				continue
			}
		}
		break
	}
	return j
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r) }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isJoiner(r rune) bool { return r == '\'' || r == '’' || r == '-' || r == ',' || r == '.' }
