package main

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
)

func TestLookupFormat(t *testing.T) {
	for _, f := range formats {
		got, err := lookupFormat(f.Name)
		if err != nil || got.Name != f.Name {
			t.Errorf("lookupFormat(%q) = %q, %v; want the format", f.Name, got.Name, err)
		}
	}
	for _, name := range reservedFormats {
		if _, err := lookupFormat(name); err == nil || err.Error() != "format "+name+" not available in this build" {
			t.Errorf("lookupFormat(%q) error = %v, want not available in this build", name, err)
		}
	}
}

func TestCodeSpan(t *testing.T) {
	for in, want := range map[string]string{
		"a.yaml":   "`a.yaml`",
		"a`b.yaml": "``a`b.yaml``",
		"`a.yaml":  "`` `a.yaml ``",
	} {
		if got := codeSpan(in); got != want {
			t.Errorf("codeSpan(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestProgress(t *testing.T) {
	if p := newProgress(&bytes.Buffer{}, 40); p != nil {
		t.Errorf("newProgress on a buffer = %v, want nil (not a terminal)", p)
	}
	var buf bytes.Buffer
	p := &progress{w: &buf, total: 4}
	p.step("a.yaml")
	want := "\r[#####               ] 1/4 a.yaml"
	if got := buf.String(); got != want {
		t.Errorf("after one step: %q, want %q", got, want)
	}
	buf.Reset()
	p.pause(func() { buf.WriteString("REPORT\n") })
	if got, want := buf.String(), "\r"+strings.Repeat(" ", len(want)-1)+"\rREPORT\n"+want; got != want {
		t.Errorf("pause: %q, want the bar cleared, the output, and the bar again: %q", got, want)
	}
	buf.Reset()
	p.finish()
	if got, want := buf.String(), "\r"+strings.Repeat(" ", len(want)-1)+"\r"; got != want {
		t.Errorf("finish: %q, want the bar cleared: %q", got, want)
	}
	var nilBar *progress
	nilBar.step("x") // a nil bar draws nothing and does not panic
	nilBar.finish()
}

func TestCheckHTML(t *testing.T) {
	status, stdout, stderr := veracity(t, "", "check", "--format", "html", "testdata/summit.yaml")
	if status != exitOK {
		t.Fatalf("check --format html: status %d, stderr %q", status, stderr)
	}
	if !strings.HasPrefix(stdout, "<!DOCTYPE html>") || !strings.Contains(stdout, "</html>") {
		t.Errorf("check --format html should write one whole page, got %.200q…", stdout)
	}
	status, _, stderr = veracity(t, "", "check", "--format", "html", "testdata/summit.yaml", "testdata/clean.yaml")
	if status != exitUsage || !strings.Contains(stderr, "one FILE at a time") {
		t.Errorf("html with two files: status %d, stderr %q; want exit 2 asking for one file", status, stderr)
	}
}

// TestCheckHTMLShading checks that the page of an article shades its
// sentences by check-worthiness, with the score in each one's title, and
// that --min-worthiness sets which count as check-worthy.
func TestCheckHTMLShading(t *testing.T) {
	const article = "We have lost 800,000 manufacturing jobs since 2010.\nThank you all for coming tonight.\n"
	status, page, stderr := veracity(t, article, "check", "--format", "html", "-")
	if status != exitOK {
		t.Fatalf("check --format html -: status %d, stderr %q", status, stderr)
	}
	worthy := regexp.MustCompile(`<span class="ws[1-4] worthy" title="check-worthiness (0\.\d\d|1\.00) \(check-worthy\)">(<mark [^>]*>)?We have lost 800,000 manufacturing jobs since 2010`)
	if !worthy.MatchString(page) {
		t.Errorf("the jobs sentence is not shaded as check-worthy:\n%s", page)
	}
	if !regexp.MustCompile(`<span class="ws[0-4]" title="check-worthiness 0\.\d\d">Thank you all for coming tonight\.</span>`).MatchString(page) {
		t.Errorf("the thanks are not shaded as below the threshold")
	}
	if !strings.Contains(page, `<p class="wlegend"`) {
		t.Errorf("the page has no legend of the shading")
	}
	_, page, _ = veracity(t, article, "check", "--format", "html", "--min-worthiness", "1", "-")
	if strings.Contains(page, `worthy" title=`) {
		t.Errorf("--min-worthiness 1 leaves a sentence marked check-worthy")
	}
	// A claim set has no sentences to shade.
	_, page, _ = veracity(t, "", "check", "--format", "html", "testdata/summit.yaml")
	if strings.Contains(page, "wlegend") {
		t.Errorf("the page of a claim set shows a shading legend")
	}
}

func TestCheckClaimReview(t *testing.T) {
	status, stdout, stderr := veracity(t, "", "check", "--format", "claimreview", "testdata/summit.yaml")
	if status != exitOK {
		t.Fatalf("check --format claimreview: status %d, stderr %q", status, stderr)
	}
	var reviews []map[string]any
	if err := json.Unmarshal([]byte(stdout), &reviews); err != nil {
		t.Fatalf("output is not a JSON array: %v\n%s", err, stdout)
	}
	if len(reviews) == 0 {
		t.Fatal("no ClaimReview in the output")
	}
	for i, r := range reviews {
		if r["@context"] != "https://schema.org" || r["@type"] != "ClaimReview" {
			t.Errorf("review %d: @context %v, @type %v; want https://schema.org and ClaimReview", i, r["@context"], r["@type"])
		}
		if _, ok := r["reviewRating"].(map[string]any); !ok {
			t.Errorf("review %d has no reviewRating", i)
		}
	}

	status, stdout, stderr = veracity(t, "", "check", "--format", "claimreview", "testdata/summit.yaml", "testdata/clean.yaml")
	if status != exitOK {
		t.Fatalf("two files: status %d, stderr %q", status, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("two files should give two lines, one array each; got %d:\n%s", len(lines), stdout)
	}
	for i, line := range lines {
		if !json.Valid([]byte(line)) || !strings.HasPrefix(line, "[") {
			t.Errorf("line %d is not a JSON array: %.100q", i+1, line)
		}
	}
}
