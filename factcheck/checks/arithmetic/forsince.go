package arithmetic

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
)

// findForSince reports a span of time in the present perfect that the
// time it runs from, given in the same sentence, does not give by the
// publication date: "The site has stood empty for nearly a decade, since
// the store closed in March 2021" (in June 2025: 4 years). The span must
// follow "has" or "have" and a few words and "for" (a span that ran up
// to now); the time, with a year, must follow it after "since" with no
// other time between; "nearly", "more than" and "about" bound the span
// as they bound "N years ago" (elapsedWrong).
func (a *analysis) findForSince(ms []extract.Mention) {
	if a.published.IsZero() {
		return
	}
	for i := range ms {
		d := &ms[i]
		if d.Kind != claims.KindDuration {
			continue
		}
		unit, ok := unitYears[strings.TrimSuffix(d.Value.Unit, "s")]
		if !ok || d.Value.Amount <= 0 {
			continue
		}
		if !perfectFor.MatchString(strings.ToLower(a.text[max(0, d.Span.Start-60):d.Span.Start])) {
			continue
		}
		since := a.sinceTime(ms, i)
		if since == nil {
			continue
		}
		stated := d.Value.Amount * unit
		lo, hi, wrong := a.spanWrong(stated, unit, spanCmp(d.Text), since.Value)
		if !wrong {
			continue
		}
		msg := fmt.Sprintf("for %s, since %s: from %s to %s is %s", d.Text, since.Text, since.Text,
			a.published.Format("2 January 2006"), sinceText(lo, hi, unit))
		if a.seen[msg] {
			continue
		}
		a.seen[msg] = true
		a.findings = append(a.findings, finding{sev: warningSev, spans: []claims.Span{d.Span, since.Span}, message: msg})
	}
}

// unitYears gives the units of a span in years.
var unitYears = map[string]float64{"decade": 10, "year": 1, "month": 1.0 / 12, "week": 7 / 365.2425}

// perfectFor ends the words before a span that runs up to now: "has
// stood empty for ", "have lived in the village for the past ". Not "had
// … for", which runs to a time in the past.
var perfectFor = regexp.MustCompile(`(?:^|[^a-z'])(?:has|have|'s|'ve)(?:\s+(?:not\s+|never\s+)?[a-z'-]+){1,6}\s+for\s+(?:the\s+(?:past|last)\s+)?$`)

// sinceTime returns the time with a year that "since" brings in right
// after the span ms[i] in its sentence ("for nearly a decade, since the
// store closed in March 2021"), or nil.
func (a *analysis) sinceTime(ms []extract.Mention, i int) *extract.Mention {
	d := ms[i]
	after := a.text[d.Span.End:min(len(a.text), d.Span.End+12)]
	if !strings.HasPrefix(strings.TrimLeft(after, ", "), "since ") {
		return nil
	}
	for j := i + 1; j < len(ms); j++ {
		m := &ms[j]
		if m.Span.Start < d.Span.End {
			continue
		}
		if m.Span.Start-d.Span.End > 80 || strings.ContainsAny(a.text[d.Span.End:m.Span.Start], ".;!?") {
			return nil
		}
		if m.Kind == claims.KindDuration {
			return nil // another span between
		}
		if m.Kind != claims.KindTime {
			continue
		}
		if m.Relative || m.Value.Start.IsZero() || m.Value.Granularity > claims.GranularityYear ||
			m.Value.Granularity == claims.GranularityUnknown {
			return nil // (a time with a year of its own, no "last year")
		}
		return m
	}
	return nil
}

// spanCmp returns how the words of a span bound it: ">" for "more than
// six months", "<" for "less than", "≈<" for "nearly a decade", "" for a
// plain or approximate one.
func spanCmp(text string) string {
	t := strings.ToLower(text)
	switch {
	case strings.HasPrefix(t, "more than "), strings.HasPrefix(t, "over "):
		return ">"
	case strings.HasPrefix(t, "less than "), strings.HasPrefix(t, "under "), strings.HasPrefix(t, "fewer than "):
		return "<"
	case strings.HasPrefix(t, "nearly "), strings.HasPrefix(t, "almost "):
		return "≈<"
	}
	return ""
}

// spanWrong is elapsedWrong for a span of any unit (in years): a plain
// span may be off by one of its units, or a tenth, whichever is more.
func (a *analysis) spanWrong(stated, unit float64, cmp string, since claims.Value) (lo, hi float64, wrong bool) {
	if cmp != "" {
		return a.elapsedWrong(stated, cmp, since)
	}
	lo, hi = years(since.End, a.published), years(since.Start, a.published)
	tol := max(unit, 0.1*stated)
	return lo, hi, stated < lo-tol || stated > hi+tol
}

// sinceText writes lo to hi years in the span's unit: "4 years", "4 to 5
// months".
func sinceText(lo, hi, unit float64) string {
	if unit >= 1 {
		return elapsedText(lo, hi)
	}
	name := "months"
	if unit < 1.0/12 {
		name = "weeks"
	}
	l, h := int(max(lo, 0)/unit), int(hi/unit)
	if l == h {
		return fmt.Sprintf("%d %s", l, name)
	}
	return fmt.Sprintf("%d to %d %s", l, h, name)
}
