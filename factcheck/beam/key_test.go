package beam

import (
	"testing"
	"time"

	"github.com/veracity-go/veracity/claims"
)

func TestNormalizeName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Acme", "acme"},
		{"ACME Corp.", "acme"},
		{"Acme's", "acme"},
		{"Acme\u2019s", "acme"},
		{"Acme Holdings plc", "acme"},
		{"Marks & Spencer Group", "marks-spencer"},
		{"Forth Road Bridge", "forth-road-bridge"},
		{"Group", "group"}, // a name is never emptied
		{"  ", ""},
	} {
		if got := NormalizeName(tc.in); got != tc.want {
			t.Errorf("NormalizeName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestKeyOf(t *testing.T) {
	published := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	set := &claims.Set{
		Document: claims.Document{Published: published, Text: "Sales rose. The cost was high, said a buyer at Tesco."},
		Entities: []claims.Entity{{ID: "acme-corp", Name: "Acme Corp"}, {ID: "alaska", Name: "Alaska"}, {ID: "cost", Name: "cost"}, {ID: "sales", Name: "sales"}},
	}
	kb := &claims.Set{Entities: []claims.Entity{{ID: "alaska", Name: "Alaska"}}}
	money := claims.MustParseValue("£3.2bn")
	year := func(y int) claims.Value {
		return claims.Value{Kind: claims.KindTime, Start: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), End: time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC), Granularity: claims.GranularityYear}
	}
	march := claims.Value{Kind: claims.KindTime, Start: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), End: time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC), Granularity: claims.GranularityMonth}
	decade := claims.Value{Kind: claims.KindTime, Start: time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC), End: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range []struct {
		name  string
		c     claims.Claim
		undat bool // the article has no date
		want  Key
		ok    bool
	}{
		{"as_of year", claims.Claim{Subject: "acme-corp", Property: "revenue", Value: money, AsOf: year(2024)}, false,
			Key{"name:acme", "revenue", "2024"}, true},
		{"as_of month falls in its year", claims.Claim{Subject: "acme-corp", Property: "revenue", Value: money, AsOf: march}, false,
			Key{"name:acme", "revenue", "2024"}, true},
		{"as_of over years", claims.Claim{Subject: "acme-corp", Property: "revenue", Value: money, AsOf: decade}, false,
			Key{"name:acme", "revenue", "2010-01-01/2020-01-01"}, true},
		{"no as_of: the day of publication", claims.Claim{Subject: "acme-corp", Property: "revenue", Value: money}, false,
			Key{"name:acme", "revenue", "published:2025-03-01"}, true},
		{"a time with no as_of is timeless", claims.Claim{Subject: "acme-corp", Property: "founded", Value: year(1990)}, false,
			Key{"name:acme", "founded", "timeless"}, true},
		{"linked to the knowledge base", claims.Claim{Subject: "alaska", Property: "population", Value: claims.MustParseValue("733000")}, false,
			Key{"kb:alaska", "population", "published:2025-03-01"}, true},
		{"undefined subject: its id, a name when written with a capital", claims.Claim{Subject: "tesco", Property: "staff", Value: claims.MustParseValue("12000")}, false,
			Key{"name:tesco", "staff", "published:2025-03-01"}, true},
		{"a common noun is no referent", claims.Claim{Subject: "cost", Property: "amount", Value: money}, false, Key{}, false},
		{"nor a lower-case name the text never capitalizes", claims.Claim{Subject: "sales", Property: "amount", Value: money}, false, Key{}, false},
		{"negated, no value", claims.Claim{Subject: "acme-corp", Property: "merger", Modality: claims.ModalityNegated}, false,
			Key{"name:acme", "merger", "published:2025-03-01"}, true},
		{"no date to scope it", claims.Claim{Subject: "acme-corp", Property: "revenue", Value: money}, true, Key{}, false},
		{"unknown", claims.Claim{Subject: "acme-corp", Property: "revenue", Modality: claims.ModalityUnknown}, false, Key{}, false},
		{"asserted without a value", claims.Claim{Subject: "acme-corp", Property: "revenue"}, false, Key{}, false},
		{"a statement", claims.Claim{Subject: "acme-corp", Property: "statement", Value: claims.Value{Kind: claims.KindText, Text: "Acme grew"}}, false, Key{}, false},
		{"no subject", claims.Claim{Property: "revenue", Value: money}, false, Key{}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := set
			if tc.undat {
				cp := *set
				cp.Document.Published = time.Time{}
				s = &cp
			}
			got, ok := KeyOf(&tc.c, s, kb)
			if got != tc.want || ok != tc.ok {
				t.Errorf("KeyOf = %+v, %v; want %+v, %v", got, ok, tc.want, tc.ok)
			}
			if ok {
				back, err := ParseKey(got.String())
				if err != nil || back != got {
					t.Errorf("ParseKey(%q) = %+v, %v", got.String(), back, err)
				}
			}
		})
	}
}

func TestParseKeyErrors(t *testing.T) {
	for _, s := range []string{"", "a\tb", "a\tb\tc\td", "\tb\tc"} {
		if _, err := ParseKey(s); err == nil {
			t.Errorf("ParseKey(%q): no error", s)
		}
	}
}

func TestCappedInSentence(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"Acme's revenue rose. Shares in Acme fell.", "acme", true},
		{"Acme's revenue rose.", "acme", false},                // only at the start of a sentence
		{"Title\nAcme rose", "acme", false},                    // the start of a line
		{"He said: Acme rose", "acme", false},                  // after a colon
		{"shares in Acmeco rose", "acme", false},               // part of a word
		{"shares in Acme, the maker", "acme", true},            // followed by a comma
		{"the cost of Cost Plus", "cost", true},                // a name that is also a word
		{"Sales rose. Sales fell! Sales? yes", "sales", false}, // always at sentence start
		{"", "acme", false},
		{"Acme", "", false},
	} {
		if got := cappedInSentence(tc.text, tc.name); got != tc.want {
			t.Errorf("cappedInSentence(%q, %q) = %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
}
