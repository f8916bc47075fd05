package citycouncil_test

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks"
)

var published = time.Date(2025, 6, 12, 0, 0, 0, 0, time.UTC)

// extracted runs the extractor over article.txt with kb.yaml and the
// built-in checks over what it finds.
func extracted(t *testing.T) (*claims.Set, *factcheck.Report) {
	t.Helper()
	text, err := os.ReadFile("article.txt")
	if err != nil {
		t.Fatal(err)
	}
	kb, err := claims.Load("kb.yaml")
	if err != nil {
		t.Fatal(err)
	}
	doc := claims.Document{Text: string(text), Published: published}
	got, err := extract.Extract(doc, kb)
	if err != nil {
		t.Fatal(err)
	}
	set := &claims.Set{Version: claims.Version, Document: doc,
		Entities:   append(slices.Clone(kb.Entities), got.Entities...),
		Properties: kb.Properties, Sources: kb.Sources, Facts: kb.Facts, Claims: got.Claims}
	checker, err := factcheck.NewChecker(checks.Default)
	if err != nil {
		t.Fatal(err)
	}
	r, err := checker.Check(context.Background(), set)
	if err != nil {
		t.Fatal(err)
	}
	return set, r
}

func describe(set *claims.Set, r *factcheck.Report) string {
	var b strings.Builder
	for _, c := range set.Claims {
		v, _ := r.Verdict(c.ID)
		b.WriteString("  " + c.ID + " " + c.Subject + " " + c.Property + " " + c.Value.Literal() + " " + c.Modality.String() + " " + v.Rating.String() + " | " + c.Text + "\n")
	}
	for _, f := range r.Findings {
		b.WriteString("  " + f.Severity.String() + " " + f.Check + " " + strings.Join(f.Claims, ",") + ": " + f.Message + "\n")
	}
	return b.String()
}

// TestExtractedProblems: the problems planted in the article are found in
// the claims the extractor builds, and nothing else is flagged at warning
// or above.
func TestExtractedProblems(t *testing.T) {
	set, r := extracted(t)
	want := []struct {
		check  string
		values []string // the values as written of the claims it names
	}{
		{"value-conflict", []string{"£3.2 billion", "£2.3 billion"}},
		{"certainty-conflict", []string{"Northbridge Town Hall", ""}},
	}
	var warned []factcheck.Finding
	for _, f := range r.Findings {
		if f.Severity >= factcheck.Warning {
			warned = append(warned, f)
		}
	}
	for _, w := range want {
		if !slices.ContainsFunc(warned, func(f factcheck.Finding) bool {
			if f.Check != w.check {
				return false
			}
			var got []string
			for _, id := range f.Claims {
				c, _ := set.Claim(id)
				got = append(got, c.Value.Text)
			}
			slices.Sort(got)
			ws := slices.Clone(w.values)
			slices.Sort(ws)
			return slices.Equal(got, ws)
		}) {
			t.Errorf("no %s warning on %q\n%s", w.check, w.values, describe(set, r))
		}
	}
	if len(warned) != len(want) {
		t.Errorf("%d findings at warning or above, want %d\n%s", len(warned), len(want), describe(set, r))
	}
}

// TestExtractedVerdicts: the checkable claims are rated as the knowledge
// base says.
func TestExtractedVerdicts(t *testing.T) {
	set, r := extracted(t)
	tests := []struct {
		value, inText string
		want          factcheck.Rating
	}{
		{"£3.2 billion", "The scheme will cost", factcheck.False},
		{"more than ten years", "closure of the old tram network", factcheck.False},
		{"£2.3 billion", "the project's cost", factcheck.True},
		{"1994", "first new tram line", factcheck.True},
		{"nine new stops", "nine new stops", factcheck.True},
		{"7.5km", "tram extension", factcheck.True},
		{"Northbridge Town Hall", "public inquiry", factcheck.True},
		{"8 September", "public inquiry", factcheck.True},
	}
	for _, tt := range tests {
		found := false
		for _, c := range set.Claims {
			if c.Value.Text != tt.value || !strings.Contains(c.Text, tt.inText) {
				continue
			}
			found = true
			if v, _ := r.Verdict(c.ID); v.Rating != tt.want {
				t.Errorf("%s %q (%s %s) rated %s, want %s: %s", c.ID, tt.value, c.Subject, c.Property, v.Rating, tt.want, v.Explanation)
			}
		}
		if !found {
			t.Errorf("no claim of %q in a clause with %q\n%s", tt.value, tt.inText, describe(set, r))
		}
	}
}

// TestExtractedNoOpinions: the councillor's opinion and forecast make no
// claims.
func TestExtractedNoOpinions(t *testing.T) {
	set, _ := extracted(t)
	for _, c := range set.Claims {
		for _, opinion := range []string{"eye-watering", "does not end well", "could rise further"} {
			if strings.Contains(c.Text, opinion) {
				t.Errorf("%s: a claim from an opinion: %q", c.ID, c.Text)
			}
		}
	}
}

// TestExtractedTimes: relative and yearless dates resolve by tense against
// Thursday 12 June 2025.
func TestExtractedTimes(t *testing.T) {
	text, err := os.ReadFile("article.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Tuesday": "2025-06-10", "8 September": "2025-09-08"}
	seen := map[string]bool{}
	for _, m := range extract.Mentions(claims.Document{Text: string(text), Published: published}, nil) {
		if w, ok := want[m.Text]; ok {
			seen[m.Text] = true
			if got := m.Value.Start.Format(time.DateOnly); got != w {
				t.Errorf("%q resolved to %s, want %s", m.Text, got, w)
			}
		}
	}
	for k := range want {
		if !seen[k] {
			t.Errorf("no mention %q", k)
		}
	}
}
