package web

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAPIPriorWarnings: the warnings the CLI prints about earlier
// fact-checks (ld+json scripts skipped, a date it cannot read, no
// ClaimReview at all) come back in the report's "warnings".
func TestAPIPriorWarnings(t *testing.T) {
	const text = "Putin will be visiting the US for the first time since 2015.\n"
	badDate := strings.Replace(priorReview, `"datePublished": "2025-08-12"`, `"datePublished": "12/08/2025"`, 1)
	page := `<html><head><script type="application/ld+json">{"@type": "BreadcrumbList", "itemListElement": [,]}</script>
<script type="application/ld+json">` + priorReview + `</script></head></html>`
	for _, tc := range []struct {
		name  string
		prior any
		want  []string
	}{
		{"a broken script beside a good one", page,
			[]string{"prior: 1 ClaimReview read, some ld+json skipped: script[1]: line 1, column 96: invalid character ',' looking for beginning of value"}},
		{"a date it cannot read", json.RawMessage(badDate),
			[]string{`prior: ClaimReview 1 (https://factcheck.example/putin-first-visit-since-2015): datePublished "12/08/2025" is not a date veracity reads; left out`}},
		{"no ClaimReview", json.RawMessage(`{"@type": "Person", "name": "Ann"}`), []string{"prior: no ClaimReview in it"}},
		{"nothing to say", json.RawMessage(priorReview), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body, _ := json.Marshal(map[string]any{"text": text, "published": "2025-08-13", "prior": tc.prior})
			resp, out := post(t, NewHandler(), string(body))
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d: %s", resp.StatusCode, out)
			}
			var r struct {
				Version  int      `json:"version"`
				Warnings []string `json:"warnings"`
			}
			if err := json.Unmarshal([]byte(out), &r); err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			if r.Version != 1 {
				t.Errorf("report version %d, want 1:\n%s", r.Version, out)
			}
			if diff := cmp.Diff(tc.want, r.Warnings); diff != "" {
				t.Errorf("warnings (-want +got):\n%s", diff)
			}
		})
	}
}
