package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/veracity-go/veracity/claims"
)

// alaskaKB is the small knowledge base of the flagship article.
func alaskaKB() *claims.Set {
	return &claims.Set{
		Entities: []claims.Entity{
			{ID: "anchorage", Name: "Anchorage", Kind: claims.EntityPlace, PartOf: []string{"alaska"}},
			{ID: "alaska", Name: "Alaska", Kind: claims.EntityPlace},
			{ID: "jber", Name: "Joint Base Elmendorf-Richardson", Kind: claims.EntityPlace, PartOf: []string{"anchorage"}},
			{ID: "summit", Name: "Trump–Putin summit", Kind: claims.EntityEvent, Aliases: []string{"summit", "meeting"}},
			{ID: "invasion", Name: "Russian invasion of Ukraine", Kind: claims.EntityEvent,
				Date:    claims.Value{Kind: claims.KindTime, Start: day(2022, 2, 24), End: day(2022, 2, 25), Granularity: claims.GranularityDay},
				Aliases: []string{"Moscow's invasion", "the invasion"}},
			{ID: "alaska-purchase", Name: "Alaska Purchase", Kind: claims.EntityEvent},
		},
		Properties: []claims.Property{
			{ID: "venue", Kind: claims.KindPlace, Cues: []string{"venue", "location", "take place in", "held in"}},
			{ID: "price", Kind: claims.KindMoney, Cues: []string{"sold", "price", "paid"}},
		},
	}
}

func readAlaska(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "articles", "alaska-summit.txt"))
	if err != nil {
		t.Skipf("flagship article not available: %v", err)
	}
	return string(b)
}

// TestAlaska runs the extractor over the flagship article with its
// knowledge base and checks what a fact-checker needs from it.
func TestAlaska(t *testing.T) {
	text := readAlaska(t)
	set, err := Extract(claims.Document{Text: text, Published: published}, alaskaKB())
	if err != nil {
		t.Fatal(err)
	}
	var got []c
	for i, x := range set.Claims {
		if want := "c" + string(rune('0'+(i+1)%10)); i < 9 && x.ID != want {
			t.Errorf("claim %d has id %q, want %q", i, x.ID, want)
		}
		if text[x.Span.Start:x.Span.End] != x.Text {
			t.Errorf("%s: span %v does not hold its text %q", x.ID, x.Span, x.Text)
		}
		if x.Worthiness < DefaultThreshold() || x.Property != claims.PropertyStatement && x.Worthiness < DefaultMinWorthiness {
			t.Errorf("%s (%s) kept with worthiness %.2f", x.ID, x.Property, x.Worthiness)
		}
		for _, bad := range []string{"naïve agreement", "horrendous"} {
			if strings.Contains(x.Text, bad) {
				t.Errorf("%s: a claim from an opinion: %q", x.ID, x.Text)
			}
		}
		v := ""
		if !x.Value.IsZero() {
			v = brief(x.Value)
		}
		got = append(got, c{x.Subject, x.Property, v, x.Modality.String(), x.Attribution})
	}
	want := []c{
		{"summit", "venue", "anchorage", "asserted", "two White House officials"},
		{"summit", "venue", "", "unknown", ""},
		{"summit", "venue", "jber", "asserted", ""},
		{"invasion", "time-since", "> 3.5 year", "asserted", ""},
		{"alaska-purchase", "price", "7200000 USD", "asserted", ""},
		{"alaska-purchase", "date", "1867-01-01..1868-01-01 year", "asserted", ""},
	}
	for _, w := range want {
		found := false
		for _, g := range got {
			if g == w {
				found = true
			}
		}
		if !found {
			t.Errorf("missing claim %+v", w)
		}
	}
	if t.Failed() {
		t.Logf("claims:\n%s", cmp.Diff(nil, got))
	}
	// the invasion claim speaks as of the publication date
	for _, x := range set.Claims {
		if x.Property == claims.PropertyTimeSince && !x.AsOf.Start.Equal(published) {
			t.Errorf("%s: as_of %v, want %v", x.ID, x.AsOf.Start, published)
		}
	}
	// relative times resolved against Wednesday 13 August 2025
	wantTimes := map[string]string{
		"on Friday":   "2025-08-15..2025-08-16 day",
		"on Tuesday":  "2025-08-12..2025-08-13 day",
		"on Monday":   "2025-08-11..2025-08-12 day",
		"on Saturday": "2025-08-09..2025-08-10 day",
	}
	seen := map[string]bool{}
	for _, x := range Mentions(claims.Document{Text: text, Published: published}, alaskaKB()) {
		if !x.Relative || x.Marker != "on" {
			continue
		}
		key := x.Marker + " " + x.Text
		want, ok := wantTimes[key]
		if !ok {
			continue
		}
		seen[key] = true
		if got := brief(x.Value); got != want {
			t.Errorf("%q at %v resolved to %s, want %s", key, x.Span, got, want)
		}
	}
	for k := range wantTimes {
		if !seen[k] {
			t.Errorf("no mention %q", k)
		}
	}
}

// TestClaimsWithKB checks claims from short paragraphs of several domains
// against small knowledge bases.
func TestClaimsWithKB(t *testing.T) {
	kb := &claims.Set{
		Entities: []claims.Entity{
			{ID: "acme", Name: "Acme Corp", Kind: claims.EntityOrganization, Aliases: []string{"Acme"}},
			{ID: "final", Name: "cup final", Kind: claims.EntityEvent, Aliases: []string{"the final"}},
			{ID: "wembley", Name: "Wembley Stadium", Kind: claims.EntityPlace, Aliases: []string{"Wembley"}},
			{ID: "cardiff", Name: "Cardiff", Kind: claims.EntityPlace},
			{ID: "festival", Name: "Edinburgh Festival", Kind: claims.EntityEvent, Aliases: []string{"the festival"}},
			{ID: "brexit", Name: "Brexit", Kind: claims.EntityEvent},
		},
		Properties: []claims.Property{
			{ID: "revenue", Kind: claims.KindMoney, Cues: []string{"revenue", "sales", "turnover"}},
			{ID: "venue", Kind: claims.KindPlace, Cues: []string{"venue", "held at", "held in", "take place at"}},
			{ID: "attendance", Kind: claims.KindCount, Cues: []string{"attended", "attendance", "visitors"}},
		},
	}
	tests := []struct {
		name, text string
		want       []c
	}{
		{"business", "Acme said its revenue rose to $4.5bn last year.",
			[]c{{"acme", "revenue", "4500000000 USD", "asserted", "Acme"}}},
		{"sport", "The final will take place at Wembley on Saturday. Officials said the venue had not been confirmed.",
			[]c{{"final", "venue", "wembley", "asserted", ""}, {"final", "date", "2025-08-16..2025-08-17 day", "asserted", ""},
				{"final", "venue", "", "unknown", "Officials"}}},
		{"culture", "The festival was attended by more than 2,000 visitors, organisers said.",
			[]c{{"festival", "attendance", "> 2000 visitor", "asserted", "organisers"}}},
		{"politics", "The vote came more than four years after Brexit.",
			[]c{{"brexit", "time-since", "> 4 year", "asserted", ""}}},
		{"negated", "Acme did not report revenue of $5m.",
			[]c{{"acme", "revenue", "5000000 USD", "negated", ""}}},
		{"hedged", "Acme may have sales of $2m.",
			[]c{{"acme", "revenue", "2000000 USD", "hedged", ""}}},
		{"question", "Will the final be held at Wembley?", nil},
		{"opinion", "The final at Wembley was a horrendous spectacle.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, claimsIn(tt.text, published, kb)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestOpenClaims checks claims without a knowledge base: open subjects
// and properties, keyed the same way for the same noun phrase.
func TestOpenClaims(t *testing.T) {
	tests := []struct {
		name, text string
		want       []c
	}{
		{"business", "Time Warner's quarterly profits rose 76% to $1.13bn from $639m.",
			[]c{{"time-warner", "quarterly-profit-change", "76 %", "asserted", ""}, {"time-warner", "quarterly-profit", "1130000000 USD", "asserted", ""}}},
		{"no entity", "Turnover rose 15% to £1.2bn.",
			[]c{{"turnover", "percent-change", "15 %", "asserted", ""}, {"turnover", "amount", "1200000000 GBP", "asserted", ""}}},
		{"sport", "The club's squad of 23 players has cost more than £500m, according to the BBC.",
			[]c{{"squad", "size", "23 member", "asserted", "BBC"}, {"squad", "cost", "> 500000000 GBP", "asserted", "BBC"}}},
		{"counts", "Trump made five known phone calls to Putin.",
			[]c{{"trump", "phone-call", "5 phone call", "asserted", ""}}},
		{"culture", "The Booker Prize was founded in 1969. Critics called the novel wonderful.",
			[]c{{"booker-prize", "founded", "1969-01-01..1970-01-01 year", "asserted", ""}}},
		{"unknown without a figure", "The cost of the stadium is not yet known.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, claimsIn(tt.text, published, nil)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestWorthinessThreshold(t *testing.T) {
	text := "The final at Wembley was a horrendous spectacle that cost £5m."
	all, _ := New(MinWorthiness(0)).Extract(claims.Document{Text: text, Published: published}, nil)
	kept, _ := Extract(claims.Document{Text: text, Published: published}, nil)
	if len(all.Claims) == 0 {
		t.Fatalf("MinWorthiness(0) kept no claim of %q", text)
	}
	for _, x := range all.Claims {
		if x.Worthiness < 0 || x.Worthiness > 1 {
			t.Errorf("worthiness %v out of [0, 1]", x.Worthiness)
		}
	}
	if len(kept.Claims) != 0 {
		t.Errorf("Extract kept %d claims of an opinion, want 0", len(kept.Claims))
	}
}

// TestDurationAtAPoint: a duration after "after", "within", "every" or
// "before" says when something happens, not how long a thing lasts, so
// it is no value of the thing's length beside the one stated.
func TestDurationAtAPoint(t *testing.T) {
	text := "The 42 bus between Darnford and Holm Cross is to return next month after the council agreed a two-year contract to run it. The contract includes a review after 12 months."
	set, err := Extract(claims.Document{Text: text}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range set.Claims {
		if c.Value.Kind == claims.KindDuration && c.Value.Amount == 12 {
			t.Errorf("claim %s/%s = %q from %q: a review after 12 months is no length", c.Subject, c.Property, c.Value.Text, c.Text)
		}
	}
}
