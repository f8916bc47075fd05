package syntax

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func words(text string) [][]string {
	var d Doc
	Tokenize(&d, text)
	var out [][]string
	for _, s := range d.Sents {
		var ws []string
		for i := s.Start; i < s.End; i++ {
			if w := d.Word(int(i)); w != text[d.Start[i]:d.End[i]] {
				panic("word is not its span")
			}
			ws = append(ws, d.Word(int(i)))
		}
		out = append(out, ws)
	}
	return out
}

func TestTokenize(t *testing.T) {
	for _, c := range []struct {
		text string
		want string // sentences on lines, words split by |
	}{
		{"Mr. Smith didn't pay $7.2 million for 1,200 homes.",
			"Mr.|Smith|did|n't|pay|$|7.2|million|for|1,200|homes|."},
		{`"It's over," she said. They'll go on 12 March.`,
			"\"|It|'s|over|,|\"|she|said|.\nThey|'ll|go|on|12|March|."},
		{"We cannot stop. You won't. I'm gonna try it.",
			"We|can|not|stop|.\nYou|wo|n't|.\nI|'m|gon|na|try|it|."},
		{"The long-term plan costs 3.5% more (about £12m) in the U.S. today.",
			"The|long|-|term|plan|costs|3.5|%|more|(|about|£|12m|)|in|the|U.S.|today|."},
		{"Send an e-mail to press@example.org or see https://example.org/a.",
			"Send|an|e-mail|to|press@example.org|or|see|https://example.org/a|."},
		{"Headline without a stop\n\nThe body starts here. Wait... what?",
			"Headline|without|a|stop\nThe|body|starts|here|.\nWait|...|what|?"},
		{"The workers' union met Dr. Jones at 10.30am on Friday.",
			"The|workers|'|union|met|Dr.|Jones|at|10.30am|on|Friday|."},
		{"The dividend rose to 13.5p. The board met at 9 a.m. on Friday.",
			"The|dividend|rose|to|13.5p|.\nThe|board|met|at|9|a.m.|on|Friday|."},
		{"Prices rose—sharply—in 2004-05.",
			"Prices|rose|—|sharply|—|in|2004-05|."},
		{"Bush 's plan , I 'm told , is n't new ; he ’s said so.",
			"Bush|'s|plan|,|I|'m|told|,|is|n't|new|;|he|’s|said|so|."},
	} {
		var got []string
		for _, s := range words(c.text) {
			got = append(got, strings.Join(s, "|"))
		}
		if diff := cmp.Diff(c.want, strings.Join(got, "\n")); diff != "" {
			t.Errorf("Tokenize(%q) (-want +got):\n%s", c.text, diff)
		}
	}
}

// TestTokenizeBounded: no input makes a sentence longer than the bound,
// and odd input gives words that are spans of it.
func TestTokenizeBounded(t *testing.T) {
	long := strings.Repeat("word ", 5000)
	var d Doc
	Tokenize(&d, long)
	if d.Len() != 5000 {
		t.Fatalf("%d words, want 5000", d.Len())
	}
	for _, s := range d.Sents {
		if s.End-s.Start > maxSentence {
			t.Errorf("sentence of %d words, want at most %d", s.End-s.Start, maxSentence)
		}
	}
	for _, text := range []string{"", "...", "!!!???", "\x00\x00", "\xff\xfe abc", "1 2 3 4 5", "日本語 テキスト。", "'''\"\"\"", "-", "a-", "-a", "'s", "n't"} {
		Tokenize(&d, text)
		for i := 0; i < d.Len(); i++ {
			if d.Start[i] >= d.End[i] || int(d.End[i]) > len(text) {
				t.Errorf("Tokenize(%q): word %d has span [%d,%d)", text, i, d.Start[i], d.End[i])
			}
		}
	}
}
