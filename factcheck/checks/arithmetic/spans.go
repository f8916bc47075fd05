package arithmetic

import (
	"fmt"
	"math"
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
)

// findSpanLengths reports a length in weeks, months or years given
// beside the dates it runs from and to that it does not fit: "will close for 14 weeks, from 3 March to
// 2 May", "the 14-week closure will run from 3 March to 2 May" (8 weeks
// and 5 days). The length and the range must be next to each other in
// one sentence, with no other time or length between them and none
// other in the sentence, and the length must be stated plainly (not
// "about", "more than", "up to" …). Ends may be counted in or out: a
// length is wrong only when it misses the range by more than one of its
// units.
func (a *analysis) findSpanLengths(ms []extract.Mention) {
	for i := range ms {
		d := &ms[i]
		if d.Kind != claims.KindDuration || d.Relative || d.Value.Cmp != 0 || d.Value.Amount <= 0 {
			continue
		}
		unitDays, ok := spanUnitDays[d.Value.Unit]
		ofEvent := d.Value.Unit == "day" && eventDays(d.Text)
		if !ok && !ofEvent {
			continue
		}
		// The nearest figure or time after it, or before it, in its
		// sentence (names between are no matter).
		var r *extract.Mention
		if j := nextNotEntity(ms, i, 1); j >= 0 && ms[j].Kind == claims.KindTime && a.together(d.Span, ms[j].Span) {
			r = &ms[j]
		} else if j := nextNotEntity(ms, i, -1); j >= 0 && ms[j].Kind == claims.KindTime && a.together(ms[j].Span, d.Span) {
			r = &ms[j]
		}
		if r == nil || !(isRange(r) || ofEvent && isBetween(r)) || a.otherTimes(ms, i, r) || approximate(a.text, d.Span.Start) {
			continue
		}
		between := r.Value.End.Sub(r.Value.Start).Hours() / 24
		if ofEvent {
			// "a three-day festival from 14 to 16 August": its days, the
			// ends counted in (or, leniently, out)
			if n := math.Round(between); n == d.Value.Amount || n-1 == d.Value.Amount {
				continue
			}
		} else if got := between / unitDays; math.Abs(got-d.Value.Amount) <= 1 {
			continue
		}
		msg := fmt.Sprintf("%s, %s: %s to %s is %s, not %s", d.Text, r.Text,
			r.Value.Start.Format("2 January 2006"), r.Value.End.AddDate(0, 0, -1).Format("2 January 2006"),
			spanText(between), unitsText(d.Value.Amount, d.Value.Unit))
		if a.seen[msg] {
			continue
		}
		a.seen[msg] = true
		a.findings = append(a.findings, finding{sev: errorSev, spans: []claims.Span{d.Span, r.Span}, message: msg})
	}
}

// spanUnitDays are the days of the units a length is checked in. Days
// are not: "sat for six days between 3 and 10 March" counts the days it
// sat, not the days between. An event's days are (eventDays).
var spanUnitDays = map[string]float64{"week": 7, "month": 365.25 / 12, "year": 365.25}

// eventDays reports a length in days written as a thing's modifier, "a
// three-day festival", "the 10-day event": the days it runs, every one
// of them, as its range of dates gives them.
func eventDays(text string) bool {
	return strings.HasSuffix(strings.ToLower(text), "-day")
}

// isRange reports a time mention that runs from one written date of a
// day to another: "from 3 March to 2 May". ("Between 3 and 10 March" is a
// window something happened within, not its extent.)
func isRange(m *extract.Mention) bool {
	v := m.Value
	if v.Granularity != claims.GranularityDay || v.Start.IsZero() || v.End.Sub(v.Start).Hours() < 48 {
		return false
	}
	t := strings.ToLower(m.Text)
	return strings.HasPrefix(t, "from ") && (strings.Contains(t, " to ") || strings.Contains(t, " until ") || strings.Contains(t, "–"))
}

// isBetween reports a time mention that runs between one written day and
// another: "between 20 and 21 September", the days an event of so many
// days runs (eventDays), not a window for a length of another kind.
func isBetween(m *extract.Mention) bool {
	v := m.Value
	return v.Granularity == claims.GranularityDay && !v.Start.IsZero() && v.End.Sub(v.Start).Hours() >= 48 &&
		strings.HasPrefix(strings.ToLower(m.Text), "between ") && strings.Contains(m.Text, " and ")
}

// together reports two spans, a before b, in one sentence with at most a
// few words between them.
func (a *analysis) together(x, y claims.Span) bool {
	if y.Start < x.End || y.Start-x.End > 60 {
		return false
	}
	return !strings.ContainsAny(a.text[x.End:y.Start], ".;?!")
}

// otherTimes reports another time or length in the sentence of mention i
// than it and r: "ran for 14 weeks last year and will run from 3 March
// to 2 May" pairs a length with another time. It looks at the eight
// mentions either side, within 300 bytes: bounded work however many
// mentions a sentence holds (more than that is another time anyway).
func (a *analysis) otherTimes(ms []extract.Mention, i int, r *extract.Mention) bool {
	lo, hi := min(ms[i].Span.Start, r.Span.Start), max(ms[i].Span.End, r.Span.End)
	for _, step := range []int{-1, 1} {
		for j, n := i+step, 0; j >= 0 && j < len(ms) && n < 8; j, n = j+step, n+1 {
			m := &ms[j]
			if m == r || m.Kind == claims.KindEntity {
				continue
			}
			var gap string
			if step < 0 {
				if m.Span.End > lo {
					continue // (a mention inside or across the pair's)
				}
				if lo-m.Span.End > 300 {
					break
				}
				gap = a.text[m.Span.End:lo]
			} else {
				if m.Span.Start < hi {
					continue
				}
				if m.Span.Start-hi > 300 {
					break
				}
				gap = a.text[hi:m.Span.Start]
			}
			if strings.ContainsAny(gap, ".?!\n") {
				break // another sentence
			}
			if m.Kind == claims.KindTime || m.Kind == claims.KindDuration {
				return true
			}
		}
	}
	return false
}

// approximate reports a comparator (comparatorBefore) or another word
// that makes the length at at loose: "about 14 weeks", "up to six
// weeks", "another two months".
func approximate(text string, at int) bool {
	if comparatorBefore(text, at) != "" {
		return true
	}
	before := " " + strings.ToLower(text[max(0, at-16):at])
	for _, w := range []string{" roughly ", " up to ", " at least ", " approximately ", " just ", " another ", " extra ", " further "} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// spanText says how long a range of days is: "8 weeks and 5 days", "61 days".
func spanText(days float64) string {
	n := int(math.Round(days))
	switch {
	case n >= 14 && n%7 == 0:
		return fmt.Sprintf("%d weeks", n/7)
	case n >= 14:
		return fmt.Sprintf("%d weeks and %d days", n/7, n%7)
	}
	return fmt.Sprintf("%d days", n)
}

// nextNotEntity returns the index of the mention next to i in direction
// step that is no name, within three mentions; -1 when there is none.
func nextNotEntity(ms []extract.Mention, i, step int) int {
	for j := i + step; j >= 0 && j < len(ms) && j != i+4*step; j += step {
		if ms[j].Kind != claims.KindEntity {
			return j
		}
	}
	return -1
}

// unitsText writes a length: "14 weeks", "1 month".
func unitsText(n float64, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%g %ss", n, unit)
}
