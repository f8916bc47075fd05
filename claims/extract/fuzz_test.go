package extract

import (
	"testing"
	"unicode/utf8"

	"github.com/veracity-go/veracity/claims"
)

// checkSpan fails unless span lies in text on rune boundaries and holds
// want.
func checkSpan(t *testing.T, text string, sp claims.Span, want, what string) {
	t.Helper()
	if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
		t.Fatalf("%s %q: span %v outside the text (%d bytes)", what, want, sp, len(text))
	}
	if got := text[sp.Start:sp.End]; got != want {
		t.Fatalf("%s: text[%d:%d] = %q, but the text field says %q", what, sp.Start, sp.End, got, want)
	}
	if !boundary(text, sp.Start) || !boundary(text, sp.End) {
		t.Fatalf("%s %q: span %v not on rune boundaries", what, want, sp)
	}
}

// boundary reports whether i starts a rune of text, or ends it.
func boundary(text string, i int) bool {
	if i == 0 || i == len(text) {
		return true
	}
	for j := 0; j < len(text); {
		if j == i {
			return true
		}
		if j > i {
			return false
		}
		_, w := utf8.DecodeRuneInString(text[j:])
		j += w
	}
	return false
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Anchorage in the US state of Alaska is the venue for the upcoming meeting, two White House officials said.",
		"Alaska was a Russian colony from the 18th century until Czar Alexander II sold it to the US in 1867 for $7.2 million.",
		"It remains to be seen if the summit can result in a ceasefire more than three and a half years after Moscow’s invasion.",
		"“Ukrainians will not give their land,” Zelenskyy said on Saturday.",
		"Prices rose ½ per cent — about 3½% — in Zürich’s “Q3 2024”; U.S. e.g. J. K. Rowling.",
		"bad \xff\xfe bytes $5m\xff 12p 17/03/2023 2023-03-17",
		"A\u0301ngel paid £30 on Friday.\n\nHeadline\nNext line",
		"Between 20 and 30 people, £5-7m, 1 to 150p, 3–4%, >= 30; from Nov to March, between the end of 2007 and the end of 2008.",
		"John Smith, 54, and Mary Jones, who is 58, said the 45-year-old Smith would not; McIlroy, 2, and Woods, 5,",
		"A fortnight ago, 2 weeks and 2 days ago, earlier this month, at the weekend, more than 2 days before yesterday.",
		"Acme agreed a £3.2bn takeover of Beta.\n\nThe £2.3bn takeover, if it goes ahead, fell to 81 last year.\nFirm to cut 500 jobs",
	} {
		f.Add(s, true)
	}
	kb := alaskaKB()
	f.Fuzz(func(t *testing.T, text string, withKB bool) {
		k := kb
		if !withKB {
			k = nil
		}
		doc := claims.Document{Text: text, Published: published}
		for _, m := range Mentions(doc, k) {
			checkSpan(t, text, m.Span, m.Text, "mention")
		}
		set, err := New(MinWorthiness(0)).Extract(doc, k)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range set.Claims {
			checkSpan(t, text, c.Span, c.Text, "claim "+c.ID)
			if c.Worthiness < 0 || c.Worthiness > 1 {
				t.Fatalf("claim %s: worthiness %v", c.ID, c.Worthiness)
			}
		}
	})
}
