package arithmetic

import (
	"strings"
	"time"
	"unicode"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
)

// findWeekdays reports a weekday that does not fit the date it names:
// "on Friday 12 March 2026" when 12 March 2026 is a Thursday. The date is
// the extractor's reading of the mention, its year taken from the text or
// resolved against the publication date; only a date of one day counts.
func (a *analysis) findWeekdays(ms []extract.Mention) {
	for _, m := range ms {
		v := m.Value
		// A day of the month must be written: "Friday" alone is
		// resolved from the weekday itself.
		if m.Kind != claims.KindTime || v.Granularity != claims.GranularityDay || v.Start.IsZero() || !strings.ContainsAny(m.Text, "0123456789") {
			continue
		}
		if !hasYear(m.Text) && !near(v.Start, a.published) {
			// A date without its year is read in the year the
			// publication date suggests; far from it, that year is a
			// guess, and so would the weekday's error be.
			continue
		}
		sp := m.Span
		day, at, ok := weekdayBefore(a.text, m)
		if ok {
			sp.Start = at
		} else if day, at, ok = weekdayAfter(a.text, m); ok {
			sp.End = at
		}
		if !ok || day == v.Start.Weekday() {
			continue
		}
		if sp.End < len(a.text) && a.text[sp.End] == ')' && strings.Contains(a.text[sp.Start:sp.End], "(") {
			sp.End++ // the bracket closed
		}
		msg := a.text[sp.Start:sp.End] + ": " + v.Start.Format("2 January 2006") + " is a " + v.Start.Weekday().String() + ", not a " + day.String()
		if a.seen[msg] {
			continue
		}
		a.seen[msg] = true
		a.findings = append(a.findings, finding{sev: errorSev, spans: []claims.Span{sp}, message: msg})
	}
}

// weekdayBefore finds a weekday written with a date: inside the mention
// ("Friday 12 March") or right before it ("Friday, 12 March", "on
// Friday 12 March"), with nothing but a comma or space between. at is
// where the weekday's word starts.
func weekdayBefore(text string, m extract.Mention) (day time.Weekday, at int, ok bool) {
	if d, n, ok := weekdayPrefix(m.Text); ok && n < len(m.Text) {
		return d, m.Span.Start, true
	}
	i := m.Span.Start
	for i > 0 && (text[i-1] == ' ' || text[i-1] == ',' || text[i-1] == '(') && m.Span.Start-i < 3 {
		i-- // ("on Tuesday (22 January)")
	}
	if i == m.Span.Start {
		return 0, 0, false
	}
	j := i
	for j > 0 && j > i-10 && unicode.IsLetter(rune(text[j-1])) {
		j--
	}
	if j > 0 && unicode.IsLetter(rune(text[j-1])) {
		return 0, 0, false
	}
	d, n, ok := weekdayPrefix(text[j:i])
	if !ok || n != i-j {
		return 0, 0, false
	}
	return d, j, true
}

// weekdayPrefix reads a weekday's name, whole or in its usual short
// form, at the start of s, and returns its length in bytes.
func weekdayPrefix(s string) (time.Weekday, int, bool) {
	end := 0
	for end < len(s) && unicode.IsLetter(rune(s[end])) {
		end++
	}
	w := strings.ToLower(s[:end])
	for d := time.Sunday; d <= time.Saturday; d++ {
		name := strings.ToLower(d.String())
		if w == name || len(w) >= 3 && (w == name[:3] || len(w) == 4 && w == name[:4]) {
			return d, end, true
		}
	}
	return 0, 0, false
}

// hasYear reports whether a date mention writes its year: four digits.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// near reports whether t lies within two months of the publication date.
func near(t, published time.Time) bool {
	if published.IsZero() {
		return false
	}
	d := t.Sub(published)
	return d < 62*24*time.Hour && d > -62*24*time.Hour
}

// weekdayAfter finds a weekday set after a date to name its day: "June 5,
// a Wednesday", "22 January (a Thursday)", "on 5 June (Wednesday)". end
// is where the weekday's word ends.
func weekdayAfter(text string, m extract.Mention) (day time.Weekday, end int, ok bool) {
	rest := text[m.Span.End:min(len(text), m.Span.End+16)]
	k := 0
	switch {
	case strings.HasPrefix(rest, ", a "):
		k = 4
	case strings.HasPrefix(rest, " (a "):
		k = 4
	case strings.HasPrefix(rest, " ("):
		k = 2
	default:
		return 0, 0, false
	}
	d, n, ok := weekdayPrefix(rest[k:])
	if !ok || n == 0 {
		return 0, 0, false
	}
	if after := rest[k+n:]; after != "" && unicode.IsLetter(rune(after[0])) {
		return 0, 0, false
	}
	return d, m.Span.End + k + n, true
}
