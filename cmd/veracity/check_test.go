package main

import (
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/veracity-go/veracity/claims"
)

func TestCheckUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want string // in stderr
	}{
		{"no file", []string{"check"}, "check: no FILE to check"},
		{"unknown flag", []string{"check", "--frob", "testdata/clean.yaml"}, "flag provided but not defined: -frob"},
		{"bad published", []string{"check", "--published", "13/08/2025", "testdata/summit.yaml"}, `invalid value "13/08/2025" for flag -published: bad date "13/08/2025" (want YYYY-MM-DD)`},
		{"bad format", []string{"check", "--format", "pdf", "testdata/summit.yaml"}, `unknown format "pdf" (want text | json | markdown | html | claimreview)`},
		{"bad fail-on", []string{"check", "--fail-on", "fatal", "testdata/summit.yaml"}, `bad --fail-on "fatal" (want info, warning or error)`},
		{"bad tolerance", []string{"check", "--tolerance", "-1", "testdata/summit.yaml"}, "bad --tolerance -1"},
		{"unknown kind of file", []string{"check", "testdata/article.pdf"}, "testdata/article.pdf: unknown kind of file"},
		{"missing kb", []string{"check", "--kb", "testdata/no-such-kb.yaml", "testdata/summit.yaml"}, "veracity: testdata/no-such-kb.yaml"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, stdout, stderr := veracity(t, "", tc.args...)
			wantStatus(t, tc.args, status, exitUsage, stdout, stderr)
			if !strings.Contains(stderr, tc.want) {
				t.Errorf("stderr = %q, want it to contain %q", stderr, tc.want)
			}
			if stdout != "" {
				t.Errorf("stdout = %q, want nothing", stdout)
			}
		})
	}
}

func TestCheckMissingFile(t *testing.T) {
	for _, name := range []string{"testdata/no-such-file.yaml", "testdata/no-such-article.txt"} {
		args := []string{"check", name}
		status, stdout, stderr := veracity(t, "", args...)
		wantStatus(t, args, status, exitUsage, stdout, stderr)
		if !strings.HasPrefix(stderr, "veracity: "+name+": ") {
			t.Errorf("stderr = %q, want it to start with %q", stderr, "veracity: "+name+": ")
		}
	}
}

func TestCheckBadClaimSet(t *testing.T) {
	args := []string{"check", "testdata/bad.yaml"}
	status, stdout, stderr := veracity(t, "", args...)
	wantStatus(t, args, status, exitUsage, stdout, stderr)
	// FILE:LINE:COL, once, and no package prefix.
	if want := "veracity: testdata/bad.yaml:4:1: "; !strings.HasPrefix(stderr, want) {
		t.Errorf("stderr = %q, want it to start with %q", stderr, want)
	}
	if strings.Contains(stderr, "claims:") || strings.Count(stderr, "bad.yaml") != 1 {
		t.Errorf("stderr = %q, want the file named once and no package prefix", stderr)
	}
}

// A bad file among good ones: the good reports are printed, the error is
// reported, and the status is 2.
func TestCheckBadAmongGood(t *testing.T) {
	args := []string{"check", "--format", "json", "testdata/summit.yaml", "testdata/bad.yaml", "testdata/clean.yaml"}
	status, stdout, stderr := veracity(t, "", args...)
	wantStatus(t, args, status, exitUsage, stdout, stderr)
	if got := jsonLineFiles(t, stdout); !cmp.Equal(got, []string{"testdata/summit.yaml", "testdata/clean.yaml"}) {
		t.Errorf("reports for %q, want summit.yaml and clean.yaml", got)
	}
	if !strings.Contains(stderr, "testdata/bad.yaml:4:1") {
		t.Errorf("stderr = %q, want the error in bad.yaml", stderr)
	}
}

// jsonLineFiles decodes JSON Lines output and returns each report's
// "file", checking that each line is a version 1 report.
func jsonLineFiles(t *testing.T, out string) []string {
	t.Helper()
	var files []string
	for line := range strings.Lines(out) {
		var r map[string]any
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("line is not JSON: %v\n%s", err, line)
		}
		if r["version"] != 1.0 {
			t.Errorf("report version = %v, want 1", r["version"])
		}
		f, _ := r["file"].(string)
		files = append(files, f)
	}
	return files
}

func TestCheckJSONLines(t *testing.T) {
	files := []string{"testdata/summit.yaml", "testdata/alaska.yaml", "testdata/clean.yaml", "testdata/needs-kb.yaml", "testdata/summit.yaml"}
	args := append([]string{"check", "--format", "json"}, files...)
	status, stdout, stderr := veracity(t, "", args...)
	wantStatus(t, args, status, exitOK, stdout, stderr)
	if diff := cmp.Diff(files, jsonLineFiles(t, stdout)); diff != "" {
		t.Errorf("reports out of order (-want +got):\n%s", diff)
	}
}

func TestCheckJSONOneFile(t *testing.T) {
	args := []string{"check", "--format", "json", "testdata/summit.yaml"}
	status, stdout, stderr := veracity(t, "", args...)
	wantStatus(t, args, status, exitOK, stdout, stderr)
	var r struct {
		File     string
		Document struct{ Title, Published string }
		Findings []struct{ Check, Severity string }
		Summary  struct{ Claims int }
	}
	if err := json.Unmarshal([]byte(stdout), &r); err != nil {
		t.Fatalf("output is not one JSON report: %v\n%s", err, stdout)
	}
	if r.Document.Title != "Trump–Putin summit: what we know" || r.Document.Published != "2025-08-13" || r.Summary.Claims != 2 {
		t.Errorf("report = %+v, want summit.yaml's title, date and 2 claims", r)
	}
	if len(r.Findings) != 1 || r.Findings[0].Check != "certainty-conflict" {
		t.Errorf("findings = %+v, want one certainty-conflict", r.Findings)
	}
}

func TestCheckFailOn(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want int
	}{
		// summit.yaml: a certainty-conflict warning, no false verdict.
		{"warning at warning", []string{"--fail-on", "warning", "testdata/summit.yaml"}, exitFailed},
		{"warning at info", []string{"--fail-on", "info", "testdata/summit.yaml"}, exitFailed},
		{"warning at error", []string{"--fail-on", "error", "testdata/summit.yaml"}, exitOK},
		{"no fail-on", []string{"testdata/summit.yaml"}, exitOK},
		// alaska.yaml: $7.5 million for $7.2 million is mostly-true at the
		// default 5% tolerance and false at 1%.
		{"mostly-true", []string{"--fail-on", "error", "testdata/alaska.yaml"}, exitOK},
		{"false verdict", []string{"--fail-on", "error", "--tolerance", "0.01", "testdata/alaska.yaml"}, exitFailed},
		{"false verdict without fail-on", []string{"--tolerance", "0.01", "testdata/alaska.yaml"}, exitOK},
		// One failing file fails the run.
		{"several files", []string{"--fail-on", "warning", "testdata/clean.yaml", "testdata/summit.yaml"}, exitFailed},
		{"clean", []string{"--fail-on", "info", "testdata/clean.yaml"}, exitOK},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"check"}, tc.args...)
			status, stdout, stderr := veracity(t, "", args...)
			wantStatus(t, args, status, tc.want, stdout, stderr)
			if stderr != "" {
				t.Errorf("stderr = %q, want nothing", stderr)
			}
		})
	}
}

func TestCheckKB(t *testing.T) {
	// needs-kb.yaml has no facts and no date; kb.yaml has both.
	for _, tc := range []struct {
		name      string
		args      []string
		rating    string
		published string
	}{
		{"without kb", []string{"testdata/needs-kb.yaml"}, "unverified", ""},
		{"with kb", []string{"--kb", "testdata/kb.yaml", "testdata/needs-kb.yaml"}, "true", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"check", "--format", "json"}, tc.args...)
			status, stdout, stderr := veracity(t, "", args...)
			wantStatus(t, args, status, exitOK, stdout, stderr)
			var r struct {
				Verdicts []struct{ Claim, Rating string }
			}
			if err := json.Unmarshal([]byte(stdout), &r); err != nil {
				t.Fatalf("output is not one JSON report: %v\n%s", err, stdout)
			}
			if len(r.Verdicts) != 1 || r.Verdicts[0].Rating != tc.rating {
				t.Errorf("verdicts = %+v, want one %s", r.Verdicts, tc.rating)
			}
		})
	}
}

func TestCheckTextHasNoColorOffTerminal(t *testing.T) {
	args := []string{"check", "--tolerance", "0.01", "testdata/alaska.yaml", "testdata/summit.yaml"}
	status, stdout, stderr := veracity(t, "", args...)
	wantStatus(t, args, status, exitOK, stdout, stderr)
	if strings.Contains(stdout, "\x1b") {
		t.Errorf("text written to a buffer holds escape codes:\n%q", stdout)
	}
	// Several reports are each headed by their file, in order.
	a := strings.Index(stdout, "==> testdata/alaska.yaml <==\nThe Alaska Purchase\n")
	s := strings.Index(stdout, "\n==> testdata/summit.yaml <==\nTrump–Putin summit: what we know\n")
	if a != 0 || s < 0 {
		t.Errorf("text reports are not headed by their files in order:\n%s", stdout)
	}
	if !strings.Contains(stdout, "  FALSE (1)") {
		t.Errorf("text report lacks the false verdict:\n%s", stdout)
	}
}

func TestCheckMarkdownSeveral(t *testing.T) {
	args := []string{"check", "--format", "markdown", "testdata/alaska.yaml", "testdata/summit.yaml"}
	status, stdout, stderr := veracity(t, "", args...)
	wantStatus(t, args, status, exitOK, stdout, stderr)
	want := []string{"File: `testdata/alaska.yaml`\n\n# The Alaska Purchase\n", "\n---\n\nFile: `testdata/summit.yaml`\n\n# Trump–Putin summit: what we know\n"}
	last := -1
	for _, w := range want {
		i := strings.Index(stdout, w)
		if i <= last {
			t.Errorf("Markdown lacks %q after the previous report:\n%s", w, stdout)
		}
		last = i
	}
}

// fakeExtract stands in for the extractor: it records what it was given
// and returns one claim about the Alaska Purchase's price. check calls it
// from several goroutines.
type fakeExtract struct {
	mu   sync.Mutex
	docs []claims.Document
	kbs  []*claims.Set
	err  error
}

func (f *fakeExtract) install(t *testing.T) {
	saved := extractClaims
	t.Cleanup(func() { extractClaims = saved })
	extractClaims = func(doc claims.Document, kb *claims.Set) (*claims.Set, error) {
		f.mu.Lock()
		defer f.mu.Unlock()
		f.docs = append(f.docs, doc)
		f.kbs = append(f.kbs, kb)
		if f.err != nil {
			return nil, f.err
		}
		price, err := claims.ParseValueKind(claims.KindMoney, "$7.5 million")
		if err != nil {
			return nil, err
		}
		return &claims.Set{Version: 1, Document: doc, Claims: []claims.Claim{{
			ID: "c1", Text: "paid $7.5 million", Subject: "alaska-purchase", Property: "price", Value: price,
			Attribution: "the writer",
		}}}, nil
	}
}

func TestCheckArticle(t *testing.T) {
	var fake fakeExtract
	fake.install(t)
	args := []string{"check", "--format", "json", "--kb", "testdata/kb.yaml", "--tolerance", "0.01", "--fail-on", "error", "testdata/alaska.md", "-"}
	status, stdout, stderr := veracity(t, "Alaska was sold for $7.5 million.\n", args...)
	wantStatus(t, args, status, exitFailed, stdout, stderr)

	if diff := cmp.Diff([]string{"testdata/alaska.md", "<stdin>"}, jsonLineFiles(t, stdout)); diff != "" {
		t.Errorf("report files mismatch (-want +got):\n%s", diff)
	}
	if len(fake.docs) != 2 {
		t.Fatalf("extractor called %d times, want 2", len(fake.docs))
	}
	// The kb's date anchors the articles; the Markdown title is the
	// document's; the kb is passed to the extractor.
	kbDate := time.Date(2025, 8, 13, 0, 0, 0, 0, time.UTC)
	for i, doc := range fake.docs {
		if !doc.Published.Equal(kbDate) {
			t.Errorf("document %d published %v, want the kb's 2025-08-13", i, doc.Published)
		}
		if fake.kbs[i] == nil || len(fake.kbs[i].Facts) != 1 {
			t.Errorf("document %d: extractor got kb %+v, want kb.yaml's knowledge", i, fake.kbs[i])
		}
	}
	titles := map[string]bool{fake.docs[0].Title: true, fake.docs[1].Title: true}
	if !titles["The Alaska Purchase"] || !titles[""] {
		t.Errorf("document titles %q, want alaska.md's heading and none for stdin", []string{fake.docs[0].Title, fake.docs[1].Title})
	}
	if !strings.Contains(stdout, `"rating":"false"`) {
		t.Errorf("reports lack the false verdict from kb.yaml's fact:\n%s", stdout)
	}
}

func TestCheckArticlePublishedFlag(t *testing.T) {
	var fake fakeExtract
	fake.install(t)
	args := []string{"check", "--published", "2024-02-29", "--kb", "testdata/kb.yaml", "testdata/alaska.md"}
	status, stdout, stderr := veracity(t, "", args...)
	wantStatus(t, args, status, exitOK, stdout, stderr)
	if len(fake.docs) != 1 || !fake.docs[0].Published.Equal(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("extractor got %+v, want one document published 2024-02-29 (the flag wins over the kb)", fake.docs)
	}
	if !strings.Contains(stdout, "published 2024-02-29") {
		t.Errorf("text report lacks the publication date:\n%s", stdout)
	}
}

func TestCheckArticleExtractError(t *testing.T) {
	fake := fakeExtract{err: errors.New("extract: sentence 3: cannot split")}
	fake.install(t)
	args := []string{"check", "testdata/alaska.md"}
	status, stdout, stderr := veracity(t, "", args...)
	wantStatus(t, args, status, exitUsage, stdout, stderr)
	if want := "veracity: testdata/alaska.md: extract: sentence 3: cannot split\n"; stderr != want {
		t.Errorf("stderr = %q, want %q", stderr, want)
	}
}

func TestFlagsAfterFiles(t *testing.T) {
	// Flags may follow the files; "--" ends them.
	args := []string{"check", "testdata/summit.yaml", "--format", "json", "--", "testdata/clean.yaml"}
	status, stdout, stderr := veracity(t, "", args...)
	wantStatus(t, args, status, exitOK, stdout, stderr)
	if diff := cmp.Diff([]string{"testdata/summit.yaml", "testdata/clean.yaml"}, jsonLineFiles(t, stdout)); diff != "" {
		t.Errorf("report files mismatch (-want +got):\n%s", diff)
	}
}
