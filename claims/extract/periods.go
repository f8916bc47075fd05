package extract

import (
	"strings"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// currentPeriod reads "the month", "this year", "the week", "the
// quarter", "the decade", "month" at token k, after "end of" or "first
// week of": the period holding the publication date. It returns the mention and whether it read one.
func (d *doc) currentPeriod(k, limit int) (mention, bool) {
	u := d.fAt(k)
	e := k
	if u == "the" || u == "this" {
		e++
	}
	unit := d.fAt(e)
	if unit != "month" && unit != "week" && unit != "year" && unit != "quarter" && unit != "decade" || e >= limit || u == "the" && d.fAt(e+1) == "of" {
		return mention{}, false
	}
	x := mention{first: k, last: e + 1, relative: true}
	if d.published.IsZero() {
		x.val = unresolved(unitGranularity.at(unit))
	} else {
		x.val, _ = period(d.published, unit, 0)
	}
	return x, true
}

// periodAfterOf reads the time after "of" at token k: "2019", "Jan 2015",
// "this month", "last year", "the year".
func (d *doc) periodAfterOf(k, limit int) (mention, bool) {
	if k >= limit {
		return mention{}, false
	}
	if x, ok := d.currentPeriod(k, limit); ok {
		return x, true
	}
	if mon, ok := monthNames.get(d.f(k)); ok && d.toks[k].Kind == text.Word {
		// "the 3rd week of Jan": after "of", a month even abbreviated
		j := k + 1
		if w := d.f(k); len(w) <= 4 && w != "may" && w != "june" && w != "july" && d.fAt(j) == "." && j < limit && d.toks[j].Glued() {
			j++ // "Jan."
		}
		if x, ok := d.timeFromMonth(k, j, mon, limit); ok && x.val.Kind == claims.KindTime {
			return x, true
		}
	}
	if d.toks[k].Kind != text.Number && d.toks[k].lex&lxValueStart == 0 {
		return mention{}, false
	}
	if _, part := partWords.get(d.f(k)); part || d.f(k) == "the" || ordinalWords.at(d.f(k)) != 0 {
		return mention{}, false // one level only
	}
	x, ok := d.matchTime(k, limit)
	if !ok || x.val.Kind != claims.KindTime || x.first != k {
		return mention{}, false
	}
	return x, true
}

// isoWeekStart returns the Monday of ISO week 1 of year y.
func isoWeekStart(y int) time.Time {
	jan4 := day(y, 1, 4)
	return jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
}

// weeksOf returns the Monday of the first week whose Thursday falls in
// [s, e) and the number of such weeks: the weeks of a month or year, as
// ISO 8601 counts them.
func weeksOf(s, e time.Time) (time.Time, int) {
	// the Thursday on or after s, and its Monday
	th := s.AddDate(0, 0, (int(time.Thursday)-int(s.Weekday())+7)%7)
	first := th.AddDate(0, 0, -3)
	n := 0
	for t := th; t.Before(e); t = t.AddDate(0, 0, 7) {
		n++
	}
	return first, n
}

// periodPart reads "the first week of January 2015", "the last week of
// this month", "the 3rd week of Jan", "the first 2 weeks of 2021", "the
// last 3 weeks of this year", "the first ten days of last year", "the
// third month of 2021", "the first quarter of the year", "the second
// half of 2019" at token i. Weeks start on Monday and belong to the month
// or year that holds their Thursday.
func (d *doc) periodPart(i, limit int) (mention, bool) {
	m := mention{first: i}
	j := i
	if d.f(j) == "the" {
		j++
	}
	if j >= limit {
		return m, false
	}
	nth, last := 0, false
	if w := d.f(j); w == "last" || w == "final" {
		last = true
		j++
	} else {
		var ok bool
		if nth, j, ok = d.ordinalAt(j, limit, 2); !ok || nth > 53 {
			return m, false
		}
	}
	count := 1
	if c, e, ok := d.spanCountPlain(j, limit); ok {
		count, j = c, e
	}
	unit := d.fAt(j)
	switch unit {
	case "day", "days", "week", "weeks", "month", "months", "quarter", "quarters", "half":
	default:
		return m, false
	}
	if (count > 1) != (unit[len(unit)-1] == 's') || nth > 1 && count > 1 || nth == 0 && !last {
		return m, false
	}
	if d.fAt(j+1) != "of" || j+2 >= limit {
		return m, false
	}
	x, ok := d.periodAfterOf(j+2, limit)
	if !ok {
		return m, false
	}
	m.last, m.relative = x.last, x.relative
	if x.val.Start.IsZero() {
		m.val = x.val
		return m, true
	}
	s, e := x.val.Start, x.val.End
	var g claims.Granularity
	switch unit {
	case "day", "days":
		g = claims.GranularityDay
		if nth > 0 {
			s = s.AddDate(0, 0, nth-1)
		} else {
			s = e.AddDate(0, 0, -count)
		}
		e = s.AddDate(0, 0, count)
	case "week", "weeks":
		g = claims.GranularityWeek
		first, n := weeksOf(s, e)
		if nth > n || count > n || n == 0 {
			return m, false
		}
		if nth > 0 {
			s = first.AddDate(0, 0, 7*(nth-1))
		} else {
			s = first.AddDate(0, 0, 7*(n-count))
		}
		e = s.AddDate(0, 0, 7*count)
	case "month", "months", "quarter", "quarters", "half":
		size := map[string]int{"month": 1, "months": 1, "quarter": 3, "quarters": 3, "half": 6}[unit]
		g = map[int]claims.Granularity{1: claims.GranularityMonth, 3: claims.GranularityQuarter, 6: claims.GranularityMonth}[size]
		months := (e.Year()-s.Year())*12 + int(e.Month()) - int(s.Month())
		if months < size || nth*size > months || count*size > months {
			return m, false
		}
		if nth > 0 {
			s = s.AddDate(0, size*(nth-1), 0)
		} else {
			s = e.AddDate(0, -size*count, 0)
		}
		e = s.AddDate(0, size*count, 0)
	}
	m.val = claims.Value{Kind: claims.KindTime, Start: s, End: e, Granularity: g}
	return m, true
}

// spanCountPlain reads a count of units at token j, a figure or a number
// word, with a plural unit after it: "2 weeks", "ten days".
func (d *doc) spanCountPlain(j, limit int) (int, int, bool) {
	if j+1 >= limit {
		return 0, j, false
	}
	n := 0
	if v, ok := unitWords.get(d.f(j)); ok && v >= 2 {
		n = int(v)
	} else if v, ok := d.smallInt(j, limit, 2); ok && v >= 2 {
		n = v
	} else {
		return 0, j, false
	}
	return n, j + 1, true
}

// isoWeek reads "week 10", "week 3 of 2027", "week 1 2019" at token i:
// that ISO 8601 week of the year given, or of the publication year.
func (d *doc) isoWeek(i, limit int) (mention, bool) {
	m := mention{first: i}
	n, ok := d.smallInt(i+1, limit, 2)
	if !ok || n < 1 || n > 53 || d.toks[i+1].Glued() {
		return m, false
	}
	if nx := d.fAt(i + 2); i+2 < limit && d.toks[i+2].Kind == text.Word && nx != "of" && nx != "in" && nx != "and" && nx != "or" {
		return m, false // "week 10 results" reads on; so does "a week 4 people"
	}
	if i > 0 && (d.f(i-1) == "a" || d.f(i-1) == "per" || d.f(i-1) == "each") {
		return m, false // "$500 a week"
	}
	k := i + 2
	if d.fAt(k) == "of" || d.fAt(k) == "," {
		k++
	}
	y, hasYear := d.yearAt(k, limit)
	m.last = i + 2
	if hasYear {
		m.last = k + 1
	} else {
		if d.published.IsZero() {
			m.val = unresolved(claims.GranularityWeek)
			m.relative = true
			return m, true
		}
		y, m.relative = d.published.Year(), true
	}
	s := isoWeekStart(y).AddDate(0, 0, 7*(n-1))
	if n == 53 && isoWeekStart(y+1).Equal(s) {
		return m, false
	}
	m.val = claims.Value{Kind: claims.KindTime, Start: s, End: s.AddDate(0, 0, 7), Granularity: claims.GranularityWeek}
	return m, true
}

// weekOf reads "the week of the 18th", "the week of March 3", "the week
// starting (on) February 4", "week commencing 4 March", "w/c Feb 4", "a week starting tomorrow", "2
// weeks starting May 20th" at token i: the week that holds the day, or
// the weeks from it.
func (d *doc) weekOf(i, limit int) (mention, bool) {
	m := mention{first: i}
	j := i
	count := 1
	switch w := d.f(j); {
	case w == "the" || w == "a":
		j++
	case w == "week" && (d.fAt(j+1) == "commencing" || d.fAt(j+1) == "beginning" || d.fAt(j+1) == "starting"):
		// "week commencing 4 March", as a heading or a schedule writes it
	case w == "w" && d.fAt(j+1) == "/" && d.fAt(j+2) == "c" && j+2 < limit:
		j += 3
		x, ok := d.weekDay(j, limit)
		if !ok {
			return m, false
		}
		return d.weeksFrom(m, x, 1), true
	default:
		if c, e, ok := d.spanCountPlain(j, limit); ok {
			count, j = c, e
		} else {
			return m, false
		}
	}
	unit := d.fAt(j)
	if (count == 1) != (unit == "week") || count > 1 && unit != "weeks" {
		return m, false
	}
	switch d.fAt(j + 1) {
	case "after":
		// "the week after next"
		if count != 1 || d.f(i) != "the" || d.fAt(j+2) != "next" || j+2 >= limit {
			return m, false
		}
		m.last, m.relative = j+3, true
		if d.published.IsZero() {
			m.val = unresolved(claims.GranularityWeek)
		} else {
			m.val, _ = period(d.published, "week", 2)
		}
		return m, true
	case "of":
		if count != 1 || d.f(i) != "the" {
			return m, false
		}
		x, ok := d.weekDay(j+2, limit)
		if !ok {
			return m, false
		}
		off := (int(x.val.Start.Weekday()) + 6) % 7
		x.val.Start = x.val.Start.AddDate(0, 0, -off)
		return d.weeksFrom(m, x, 1), true
	case "starting", "beginning", "commencing":
		k := j + 2
		if d.fAt(k) == "on" || d.fAt(k) == "from" {
			k++
		}
		x, ok := d.weekDay(k, limit)
		if !ok {
			return m, false
		}
		return d.weeksFrom(m, x, count), true
	}
	return m, false
}

// weekDay reads the day a week is counted from at token k: a date, or
// "the 18th" of the month nearest the publication date.
func (d *doc) weekDay(k, limit int) (mention, bool) {
	if d.fAt(k) == "the" {
		if dd, e, ord, ok := d.dayNumberAt(k+1, limit, false); ok && ord && (e >= limit || d.toks[e].Kind == text.Punct) && !d.published.IsZero() {
			p := d.published
			t := day(p.Year(), p.Month(), 1)
			if dd > p.Day() && dd-p.Day() > 15 {
				t = t.AddDate(0, -1, 0)
			} else if p.Day()-dd > 15 {
				t = t.AddDate(0, 1, 0)
			}
			if validDate(t.Year(), t.Month(), dd) {
				return mention{first: k, last: e, relative: true, val: dayValue(day(t.Year(), t.Month(), dd))}, true
			}
		}
	}
	if k >= limit || d.toks[k].Kind != text.Number && d.toks[k].lex&lxValueStart == 0 {
		return mention{}, false
	}
	x, ok := d.matchTime(k, limit)
	if !ok || x.val.Kind != claims.KindTime || x.first != k || x.val.Granularity != claims.GranularityDay && !x.val.Start.IsZero() {
		return mention{}, false
	}
	return x, true
}

// weeksFrom returns m spanning to the end of x, n weeks from x's start.
func (d *doc) weeksFrom(m mention, x mention, n int) mention {
	m.last, m.relative = x.last, x.relative
	if x.val.Start.IsZero() {
		m.val = unresolved(claims.GranularityWeek)
		return m
	}
	s := x.val.Start
	m.val = claims.Value{Kind: claims.KindTime, Start: s, End: s.AddDate(0, 0, 7*n), Granularity: claims.GranularityWeek}
	return m
}

// nthWeekday reads "the first Monday of March", "the second Tuesday in
// May 2019", "the last Friday of the month", "the 3rd Sunday of next
// month" at token i: that weekday of the month after "of" or "in".
func (d *doc) nthWeekday(i, limit int) (mention, bool) {
	m := mention{first: i}
	j := i
	if d.f(j) == "the" {
		j++
	}
	if j+3 >= limit {
		return m, false
	}
	nth := 0
	switch w := d.f(j); {
	case w == "last" || w == "final":
		nth = -1
	case d.toks[j].Kind == text.Number:
		n, ok := d.smallInt(j, limit, 1)
		k := d.ordinalSuffixAt(j+1, limit)
		if !ok || k == j+1 {
			return m, false
		}
		nth, j = n, k-1
	default:
		nth = int(ordinalWords.at(w))
	}
	if nth == 0 || nth > 5 {
		return m, false
	}
	wd, ok := weekdayNames.get(d.fAt(j + 1))
	if !ok || j+2 >= limit || d.f(j+2) != "of" && d.f(j+2) != "in" {
		return m, false
	}
	x, ok := d.periodAfterOf(j+3, limit)
	if !ok || x.val.Granularity != claims.GranularityMonth {
		return m, false
	}
	m.last, m.relative = x.last, x.relative
	if x.val.Start.IsZero() {
		m.val = unresolved(claims.GranularityDay)
		return m, true
	}
	s := x.val.Start
	first := s.AddDate(0, 0, (int(wd)-int(s.Weekday())+7)%7)
	t := first.AddDate(0, 0, 7*(nth-1))
	if nth < 0 {
		t = first
		for t.AddDate(0, 0, 7).Before(x.val.End) {
			t = t.AddDate(0, 0, 7)
		}
	}
	if !t.Before(x.val.End) {
		return m, false // no fifth Monday that month
	}
	m.val = dayValue(t)
	return m, true
}

// periodTo reads a period named by its end, as statistics and company
// results name them: "the 12 months to March", "the year to June 2019",
// "the three months ending September", "the quarter ended June 30",
// "the six months to the end of June", "the week to Friday" at token i
// (the word "the"). It runs back that
// long from the end of the time named.
func (d *doc) periodTo(i, limit int) (mention, bool) {
	m := mention{first: i}
	if d.f(i) != "the" || i+3 >= limit {
		return m, false
	}
	j := i + 1
	n := 1
	if c, e, ok := d.spanCountPlain(j, limit); ok {
		n, j = c, e
	}
	unit, ok := durationUnits.get(d.f(j))
	if d.f(j) == "quarter" || d.f(j) == "quarters" {
		unit, ok = "quarter", true
	}
	if !ok || unitGranularity.at(unit) == 0 || unit == "decade" || (n > 1) != strings.HasSuffix(d.f(j), "s") {
		return m, false
	}
	k := j + 1
	switch d.f(k) {
	case "to", "ending", "ended", "through":
	default:
		return m, false
	}
	x, ok := d.periodAfterOf(k+1, limit)
	if !ok && d.fAt(k+1) == "the" && d.fAt(k+2) == "end" {
		x, ok = d.partOf(k+1, limit) // "the six months to the end of June"
	}
	if !ok || x.first != k+1 || x.val.Granularity > claims.GranularityQuarter {
		return m, false
	}
	m.last, m.relative = x.last, x.relative
	if x.val.Start.IsZero() {
		m.val = x.val
		return m, true
	}
	e := x.val.End
	count := n
	if unit == "quarter" {
		unit, count = "month", 3*n
	}
	s, ok := addUnits(e, unit, -count)
	if !ok || !s.Before(e) {
		return m, false
	}
	g := claims.GranularityDay
	if unit == "month" || unit == "year" {
		g = claims.GranularityMonth
	}
	m.val = claims.Value{Kind: claims.KindTime, Start: s, End: e, Granularity: g}
	return m, true
}

// ordinalAt reads an ordinal at token j, in words ("third") or in at
// most maxDigits digits with a suffix ("3rd"), and returns its value and
// the token after it.
func (d *doc) ordinalAt(j, limit, maxDigits int) (nth, next int, ok bool) {
	if d.toks[j].Kind == text.Number {
		n, ok := d.smallInt(j, limit, maxDigits)
		k := d.ordinalSuffixAt(j+1, limit)
		if !ok || k == j+1 {
			return 0, j, false
		}
		return n, k, true
	}
	v, ok := ordinalWords.get(d.f(j))
	return int(v), j + 1, ok
}

// ordinalQuarter reads a quarter or half of a year named by its ordinal
// and its year without "of", as results are reported: "first quarter
// 2019", "the 2nd quarter this year", "third-quarter 2024", "the first
// half 2019", "the second half last year" at token i.
func (d *doc) ordinalQuarter(i, limit int) (mention, bool) {
	m := mention{first: i}
	j := i
	if d.f(j) == "the" {
		j++
	}
	if j+1 >= limit {
		return m, false
	}
	nth, k := 0, j+1
	if d.f(j) == "final" {
		nth = -1 // not "last": "last quarter" is the one before this
	} else if n, end, ok := d.ordinalAt(j, limit, 1); ok {
		nth, k = n, end
	}
	if d.fAt(k) == "-" && d.toks[k].Glued() && k+1 < limit {
		k++ // "first-quarter"
	}
	size := 0
	switch d.fAt(k) {
	case "quarter":
		size = 3
	case "half":
		size = 6
	}
	if size == 0 || nth == 0 || nth > 12/size || d.fAt(k+1) == "of" || k >= limit {
		return m, false
	}
	if k+1 < limit && d.toks[k+1].Glued() && d.f(k+1) == "-" {
		return m, false // "the first quarter-final"
	}
	if nth < 0 {
		nth = 12 / size
	}
	m.last = k + 1
	y, hasYear := d.yearAt(k+1, limit)
	n := 0
	rel := d.fAt(k+2) == "year" && k+2 < limit && (d.f(k+1) == "this" || d.f(k+1) == "last" || d.f(k+1) == "next")
	switch {
	case hasYear:
		m.last = k + 2
	case !rel:
		// "the first half" is as often a match's, and "the fourth
		// quarter" without a year is left to the reader: a claim
		// builder that misses a place in a relative clause ("in Wales,
		// where prices were up 23% in the fourth quarter") would set
		// it against the nation's figure for the same quarter
		return m, false
	default:
		if rel {
			n = map[string]int{"last": -1, "next": 1}[d.f(k+1)]
			m.last = k + 3
		}
		m.relative = true
		if d.published.IsZero() {
			m.val = unresolved(claims.GranularityQuarter)
			return m, true
		}
		y = d.published.Year() + n
	}
	s := day(y, time.Month(size*(nth-1)+1), 1)
	g := claims.GranularityQuarter
	if size == 6 {
		g = claims.GranularityMonth
	}
	m.val = claims.Value{Kind: claims.KindTime, Start: s, End: s.AddDate(0, size, 0), Granularity: g}
	return m, true
}
