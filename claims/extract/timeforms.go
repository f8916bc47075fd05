package extract

import (
	"strconv"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// Less common written forms of times: month pairs, quarters and halves,
// eight-figure dates, days glued to month names, weekdays of a counted
// week.

// monthPair reports whether the month name at token i is one of a pair
// of months joined into a range: "Jan-Feb", "Nov-Feb 5th", "from Nov to
// March", "between March and May".
func (d *doc) monthPair(i, limit int) bool {
	if i+2 < limit && d.monthJoint(i+1, i) {
		if _, ok := monthNames.get(d.f(i + 2)); ok {
			return true
		}
	}
	if i >= 2 && d.monthJoint(i-1, i-2) {
		if _, ok := monthNames.get(d.f(i - 2)); ok {
			return true
		}
	}
	return false
}

// monthJoint reports whether token j joins two months into a range, the
// first at token a: a dash between them ("Jan-Feb"), "to", "until",
// "through", or "and" after "between".
func (d *doc) monthJoint(j, a int) bool {
	switch d.f(j) {
	case "-":
		return d.toks[j].Glued() && d.toks[j+1].Glued()
	case "to", "until", "till", "through", "thru":
		return true
	case "and":
		return a > 0 && d.f(a-1) == "between"
	}
	return false
}

// quarterOrHalfValue returns quarter "q1"…"q4" or half "h1", "h2" of
// year y.
func quarterOrHalfValue(w string, y int) (claims.Value, bool) {
	if len(w) != 2 {
		return claims.Value{}, false
	}
	switch {
	case w[0] == 'q' && w[1] >= '1' && w[1] <= '4':
		s := day(y, time.Month(3*int(w[1]-'1')+1), 1)
		return claims.Value{Kind: claims.KindTime, Start: s, End: s.AddDate(0, 3, 0), Granularity: claims.GranularityQuarter}, true
	case w[0] == 'h' && (w[1] == '1' || w[1] == '2'):
		s := day(y, time.Month(6*int(w[1]-'1')+1), 1)
		return claims.Value{Kind: claims.KindTime, Start: s, End: s.AddDate(0, 6, 0), Granularity: claims.GranularityMonth}, true
	}
	return claims.Value{}, false
}

// quarterOrHalf reads "Q1 2019", "H1 2019", and a quarter alone, "Q3":
// that quarter of the publication year, or of the year before or after
// by the clause's tense. A half alone ("H1") is not read.
func (d *doc) quarterOrHalf(i, limit int) (mention, bool) {
	m := mention{first: i}
	w := d.f(i)
	k := i + 1
	if d.fAt(k) == "-" && k < limit && d.toks[k].Glued() {
		k++
	}
	if y, ok := d.yearAt(k, limit); ok {
		m.val, _ = quarterOrHalfValue(w, y)
		m.last = k + 1
		return m, true
	}
	if w[0] != 'q' || i+1 < limit && d.toks[i+1].Kind == text.Number {
		return m, false
	}
	m.last, m.relative = i+1, true
	p := d.published
	if p.IsZero() {
		m.val = unresolved(claims.GranularityQuarter)
		return m, true
	}
	v, _ := quarterOrHalfValue(w, p.Year())
	cur, _ := period(p, "quarter", 0)
	switch fwd := d.forward(i); {
	case fwd && v.End.Before(cur.Start) || fwd && v.End.Equal(cur.Start):
		v, _ = quarterOrHalfValue(w, p.Year()+1)
	case !fwd && v.Start.After(cur.Start):
		v, _ = quarterOrHalfValue(w, p.Year()-1)
	}
	m.val = v
	return m, true
}

// compactDate reads a day written as eight figures, "20161016": a year
// from 1900 to 2099, a month and a day, not part of a longer code.
func (d *doc) compactDate(i, limit int) (mention, bool) {
	m := mention{first: i}
	s := d.f(i)
	if len(s) != 8 || s[0] != '1' && s[0] != '2' || i+1 < limit && d.toks[i+1].Glued() && d.toks[i+1].Kind != text.Punct {
		return m, false
	}
	if i > 0 && d.toks[i].Glued() && (d.toks[i-1].Kind != text.Punct || currencySymbols.at(d.f(i-1)) != "") {
		return m, false
	}
	y, err1 := strconv.Atoi(s[:4])
	mo, err2 := strconv.Atoi(s[4:6])
	dd, err3 := strconv.Atoi(s[6:])
	if err1 != nil || err2 != nil || err3 != nil || y < 1900 || y > 2099 || !validDate(y, time.Month(mo), dd) {
		return m, false
	}
	m.val = dayValue(day(y, time.Month(mo), dd))
	m.last = i + 1
	return m, true
}

// gluedMonthDay reads a month name with its day glued on at token i,
// "Dec31, 1994", "mar3": not a code in capitals.
func (d *doc) gluedMonthDay(i, limit int) (mention, bool) {
	m := mention{first: i}
	w := d.f(i)
	if len(w) < 4 || len(w) > 11 || d.toks[i].Has(text.Upper) || !isDigit(w[len(w)-1]) {
		return m, false
	}
	k := len(w)
	for k > 0 && isDigit(w[k-1]) {
		k--
	}
	mon, ok := monthNames.get(w[:k])
	if !ok || k < 3 || len(w)-k > 2 {
		return m, false
	}
	dd, _ := strconv.Atoi(w[k:])
	if dd < 1 || dd > 31 {
		return m, false
	}
	if y, end, ok := d.yearAfterDay(i+1, limit); ok && validDate(y, mon, dd) {
		m.val, m.last = dayValue(day(y, mon, dd)), end
		return m, true
	}
	m.last, m.relative = i+1, true
	m.val = d.monthDayAt(mon, dd, i)
	return m, m.val.Kind == claims.KindTime
}

// weekdayOfShift reads a weekday before a day counted from another,
// "Monday two weeks from now", "Thursday, two years from now": that
// weekday of the week (Monday to Sunday) holding the day.
func (d *doc) weekdayOfShift(i, j, limit int, wd time.Weekday) (mention, bool) {
	if j >= limit || d.toks[j].Kind != text.Number && unitWords.at(d.f(j)) == 0 && d.f(j) != "a" {
		return mention{}, false
	}
	x, ok := d.relativeTime(j, limit)
	if !ok || x.first != j || x.val.Kind != claims.KindTime || x.val.Granularity != claims.GranularityDay || x.last-x.first < 3 {
		return mention{}, false
	}
	x.first = i
	if !x.val.Start.IsZero() {
		s := x.val.Start
		mon := s.AddDate(0, 0, -((int(s.Weekday()) + 6) % 7))
		x.val = dayValue(mon.AddDate(0, 0, (int(wd)+6)%7))
	}
	return x, true
}
