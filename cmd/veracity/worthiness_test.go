package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/veracity-go/veracity/claims/extract"
	"github.com/veracity-go/veracity/factcheck"
)

// TestExtractSentences: the acceptance — a figure of lost jobs
// scores above the default threshold, a thank-you below it.
func TestExtractSentences(t *testing.T) {
	thr := extract.DefaultThreshold()
	for _, tc := range []struct {
		text   string
		worthy bool
	}{
		{"We have lost 800,000 manufacturing jobs since 2010.\n", true},
		{"Thank you all for coming tonight.\n", false},
	} {
		args := []string{"extract", "--sentences", "-"}
		status, stdout, stderr := veracity(t, tc.text, args...)
		wantStatus(t, args, status, exitOK, stdout, stderr)
		lines := strings.Split(strings.TrimSpace(stdout), "\n")
		if len(lines) != 1 {
			t.Fatalf("%d lines for one sentence:\n%s", len(lines), stdout)
		}
		var s struct {
			Text       string   `json:"text"`
			Span       [2]int   `json:"span"`
			Worthiness *float64 `json:"worthiness"`
			Claims     []string `json:"claims"`
		}
		dec := json.NewDecoder(strings.NewReader(lines[0]))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&s); err != nil {
			t.Fatalf("line is not a sentence object: %v\n%s", err, lines[0])
		}
		want := strings.TrimSpace(tc.text)
		if s.Text != want || s.Span != [2]int{0, len(want)} || s.Worthiness == nil || s.Claims == nil {
			t.Errorf("got %s, want text %q, span [0 %d], a worthiness and a claims list", lines[0], want, len(want))
			continue
		}
		if got := *s.Worthiness >= thr; got != tc.worthy {
			t.Errorf("%q scored %.2f, threshold %.3f: want check-worthy=%v", want, *s.Worthiness, thr, tc.worthy)
		}
		if got := len(s.Claims) > 0; got != tc.worthy {
			t.Errorf("%q: claims %v", want, s.Claims)
		}
	}
}

func TestMinWorthinessFlag(t *testing.T) {
	text := "The minister voted for the war. The council closed the library in Leeds.\n"
	count := func(extra ...string) int {
		args := append([]string{"check", "--format", "json", "--published", "2025-08-13"}, extra...)
		args = append(args, "-")
		status, stdout, stderr := veracity(t, text, args...)
		wantStatus(t, args, status, exitOK, stdout, stderr)
		r, err := factcheck.DecodeReport([]byte(stdout))
		if err != nil {
			t.Fatalf("%v\n%s", err, stdout)
		}
		return len(r.Claims)
	}
	if n := count("--min-worthiness", "1"); n != 0 {
		t.Errorf("--min-worthiness 1 kept %d claims", n)
	}
	if n := count("--min-worthiness", "0"); n != 2 {
		t.Errorf("--min-worthiness 0 kept %d claims of two sentences, want 2", n)
	}
	for _, bad := range []string{"1.5", "-0.1", "x", "NaN"} {
		args := []string{"check", "--min-worthiness", bad, "-"}
		status, stdout, stderr := veracity(t, text, args...)
		wantStatus(t, args, status, exitUsage, stdout, stderr)
		if !strings.Contains(stderr, "min-worthiness") {
			t.Errorf("%v: the message does not name the flag: %s", args, stderr)
		}
	}
	args := []string{"extract", "--sentences", "--mentions", "-"}
	status, stdout, stderr := veracity(t, text, args...)
	wantStatus(t, args, status, exitUsage, stdout, stderr)
}
