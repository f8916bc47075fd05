package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/veracity-go/veracity/claims"
)

// TestOpenAges covers a person's age as news gives it, without a
// knowledge base: the person is the subject, so that two ages of one
// person meet in the value-conflict check; an age is presupposed, so it is
// asserted whatever the clause says; a figure that is not an age makes no
// age claim.
func TestOpenAges(t *testing.T) {
	tests := []struct {
		name, text string
		want       []c
	}{{
		name: "an appositive figure after a name",
		text: "John Smith, 54, was arrested.",
		want: []c{{"john-smith", "age", "54 year", "asserted", ""}},
	}, {
		name: "an age before the name, in a denial",
		text: "John Smith was arrested. The 45-year-old Smith denied it.",
		want: []c{{"john-smith", "age", "45 year", "asserted", ""}},
	}, {
		name: "in the speaker's relative clause",
		text: "Mary Jones said she would retire. Ms Jones, who is 58, said it was time.",
		want: []c{{"mary-jones", "age", "58 year", "asserted", ""}}, // the writer states it, not Ms Jones
	}, {
		name: "an appositive with a noun",
		text: "The charges were brought against Otis Ferry, a 22-year-old student.",
		want: []c{{"otis-ferry", "age", "22 year", "asserted", ""}},
	}, {
		name: "'the N-year-old' as a noun phrase of its own: the one person named before",
		text: "Edith Marsh was honoured on Tuesday. The 103-year-old said the secret was hard work.",
		want: []c{{"edith-marsh", "age", "103 year", "asserted", ""}},
	}, {
		name: "'the N-year-old' after two people named: no one's",
		text: "John Smith and Mary Jones were arrested. The 52-year-old was released.",
		want: nil,
	}, {
		name: "an ordinal birthday of the one person named before",
		text: "Edith Marsh celebrated her 101st birthday on Tuesday.",
		want: []c{{"edith-marsh", "age", "101 year", "asserted", ""}},
	}, {
		name: "a figure that is no age",
		text: "Arsenal beat Chelsea, 3, in the final.",
		want: nil,
	}, {
		name: "figures in a list of names are ranks",
		text: "Rory McIlroy, 2, and Tiger Woods, 5, were ranked.",
		want: nil,
	}, {
		name: "ages in a list of names",
		text: "John Smith, 54, and Mary Jones, 45, were charged.",
		want: []c{{"john-smith", "age", "54 year", "asserted", ""}, {"mary-jones", "age", "45 year", "asserted", ""}},
	}, {
		name: "a count after a name is no age",
		text: "John Smith, 54 others and the crew were rescued.",
		want: nil,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := claimsWhere(tt.text, func(x c) bool { return x.Property == PropertyAge })
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q: age claims (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestOpenAgeText checks that an age claim quotes the words that state it,
// not the clause around them.
func TestOpenAgeText(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"John Smith, 54, said his son was hurt.", "John Smith, 54"},
		{"Ms Jones, who is 58, said it was time.", "Jones, who is 58"},
		{"John Smith was arrested. The 45-year-old Smith denied it.", "45-year-old Smith"},
	} {
		s, err := Extract(claims.Document{Text: tt.text, Published: published}, nil)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range s.Claims {
			if c.Property == PropertyAge {
				got = append(got, c.Text)
				if tt.text[c.Span.Start:c.Span.End] != c.Text {
					t.Errorf("%q: span %v holds %q, not the claim's text %q", tt.text, c.Span, tt.text[c.Span.Start:c.Span.End], c.Text)
				}
			}
		}
		if diff := cmp.Diff([]string{tt.want}, got); diff != "" {
			t.Errorf("%q: age claim texts (-want +got):\n%s", tt.text, diff)
		}
	}
}
