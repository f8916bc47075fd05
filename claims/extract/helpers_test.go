package extract

import (
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/veracity-go/veracity/claims"
)

// published is the flagship article's publication date, a Wednesday.
var published = time.Date(2025, 8, 13, 0, 0, 0, 0, time.UTC)

// m is a mention as tests compare it: its text, kind and value in short.
type m struct {
	Text, Kind, Val string
}

// brief writes a value compactly: "7200000 USD", "> 3.5 year",
// "2025-08-15..2025-08-16 day", "entity anchorage".
func brief(v claims.Value) string {
	switch {
	case v.Kind == claims.KindTime:
		if v.Start.IsZero() {
			return "unresolved " + v.Granularity.String()
		}
		return v.Start.Format("2006-01-02") + ".." + v.End.Format("2006-01-02") + " " + v.Granularity.String()
	case v.Kind.IsEntity():
		return v.Entity
	case v.Kind == claims.KindText:
		return v.Text
	}
	s := strconv.FormatFloat(v.Amount, 'g', 10, 64)
	if v.Unit != "" {
		s += " " + v.Unit
	}
	if v.Cmp != claims.CmpEqual {
		s = v.Cmp.String() + " " + s
	}
	return s
}

// mentionsIn returns the mentions of text published on pub, briefly.
func mentionsIn(text string, pub time.Time, kb *claims.Set) []m {
	var out []m
	for _, x := range Mentions(claims.Document{Text: text, Published: pub}, kb) {
		out = append(out, m{x.Text, x.Kind.String(), brief(x.Value)})
	}
	return out
}

// c is a claim as tests compare it.
type c struct {
	Subject, Property, Value, Modality, Attribution string
}

func claimsIn(text string, pub time.Time, kb *claims.Set) []c {
	s, err := Extract(claims.Document{Text: text, Published: pub}, kb)
	if err != nil {
		panic(err)
	}
	var out []c
	for _, x := range s.Claims {
		v := ""
		if !x.Value.IsZero() {
			v = brief(x.Value)
		}
		out = append(out, c{x.Subject, x.Property, v, x.Modality.String(), x.Attribution})
	}
	return out
}

// claimsWhere returns the claims extracted from text (published on
// published) that keep says a test is about.
func claimsWhere(text string, keep func(c) bool) []c {
	var out []c
	for _, x := range claimsIn(text, published, nil) {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

// A mentionCase is a text and the mentions expected in it.
type mentionCase struct {
	text string
	want []m
}

// wantMentions checks the mentions of each case's text, published on
// the tests' publication date, against those it expects.
func wantMentions(t *testing.T, tests []mentionCase) {
	t.Helper()
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, mentionsIn(tt.text, published, nil)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
	}
}
