package alaska_test

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

var published = time.Date(2025, 8, 13, 0, 0, 0, 0, time.UTC)

// extracted runs the extractor over article.txt with kb.yaml and the
// built-in checks over what it finds, as `veracity check --kb kb.yaml
// --published 2025-08-13 article.txt` does.
func extracted(t *testing.T) (*claims.Set, *factcheck.Report, claims.Document, *claims.Set) {
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
	return set, r, doc, kb
}

// claimsList lists the claims for a failure message.
func claimsList(set *claims.Set) string {
	var b strings.Builder
	for _, c := range set.Claims {
		b.WriteString("  " + c.ID + " " + c.Subject + " " + c.Property + " " + c.Value.Literal() + " " + c.Modality.String() + " | " + c.Text + "\n")
	}
	return b.String()
}

// TestExtractedVenueConflict: the checker, on the extracted claims, warns
// that the venue is given (Anchorage, the base) and called unknown.
func TestExtractedVenueConflict(t *testing.T) {
	set, r, _, _ := extracted(t)
	for _, f := range r.Findings {
		if f.Check != "certainty-conflict" || f.Severity < factcheck.Warning {
			continue
		}
		var values, unknown []string
		for _, id := range f.Claims {
			c, _ := set.Claim(id)
			if c.Subject != "summit" || c.Property != "venue" {
				t.Errorf("certainty-conflict names %s (%s %s), not a venue of the summit", id, c.Subject, c.Property)
			}
			if c.Modality == claims.ModalityUnknown {
				unknown = append(unknown, c.Text)
			} else {
				values = append(values, c.Value.Entity)
			}
		}
		if !slices.Contains(values, "anchorage") || !slices.Contains(values, "jber") {
			t.Errorf("venue certainty-conflict gives %v, want Anchorage and Joint Base Elmendorf-Richardson among them", values)
		}
		if len(unknown) != 1 || !strings.Contains(unknown[0], "exact location") || !strings.Contains(unknown[0], "yet not known") {
			t.Errorf("venue certainty-conflict's unknown claims = %q, want the one of \"the exact location … is yet not known\"", unknown)
		}
		return
	}
	t.Errorf("no certainty-conflict warning; findings:\n%s\nclaims:\n%s", findings(r), claimsList(set))
}

// TestExtractedVerdicts: the checkable claims are found, and rated as a
// fact-checker rates them against the knowledge base.
func TestExtractedVerdicts(t *testing.T) {
	set, r, _, _ := extracted(t)
	tests := []struct {
		name      string
		value     string // the value as written
		inText    string // a phrase of the claim's text
		wantRated factcheck.Rating
	}{
		{"time since the invasion", "more than three and a half years", "Moscow’s invasion", factcheck.False},
		{"Alaska's price", "$7.2 million", "sold it to the US", factcheck.True},
		{"the year Russian Alaska ended", "1867", "until 1867", factcheck.True},
		{"the ICC warrant", "2023", "issued a warrant", factcheck.True},
		{"Putin's last visit", "2015", "first time since 2015", factcheck.True},
		{"the last US-Russian summit", "over four years", "first meeting", factcheck.True},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, c := range set.Claims {
				if c.Value.Text != tt.value || !strings.Contains(c.Text, tt.inText) {
					continue
				}
				v, _ := r.Verdict(c.ID)
				if v.Rating != tt.wantRated {
					t.Errorf("%s (%s %s %q) rated %s, want %s: %s", c.ID, c.Subject, c.Property, tt.value, v.Rating, tt.wantRated, v.Explanation)
				}
				return
			}
			t.Errorf("no claim of %q in a clause with %q; claims:\n%s", tt.value, tt.inText, claimsList(set))
		})
	}
}

// TestExtractedNoFalseAlarms: nothing in the article contradicts itself in
// value or polarity, and opinions make no claims.
func TestExtractedNoFalseAlarms(t *testing.T) {
	set, r, _, _ := extracted(t)
	for _, f := range r.Findings {
		if (f.Check == "value-conflict" || f.Check == "polarity-conflict") && f.Severity >= factcheck.Warning {
			t.Errorf("false alarm: %s %s %v: %s", f.Severity, f.Check, f.Claims, f.Message)
		}
	}
	for _, c := range set.Claims {
		for _, opinion := range []string{"naïve agreement", "horrendous"} {
			if strings.Contains(c.Text, opinion) {
				t.Errorf("%s: a claim from an opinion sentence: %q", c.ID, c.Text)
			}
		}
		if c.Worthiness != float64(int(c.Worthiness*100+0.5))/100 {
			t.Errorf("%s: worthiness %v not rounded to two decimals", c.ID, c.Worthiness)
		}
	}
}

// TestExtractedRelativeTimes: weekdays resolve against Wednesday 13 August
// 2025 by the tense of their clause.
func TestExtractedRelativeTimes(t *testing.T) {
	_, _, doc, kb := extracted(t)
	want := map[string]string{
		"Friday":   "2025-08-15",
		"Tuesday":  "2025-08-12",
		"Monday":   "2025-08-11",
		"Saturday": "2025-08-09",
	}
	seen := map[string]bool{}
	for _, m := range extract.Mentions(doc, kb) {
		w, ok := want[m.Text]
		if !ok || m.Marker != "on" {
			continue
		}
		seen[m.Text] = true
		if got := m.Value.Start.Format(time.DateOnly); got != w || m.Value.Granularity != claims.GranularityDay {
			t.Errorf("\"on %s\" at %v resolved to %s (%s), want %s", m.Text, m.Span, got, m.Value.Granularity, w)
		}
	}
	for k := range want {
		if !seen[k] {
			t.Errorf("no mention \"on %s\"", k)
		}
	}
}
