package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// weekdayAbbrevs are the short weekday names, read only capitalized and
// before a day of the month: "Mon 13th", "Sat 3".
var weekdayAbbrevs = lexicon(map[string]time.Weekday{
	"mon": time.Monday, "tue": time.Tuesday, "tues": time.Tuesday, "wed": time.Wednesday,
	"thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday, "fri": time.Friday,
	"sat": time.Saturday, "sun": time.Sunday,
})

// dayNumberAt reads a day of the month at token j: "13", "13th", "first",
// "thirty-first", "twenty first", and, when cardinals is set (after a
// month name), "twenty nine". It returns the day, the token after it and
// whether it was written as an ordinal.
func (d *doc) dayNumberAt(j, limit int, cardinals bool) (int, int, bool, bool) {
	if j >= limit {
		return 0, j, false, false
	}
	if d.toks[j].Kind == text.Number {
		dd, ok := d.smallInt(j, limit, 2)
		if !ok || dd < 1 || dd > 31 {
			return 0, j, false, false
		}
		k := d.ordinalSuffixAt(j+1, limit)
		return dd, k, k > j+1, true
	}
	w := d.f(j)
	if v, ok := ordinalWords.get(w); ok && v <= 31 {
		return int(v), j + 1, true, true
	}
	tens, ok := unitWords.get(w)
	if !ok || tens != 20 && tens != 30 && !(cardinals && tens >= 1 && tens <= 19) {
		return 0, j, false, false
	}
	k := j + 1
	if d.fAt(k) == "-" && k < limit && d.toks[k].Glued() {
		k++
	}
	if tens == 20 || tens == 30 {
		if v, ok := ordinalWords.get(d.fAt(k)); ok && v <= 9 && k < limit && int(tens+v) <= 31 {
			return int(tens + v), k + 1, true, true
		}
		if v, ok := unitWords.get(d.fAt(k)); ok && cardinals && v >= 1 && v <= 9 && k < limit && int(tens+v) <= 31 {
			return int(tens + v), k + 1, false, true
		}
	}
	if cardinals && d.toks[j].Kind == text.Word {
		return int(tens), j + 1, false, true
	}
	return 0, j, false, false
}

// weekdayDay reads a day of the month after a weekday at token j: "Friday
// 31", "Mon 13th", "Tuesday the eleventh". The day is the nearest one,
// back or forward by the clause's tense, on which that day of the month
// falls on that weekday.
func (d *doc) weekdayDay(i, j, limit int, wd time.Weekday) (mention, bool) {
	m := mention{first: i, relative: true}
	k := j
	the := d.fAt(k) == "the"
	if the {
		k++
	}
	dd, e, ord, ok := d.dayNumberAt(k, limit, false)
	if !ok || the && !ord {
		return m, false
	}
	if _, _, ok := d.monthAt(e, limit); ok {
		return m, false // "Friday 15 August": a date
	}
	if !ord && e < limit && d.toks[e].Kind == text.Word {
		return m, false // "the Sun 14 times"
	}
	if nx := d.fAt(e); e < limit && (d.toks[e].Kind == text.Number || nx == ":" || (nx == "/" || nx == "-") && d.toks[e].Glued() || nx == "." && d.toks[e].Glued() && e+1 < limit && d.toks[e+1].Kind == text.Number) {
		return m, false // "Friday 31 10:00" is not read here
	}
	m.last = e
	if d.published.IsZero() {
		m.val = unresolved(claims.GranularityDay)
		return m, true
	}
	p := d.published
	fwd := d.forward(i)
	if d.tense(i) == 0 {
		// without a tense cue, the nearer of the two
		b, _ := d.weekdayDayDir(dd, wd, false)
		f, _ := d.weekdayDayDir(dd, wd, true)
		fwd = !f.IsZero() && (b.IsZero() || f.Sub(p) < p.Sub(b))
	}
	for n := 0; n < 60; n++ {
		step := n
		if !fwd {
			step = -n
		}
		t := day(p.Year(), p.Month(), 1).AddDate(0, step, 0)
		if !validDate(t.Year(), t.Month(), dd) {
			continue
		}
		c := day(t.Year(), t.Month(), dd)
		if c.Weekday() != wd || fwd && c.Before(p) || !fwd && !c.Before(p) {
			continue
		}
		m.val = dayValue(c)
		return m, true
	}
	return m, false
}

// ordinalDate reads a day written as an ordinal before "of" and a month
// at token i: "the second of August", "ninth of April 2019", "the 15th
// day of June", "the 15th day of next month"; and "the 18th" alone after
// "on", "by", "until", "before" or "from": that day of the month nearest
// by the clause's tense.
func (d *doc) ordinalDate(i, limit int) (mention, bool) {
	m := mention{first: i}
	k := i
	the := d.f(k) == "the"
	if the {
		k++
	}
	dd, e, ord, ok := d.dayNumberAt(k, limit, false)
	if !ok || !ord {
		return m, false
	}
	if d.fAt(e) == "day" && d.fAt(e+1) == "of" && e+1 < limit {
		e++
	}
	if d.fAt(e) == "of" && e+1 < limit {
		if mon, j, ok := d.monthAt(e+1, limit); ok {
			y, end, hasYear := d.yearAfterDay(j, limit)
			if hasYear {
				if !validDate(y, mon, dd) {
					return m, false
				}
				m.val = dayValue(day(y, mon, dd))
				m.last = end
				return m, true
			}
			m.last, m.relative = j, true
			m.val = d.monthDayAt(mon, dd, i)
			return m, m.val.Kind == claims.KindTime
		}
		// "of next month", "of the month", "of this month"
		w, u := d.fAt(e+1), d.fAt(e+2)
		if (w == "next" || w == "last" || w == "this" || w == "the") && u == "month" && e+2 < limit {
			m.last, m.relative = e+3, true
			if d.published.IsZero() {
				m.val = unresolved(claims.GranularityDay)
				return m, true
			}
			mv, _ := period(d.published, "month", map[string]int{"next": 1, "last": -1}[w])
			if !validDate(mv.Start.Year(), mv.Start.Month(), dd) {
				return m, false
			}
			m.val = dayValue(day(mv.Start.Year(), mv.Start.Month(), dd))
			return m, true
		}
		return m, false
	}
	// "on the 18th." alone: a day of this month or the next or last
	if d.toks[k].Kind != text.Number && !the || i == 0 {
		return m, false
	}
	switch d.f(i - 1) {
	case "on", "by", "until", "till", "before", "from", "since":
	default:
		return m, false
	}
	if e < limit && d.toks[e].Kind != text.Punct || d.fAt(e) == "-" || d.fAt(e) == "'s" {
		return m, false // "on the 18th hole"
	}
	m.last, m.relative = e, true
	if d.published.IsZero() {
		m.val = unresolved(claims.GranularityDay)
		return m, true
	}
	p := d.published
	t := day(p.Year(), p.Month(), 1)
	if d.forward(i) {
		if dd < p.Day() {
			t = t.AddDate(0, 1, 0)
		}
	} else if dd > p.Day() {
		t = t.AddDate(0, -1, 0)
	}
	if !validDate(t.Year(), t.Month(), dd) {
		return m, false
	}
	m.val = dayValue(day(t.Year(), t.Month(), dd))
	return m, true
}

// yearAfterDay reads the year after a day and month ending before token
// j: "2019", ", 2019", "of 2019", "of 87". It returns the year and the
// token after it.
func (d *doc) yearAfterDay(j, limit int) (int, int, bool) {
	k := j
	if d.fAt(k) == "," || d.fAt(k) == "of" || d.fAt(k) == "in" {
		k++
	}
	if y, ok := d.yearAt(k, limit); ok && (d.fAt(j) != "in" || d.looksLikeYear(k, limit)) {
		return y, k + 1, true // "26 June in 2020", not "in 2020 terms"
	}
	if y, e, _, ok := d.yearWordsAt(k, limit); ok && d.fAt(j) != "in" {
		return y, e, true // "August two thousand and fifteen"
	}
	if d.fAt(j) == "of" && k < limit && d.toks[k].Kind == text.Number && len(d.f(k)) == 2 {
		// "April of 87": a year of the century nearest the publication
		if yy, ok := d.smallInt(k, limit, 2); ok {
			return d.twoDigitYear(yy), k + 1, true
		}
	}
	return 0, j, false
}

// twoDigitYear expands a year written with two figures to the one
// nearest the publication date, no more than ten years after it.
func (d *doc) twoDigitYear(yy int) int {
	ref := 2000
	if !d.published.IsZero() {
		ref = d.published.Year()
	}
	y := ref/100*100 + yy
	if y > ref+10 {
		y -= 100
	}
	return y
}

// dayAfterMonth reads the day after a month name ending before token j:
// "17", "17th", "the 17th", "the ninth", "first", ", 1st", "twenty nine".
// It returns the day and the token after it.
func (d *doc) dayAfterMonth(j, limit int) (int, int, bool) {
	k := j
	switch d.fAt(k) {
	case "the":
		k++
		if dd, e, ord, ok := d.dayNumberAt(k, limit, false); ok && ord {
			return dd, e, true
		}
		return 0, j, false
	case ",":
		if dd, e, ord, ok := d.dayNumberAt(k+1, limit, false); ok && ord && d.toks[k+1].Kind == text.Number {
			return dd, e, true // "October, 1st"
		}
		return 0, j, false
	}
	dd, e, _, ok := d.dayNumberAt(k, limit, true)
	return dd, e, ok
}

// cardinalBeforeWord reports whether the day just read, ending before
// token k, is a cardinal in words with a word after it: "March twenty
// people" counts people.
func (d *doc) cardinalBeforeWord(k, limit int) bool {
	if k >= limit || d.toks[k].Kind != text.Word {
		return false
	}
	_, isOrd := ordinalWords.get(d.f(k - 1))
	suffix := k >= 2 && d.toks[k-1].Glued() && d.toks[k-2].Kind == text.Number // "9th"
	return d.toks[k-1].Kind == text.Word && !isOrd && !suffix
}

// weekdayNumeric reads a date of figures after a weekday at token j,
// "Friday 7/6", "Friday 7-6", "Friday-Jun-15", "Friday (Jun-15)": the
// weekday tells month-first from day-first, so the day is the one, of
// either reading and in the years around the publication date, that
// falls on the weekday, nearest the publication date. A date on no such
// day is not read.
func (d *doc) weekdayNumeric(i, j, limit int, wd time.Weekday) (mention, bool) {
	m := mention{first: i, relative: true}
	k := j
	paren := false
	switch d.fAt(k) {
	case "-":
		if !d.toks[k].Glued() {
			return m, false
		}
		k++
	case "(":
		paren = true
		k++
	}
	if k+2 >= limit+1 {
		return m, false
	}
	type md struct{ m, d int }
	var cands []md
	end := k
	if mon, e, ok := d.monthAt(k, limit); ok && e+1 < limit && (d.f(e) == "-" || d.f(e) == "/") && d.toks[e].Glued() && d.toks[e+1].Glued() {
		if dd, ok := d.smallInt(e+1, limit, 2); ok {
			cands = append(cands, md{int(mon), dd})
			end = e + 2
		}
	} else if k < limit && d.toks[k].Kind == text.Number {
		f := d.f(k)
		var a, b int
		var ok bool
		if p := strings.IndexByte(f, '.'); p > 0 && p < len(f)-1 && len(f) <= 5 && !strings.Contains(f, ",") {
			a, _ = strconv.Atoi(f[:p])
			b, _ = strconv.Atoi(f[p+1:])
			ok, end = true, k+1
		} else if k+2 < limit && (d.f(k+1) == "/" || d.f(k+1) == "-") && d.toks[k+1].Glued() && d.toks[k+2].Glued() && len(f) <= 2 {
			a, _ = strconv.Atoi(f)
			b, ok = d.smallInt(k+2, limit, 2)
			end = k + 3
			if end < limit && d.toks[end].Glued() && (d.f(end) == "/" || d.f(end) == "-") {
				return m, false // a year follows: read elsewhere
			}
		}
		if !ok {
			return m, false
		}
		cands = append(cands, md{a, b}, md{b, a})
	}
	if len(cands) == 0 {
		return m, false
	}
	if paren {
		if d.fAt(end) != ")" || end >= limit {
			return m, false
		}
		end++
	}
	m.last = end
	if d.published.IsZero() {
		m.val = unresolved(claims.GranularityDay)
		return m, true
	}
	p := d.published
	var best time.Time
	for _, c := range cands {
		for y := p.Year() - 1; y <= p.Year()+1; y++ {
			if !validDate(y, time.Month(c.m), c.d) {
				continue
			}
			t := day(y, time.Month(c.m), c.d)
			if t.Weekday() != wd {
				continue
			}
			if best.IsZero() || absDays(t, p) < absDays(best, p) {
				best = t
			}
		}
	}
	if best.IsZero() {
		return m, false
	}
	m.val = dayValue(best)
	return m, true
}

func absDays(a, b time.Time) int {
	n := int(a.Sub(b).Hours() / 24)
	if n < 0 {
		return -n
	}
	return n
}

// weekdayDayDir returns the nearest day dd of a month that falls on wd,
// from the publication date on (forward) or before it.
func (d *doc) weekdayDayDir(dd int, wd time.Weekday, fwd bool) (time.Time, bool) {
	p := d.published
	for n := 0; n < 60; n++ {
		step := n
		if !fwd {
			step = -n
		}
		t := day(p.Year(), p.Month(), 1).AddDate(0, step, 0)
		if !validDate(t.Year(), t.Month(), dd) {
			continue
		}
		c := day(t.Year(), t.Month(), dd)
		if c.Weekday() == wd && (fwd && !c.Before(p) || !fwd && c.Before(p)) {
			return c, true
		}
	}
	return time.Time{}, false
}
