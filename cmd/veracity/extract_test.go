package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"go.yaml.in/yaml/v3"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
)

// fakeMentions stands in for extract.Mentions: it finds "$7.5 million"
// and "1867" in the text.
func fakeMentions(t *testing.T) *claims.Document {
	var got claims.Document
	saved := extractMentions
	t.Cleanup(func() { extractMentions = saved })
	extractMentions = func(doc claims.Document, kb *claims.Set) []extract.Mention {
		got = doc
		var ms []extract.Mention
		for _, lit := range []string{"1867", "$7.5 million"} {
			i := strings.Index(doc.Text, lit)
			if i < 0 {
				continue
			}
			v, err := claims.ParseValue(lit)
			if err != nil {
				t.Errorf("ParseValue(%q): %v", lit, err)
				continue
			}
			ms = append(ms, extract.Mention{Text: lit, Span: claims.Span{Start: i, End: i + len(lit)}, Kind: v.Kind, Value: v})
		}
		return ms
	}
	return &got
}

func TestExtractMentionsJSON(t *testing.T) {
	doc := fakeMentions(t)
	args := []string{"extract", "--mentions", "--published", "2025-08-13", "testdata/alaska.md"}
	status, stdout, stderr := veracity(t, "", args...)
	wantStatus(t, args, status, exitOK, stdout, stderr)
	if !doc.Published.Equal(time.Date(2025, 8, 13, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("Mentions got a document published %v, want 2025-08-13", doc.Published)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, stdout)
	}
	text := "# The Alaska Purchase\n\nIn 1867 the United States paid Russia $7.5 million for Alaska.\n"
	i, j := strings.Index(text, "1867"), strings.Index(text, "$7.5")
	want := map[string]any{"mentions": []any{
		map[string]any{"text": "1867", "span": []any{float64(i), float64(i + 4)}, "kind": "time",
			"value": map[string]any{"kind": "time", "text": "1867", "start": "1867-01-01", "end": "1868-01-01", "granularity": "year"}},
		map[string]any{"text": "$7.5 million", "span": []any{float64(j), float64(j + 12)}, "kind": "money",
			"value": map[string]any{"kind": "money", "text": "$7.5 million", "amount": 7500000.0, "unit": "USD", "precision": 50000.0}},
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mentions mismatch (-want +got):\n%s", diff)
	}
}

func TestExtractMentionsYAML(t *testing.T) {
	fakeMentions(t)
	args := []string{"extract", "--mentions", "--format", "yaml", "-"}
	status, stdout, stderr := veracity(t, "paid $7.5 million", args...)
	wantStatus(t, args, status, exitOK, stdout, stderr)
	var got struct {
		Mentions []struct {
			Text  string
			Span  []int
			Kind  string
			Value map[string]any
		}
	}
	if err := yaml.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("output is not YAML: %v\n%s", err, stdout)
	}
	if len(got.Mentions) != 1 || got.Mentions[0].Text != "$7.5 million" || !cmp.Equal(got.Mentions[0].Span, []int{5, 17}) {
		t.Fatalf("mentions = %+v, want $7.5 million at [5, 17]", got.Mentions)
	}
	// Whole amounts are written as integers, not 7.5e+06.
	if a := got.Mentions[0].Value["amount"]; a != 7500000 {
		t.Errorf("amount = %#v, want the integer 7500000\n%s", a, stdout)
	}
}

func TestExtractNoMentions(t *testing.T) {
	fakeMentions(t)
	args := []string{"extract", "--mentions", "-"}
	status, stdout, stderr := veracity(t, "nothing to see", args...)
	wantStatus(t, args, status, exitOK, stdout, stderr)
	if want := "{\n  \"mentions\": []\n}\n"; stdout != want {
		t.Errorf("stdout = %q, want %q", stdout, want)
	}
}

func TestExtractClaims(t *testing.T) {
	var fake fakeExtract
	fake.install(t)
	for _, format := range []string{"yaml", "json"} {
		t.Run(format, func(t *testing.T) {
			// The output, saved beside the kb, loads with it.
			dir := t.TempDir()
			for _, name := range []string{"kb.yaml", "alaska.md"} {
				data, err := os.ReadFile(filepath.Join("testdata", name))
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			t.Chdir(dir)
			args := []string{"extract", "--format", format, "--kb", "kb.yaml", "alaska.md"}
			status, stdout, stderr := veracity(t, "", args...)
			wantStatus(t, args, status, exitOK, stdout, stderr)
			out := "out." + format
			if err := os.WriteFile(out, []byte(stdout), 0o644); err != nil {
				t.Fatal(err)
			}
			set, err := claims.Load(out)
			if err != nil {
				t.Fatalf("output does not load as a claim-set file: %v\n%s", err, stdout)
			}
			if len(set.Claims) != 1 || set.Claims[0].ID != "c1" || set.Claims[0].Value.Amount != 7500000 {
				t.Errorf("claims = %+v, want the extractor's c1 of $7.5 million", set.Claims)
			}
			if set.Document.Title != "The Alaska Purchase" {
				t.Errorf("document title = %q, want alaska.md's heading", set.Document.Title)
			}
			if len(set.Facts) != 1 {
				t.Errorf("facts = %+v, want kb.yaml's one fact, included", set.Facts)
			}
		})
	}
}

func TestExtractFromClaimSet(t *testing.T) {
	doc := fakeMentions(t)
	args := []string{"extract", "--mentions", "testdata/with-text.yaml"}
	status, stdout, stderr := veracity(t, "", args...)
	wantStatus(t, args, status, exitOK, stdout, stderr)
	if !strings.Contains(doc.Text, "$7.5 million") || !strings.Contains(stdout, `"$7.5 million"`) {
		t.Errorf("extract of a claim set's document: got document %q and output\n%s", doc.Text, stdout)
	}
}

func TestExtractUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"no file", []string{"extract"}, "extract: want one FILE, have 0"},
		{"two files", []string{"extract", "a.txt", "b.txt"}, "extract: want one FILE, have 2"},
		{"bad format", []string{"extract", "--format", "xml", "a.txt"}, `extract: unknown format "xml" (want yaml or json)`},
		{"bad published", []string{"extract", "--published", "yesterday", "a.txt"}, `bad date "yesterday"`},
		{"missing file", []string{"extract", "testdata/no-such-article.txt"}, "veracity: testdata/no-such-article.txt: "},
		{"claim set without text", []string{"extract", "testdata/summit.yaml"}, "testdata/summit.yaml: the document has no text"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, stdout, stderr := veracity(t, "", tc.args...)
			wantStatus(t, tc.args, status, exitUsage, stdout, stderr)
			if !strings.Contains(stderr, tc.want) {
				t.Errorf("stderr = %q, want it to contain %q", stderr, tc.want)
			}
		})
	}
}
