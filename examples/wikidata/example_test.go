package wikidata_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks"
	"github.com/veracity-go/veracity/sources/wikidata"
)

// published is the article's publication date: ages are reckoned at it.
var published = time.Date(2015, 9, 1, 0, 0, 0, 0, time.UTC)

// importSample builds a knowledge base from the sample in t.TempDir.
func importSample(t *testing.T) *wikidata.KB {
	t.Helper()
	f, err := os.Open("testdata/sample.json.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	path := filepath.Join(t.TempDir(), "sample.kb")
	if _, err := wikidata.Import(context.Background(), f, path, wikidata.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	kb, err := wikidata.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { kb.Close() })
	return kb
}

// check links the article's names to the kb's items, extracts its claims
// with what the kb knows of them, and checks them: what `veracity check
// --kb KB` does.
func check(t *testing.T, kb *wikidata.KB) *factcheck.Report {
	t.Helper()
	text, err := os.ReadFile("article.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc := claims.Document{Text: string(text), Published: published}
	// names inside dates ("December" in "16 December 1770") stay unlinked
	var times []claims.Span
	for _, m := range extract.New().Mentions(doc, nil) {
		if m.Kind == claims.KindTime {
			times = append(times, m.Span)
		}
	}
	var items []string
	for _, l := range kb.Link(doc.Text) {
		inTime := false
		for _, s := range times {
			inTime = inTime || l.Start < s.End && s.Start < l.End
		}
		if l.Linked() && !inTime {
			items = append(items, l.Item)
		}
	}
	known := kb.Set(items, wikidata.SetOptions{})
	// a name no item has is kept, so that its claims stay unverified
	known.Entities = append(known.Entities, claims.Entity{ID: "eiffel-tower", Name: "Eiffel Tower"})
	set, err := extract.New(extract.KnowledgeBase(known)).Extract(doc, known)
	if err != nil {
		t.Fatal(err)
	}
	set.Entities = append(set.Entities, known.Entities...)
	set.Properties = append(set.Properties, known.Properties...)
	set.Sources = append(set.Sources, known.Sources...)
	set.Facts = append(set.Facts, known.Facts...)
	checker, err := factcheck.NewChecker(checks.Default)
	if err != nil {
		t.Fatal(err)
	}
	r, err := checker.Check(context.Background(), set)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestArticle: the verdicts a fact-checker expects of the article, each
// resting on Wikidata.
func TestArticle(t *testing.T) {
	r := check(t, importSample(t))
	want := []struct {
		text     string // the claim's text starts so
		property string
		rating   factcheck.Rating
		item     string // the item whose page the evidence links; "" for none
	}{
		{"Ludwig van Beethoven was born on 16 December 1770", "date-of-birth", factcheck.True, "Q255"},
		{"George Washington was born on 22 February 1732", "date-of-birth", factcheck.True, "Q23"},
		{"The Forth Bridge opened in 1890", "opened", factcheck.True, "Q275"},
		{"The Boeing 747 made its first flight on 9 February 1969", "first-flight", factcheck.True, "Q179"},
		{"Rome had a population of 2,864,348 in 2015", "population", factcheck.True, "Q220"},
		{"Larry Sanger was born in 1965", "date-of-birth", factcheck.False, "Q185"},
		{"Sebastián Piñera, 65", "age", factcheck.True, "Q306"},
		{"Larry Sanger, 52", "age", factcheck.False, "Q185"},
		{"The Eiffel Tower opened in 1889", "opened", factcheck.Unverified, ""},
	}
	for _, w := range want {
		found := false
		for i, c := range r.Claims {
			if !strings.HasPrefix(c.Text, w.text) || c.Property != w.property {
				continue
			}
			found = true
			v := r.Verdicts[i]
			if v.Rating != w.rating {
				t.Errorf("%q: %s (%s), want %s", w.text, v.Rating, v.Explanation, w.rating)
			}
			if w.item == "" {
				if len(v.Evidence) != 0 {
					t.Errorf("%q: evidence %v, want none", w.text, v.Evidence)
				}
				continue
			}
			if len(v.Evidence) == 0 {
				t.Errorf("%q: no evidence", w.text)
				continue
			}
			ev := v.Evidence[0]
			if ev.Source.Name != "Wikidata" || ev.Source.URL != "https://www.wikidata.org/wiki/"+w.item || ev.Source.Reliability != claims.ReliabilityB {
				t.Errorf("%q: evidence source %+v, want Wikidata (B) at the page of %s", w.text, ev.Source, w.item)
			}
		}
		if !found {
			t.Errorf("no %s claim %q among %d claims", w.property, w.text, len(r.Claims))
		}
	}
}

// TestPopulationOfItsYear: the population claim is checked against the
// statement of its own year; said of 2011, the same figure is false, as
// Wikidata gives 2,617,175 for 2011.
func TestPopulationOfItsYear(t *testing.T) {
	kb := importSample(t)
	set := kb.Set([]string{"Q220"}, wikidata.SetOptions{})
	year := func(y int) claims.Value {
		return claims.Value{Kind: claims.KindTime, Start: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC),
			End: time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC), Granularity: claims.GranularityYear}
	}
	set.Claims = []claims.Claim{
		{ID: "of-2015", Subject: "Q220", Property: "population", Value: claims.Value{Kind: claims.KindCount, Amount: 2864348}, AsOf: year(2015)},
		{ID: "of-2011", Subject: "Q220", Property: "population", Value: claims.Value{Kind: claims.KindCount, Amount: 2864348}, AsOf: year(2011)},
	}
	set.Document.Published = published
	checker, err := factcheck.NewChecker(nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := checker.Check(context.Background(), set)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := r.Verdict("of-2015"); v.Rating != factcheck.True {
		t.Errorf("2015: %s (%s), want true", v.Rating, v.Explanation)
	}
	if v, _ := r.Verdict("of-2011"); v.Rating != factcheck.False || !strings.Contains(v.Explanation, "2,617,175") {
		t.Errorf("2011: %s (%s), want false against 2,617,175", v.Rating, v.Explanation)
	}
}
