package extract

import (
	"strings"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// forward reports whether a relative time at token i points forward from
// the publication date, by the tense of its clause: "will meet on Friday",
// "is meeting on Friday" and "Friday's summit, which will be…" look
// forward; "said on Saturday" looks back. The nearest tense cue before the
// time decides, else the nearest after it; a clause without one looks
// back, as news reports mostly do.
func (d *doc) forward(i int) bool { return d.tense(i) > 0 }

// tense returns +1 when the clause of token i looks forward, -1 when it
// looks back, 0 when it has no tense cue (see forward).
func (d *doc) tense(i int) int {
	ci := d.clauseAt(i)
	first, last := i, i
	if ci >= 0 {
		c := d.clauseList[ci]
		first, last = c.first, c.last
		// include tokens trimmed from the clause (the conjunction, the
		// attribution) of the same sentence
		s := d.sents[c.sent]
		first = min(first, i)
		last = max(last, min(i+1, s.last))
	}
	d.indexTenseCues()
	if i > 0 {
		// The clause's last cue before the time, or a verb right before
		// it that a comma put in another clause: "which took effect
		// Tuesday, Oct. 1, limits …".
		if j := int(d.cuePrev[i-1]); j >= first || j >= 0 && j >= i-4 && d.tokSent[j] == d.tokSent[i] {
			return d.tenseCue(j)
		}
	}
	if i+1 < len(d.toks) {
		if j := int(d.cueNext[i+1]); j >= 0 && j < last {
			return d.tenseCue(j)
		}
	}
	return 0
}

// indexTenseCues records, once per document, the nearest tense cue at or
// before each token and at or after it (-1 for none), so that the tense of
// a clause costs a lookup, not a scan of the clause per time word: a
// clause of n weekdays would otherwise cost n² (issue 16).
func (d *doc) indexTenseCues() {
	if d.cuePrev != nil || len(d.toks) == 0 {
		return
	}
	n := len(d.toks)
	d.cuePrev = int32s(d.buf.cuePrev, n, -1)
	d.cueNext = int32s(d.buf.cueNext, n, -1)
	last := int32(-1)
	for j := range n {
		if d.tenseCue(j) != 0 {
			last = int32(j)
		}
		d.cuePrev[j] = last
	}
	// Back again, reading the cues off cuePrev: token j is one when the
	// nearest cue at or before it is j itself.
	last = -1
	for j := n - 1; j >= 0; j-- {
		if d.cuePrev[j] == int32(j) {
			last = int32(j)
		}
		d.cueNext[j] = last
	}
}

// monthDayAt resolves "March 17" without a year at token i: forward or
// back by the clause's tense, and without a tense cue the nearest such
// day to the publication date.
func (d *doc) monthDayAt(mon time.Month, dd int, i int) claims.Value {
	if y := d.namedYear(i); y != 0 && validDate(y, mon, dd) {
		return dayValue(day(y, mon, dd)) // "The 2026 race is scheduled for Sunday 19 April"
	}
	switch t := d.tense(i); {
	case t != 0 || d.published.IsZero():
		return d.monthDay(mon, dd, t > 0)
	}
	back, fwd := d.monthDay(mon, dd, false), d.monthDay(mon, dd, true)
	if back.Kind != claims.KindTime || fwd.Kind != claims.KindTime {
		return back
	}
	if fwd.Start.Sub(d.published) < d.published.Sub(back.Start) {
		return fwd
	}
	return back
}

// namedYear returns the year of an event the sentence of token i names
// before it by its year ("The 2026 race", "its 2027 season": a
// determiner, the year, a noun), when that is the only year between the
// sentence's start and i; else 0. A date in that sentence without a
// year is of that event's year. Bounded to twelve tokens back.
func (d *doc) namedYear(i int) int {
	s := d.sents[d.tokSent[i]]
	year := 0
	for j := i - 1; j >= s.first && j >= i-12; j-- {
		w := d.f(j)
		if len(w) != 4 || w[0] < '1' || w[0] > '2' || strings.Trim(w, "0123456789") != "" {
			continue
		}
		if year != 0 {
			return 0 // two years: no telling which
		}
		y := int(w[0]-'0')*1000 + int(w[1]-'0')*100 + int(w[2]-'0')*10 + int(w[3]-'0')
		if y < 1900 || y > 2100 || j == s.first || j+1 >= i || !determiners.has(d.f(j-1)) ||
			d.toks[j+1].Kind != text.Word || d.in(functionWords, j+1) {
			return 0
		}
		year = y
	}
	return year
}

// tenseCue returns +1 for a present or future cue at token j, -1 for a
// past one, 0 for none.
func (d *doc) tenseCue(j int) int {
	t := d.toks[j]
	if t.Kind != text.Word {
		return 0
	}
	w := d.f(j)
	switch {
	case w == "would" && d.saidWould(j):
		return 1 // "said the lamp would be relit on 21 June": after the saying
	case w == "would" || w == "could" || w == "might" || w == "wouldn't" || w == "couldn't":
		return 0
	case w == "am" && j > 0 && d.toks[j-1].Kind == text.Number:
		return 0 // a time of day, "8.15am", not the verb
	case w == "last" && j > 0 && d.f(j-1) == "the":
		return 0 // "will close for the last time": the final one, not the past
	case (w == "plans" || w == "plan" || w == "set") && d.fAt(j+1) != "to":
		return 0 // a noun or a participle: "approved plans", "a set", not "plans to"
	case futureCues.has(w) || strings.HasSuffix(w, "'ll") || w == "won't":
		if w == "is" || w == "are" || w == "am" {
			// "is expected", "are scheduled" look forward; "was"
			// does not reach here.
			return 1
		}
		return 1
	case pastCues.has(w) || w == "wasn't" || w == "weren't" || w == "didn't" || w == "hadn't":
		if j > 0 && d.f(j-1) == "be" {
			return 1 // a participle: "will be held on 8 September"
		}
		return -1
	case len(w) > 4 && strings.HasSuffix(w, "ed") && !notPastEd.has(w) && !t.Has(text.Cap):
		// A participle after "is"/"will be" is not past: "is expected".
		if j > 0 && (d.f(j-1) == "is" || d.f(j-1) == "be" || d.f(j-1) == "are") {
			return 1
		}
		return -1
	}
	return 0
}

// saidWould reports a "would" at token j that looks forward from a time
// of saying: a verb of saying in the past within sixteen tokens before it
// in its sentence ("said the lamp would be relit on 21 June", "said it
// would close in March if …", "confirmed that the front counters at
// Hadley and Stoke Prior police stations would close in the autumn"). It gives the direction of time only, not the
// modality. Bounded, so that a sentence of many "would"s costs linear
// time.
func (d *doc) saidWould(j int) bool {
	if j+1 < len(d.toks) && d.f(j+1) == "have" {
		return false // "would have": a past that did not happen
	}
	s := d.sents[d.tokSent[j]]
	for k := j - 1; k >= s.first && k >= j-16; k-- {
		if pastSpeech.has(d.f(k)) {
			return true
		}
	}
	return false
}

// unresolved returns a time that could not be resolved for want of a
// publication date.
func unresolved(g claims.Granularity) claims.Value {
	return claims.Value{Kind: claims.KindTime, Granularity: g}
}

// weekday resolves a weekday: forward, the next one on or after the
// publication day (after it, when strict); back, the last one before it.
func (d *doc) weekday(wd time.Weekday, forward, strict bool) claims.Value {
	if d.published.IsZero() {
		return unresolved(claims.GranularityDay)
	}
	p := d.published
	var delta int
	if forward {
		delta = (int(wd) - int(p.Weekday()) + 7) % 7
		if delta == 0 && strict {
			delta = 7
		}
	} else {
		delta = -((int(p.Weekday()) - int(wd) + 7) % 7)
		if delta == 0 {
			delta = -7
		}
	}
	return dayValue(p.AddDate(0, 0, delta))
}

// namedWeekday resolves a weekday after "next", "last", "this" or
// "coming" (the word w). "Next Friday" is the Friday of next week and
// "last Wednesday" the Wednesday of last week: a paper of Thursday would
// say "tomorrow" or "on Friday" for the nearer one. "This Friday" is the
// next one on or after the publication day, "coming Thursday" the next
// one after it, "past Friday" the last one before it.
func (d *doc) namedWeekday(wd time.Weekday, w string) claims.Value {
	switch w {
	case "next", "last", "previous":
		if d.published.IsZero() {
			return unresolved(claims.GranularityDay)
		}
		n := 1
		if w != "next" {
			n = -1
		}
		wk, _ := period(d.published, "week", n)
		return dayValue(wk.Start.AddDate(0, 0, (int(wd)+6)%7))
	case "coming", "upcoming":
		return d.weekday(wd, true, true)
	case "past":
		return d.weekday(wd, false, false)
	}
	return d.weekday(wd, true, false)
}

// monthDay resolves "March 17" without a year: the nearest such day
// forward or back from the publication date.
func (d *doc) monthDay(mon time.Month, dd int, forward bool) claims.Value {
	if d.published.IsZero() {
		return unresolved(claims.GranularityDay)
	}
	if mon == time.February && dd == 29 {
		// the nearest leap day that way
		p := d.published
		for k := 0; k <= 8; k++ {
			y := p.Year() - k
			if forward {
				y = p.Year() + k
			}
			if !validDate(y, mon, dd) {
				continue
			}
			if t := day(y, mon, dd); forward && !t.Before(p) || !forward && !t.After(p) {
				return dayValue(t)
			}
		}
		return claims.Value{}
	}
	y := d.published.Year()
	if !validDate(y, mon, dd) {
		return claims.Value{}
	}
	t := day(y, mon, dd)
	if forward && t.Before(d.published) {
		t = day(y+1, mon, dd)
	} else if !forward && t.After(d.published) {
		t = day(y-1, mon, dd)
	}
	return dayValue(t)
}

// month resolves a month without a year: dir -1 for "last March", +1 for
// "next March", 0 for the nearest by tense; the publication month itself
// is "this month".
func (d *doc) month(mon time.Month, dir int, forward bool) claims.Value {
	if d.published.IsZero() {
		return unresolved(claims.GranularityMonth)
	}
	y, pm := d.published.Year(), d.published.Month()
	switch {
	case dir < 0 || dir == 0 && !forward:
		if mon > pm || dir < 0 && mon == pm {
			y--
		}
	default:
		if mon < pm || dir > 0 && mon == pm {
			y++
		}
	}
	return monthValue(y, mon)
}

// relSeason resolves a season without a year.
func (d *doc) relSeason(start time.Month, dir int, forward bool) claims.Value {
	if d.published.IsZero() {
		return unresolved(claims.GranularitySeason)
	}
	p := d.published
	// the season holding the publication date, and its start
	cur := day(p.Year(), start, 1)
	if start == 12 && p.Month() < 3 {
		cur = day(p.Year()-1, 12, 1)
	}
	end := cur.AddDate(0, 3, 0)
	switch {
	case !p.Before(cur) && p.Before(end) && dir == 0:
	case dir < 0 || dir == 0 && !forward:
		for !cur.AddDate(0, 3, 0).Before(p) && !cur.AddDate(0, 3, 0).Equal(p) {
			cur = cur.AddDate(-1, 0, 0)
		}
	default:
		for !cur.After(p) {
			cur = cur.AddDate(1, 0, 0)
		}
	}
	return seasonValue(cur.Year(), cur.Month())
}

// period returns the calendar week, month or year holding t, shifted by n
// of them.
func period(t time.Time, unit string, n int) (claims.Value, bool) {
	switch unit {
	case "day":
		return dayValue(t.AddDate(0, 0, n)), true
	case "week":
		off := (int(t.Weekday()) + 6) % 7 // days since Monday
		s := t.AddDate(0, 0, -off+7*n)
		return claims.Value{Kind: claims.KindTime, Start: s, End: s.AddDate(0, 0, 7), Granularity: claims.GranularityWeek}, true
	case "month":
		s := day(t.Year(), t.Month(), 1).AddDate(0, n, 0)
		return monthValue(s.Year(), s.Month()), true
	case "year":
		return yearValue(t.Year() + n), true
	case "quarter":
		q := (int(t.Month()) - 1) / 3
		s := day(t.Year(), time.Month(3*q+1), 1).AddDate(0, 3*n, 0)
		return claims.Value{Kind: claims.KindTime, Start: s, End: s.AddDate(0, 3, 0), Granularity: claims.GranularityQuarter}, true
	case "decade":
		return decadeValue((t.Year()/10 + n) * 10), true
	}
	return claims.Value{}, false
}

var unitGranularity = lexicon(map[string]claims.Granularity{
	"day": claims.GranularityDay, "week": claims.GranularityWeek, "month": claims.GranularityMonth,
	"year": claims.GranularityYear, "decade": claims.GranularityDecade, "quarter": claims.GranularityQuarter,
})

// relativeTime reads a time stated relative to the publication date or to
// the previous time: "today", "last week", "next month", "this year",
// "three years ago", "a year earlier", "last Friday", "this weekend".
func (d *doc) relativeTime(i, limit int) (mention, bool) {
	m := mention{first: i, relative: true}
	w := d.f(i)
	p := d.published
	switch w {
	case "today", "tonight", "yesterday", "tomorrow":
		m.last = i + 1
		if p.IsZero() {
			m.val = unresolved(claims.GranularityDay)
			return m, true
		}
		delta := map[string]int{"yesterday": -1, "tomorrow": 1}[w]
		m.val = dayValue(p.AddDate(0, 0, delta))
		return m, true
	case "earlier", "later":
		return d.earlierLater(i, limit)
	case "last", "next", "this", "coming", "past", "previous", "upcoming":
		if i+1 >= limit {
			return m, false
		}
		n := 0
		switch w {
		case "last", "past", "previous":
			n = -1
		case "next":
			n = 1
		}
		nx := d.f(i + 1)
		if wd, ok := weekdayNames.get(nx); ok {
			if wm, ok := d.weekdayNumeric(i, i+2, limit, wd); ok && w == "this" {
				return wm, true // "this Friday 7/6"
			}
			m.last = i + 2
			m.val = d.namedWeekday(wd, w)
			return m, true
		}
		if sm, ok := d.unitsSpan(i, limit); ok {
			return sm, true
		}
		if nx == "workweek" || nx == "working" && d.fAt(i+2) == "week" && i+2 < limit {
			// "next workweek": Monday to Friday
			m.last = i + 2
			if nx == "working" {
				m.last++
			}
			if p.IsZero() {
				m.val = unresolved(claims.GranularityDay)
				return m, true
			}
			wk, _ := period(p, "week", n)
			m.val = claims.Value{Kind: claims.KindTime, Start: wk.Start, End: wk.Start.AddDate(0, 0, 5), Granularity: claims.GranularityDay}
			return m, true
		}
		if nx == "calendar" && d.fAt(i+2) == "year" && i+2 < limit {
			// "this calendar year"
			m.last = i + 3
			if p.IsZero() {
				m.val = unresolved(claims.GranularityYear)
			} else {
				m.val, _ = period(p, "year", n)
			}
			return m, true
		}
		if w == "past" || w == "coming" || w == "upcoming" {
			return m, false
		}
		if nx == "weekend" {
			m.last = i + 2
			if p.IsZero() {
				m.val = unresolved(claims.GranularityDay)
				return m, true
			}
			sat := d.weekday(time.Saturday, n >= 0, n > 0)
			if w == "this" && p.Weekday() == time.Sunday {
				sat = dayValue(p.AddDate(0, 0, -1))
			}
			sat.End = sat.Start.AddDate(0, 0, 2)
			m.val = sat
			return m, true
		}
		unit, ok := durationUnits.get(nx)
		if nx == "quarter" {
			unit, ok = "quarter", true
		}
		if ok && unitGranularity.at(unit) != 0 && unit != "day" && !strings.HasSuffix(nx, "s") {
			m.last = i + 2
			if p.IsZero() {
				m.val = unresolved(unitGranularity.at(unit))
				return m, true
			}
			m.val, _ = period(p, unit, n)
			if unit == "week" && nx == "week" {
				m = d.dayOfWeek(m, limit)
			}
			return m, true
		}
		return m, false
	case "the":
		// "the day after tomorrow", "the week before last", "the year
		// after next": two units from the publication date
		if i+3 < limit {
			unit, ok := durationUnits.get(d.f(i + 1))
			by, from := d.fAt(i+2), d.fAt(i+3)
			n := 0
			switch {
			case by == "after" && (from == "next" || from == "tomorrow" && unit == "day"):
				n = 2
			case by == "before" && (from == "last" || from == "yesterday" && unit == "day"):
				n = -2
			}
			if ok && n != 0 && unitGranularity.at(unit) != 0 && unit != "decade" && d.f(i+1) == unit {
				m.last = i + 4
				if p.IsZero() {
					m.val = unresolved(unitGranularity.at(unit))
				} else {
					m.val, _ = period(p, unit, n)
				}
				return m, true
			}
		}
		// "the day after Christmas", "the week before the 2019 election"
		// no; "the year after 2008", "the week before Easter": one unit
		// from the time named
		if i+3 < limit && (d.f(i+2) == "after" || d.f(i+2) == "before") {
			if unit, ok := durationUnits.get(d.f(i + 1)); ok && d.f(i+1) == unit && unitGranularity.at(unit) != 0 {
				if sm, ok := d.unitFrom(i, limit, unit, i+2); ok {
					return sm, true
				}
			}
		}
		// "the next day", "the day after", "the day before": the day
		// after or before the last time mentioned
		if i+2 < limit && (d.f(i+1) == "next" && d.f(i+2) == "day" || d.f(i+1) == "day" && (d.f(i+2) == "after" || d.f(i+2) == "before")) {
			e := i + 3
			if e >= limit || d.toks[e].Kind == text.Punct && d.f(e) != "'s" {
				m.last = e
				m.val = d.anchored("day", map[bool]int{true: -1, false: 1}[d.f(i+2) == "before"])
				return m, true
			}
		}
		// "the previous year", "the following day"
		if i+2 < limit && (d.f(i+1) == "previous" || d.f(i+1) == "following") {
			if unit, ok := durationUnits.get(d.f(i + 2)); ok && unitGranularity.at(unit) != 0 {
				n := 1
				if d.f(i+1) == "previous" {
					n = -1
				}
				m.last = i + 3
				m.val = d.anchored(unit, n)
				return m, true
			}
		}
		return m, false
	}
	// "three years ago", "a year earlier", "two days later"
	amount := 0.0
	j := i
	if w == "a" || w == "an" {
		amount, j = 1, i+1
		if d.fAt(j) == "couple" && d.fAt(j+1) == "of" {
			amount, j = 2, j+2 // "a couple of weeks ago"
		}
	} else if n, ok := d.parseNumber(i, limit); ok && !n.ordinal && !n.fraction && n.amount >= 1 && n.amount < 10000 {
		amount, j = n.amount, n.end
	} else {
		return m, false
	}
	if _, ok := spanWords.get(d.fAt(j)); ok {
		return d.unitsSpan(i, limit) // "the 5 past years"
	}
	unit, ok := durationUnits.get(d.fAt(j))
	if d.fAt(j) == "fortnight" || d.fAt(j) == "fortnights" {
		amount *= 2 // "a fortnight ago": two weeks
	}
	if ok && amount == float64(int(amount)) {
		if fm, ok := d.fromAnchor(i, limit, amount, unit, j+1); ok {
			return fm, true
		}
		if im, ok := d.inUnits(i, limit); ok {
			return im, true
		}
	}
	if ok && unit == "century" && d.fAt(j+1) == "ago" && j+1 < limit && amount == float64(int(amount)) {
		// "a century ago", "two centuries ago": the year that far back
		// (not the century before ours: "a century ago" in 2026 is 1926)
		m.last = j + 2
		if p.IsZero() {
			m.val = unresolved(claims.GranularityYear)
			return m, true
		}
		m.val = yearValue(p.Year() - 100*int(amount))
		return m, true
	}
	if !ok || j+1 >= limit || unitGranularity.at(unit) == 0 || amount != float64(int(amount)) {
		return m, false
	}
	if sh, k := d.moreUnits(unit, j+1, limit); k > j+1 && d.fAt(k) == "ago" && k < limit {
		// "2 weeks and 2 days ago": the day that far back
		m.last = k + 1
		if p.IsZero() {
			m.val = unresolved(claims.GranularityDay)
			return m, true
		}
		t, _ := addUnits(p, unit, -int(amount))
		m.val = dayValue(sh.back(t))
		return m, true
	}
	switch d.f(j + 1) {
	case "from":
		if d.markerBefore(i) == "for" {
			// "will close for eight weeks from 3 November": how long,
			// and from when, not the day eight weeks after
			return m, false
		}
		return d.shiftedTime(i, limit, int(amount), unit, j+1)
	case "ago":
		m.last = j + 2
		if p.IsZero() {
			m.val = unresolved(unitGranularity.at(unit))
			return m, true
		}
		if unit == "week" || unit == "month" {
			// "two months ago" is the day two months back; its
			// month or week would not be the time it names
			t, _ := addUnits(p, unit, -int(amount))
			m.val = dayValue(t)
			return m, true
		}
		m.val, _ = period(p, unit, -int(amount))
		return m, true
	case "earlier", "later", "before", "after":
		if sm, ok := d.shiftedTime(i, limit, int(amount), unit, j+1); ok {
			return sm, true
		}
		if d.f(j+1) == "before" || d.f(j+1) == "after" {
			// "three years after the invasion" is a duration
			if j+2 < limit && d.toks[j+2].Kind != text.Punct {
				return m, false
			}
		}
		n := int(amount)
		if d.f(j+1) == "earlier" || d.f(j+1) == "before" {
			n = -n
		}
		m.last = j + 2
		m.val = d.anchoredCount(unit, n)
		return m, true
	}
	return m, false
}

// anchored shifts the last absolute time mentioned by n units; without
// one it counts from the publication date.
func (d *doc) anchored(unit string, n int) claims.Value {
	a := d.lastTime
	if a.Kind == claims.KindTime && !a.Start.IsZero() {
		var s, e time.Time
		switch unit {
		case "day":
			s, e = a.Start.AddDate(0, 0, n), a.End.AddDate(0, 0, n)
		case "week":
			s, e = a.Start.AddDate(0, 0, 7*n), a.End.AddDate(0, 0, 7*n)
		case "month":
			s, e = a.Start.AddDate(0, n, 0), a.End.AddDate(0, n, 0)
		case "year":
			s, e = a.Start.AddDate(n, 0, 0), a.End.AddDate(n, 0, 0)
		case "decade":
			s, e = a.Start.AddDate(10*n, 0, 0), a.End.AddDate(10*n, 0, 0)
		}
		if !s.IsZero() {
			return claims.Value{Kind: claims.KindTime, Start: s, End: e, Granularity: a.Granularity}
		}
	}
	if d.published.IsZero() {
		return unresolved(unitGranularity.at(unit))
	}
	v, _ := period(d.published, unit, n)
	return v
}

// anchoredCount shifts the last time mentioned by a count of units, as
// anchored does; counted from the publication date, "three weeks later"
// is the day that far on, as "three weeks ago" is.
func (d *doc) anchoredCount(unit string, n int) claims.Value {
	if a := d.lastTime; (a.Kind != claims.KindTime || a.Start.IsZero()) && !d.published.IsZero() && (unit == "week" || unit == "month") {
		t, _ := addUnits(d.published, unit, n)
		return dayValue(t)
	}
	return d.anchored(unit, n)
}

// shift is a calendar shift in years, months and days.
type shift struct{ years, months, days int }

// back returns t moved back by the shift.
func (s shift) back(t time.Time) time.Time { return t.AddDate(-s.years, -s.months, -s.days) }

// moreUnits reads the smaller units that follow a count of units ending
// before token k: "and 2 days" in "2 weeks and 2 days ago", "and 2 weeks
// and 2 days" in "the last 3 months and 2 weeks and 2 days". It returns
// their sum and the token after the last one read (k when there is none).
func (d *doc) moreUnits(unit string, k, limit int) (shift, int) {
	var sh shift
	big, ok := claims.DurationUnitDays(unit)
	if !ok {
		return sh, k
	}
	for range 3 {
		j := k
		if d.fAt(j) == "and" || d.fAt(j) == "," {
			j++
		}
		if j >= limit || d.toks[j].Kind != text.Number && d.toks[j].lex&lxNumberWord == 0 && d.f(j) != "a" && d.f(j) != "an" {
			return sh, k
		}
		n := 1
		e := j + 1
		if d.f(j) != "a" && d.f(j) != "an" {
			num, ok := d.parseNumber(j, limit)
			if !ok || num.ordinal || num.fraction || num.amount != float64(int(num.amount)) || num.amount < 1 || num.amount > 1000 {
				return sh, k
			}
			n, e = int(num.amount), num.end
		}
		u, ok := durationUnits.get(d.fAt(e))
		small, ok2 := claims.DurationUnitDays(u)
		if !ok || e >= limit || !ok2 || small >= big || unitGranularity.at(u) == 0 {
			return sh, k
		}
		if f := d.f(e); f == "fortnight" || f == "fortnights" {
			n *= 2
		}
		switch u {
		case "year":
			sh.years += n
		case "month":
			sh.months += n
		case "week":
			sh.days += 7 * n
		case "day":
			sh.days += n
		default:
			return sh, k
		}
		big, k = small, e+1
	}
	return sh, k
}

// shiftedTime reads "3 days after January 12th", "two months after next
// Friday", "2 weeks from January 15", "three months after Easter" at
// token i, the word "after", "before" or "from" at token k: the time
// after it moved by that many units, in its own granularity. A unit finer
// than the time ("2 weeks after 2011") or a time that does not follow at
// once ("three years after the invasion", a duration) is not read.
func (d *doc) shiftedTime(i, limit, n int, unit string, k int) (mention, bool) {
	m := mention{first: i}
	j := k + 1
	if j >= limit || d.toks[j].Kind != text.Number && d.toks[j].lex&lxValueStart == 0 || d.f(j) == "the" || d.f(j) == "a" || d.f(j) == "an" {
		return m, false
	}
	x, ok := d.matchTime(j, limit)
	if !ok || x.first != j || x.val.Kind != claims.KindTime || x.val.Granularity > unitGranularity.at(unit) && unitGranularity.at(unit) != 0 {
		return m, false
	}
	m.last, m.relative = x.last, true
	if x.val.Start.IsZero() {
		m.val = x.val
		return m, true
	}
	if d.f(k) == "before" {
		n = -n
	}
	s, ok1 := addUnits(x.val.Start, unit, n)
	e, ok2 := addUnits(x.val.End, unit, n)
	if !ok1 || !ok2 {
		return m, false
	}
	m.val = claims.Value{Kind: claims.KindTime, Start: s, End: e, Granularity: x.val.Granularity}
	return m, true
}

// unitFrom reads "the day after Christmas", "the year after 2008", "the
// week before Easter" at token i, the word "after" or "before" at token
// k: one unit from the time after it. A unit no longer than that time
// shifts it ("the year after 2008" is 2009); a longer one is the span
// that long beside it ("the week before Easter": the seven days up to
// Easter Sunday).
func (d *doc) unitFrom(i, limit int, unit string, k int) (mention, bool) {
	x, ok := d.matchTime(k+1, limit)
	if !ok || x.first != k+1 || x.val.Kind != claims.KindTime || d.f(k+1) == "the" || d.f(k+1) == "next" || d.f(k+1) == "last" {
		return mention{}, false
	}
	m := mention{first: i, last: x.last, relative: true}
	if x.val.Start.IsZero() {
		m.val = x.val
		return m, true
	}
	before := d.f(k) == "before"
	if unitGranularity.at(unit) <= x.val.Granularity {
		sm, ok := d.shiftedTime(i, limit, 1, unit, k)
		return sm, ok
	}
	var s, e time.Time
	if before {
		e = x.val.Start
		s, ok = addUnits(e, unit, -1)
	} else {
		s = x.val.End
		e, ok = addUnits(s, unit, 1)
	}
	if !ok || !s.Before(e) {
		return mention{}, false
	}
	m.val = claims.Value{Kind: claims.KindTime, Start: s, End: e, Granularity: claims.GranularityDay}
	return m, true
}

// dayOfWeek narrows a week mention to a weekday named after it: "next
// week on Tuesday", "next week Mon", "this week Monday", "last week -
// Monday".
func (d *doc) dayOfWeek(m mention, limit int) mention {
	k := m.last
	if d.fAt(k) == "on" || d.fAt(k) == "-" || d.fAt(k) == "," {
		k++
	}
	if k >= limit {
		return m
	}
	wd, ok := weekdayNames.get(d.f(k))
	if !ok {
		wd, ok = weekdayAbbrevs.get(d.f(k))
		ok = ok && d.toks[k].Has(text.Cap)
	}
	if !ok || m.val.Start.IsZero() {
		return m
	}
	m.last = k + 1
	m.val = dayValue(m.val.Start.AddDate(0, 0, (int(wd)+6)%7))
	return m
}

// earlierLater reads "earlier this month", "later this year", "earlier
// in the week", "later last week" at token i. Before the current period,
// "earlier" is the part of it up to the publication day and "later" the
// part from it on: "earlier this month" in a paper of 28 May is 1 to 28
// May, whenever in the month it fell. Of another period it is its
// beginning or end ("earlier last week": Monday to Wednesday). "Later in
// the year" counts within the year of the last time mentioned, after it
// ("arrested in March 2019 and charged later in the year": April to
// December 2019), or, in a clause about the future or without an earlier
// time, within the current year.
func (d *doc) earlierLater(i, limit int) (mention, bool) {
	m := mention{first: i, relative: true}
	later := d.f(i) == "later"
	nx := d.fAt(i + 1)
	if nx == "in" && d.fAt(i+2) == "the" && i+3 < limit {
		unit := d.f(i + 3)
		if unit != "week" && unit != "month" && unit != "year" {
			return m, false
		}
		m.last = i + 4
		a := d.lastTime
		if a.Kind != claims.KindTime || a.Start.IsZero() || d.forward(i) {
			if d.published.IsZero() {
				m.val = unresolved(claims.GranularityDay)
				return m, true
			}
			v, _ := period(d.published, unit, 0)
			m.val = d.aroundPublication(v, later)
			return m, true
		}
		v, _ := period(a.Start, unit, 0)
		if a.Granularity < v.Granularity && a.End.Before(v.End) {
			// the part of the period before or after the anchor
			if later {
				v.Start = a.End
			} else {
				v.End = a.Start
			}
			if !v.Start.Before(v.End) {
				return m, false
			}
			v.Granularity = claims.GranularityDay
		}
		m.val = v
		return m, true
	}
	if nx != "this" && nx != "last" && nx != "next" && nx != "previous" || i+2 >= limit {
		return m, false
	}
	x, ok := d.relativeTime(i+1, limit)
	if !ok {
		return m, false
	}
	m.last = x.last
	m.val = x.val
	g := x.val.Granularity
	if x.val.Start.IsZero() || x.first != i+1 || g <= claims.GranularityDay {
		return m, true // "later this Friday": the day
	}
	if nx == "this" {
		m.val = d.aroundPublication(x.val, later)
		return m, true
	}
	part := -1
	if later {
		part = 1
	}
	if v, ok := timePart(x.val, part); ok {
		m.val = v
	}
	return m, true
}

// aroundPublication returns the part of a period that holds the
// publication date up to and including the publication day, or from it
// on when later: a whole number of days.
func (d *doc) aroundPublication(v claims.Value, later bool) claims.Value {
	p := d.published
	if p.Before(v.Start) || !p.Before(v.End) {
		return v
	}
	if later {
		v.Start = p
	} else {
		v.End = p.AddDate(0, 0, 1)
	}
	v.Granularity = claims.GranularityDay
	return v
}
