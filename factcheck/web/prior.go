package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/veracity-go/veracity/factcheck/claimreview"
)

// maxWarnings is how many warnings about a request's earlier fact-checks
// the API returns; the rest are counted in one more.
const maxWarnings = 20

// decodePrior reads a request's earlier fact-checks: ClaimReview JSON-LD
// (or a Fact Check Tools API response) as a JSON object or array, or a
// string holding JSON-LD or an HTML page with ld+json scripts, as a page
// that uploads a file sends it. It returns nil when there are none,
// together with the warnings the CLI prints for a --prior file: scripts
// skipped, dates and URLs that could not be read, no ClaimReview at all.
// Markup that does not parse is a bad request; so is a page whose scripts
// hold no ClaimReview but fail to parse.
func decodePrior(raw json.RawMessage) (*claimreview.Index, []string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil, nil
	}
	data := []byte(raw)
	switch raw[0] {
	case '{', '[':
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return nil, nil, badf("prior: %v", err)
		}
		if strings.TrimSpace(s) == "" {
			return nil, nil, nil
		}
		data = []byte(s)
	default:
		return nil, nil, badf(`bad "prior": want ClaimReview JSON-LD (a JSON object or array) or the text of a ClaimReview file or HTML page (a string)`)
	}
	// A JSON string cannot carry gzip's bytes, so nothing read may be
	// larger than the request gave.
	reviews, err := claimreview.Reader{MaxSize: int64(len(data))}.Read(data)
	if err != nil && len(reviews) == 0 {
		return nil, nil, badf("bad prior: %s", strings.ReplaceAll(err.Error(), "claimreview: ", ""))
	}
	var warnings []string
	if err != nil {
		noun := "ClaimReviews"
		if len(reviews) == 1 {
			noun = "ClaimReview"
		}
		warnings = append(warnings, fmt.Sprintf("prior: %d %s read, some ld+json skipped: %s",
			len(reviews), noun, strings.ReplaceAll(strings.ReplaceAll(err.Error(), "claimreview: ", ""), "\n", "; ")))
	}
	more := 0
	for i, r := range reviews {
		for _, w := range r.Warnings {
			if len(warnings) >= maxWarnings {
				more++
				continue
			}
			which := fmt.Sprintf("ClaimReview %d", i+1)
			if r.URL != "" {
				which += " (" + r.URL + ")"
			}
			warnings = append(warnings, fmt.Sprintf("prior: %s: %s", which, w))
		}
	}
	if more > 0 {
		warnings = append(warnings, fmt.Sprintf("prior: %d more warnings like these", more))
	}
	if len(reviews) == 0 {
		return nil, append(warnings, "prior: no ClaimReview in it"), nil
	}
	return claimreview.NewIndex(reviews), warnings, nil
}

// withWarnings adds "warnings": [...] to a JSON report (an object), when
// there are any.
func withWarnings(report []byte, warnings []string) []byte {
	if len(warnings) == 0 {
		return report
	}
	body := bytes.TrimRight(report, " \t\r\n")
	if len(body) < 2 || body[len(body)-1] != '}' {
		return report
	}
	list, err := json.Marshal(warnings)
	if err != nil {
		return report
	}
	var b bytes.Buffer
	b.Write(bytes.TrimRight(body[:len(body)-1], " \t\r\n"))
	b.WriteString(",\n  \"warnings\": ")
	b.Write(list)
	b.WriteString("\n}\n")
	return b.Bytes()
}
