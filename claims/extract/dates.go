package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// numericMonth reads a month or a day written with figures and dashes at
// token i: "2015-12" and "2015-3" (year and month), "12-2015" (month and
// year), "05-Aug-2016" (day, month name, year). A pair of years such as
// "2011-12", a season, is not a month.
func (d *doc) numericMonth(i, limit int) (mention, bool) {
	m := mention{first: i}
	s := d.f(i)
	glued := func(k int) bool { return k < limit && d.toks[k].Glued() }
	if !glued(i+1) || d.fAt(i+1) != "-" || !glued(i+2) {
		return m, false
	}
	// what follows must not carry the figure on: "2015-12-01" is a day
	if glued(i+3) && (d.fAt(i+3) == "-" || d.fAt(i+3) == "/") {
		if mon, _, ok := d.monthAt(i+2, limit); ok && len(s) <= 2 {
			// 05-Aug-2016
			dd, _ := strconv.Atoi(s)
			if y, ok := d.yearAt(i+4, limit); ok && glued(i+4) && validDate(y, mon, dd) {
				m.val = dayValue(day(y, mon, dd))
				m.last = i + 5
				return m, true
			}
		}
		return m, false
	}
	if glued(i+3) && d.toks[i+3].Kind != text.Punct {
		return m, false
	}
	if y, ok := d.yearAt(i, limit); ok {
		mo, ok := d.smallInt(i+2, limit, 2)
		if ok && mo >= 1 && mo <= 12 && mo != (y+1)%100 {
			m.val = monthValue(y, time.Month(mo))
			m.last = i + 3
			return m, true
		}
		return m, false
	}
	if len(s) <= 2 {
		mo, _ := strconv.Atoi(s)
		if y, ok := d.yearAt(i+2, limit); ok && mo >= 1 && mo <= 12 {
			m.val = monthValue(y, time.Month(mo))
			m.last = i + 3
			return m, true
		}
	}
	return m, false
}

// fromAnchor reads "three weeks from tomorrow", "2 days from today", "3
// minutes from now" at token i: the day that many units after the
// anchor.
func (d *doc) fromAnchor(i, limit int, amount float64, unit string, j int) (mention, bool) {
	m := mention{first: i, relative: true}
	if d.fAt(j) != "from" || j+1 >= limit {
		return m, false
	}
	shift := map[string]int{"today": 0, "now": 0, "tomorrow": 1, "tmrw": 1, "yesterday": -1}
	off, ok := shift[d.f(j+1)]
	if !ok {
		return m, false
	}
	m.last = j + 2
	if d.published.IsZero() {
		m.val = unresolved(claims.GranularityDay)
		return m, true
	}
	t, ok := addUnits(d.published.AddDate(0, 0, off), unit, int(amount))
	if !ok {
		return m, false
	}
	m.val = dayValue(t)
	return m, true
}

// addUnits moves t on by n units of time, to the day.
func addUnits(t time.Time, unit string, n int) (time.Time, bool) {
	switch unit {
	case "day":
		return t.AddDate(0, 0, n), true
	case "week":
		return t.AddDate(0, 0, 7*n), true
	case "month":
		return t.AddDate(0, n, 0), true
	case "year":
		return t.AddDate(n, 0, 0), true
	case "decade":
		return t.AddDate(10*n, 0, 0), true
	case "hour", "minute", "second":
		return t, true
	}
	return t, false
}

// inUnits reads "in 2 weeks", "in two months" after a verb in the future,
// "will meet in 2 weeks", and "in a fortnight's time": the day that many
// units after the publication
// date. "Its highest level in four years" looks back and is a duration.
func (d *doc) inUnits(i, limit int) (mention, bool) {
	m := mention{first: i, relative: true}
	if i == 0 || d.f(i-1) != "in" {
		return m, false
	}
	amount := 1.0
	j := i + 1
	if w := d.f(i); w != "a" && w != "an" {
		n, ok := d.parseNumber(i, limit)
		if !ok || n.ordinal || n.fraction || n.amount < 1 || n.amount > 1000 {
			return m, false
		}
		amount, j = n.amount, n.end
	}
	unit, ok := durationUnits.get(d.fAt(j))
	if d.fAt(j) == "fortnight" || d.fAt(j) == "fortnights" {
		amount *= 2
	}
	// "in a fortnight's time", "in two weeks' time" look forward by
	// themselves
	timeIdiom := (d.fAt(j+1) == "'s" || d.fAt(j+1) == "'") && d.fAt(j+2) == "time" && j+2 < limit
	if !ok || j >= limit || unitGranularity.at(unit) == 0 || !timeIdiom && !d.willBefore(i-1) {
		return m, false
	}
	if nx := d.fAt(j + 1); nx == "time" || nx == "times" || nx == "since" || nx == "ago" {
		return m, false
	}
	m.last = j + 1
	if timeIdiom {
		m.last = j + 3
	}
	if d.published.IsZero() {
		m.val = unresolved(claims.GranularityDay)
		return m, true
	}
	t, _ := addUnits(d.published, unit, int(amount))
	m.val = dayValue(t)
	return m, true
}

// willBefore reports whether the words before token i, in its sentence,
// put it in the future with no superlative or "first" or "time" between:
// "will", "'ll", "shall"; a request ("please", "let's"); a word of
// intent or schedule before "to" ("plans to", "is due to", "hope to",
// "going to"). "Will meet in 2 weeks", "please help me schedule a
// meeting in 2 weeks", "is due to report in three days", but not "will be
// the first in 2 years".
func (d *doc) willBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-12 && d.tokSent[j] == d.tokSent[i]; j-- {
		w := d.f(j)
		switch {
		case w == "will" || w == "shall" || w == "won't" || strings.HasSuffix(w, "'ll"):
			return true
		case w == "please" || w == "let's" || w == "lets":
			return true
		case intentWord(w) && d.fAt(j+1) == "to":
			return true
		case w == "first" || w == "last" || w == "time" || w == "level" || len(w) > 4 && strings.HasSuffix(w, "est"):
			return false
		}
	}
	return false
}

// intentWord reports a word that looks forward before "to": "plans to
// meet", "is due to report", "is going to close".
func intentWord(w string) bool {
	switch w {
	case "going", "due", "set", "scheduled", "planned", "expected", "plans", "plan", "intends", "intend",
		"aims", "aim", "hopes", "hope", "wants", "want", "wish", "wishes", "expects", "expect":
		return true
	}
	return false
}

// mixedDate reads a day written as three glued parts joined by "-" or
// "/", one a month name and one a four-figure year, at token i:
// "2020/Sep/23", "23/sep/2020", "September-2020-23", "2019-aug-1".
func (d *doc) mixedDate(i, limit int) (mention, bool) {
	m := mention{first: i}
	if i+4 >= limit+1 || i+4 > limit {
		return m, false
	}
	sep := d.fAt(i + 1)
	if sep != "-" && sep != "/" {
		return m, false
	}
	for k := i + 1; k <= i+4; k++ {
		if k >= limit || !d.toks[k].Glued() {
			return m, false
		}
	}
	if d.f(i+3) != sep || i+5 < limit && d.toks[i+5].Glued() && d.toks[i+5].Kind != text.Punct {
		return m, false
	}
	var mon time.Month
	y, dd := 0, 0
	for _, k := range []int{i, i + 2, i + 4} {
		switch {
		case d.toks[k].Kind == text.Word:
			mm, ok := monthNames.get(d.f(k))
			if !ok || mon != 0 {
				return m, false
			}
			mon = mm
		case len(d.f(k)) == 4:
			yy, ok := d.yearAt(k, limit)
			if !ok || y != 0 {
				return m, false
			}
			y = yy
		default:
			n, ok := d.smallInt(k, limit, 2)
			if !ok || dd != 0 {
				return m, false
			}
			dd = n
		}
	}
	if mon == 0 || y == 0 || !validDate(y, mon, dd) {
		return m, false
	}
	m.val = dayValue(day(y, mon, dd))
	m.last = i + 5
	return m, true
}

// slashPart reads "5/1" or "5/1/2020" (or with dashes) at token i: two
// figures and maybe a year. It returns them, the year (0 for none) and
// the token after.
func (d *doc) slashPart(i, limit int) (a, b, y, end int, ok bool) {
	if i+2 >= limit || d.toks[i].Kind != text.Number || len(d.f(i)) > 2 {
		return 0, 0, 0, i, false
	}
	sep := d.f(i + 1)
	if sep != "/" && sep != "-" || !d.toks[i+1].Glued() || !d.toks[i+2].Glued() {
		return 0, 0, 0, i, false
	}
	a, _ = strconv.Atoi(d.f(i))
	b, ok = d.smallInt(i+2, limit, 2)
	if !ok {
		return 0, 0, 0, i, false
	}
	end = i + 3
	if end+1 < limit && d.f(end) == sep && d.toks[end].Glued() && d.toks[end+1].Glued() {
		if yy, ok := d.yearAt(end+1, limit); ok {
			y, end = yy, end+2
		}
	}
	return a, b, y, end, true
}

// slashRange reads a range of two dates of figures at token i, "5/1-5/7,
// 2020", "10/1/2018 - 10/7/2018", "from 2/29 to 3/1": month first when
// the two share their first figure ("5/1-5/7": May) or a second figure
// cannot be a month, day first when they share the second or a first
// cannot be a month, and day first, as British news writes, otherwise.
func (d *doc) slashRange(i, limit int) (mention, bool) {
	m := mention{first: i}
	a, b, y1, e1, ok := d.slashPart(i, limit)
	if !ok || e1 >= limit || d.f(e1) != "-" && d.f(e1) != "to" && d.f(e1) != "until" && d.f(e1) != "till" {
		return m, false
	}
	c, dd, y2, e2, ok := d.slashPart(e1+1, limit)
	if !ok {
		return m, false
	}
	if y2 == 0 && e2+1 < limit && d.f(e2) == "," {
		if yy, ok := d.yearAt(e2+1, limit); ok {
			y2, e2 = yy, e2+2
		}
	}
	monthFirst := a == c && b != dd || b > 12 || dd > 12
	if b == dd && a != c || a > 12 || c > 12 {
		monthFirst = false
	}
	if y1 == 0 && y2 == 0 && a != c && b != dd && a <= 12 && b <= 12 && c <= 12 && dd <= 12 {
		return m, false // "from 4/1 to 5/2 favourite": odds, not dates
	}
	m1, d1, m2, d2 := b, a, dd, c
	if monthFirst {
		m1, d1, m2, d2 = a, b, c, dd
	}
	if y1 == 0 {
		y1 = y2
	}
	m.last = e2
	var s, e claims.Value
	if y2 != 0 {
		if !validDate(y1, time.Month(m1), d1) || !validDate(y2, time.Month(m2), d2) {
			return m, false
		}
		s, e = dayValue(day(y1, time.Month(m1), d1)), dayValue(day(y2, time.Month(m2), d2))
	} else {
		m.relative = true
		e = d.monthDayAt(time.Month(m2), d2, i)
		if e.Kind != claims.KindTime {
			return m, false
		}
		if e.Start.IsZero() {
			m.val = e
			return m, true
		}
		y := e.Start.Year()
		if m1 > m2 {
			y--
		}
		for k := 0; k < 8 && !validDate(y, time.Month(m1), d1); k++ {
			y-- // "2/29-3/1": the last leap year
			if m1 <= m2 {
				e = dayValue(day(y, time.Month(m2), d2))
			}
		}
		if !validDate(y, time.Month(m1), d1) {
			return m, false
		}
		s = dayValue(day(y, time.Month(m1), d1))
	}
	if !s.Start.Before(e.End) {
		return m, false
	}
	if k := i - 1; k >= 0 && (d.f(k) == "from" || d.f(k) == "between") {
		m.first, m.marker = k, d.f(k)
	}
	m.val = claims.Value{Kind: claims.KindTime, Start: s.Start, End: e.End, Granularity: claims.GranularityDay}
	return m, true
}
