package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/veracity-go/veracity/claims"
)

// statements returns the statement claims of text, briefly.
func statements(text string) []c {
	return claimsWhere(text, func(x c) bool { return x.Property == claims.PropertyStatement })
}

func TestStatementClaims(t *testing.T) {
	tests := []struct {
		name, text string
		want       []c
	}{{
		name: "a check-worthy sentence without a figure",
		text: "The minister voted for the war, a spokesman said.",
		want: []c{{"", "statement", "The minister voted for the war", "asserted", "a spokesman"}},
	}, {
		name: "denied",
		text: "The company has not closed any factories in Wales since the merger.",
		want: []c{{"wales", "statement", "The company has not closed any factories in Wales since the merger", "negated", ""}},
	}, {
		name: "small talk is not",
		text: "Thank you all for coming tonight.",
	}, {
		name: "a question is not",
		text: "Did the minister vote for the war?",
	}, {
		name: "a direct quotation is the speaker's",
		text: `"We have seen this film before, and it does not end well," he said.`,
	}, {
		name: "scare quotes mark an opinion",
		text: `The minister said the price tag was "eye-watering" and that the war was lost.`,
	}, {
		name: "what may happen is not",
		text: "Analysts said the bank could close dozens of branches across the country.",
	}, {
		name: "a named person's belief is a statement",
		text: "Donald thinks that climate change is a hoax perpetrated by the Chinese.",
		want: []c{{"", "statement", "Donald thinks that climate change is a hoax perpetrated by the Chinese", "asserted", ""}},
	}, {
		name: "a pronoun's state of mind is not",
		text: "The club said it hoped to return to the Premiership in 2006.",
	}, {
		name: "a labelled line is a list",
		text: "Goals: Rooney 68, Dunne 75 og.",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, statements(tt.text)); diff != "" {
				t.Errorf("%q: statements (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestStatementOnlyWithoutClaims: a sentence that makes a typed claim makes
// no statement.
func TestStatementOnlyWithoutClaims(t *testing.T) {
	text := "Turnover rose 15% to £1.2bn last year, the firm said."
	all := claimsIn(text, published, nil)
	if len(all) == 0 {
		t.Fatalf("no claims of %q", text)
	}
	for _, x := range all {
		if x.Property == claims.PropertyStatement {
			t.Errorf("a statement beside the typed claims of %q: %+v", text, x)
		}
	}
}

func TestSentenceScores(t *testing.T) {
	text := "We have lost 800,000 manufacturing jobs since 2010. Thank you all for coming tonight. The minister voted for the war."
	set, ss := Sentences(claims.Document{Text: text, Published: published}, nil)
	if len(ss) != 3 {
		t.Fatalf("%d sentences, want 3: %+v", len(ss), ss)
	}
	thr := DefaultThreshold()
	for i, s := range ss {
		if text[s.Span.Start:s.Span.End] != s.Text {
			t.Errorf("sentence %d: span %v does not hold %q", i, s.Span, s.Text)
		}
		worthy := s.Worthiness >= thr
		if want := i != 1; worthy != want {
			t.Errorf("%q scored %.2f, threshold %.3f: want check-worthy=%v", s.Text, s.Worthiness, thr, want)
		}
		if got := len(s.Claims) > 0; got != worthy {
			t.Errorf("%q (%.2f) has claims %v", s.Text, s.Worthiness, s.Claims)
		}
		for _, id := range s.Claims {
			cl, ok := set.Claim(id)
			if !ok {
				t.Errorf("%q lists claim %s, not in the set", s.Text, id)
				continue
			}
			if cl.Span.Start < s.Span.Start || cl.Span.End > s.Span.End {
				t.Errorf("claim %s %v outside its sentence %v", id, cl.Span, s.Span)
			}
			if cl.Worthiness < s.Worthiness {
				t.Errorf("claim %s worthiness %.2f below its sentence's %.2f", id, cl.Worthiness, s.Worthiness)
			}
		}
	}
}

func TestMinWorthinessStatements(t *testing.T) {
	text := "The minister voted for the war. The council closed the library."
	doc := claims.Document{Text: text, Published: published}
	strict, _ := New(MinWorthiness(1)).Extract(doc, nil)
	if len(strict.Claims) != 0 {
		t.Errorf("MinWorthiness(1) kept %d claims", len(strict.Claims))
	}
	loose, _ := New(MinWorthiness(0)).Extract(doc, nil)
	if len(loose.Claims) != 2 {
		t.Errorf("MinWorthiness(0) made %d statements of two sentences, want 2", len(loose.Claims))
	}
	with, _ := New().With(MinWorthiness(1)).Extract(doc, nil)
	if len(with.Claims) != 0 {
		t.Errorf("With(MinWorthiness(1)) kept %d claims", len(with.Claims))
	}
	for _, x := range loose.Claims {
		if x.Value.Kind != claims.KindText || x.Value.Text != x.Text || !strings.HasPrefix(text[x.Span.Start:], x.Text) {
			t.Errorf("statement %s: value %+v, text %q", x.ID, x.Value, x.Text)
		}
	}
}
