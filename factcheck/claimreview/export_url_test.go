package claimreview

import (
	"bytes"
	"strings"
	"testing"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
)

// The export carries only http(s) URLs: a javascript: or data: URL from
// the document is dropped, with a warning (issue 16).
func TestExportDropsNonWebURLs(t *testing.T) {
	for _, tt := range []struct {
		url  string
		keep bool
	}{
		{"https://example.org/news", true},
		{"http://example.org/news", true},
		{"javascript:alert(1)", false},
		{"JavaScript:alert(1)", false},
		{"data:text/html,<script>alert(1)</script>", false},
		{"//example.org/news", false},
		{"vbscript:x", false},
	} {
		r := &factcheck.Report{
			Document: claims.Document{Title: "T", URL: tt.url},
			Claims:   []claims.Claim{{ID: "c1", Text: "Anchorage is the venue."}},
			Verdicts: []factcheck.Verdict{{Claim: "c1", Rating: factcheck.True}},
		}
		var warnings []string
		var b bytes.Buffer
		err := Write(&b, r, BaseURL(tt.url), Organization("Desk", tt.url), Warn(func(m string) { warnings = append(warnings, m) }))
		if err != nil {
			t.Fatal(err)
		}
		out := b.String()
		if tt.keep {
			if !strings.Contains(out, tt.url) || len(warnings) > 0 {
				t.Errorf("%s: dropped (warnings %v):\n%s", tt.url, warnings, out)
			}
			continue
		}
		lower := strings.ToLower(out)
		if strings.Contains(lower, "javascript:") || strings.Contains(lower, "data:") || strings.Contains(lower, "vbscript:") || strings.Contains(out, `"//example`) {
			t.Errorf("%s: written:\n%s", tt.url, out)
		}
		if len(warnings) != 3 {
			t.Errorf("%s: warnings %q, want one each for the document, organization and review URLs", tt.url, warnings)
		}
	}
}
