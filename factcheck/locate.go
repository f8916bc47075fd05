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
//
// The search is bounded: once it has read the text locateBudget times over
// (a huge set whose claims quote little of a long text), the remaining
// claims keep their zero spans, so the cost stays linear in the text.
// locateBudget is how many times over locateClaims may read the text.
const locateBudget = 64

func locateClaims(text string, cs []claims.Claim) []claims.Claim {
	if text == "" {
		return cs
	}
	out := cs
	copied := false
	from := 0
	budget := locateBudget * (len(text) + 1)
	for i, c := range cs {
		if !c.Span.IsZero() {
			from = min(max(c.Span.End, 0), len(text))
			continue
		}
		if len(c.Text) < 8 { // too short to place with confidence
			continue
		}
		if budget <= 0 {
			break
		}
		at := strings.Index(text[from:], c.Text)
		if at >= 0 {
			budget -= at + len(c.Text)
			at += from
		} else {
			budget -= len(text) - from
			if at = strings.Index(text, c.Text); at < 0 {
				budget -= len(text)
				continue
			}
			budget -= at + len(c.Text)
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
