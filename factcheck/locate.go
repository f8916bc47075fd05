package factcheck

import (
	"slices"
	"strings"

	"github.com/veracity-go/veracity/claims"
)

// locateClaims returns the claims with the spans their texts have in the
// document, for claims written by hand that quote the article but give no
// span. A claim's text is looked for verbatim, first after the previous
// located claim (claims are usually listed in document order), then from
// the start; a claim whose text is not in the document keeps its zero span.
// The claims given are not modified: a copy is returned when any span is
// filled in.
func locateClaims(text string, cs []claims.Claim) []claims.Claim {
	if text == "" {
		return cs
	}
	out := cs
	copied := false
	from := 0
	for i, c := range cs {
		if !c.Span.IsZero() {
			from = min(max(c.Span.End, 0), len(text))
			continue
		}
		if len(c.Text) < 8 { // too short to place with confidence
			continue
		}
		at := strings.Index(text[from:], c.Text)
		if at >= 0 {
			at += from
		} else if at = strings.Index(text, c.Text); at < 0 {
			continue
		}
		if !copied {
			out = slices.Clone(cs)
			copied = true
		}
		out[i].Span = claims.Span{Start: at, End: at + len(c.Text)}
		from = at
	}
	return out
}
