package extract

import (
	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// dayJoints join two days of one month: "9 to 12 June", "April 9th
// through 17th".
var dayJoints = words(`to till until through thru - and`)

// dayFirstRange reads two days before one month at token i: "9 to 12 of
// June", "between the ninth and the seventeenth of April", "from 3 till 9
// June 2024", "the twenty-seventh to the third of April" (from the month
// before). "18 and 19 June" without "between" is a list: the first day
// alone.
func (d *doc) dayFirstRange(i, limit int) (mention, bool) {
	m := mention{first: i}
	j := i
	if d.f(j) == "the" {
		j++
	}
	d1, e1, ord1, ok := d.dayNumberAt(j, limit, false)
	if !ok || e1 >= limit || !d.in(dayJoints, e1) || d.toks[j].Kind == text.Word && !ord1 {
		return m, false
	}
	joint := d.f(e1)
	between := i > 0 && d.f(i-1) == "between"
	if joint == "and" && d.fAt(e1+1) == "the" && !between {
		return m, false
	}
	k := e1 + 1
	if d.fAt(k) == "the" {
		k++
	}
	d2, e2, ord2, ok := d.dayNumberAt(k, limit, false)
	if !ok || d.toks[k].Kind == text.Word && !ord2 || e2 >= limit {
		return m, false
	}
	of := e2
	if d.f(e2) == "of" {
		e2++
	}
	mon, e3, ok := d.monthAt(e2, limit)
	if !ok {
		return d.daysOfMonth(i, j, e1, k, of, d1, d2, limit)
	}
	y, end, hasYear := d.yearAfterDay(e3, limit)
	if !hasYear {
		end = e3
	}
	var last claims.Value
	if hasYear {
		if !validDate(y, mon, d2) {
			return m, false
		}
		last = dayValue(day(y, mon, d2))
	} else {
		last = d.monthDayAt(mon, d2, i)
		m.relative = true
	}
	if last.Kind != claims.KindTime {
		return m, false
	}
	if last.Start.IsZero() {
		m.last, m.val = end, last
		return m, true
	}
	s := day(last.Start.Year(), last.Start.Month(), d1)
	if d1 > d2 {
		s = day(last.Start.Year(), last.Start.Month()-1, d1)
	}
	if s.Day() != d1 {
		return m, false
	}
	if joint == "and" && !between {
		// a list, "18 and 19 June": the first day; the second is read
		// on its own
		m.last = e1
		m.val = dayValue(s)
		return m, true
	}
	if between || d.fAt(i-1) == "from" {
		m.first = i - 1
		m.marker = d.f(i - 1)
	}
	m.last = end
	m.val = claims.Value{Kind: claims.KindTime, Start: s, End: last.End, Granularity: claims.GranularityDay}
	a := mention{first: j, last: e1, relative: m.relative, val: dayValue(s)}
	b := mention{first: k, last: end, relative: m.relative, val: last}
	a.val.Text, b.val.Text = d.textOf(a.first, a.last), d.textOf(b.first, b.last)
	m.ends = &[2]mention{a, b}
	return m, true
}

// dayRangeAfter extends a day mention over a second day of its month:
// "April 9th through 17th", "March 3-5". The second day must not be
// followed by a month or a figure of its own.
func (d *doc) dayRangeAfter(m mention, limit int) mention {
	k := m.last
	if m.val.Granularity != claims.GranularityDay || m.val.Start.IsZero() || k+1 >= limit || !d.in(dayJoints, k) || d.f(k) == "and" {
		return m
	}
	if l := m.last - 1; d.toks[l].Kind == text.Word && ordinalWords.at(d.f(l)) == 0 && !(l > 0 && d.toks[l].Glued() && d.toks[l-1].Kind == text.Number) {
		return m // "Friday to …", "tomorrow to …"
	}
	j := k + 1
	if d.f(j) == "the" {
		j++
	}
	dd, e, ord, ok := d.dayNumberAt(j, limit, false)
	if !ok || d.toks[j].Kind == text.Word && !ord {
		return m
	}
	if e < limit {
		if _, _, isMonth := d.monthAt(e, limit); isMonth || d.f(e) == "of" || d.toks[e].Kind == text.Number || d.toks[e].Glued() && d.toks[e].Kind == text.Punct && d.f(e) != "," && d.f(e) != "." {
			return m
		}
		if d.toks[e].Kind == text.Word && durationUnits.at(d.f(e)) != "" || d.toks[e].Kind == text.Word && !ord && !d.toks[e].Has(text.Cap) && !d.in(functionWords, e) {
			return m // "March 3 to 5 days", "1 May to 3 people"
		}
	}
	s := m.val.Start
	if dd <= s.Day() || !validDate(s.Year(), s.Month(), dd) {
		return m
	}
	m.last = e
	m.val.End = day(s.Year(), s.Month(), dd+1)
	return m
}

// daysOfMonth reads two days of a month named without its name, "from
// the 4th to the 23rd of next month", "4-23 in this month", the days
// read at tokens j to e1 and k, the word "of" or "in" at token of. "In"
// follows only days joined by a dash and comes before "next", "this"…
// ("rose from 4 to 23 in the next month" counts, "4-23 in March" may be
// a score).
func (d *doc) daysOfMonth(i, j, e1, k, of, d1, d2, limit int) (mention, bool) {
	m := mention{first: i, relative: true}
	switch d.fAt(of) {
	case "of":
	case "in":
		switch d.fAt(of + 1) {
		case "next", "this", "last", "coming":
		default:
			return m, false // "from 4-23 in March" may be a score
		}
		if d.f(e1) != "-" || !d.toks[e1].Glued() || !d.toks[k].Glued() {
			return m, false
		}
	default:
		return m, false
	}
	x, ok := d.periodAfterOf(of+1, limit)
	if !ok || x.first != of+1 || x.val.Granularity != claims.GranularityMonth || x.val.Start.IsZero() || d1 >= d2 {
		return m, false
	}
	y, mon := x.val.Start.Year(), x.val.Start.Month()
	if !validDate(y, mon, d1) || !validDate(y, mon, d2) {
		return m, false
	}
	if w := d.fAt(i - 1); i > 0 && (w == "between" || w == "from") {
		m.first, m.marker = i-1, w
	}
	m.last = x.last
	m.val = claims.Value{Kind: claims.KindTime, Start: day(y, mon, d1), End: day(y, mon, d2+1), Granularity: claims.GranularityDay}
	a := mention{first: j, last: e1, relative: true, val: dayValue(m.val.Start)}
	b := mention{first: k, last: x.last, relative: true, val: dayValue(day(y, mon, d2))}
	a.val.Text, b.val.Text = d.textOf(a.first, a.last), d.textOf(b.first, b.last)
	m.ends = &[2]mention{a, b}
	return m, true
}
