package text

import "testing"

// FuzzTokens: whatever the text, the folded text is what Fold makes of
// it, tokens come in order, and each span is a non-empty range of the
// original on rune boundaries (tokens folded from one rune, as "1", "⁄"
// and "2" from "½", share its span).
func FuzzTokens(f *testing.F) {
	for _, s := range []string{
		"The Café’s bill rose 3.5% to £1,200.",
		"½ ﬁnance \xff\xfe ǅemal 192.168.1.2 U.K.'s",
		"Bush 's ... 'n' “quoted” — 17.03.2023",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		folded, m := FoldMapped(src, nil)
		if folded != Fold(src) {
			t.Fatalf("FoldMapped(%q) = %q, Fold = %q", src, folded, Fold(src))
		}
		boundary := make([]bool, len(src)+1) // where decoding src may start a rune
		for i := range src {
			boundary[i] = true
		}
		boundary[len(src)] = true
		var prev Token
		for tok := range Tokens(src, folded, m, nil) {
			if tok.Start < prev.Start || tok.End < prev.End || tok.Start >= tok.End || int(tok.End) > len(src) {
				t.Fatalf("%q: span [%d,%d) after [%d,%d)", src, tok.Start, tok.End, prev.Start, prev.End)
			}
			if tok.FoldStart < prev.FoldEnd || tok.FoldStart >= tok.FoldEnd || int(tok.FoldEnd) > len(folded) {
				t.Fatalf("%q: folded span [%d,%d) after [%d,%d)", src, tok.FoldStart, tok.FoldEnd, prev.FoldStart, prev.FoldEnd)
			}
			if !boundary[tok.Start] || !boundary[tok.End] {
				t.Fatalf("%q: span [%d,%d) not on rune boundaries", src, tok.Start, tok.End)
			}
			prev = tok
		}
	})
}

// TestTokensStop: a stop function that reports true ends the tokens.
func TestTokensStop(t *testing.T) {
	src := make([]byte, 3*StopBytes)
	for i := range src {
		src[i] = "ab "[i%3]
	}
	folded, m := FoldMapped(string(src), nil)
	calls, n := 0, 0
	for range Tokens(string(src), folded, m, func() bool { calls++; return true }) {
		n++
	}
	if calls != 1 || n == 0 || n >= len(src)/3 {
		t.Errorf("stopped after %d calls and %d tokens of %d", calls, n, len(src)/3)
	}
}
