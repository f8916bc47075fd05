package extract

import (
	"time"

	"github.com/veracity-go/veracity/claims"
)

// spanUnit reads a unit of time at token j that a span of several can be
// counted in: "days", "quarters", "fortnight". It returns the unit and how
// many of it one stands for (two weeks for a fortnight).
func (d *doc) spanUnit(j, limit int) (string, int, bool) {
	if j >= limit {
		return "", 0, false
	}
	switch w := d.f(j); w {
	case "quarter", "quarters":
		return "quarter", 1, true
	case "fortnight", "fortnights":
		return "week", 2, true
	default:
		u, ok := durationUnits.get(w)
		if !ok || unitGranularity.at(u) == 0 {
			return "", 0, false
		}
		return u, 1, true
	}
}

// calendarUnit reports whether a unit is counted by the calendar when it
// spans several: "the last two quarters" are whole quarters, "the last two
// years" the two years to the publication date.
func calendarUnit(unit string) bool { return unit == "quarter" || unit == "decade" }

// rollingSpan reports whether a span led by word w in unit is counted
// back from the publication date rather than by the calendar: "the past
// decade" is the ten years to it, "the next decade" the calendar one.
func rollingSpan(w, unit string) bool { return unit == "decade" && (w == "past" || w == "previous") }

// unitsRange returns the n units before the publication day, up to it,
// or the n units after it, from the next day: "the past three years",
// "the next 3 days". Quarters and decades, and whole calendar weeks when
// calendar is set ("next fortnight"), count from the current one.
func (d *doc) unitsRange(unit string, n int, back, calendar bool) claims.Value {
	g := unitGranularity.at(unit)
	p := d.published
	if p.IsZero() {
		return unresolved(g)
	}
	if calendar || calendarUnit(unit) {
		var a, b claims.Value
		if back {
			a, _ = period(p, unit, -n)
			b, _ = period(p, unit, -1)
		} else {
			a, _ = period(p, unit, 1)
			b, _ = period(p, unit, n)
		}
		return claims.Value{Kind: claims.KindTime, Start: a.Start, End: b.End, Granularity: g}
	}
	if back {
		s, _ := addUnits(p, unit, -n)
		return claims.Value{Kind: claims.KindTime, Start: s, End: p, Granularity: g}
	}
	s := p.AddDate(0, 0, 1)
	e, _ := addUnits(s, unit, n)
	return claims.Value{Kind: claims.KindTime, Start: s, End: e, Granularity: g}
}

// spanWords lead a span of units before or after the publication date;
// the value says which way.
var spanWords = lexicon(map[string]bool{
	"last": true, "past": true, "previous": true,
	"next": false, "coming": false, "upcoming": false,
})

// unitsSpan reads "the past three years", "the next 7 quarters", "the
// coming week", "the last fortnight" at token i (the word "last",
// "past", "next"…), and "the 5 upcoming years" at a figure: a range of
// time up to the publication date or after it. "For the past week" is
// the duration of a state, which the range twins.
func (d *doc) unitsSpan(i, limit int) (mention, bool) {
	m := mention{first: i, relative: true}
	w := d.f(i)
	back, led := spanWords.get(w)
	n, j := 1, i+1
	counted := false
	if led {
		if c, e, ok := d.spanCount(j, limit); ok {
			n, j, counted = c, e, true
		}
	} else {
		// "the 5 upcoming years"
		num, ok := d.parseNumber(i, limit)
		if !ok || num.ordinal || num.fraction || num.amount < 1 || num.amount > 1000 || num.scaled {
			return m, false
		}
		b, ok := spanWords.get(d.fAt(num.end))
		if !ok || num.end >= limit {
			return m, false
		}
		n, j, back, counted = int(num.amount), num.end+1, b, true
	}
	if w := d.fAt(j); (w == "business" || w == "working") && (d.fAt(j+1) == "days" || d.fAt(j+1) == "day") && counted && j+1 < limit {
		// "the next 4 business days": weekdays only
		m.last = j + 2
		m.val = d.businessDays(n, back)
		return m, true
	}
	unit, mult, ok := d.spanUnit(j, limit)
	if !ok {
		return m, false
	}
	plural := d.f(j) != "fortnight" && d.f(j) != "quarter" && len(d.f(j)) > 1 && d.f(j)[len(d.f(j))-1] == 's'
	if !led && n != 1 && !plural {
		return m, false // "rose to 1,200 from 500 last year": 500 is no count of years
	}
	if !counted {
		if plural {
			return m, false // "the last days of", "next years"
		}
		// "last week" is the calendar week (relativeTime reads it);
		// "the past week" the seven days to the publication date
		if (w == "last" || w == "next" || w == "previous") && mult == 1 && !calendarUnit(unit) {
			return m, false
		}
	}
	if d.fAt(j+1) == "of" && j+1 < limit {
		return m, false // "the last three months of 2019"
	}
	calendar := !counted && mult == 2 && (w == "last" || w == "next" || w == "previous")
	m.last = j + 1
	m.val = d.unitsRange(unit, n*mult, back, calendar)
	if sh, k := d.moreUnits(unit, j+1, limit); k > j+1 && d.fAt(k) != "ago" && back && counted && !calendar && !calendarUnit(unit) {
		// "the last 3 months and 2 weeks and 2 days": to the day, but
		// not "the last 3 months and 2 days ago"
		m.last = k
		if !m.val.Start.IsZero() {
			m.val.Start = sh.back(m.val.Start)
			m.val.Granularity = claims.GranularityDay
		}
		if d.markerBefore(i) == "for" {
			dur := claims.Value{Kind: claims.KindDuration, Amount: float64(n * mult), Unit: unit}
			d.compoundDuration(&dur, j+1, limit)
			r := m.val
			m.twin, m.val, m.relative = &r, dur, false
		}
		return m, true
	}
	if rollingSpan(w, unit) && !d.published.IsZero() {
		s, _ := addUnits(d.published, unit, -n)
		m.val = claims.Value{Kind: claims.KindTime, Start: s, End: d.published, Granularity: claims.GranularityYear}
	}
	if d.markerBefore(i) == "for" && unitDuration(unit) {
		// "for the past week": the duration, and the range it covers
		r := m.val
		m.twin = &r
		m.val = claims.Value{Kind: claims.KindDuration, Amount: float64(n * mult), Unit: unit}
		m.relative = false
	}
	return m, true
}

// unitDuration reports whether a unit is also a unit of durations.
func unitDuration(unit string) bool {
	_, ok := claims.DurationUnitDays(unit)
	return ok
}

// within reads "within 9 months", "within the next two years" in a clause
// about the future: the range from the publication date to that many
// units after it. "Within a year of taking office" counts from an event,
// and is a duration.
func (d *doc) within(i, limit int) (mention, bool) {
	m := mention{first: i, relative: true}
	j := i + 1
	if d.fAt(j) == "the" {
		j++
	}
	if w := d.fAt(j); w == "next" || w == "coming" {
		j++
	}
	n := 1
	if w := d.fAt(j); w == "a" || w == "an" {
		j++
	} else if c, e, ok := d.spanCount(j, limit); ok {
		n, j = c, e
	} else {
		return m, false
	}
	unit, mult, ok := d.spanUnit(j, limit)
	if !ok || d.fAt(j+1) == "of" || !d.forward(i) {
		return m, false
	}
	m.last = j + 1
	if d.published.IsZero() {
		m.val = unresolved(unitGranularity.at(unit))
		return m, true
	}
	e, _ := addUnits(d.published, unit, n*mult)
	m.val = claims.Value{Kind: claims.KindTime, Start: d.published, End: e, Granularity: unitGranularity.at(unit)}
	return m, true
}

// spanCount reads how many units a span counts at token j: "3", "two",
// "eleven" (a single figure or number word before its unit, so that "two
// quarters" is not read as a half), or a longer number.
func (d *doc) spanCount(j, limit int) (int, int, bool) {
	if j+1 < limit {
		if v, ok := unitWords.get(d.f(j)); ok && v >= 1 {
			if _, _, ok := d.spanUnit(j+1, limit); ok {
				return int(v), j + 1, true
			}
		}
	}
	num, ok := d.parseNumber(j, limit)
	if !ok || num.ordinal || num.fraction || num.amount < 1 || num.amount > 1000 || num.scaled || num.amount != float64(int(num.amount)) {
		return 0, j, false
	}
	return int(num.amount), num.end, true
}

// businessDays returns the n weekdays before the publication day, up to
// it, or after it, from the next day.
func (d *doc) businessDays(n int, back bool) claims.Value {
	p := d.published
	if p.IsZero() {
		return unresolved(claims.GranularityDay)
	}
	step := 1
	if back {
		step = -1
	}
	t := p
	for k := 0; k < n && k < 1000; {
		t = t.AddDate(0, 0, step)
		if wd := t.Weekday(); wd != time.Saturday && wd != time.Sunday {
			k++
		}
	}
	if back {
		return claims.Value{Kind: claims.KindTime, Start: t, End: p, Granularity: claims.GranularityDay}
	}
	return claims.Value{Kind: claims.KindTime, Start: p.AddDate(0, 0, 1), End: t.AddDate(0, 0, 1), Granularity: claims.GranularityDay}
}
