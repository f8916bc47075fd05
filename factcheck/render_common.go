package factcheck

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/veracity-go/veracity/claims"
)

// displayOrder is the order renderers list verdicts in: what most needs an
// editor's attention first, unverified claims last.
var displayOrder = []Rating{False, Conflicting, MostlyFalse, HalfTrue, MostlyTrue, True, Unverified}

// verdictGroup is the verdicts of one rating, in claim order.
type verdictGroup struct {
	Rating   Rating
	Verdicts []Verdict
}

// groupVerdicts returns the report's verdicts grouped by rating in display
// order, leaving out ratings no verdict has.
func (r *Report) groupVerdicts() []verdictGroup {
	by := make(map[Rating][]Verdict)
	for _, v := range r.Verdicts {
		by[v.Rating] = append(by[v.Rating], v)
	}
	var out []verdictGroup
	for _, rating := range displayOrder {
		if vs := by[rating]; len(vs) > 0 {
			out = append(out, verdictGroup{rating, vs})
			delete(by, rating)
		}
	}
	// Ratings outside the known set, should a caller build one, go last.
	for _, rating := range Ratings {
		delete(by, rating)
	}
	for rating, vs := range by {
		out = append(out, verdictGroup{rating, vs})
	}
	return out
}

// counts returns the report's counts in words: "5 claims: 1 false,
// 4 unverified · 2 findings (1 error, 1 warning)".
func (r *Report) counts() string {
	s := r.Summary()
	var b strings.Builder
	b.WriteString(plural(s.Claims, "claim"))
	var parts []string
	for _, rating := range displayOrder {
		if n := s.Verdicts[rating]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, rating))
		}
	}
	if len(parts) > 0 {
		b.WriteString(": ")
		b.WriteString(strings.Join(parts, ", "))
	}
	b.WriteString(" · ")
	b.WriteString(plural(s.Findings, "finding"))
	parts = parts[:0]
	for _, sev := range []Severity{Error, Warning, Info} {
		if n := s.BySeverity[sev]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, sev))
		}
	}
	if len(parts) > 0 {
		fmt.Fprintf(&b, " (%s)", strings.Join(parts, ", "))
	}
	return b.String()
}

// truncation returns the line that says what the report left out past its
// caps, "" when nothing was: "Left out past the caps: 302608 findings,
// 12 claims."
func (r *Report) truncation() string {
	t := r.Truncated
	if t.IsZero() {
		return ""
	}
	var parts []string
	if t.Findings > 0 {
		parts = append(parts, plural(t.Findings, "finding"))
	}
	if t.Claims > 0 {
		parts = append(parts, plural(t.Claims, "claim"))
	}
	return "Left out past the caps: " + strings.Join(parts, ", ") + "."
}

// plural returns "1 claim", "2 claims".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// claimText returns the text of the claim with the given id on one line,
// or "" when the report has no such claim or it has no text.
func (r *Report) claimText(id string) string {
	c, ok := r.Claim(id)
	if !ok {
		return ""
	}
	return oneLine(c.Text)
}

// oneLine puts s on one line for a terminal or a Markdown cell: runs of
// white space, newlines included, become one space, and other control
// characters, which could move a terminal's cursor or change its colours,
// become U+FFFD.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return '\uFFFD'
		}
		return r
	}, strings.Join(strings.Fields(s), " "))
}

// passages returns the text of a finding's spans, when it names no claim
// that would show where it is: the figures an arithmetic finding read, as
// one passage from the first to the last when that is short ("60 seats,
// Labour holds 29, … and independents 5"), else each. Spans outside the
// document's text, or not on rune boundaries, are left out.
func (r *Report) passages(f Finding) []string {
	if len(f.Claims) > 0 {
		return nil
	}
	text := r.Document.Text
	var spans []claims.Span
	for _, sp := range f.Spans {
		if sp.Start >= 0 && sp.End <= len(text) && sp.Start < sp.End && utf8.RuneStart(text[sp.Start]) &&
			(sp.End == len(text) || utf8.RuneStart(text[sp.End])) {
			spans = append(spans, sp)
		}
	}
	if len(spans) == 0 {
		return nil
	}
	lo, hi := spans[0].Start, spans[0].End
	for _, sp := range spans[1:] {
		lo, hi = min(lo, sp.Start), max(hi, sp.End)
	}
	if hi-lo <= maxPassage {
		return []string{oneLine(text[lo:hi])}
	}
	out := make([]string, len(spans))
	for i, sp := range spans {
		out[i] = oneLine(text[sp.Start:sp.End])
	}
	return out
}

// maxPassage is the longest passage, in bytes, a finding quotes whole.
const maxPassage = 300
