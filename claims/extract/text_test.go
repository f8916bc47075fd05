package extract

import (
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/veracity-go/veracity/claims"
)

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Joint Base Elmendorf-Richardson", "joint-base-elmendorf-richardson"},
		{"King’s College London", "kings-college-london"},
		{"Zürich  AG", "zurich-ag"},
		{"phone call", "phone-call"},
	}
	for _, tt := range tests {
		if got := Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestSpansInOriginal checks that mention spans index the original text
// whatever folding did to it: accents, ligatures, curly quotes, fractions
// folding to several characters, invalid bytes.
func TestSpansInOriginal(t *testing.T) {
	kb := &claims.Set{Entities: []claims.Entity{{ID: "cafe", Name: "Café Crème", Kind: claims.EntityPlace}}}
	texts := []string{
		"The Café Crème’s ﬁnal bill was €1.5m on 17 March 2023.",
		"Prices rose ½ per cent — about 3½% — in Zürich’s “Q3 2024”.",
		"Bad \xff\xfe bytes: $5 million\xff and 12p.",
		"A\u0301ngel paid £30 on Friday.",
	}
	for _, text := range texts {
		ms := Mentions(claims.Document{Text: text, Published: published}, kb)
		if len(ms) == 0 {
			t.Errorf("%q: no mentions", text)
		}
		for _, x := range ms {
			if x.Span.Start < 0 || x.Span.End > len(text) || x.Span.Start >= x.Span.End {
				t.Fatalf("%q: span %v out of range", text, x.Span)
			}
			if got := text[x.Span.Start:x.Span.End]; got != x.Text {
				t.Errorf("%q: text[%d:%d] = %q, mention says %q", text, x.Span.Start, x.Span.End, got, x.Text)
			}
			if !utf8.ValidString(x.Text) || !utf8.RuneStart(text[x.Span.Start]) {
				t.Errorf("%q: mention %q not on rune boundaries", text, x.Text)
			}
		}
	}
	got := mentionsIn("The Café Crème’s bill was €1.5m.", published, kb)
	want := []m{{"Café Crème", "place", "cafe"}, {"€1.5m", "money", "1500000 EUR"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mentions (-want +got):\n%s", diff)
	}
}
