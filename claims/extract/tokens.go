package extract

import "github.com/veracity-go/veracity/claims/extract/text"

// A token is a token of package text with what the extractor's lexicons
// say of its word.
type token struct {
	text.Token
	lex uint16 // lexical flags, lx…
	wid int32  // vocabulary entry (vocab.go), 0 for words of no lexicon
}

// tokenize splits the folded text into tokens (text.Tokens), appended to
// dst[:0]; a non-nil stop gives up as text.Tokens does.
func tokenize(dst []token, src, folded string, m *text.Map, stop func() bool) []token {
	toks := dst[:0]
	if n := len(folded)/5 + 1; cap(toks) < n {
		toks = make([]token, 0, n)
	}
	for t := range text.Tokens(src, folded, m, stop) {
		toks = append(toks, token{Token: t})
	}
	return toks
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
