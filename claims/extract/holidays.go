package extract

import (
	"strings"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// A holidayRule gives the day of a holiday in a year: a fixed date, the
// nth weekday of a month (nth -1 for the last), or days from Easter
// Sunday.
type holidayRule struct {
	month  time.Month
	day    int
	nth    int
	wd     time.Weekday
	easter bool
	offset int // days after the rule's day: Black Friday is Thanksgiving + 1
}

// date returns the holiday's day in year y.
func (r holidayRule) date(y int) time.Time {
	var t time.Time
	switch {
	case r.easter:
		t = easterSunday(y)
	case r.nth > 0:
		t = day(y, r.month, 1)
		t = t.AddDate(0, 0, (int(r.wd)-int(t.Weekday())+7)%7+7*(r.nth-1))
	case r.nth < 0:
		t = day(y, r.month+1, 1).AddDate(0, 0, -1)
		t = t.AddDate(0, 0, -((int(t.Weekday()) - int(r.wd) + 7) % 7))
	default:
		t = day(y, r.month, r.day)
	}
	return t.AddDate(0, 0, r.offset)
}

// easterSunday returns Easter Sunday of the Gregorian year y, by the
// anonymous Gregorian computus.
func easterSunday(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	dd, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - dd - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	dy := (h+l-7*m+114)%31 + 1
	return day(y, time.Month(month), dy)
}

// A holidayName is the folded words of a holiday's name, apostrophes
// apart, and its rule. A bare name ("Christmas", "Easter") is a time only
// when a time word ties it to the clause; a name that is also a common
// phrase in lower case ("good friday") needs its capital.
type holidayName struct {
	words []string
	rule  holidayRule
	bare  bool
	cap   bool
}

var holidays = lexicon(func() map[string][]holidayName {
	fixed := func(m time.Month, dd int) holidayRule { return holidayRule{month: m, day: dd} }
	nth := func(n int, wd time.Weekday, m time.Month) holidayRule { return holidayRule{month: m, nth: n, wd: wd} }
	easter := func(off int) holidayRule { return holidayRule{easter: true, offset: off} }
	thanksgiving := nth(4, time.Thursday, 11)
	blackFriday := thanksgiving
	blackFriday.offset = 1
	list := []struct {
		names     string // names separated by "|"
		rule      holidayRule
		bare, cap bool
	}{
		{"christmas day", fixed(12, 25), false, false},
		{"christmas eve", fixed(12, 24), false, false},
		{"christmas|xmas", fixed(12, 25), true, false},
		{"boxing day", fixed(12, 26), false, false},
		{"new year's day|new year day|new years day", fixed(1, 1), false, false},
		{"new year's eve|new years eve|hogmanay", fixed(12, 31), false, false},
		{"new year", fixed(1, 1), true, true},
		{"valentine's day|valentines day|st valentine's day|saint valentine's day", fixed(2, 14), false, false},
		{"halloween", fixed(10, 31), true, false},
		{"independence day", fixed(7, 4), false, false},
		{"juneteenth", fixed(6, 19), false, false},
		{"earth day", fixed(4, 22), false, false},
		{"st patrick's day|saint patrick's day|st patricks day|st paddy's day", fixed(3, 17), false, false},
		{"saint patrick|st patrick", fixed(3, 17), true, true},
		{"international workers' day|workers' day|labour day|may day", fixed(5, 1), false, true},
		{"armistice day|remembrance day|veterans day|veterans' day", fixed(11, 11), false, false},
		{"guy fawkes night|bonfire night", fixed(11, 5), false, false},
		{"burns night", fixed(1, 25), false, true},
		{"thanksgiving day|thanksgiving", thanksgiving, true, false},
		{"black friday", blackFriday, false, false},
		{"memorial day", nth(-1, time.Monday, 5), false, true},
		{"labor day", nth(1, time.Monday, 9), false, false},
		{"martin luther king day|martin luther king jr day|martin luther king junior day|mlk day", nth(3, time.Monday, 1), false, false},
		{"presidents' day|presidents day|president's day", nth(3, time.Monday, 2), false, true},
		{"columbus day", nth(2, time.Monday, 10), false, true},
		{"mother's day|mothers day", nth(2, time.Sunday, 5), false, true},
		{"mothering sunday", easter(-21), false, true},
		{"father's day|fathers day", nth(3, time.Sunday, 6), false, true},
		{"remembrance sunday", nth(2, time.Sunday, 11), false, true},
		{"easter sunday|easter day", easter(0), false, false},
		{"easter", easter(0), true, false},
		{"easter monday", easter(1), false, false},
		{"good friday", easter(-2), false, true},
		{"maundy thursday|holy thursday", easter(-3), false, true},
		{"palm sunday", easter(-7), false, true},
		{"ash wednesday", easter(-46), false, true},
		{"shrove tuesday|pancake day", easter(-47), false, true},
		{"whit sunday|pentecost", easter(49), false, true},
	}
	m := map[string][]holidayName{}
	for _, h := range list {
		for _, n := range strings.Split(h.names, "|") {
			n = strings.NewReplacer("'s", " 's", "s'", "s '").Replace(n)
			f := strings.Fields(n)
			m[f[0]] = append(m[f[0]], holidayName{words: f, rule: h.rule, bare: h.bare, cap: h.cap})
		}
	}
	for k, v := range m {
		for i := 1; i < len(v); i++ { // longest first
			for j := i; j > 0 && len(v[j].words) > len(v[j-1].words); j-- {
				v[j], v[j-1] = v[j-1], v[j]
			}
		}
		m[k] = v
	}
	return m
}())

// holidayTies are the words before a bare holiday name that make it a
// time: "on Christmas", "by Easter", "this Thanksgiving".
var relWords = words(`this next last following previous`)

var holidayTies = words(`on at by before after since until till over during for around of this next last
	following previous from to through and between`)

// holidayAt matches a holiday's name at token i and returns its rule and
// the token after the name.
func (d *doc) holidayAt(i, limit int) (holidayRule, int, bool) {
	for _, h := range holidays.at(d.f(i)) {
		j := i
		ok := true
		for _, w := range h.words {
			if j >= limit || d.f(j) != w {
				ok = false
				break
			}
			j++
		}
		if !ok {
			continue
		}
		if h.cap && !d.toks[i].Has(text.Cap) && !d.holidayExpected(i) {
			continue
		}
		if h.bare {
			prev := d.fAt(i - 1)
			_, year := d.yearAt(j, limit)
			if !holidayTies.has(prev) && !year && d.fAt(j) != "weekend" || i == 0 && !year {
				continue
			}
			if nx := d.fAt(j); !relWords.has(prev) && j < limit && d.toks[j].Kind == text.Word && !d.toks[j].Has(text.Cap) && nx != "weekend" && nx != "of" && nx != "and" && nx != "or" && nx != "to" && nx != "until" && nx != "at" && nx != "in" && nx != "this" && nx != "next" && nx != "last" {
				continue // "Christmas shopping", "Easter eggs"
			}
		}
		if i > 0 && (d.f(i-1) == "'s" || d.f(i-1) == "chinese" || d.f(i-1) == "lunar") {
			continue // "Ukraine's Independence Day", "Chinese New Year"
		}
		return h.rule, j, true
	}
	return holidayRule{}, i, false
}

// holidayExpected reports whether the words before token i call for a
// time, so that a holiday's name that needs its capital elsewhere may be
// read in lower case: after a count of units and "before", "after" or
// "from" ("5 days before new year", "a week after good friday").
func (d *doc) holidayExpected(i int) bool {
	if i < 2 {
		return false
	}
	switch d.f(i - 1) {
	case "before", "after", "from":
		_, unit := durationUnits.get(d.f(i - 2))
		return unit
	}
	return false
}

// holiday reads a holiday at token i: "Christmas Day 2019", "Easter",
// "next Thanksgiving", "Independence Day of this year", "Halloween
// weekend". Without a year it is the nearest one by the clause's tense.
func (d *doc) holiday(i, limit int) (mention, bool) {
	r, j, ok := d.holidayAt(i, limit)
	if !ok {
		return mention{}, false
	}
	m := mention{first: i, last: j}
	year, hasYear := 0, false
	switch w := d.fAt(j + 1); {
	case d.fAt(j) == "of" && (w == "this" || w == "next" || w == "last") && d.fAt(j+2) == "year" && j+2 < limit:
		// "Independence Day of this year"
		m.relative = true
		if !d.published.IsZero() {
			year, hasYear = d.published.Year()+map[string]int{"next": 1, "last": -1}[w], true
		}
		j += 3
	case d.fAt(j) == "of" || d.fAt(j) == ",":
		if y, ok := d.yearAt(j+1, limit); ok {
			year, hasYear, j = y, true, j+2
		}
	default:
		if y, ok := d.yearAt(j, limit); ok {
			year, hasYear, j = y, true, j+1
		}
	}
	dir := 0
	switch d.fAt(i - 1) {
	case "next", "following":
		dir = 1
	case "last", "previous":
		dir = -1
	case "this":
	default:
		dir = 2 // by tense
	}
	if dir != 2 && !hasYear {
		m.first = i - 1
	}
	var t time.Time
	switch {
	case hasYear:
		t = r.date(year)
	case d.published.IsZero():
		m.last, m.relative = j, true
		m.val = unresolved(claims.GranularityDay)
		return m, true
	default:
		m.relative = true
		p := d.published
		forward := dir == 1 || dir == 2 && d.forward(i) || dir == 0 && d.forward(i)
		t = r.date(p.Year())
		switch {
		case dir == 1 && !t.After(p), forward && dir != 1 && t.Before(p):
			t = r.date(p.Year() + 1)
		case dir == -1 && !t.Before(p), !forward && dir != -1 && t.After(p):
			t = r.date(p.Year() - 1)
		}
	}
	m.last = j
	m.val = dayValue(t)
	if d.fAt(j) == "weekend" && j < limit {
		m.last = j + 1
		if y, ok := d.yearAt(j+1, limit); ok && !hasYear {
			t = r.date(y) // "Halloween weekend 2021"
			m.last = j + 2
		}
		m.val = holidayWeekend(t)
	}
	return m, true
}

// holidayWeekend returns the weekend a holiday falls in or beside, with
// the holiday: Halloween on a Sunday gives Saturday and Sunday, Labor Day
// (a Monday) Saturday to Monday, Thanksgiving (a Thursday) Thursday to
// Sunday.
func holidayWeekend(t time.Time) claims.Value {
	s, e := t, t.AddDate(0, 0, 1)
	switch t.Weekday() {
	case time.Saturday:
		e = t.AddDate(0, 0, 2)
	case time.Sunday:
		s = t.AddDate(0, 0, -1)
	case time.Monday:
		s = t.AddDate(0, 0, -2)
	case time.Thursday:
		e = t.AddDate(0, 0, 4)
	case time.Friday:
		e = t.AddDate(0, 0, 3)
	}
	return claims.Value{Kind: claims.KindTime, Start: s, End: e, Granularity: claims.GranularityDay}
}

// holidayWeekendOf reads "the weekend of Halloween", "weekend of
// Thanksgiving 2023" at token i: the weekend beside the holiday.
func (d *doc) holidayWeekendOf(i, limit int) (mention, bool) {
	j := i
	if d.f(j) == "the" {
		j++
	}
	if d.fAt(j) != "weekend" || d.fAt(j+1) != "of" || j+2 >= limit {
		return mention{}, false
	}
	if _, ok := holidays.get(d.f(j + 2)); !ok {
		return mention{}, false
	}
	h, ok := d.holiday(j+2, limit)
	if !ok || h.first != j+2 || h.val.Granularity != claims.GranularityDay {
		return mention{}, false
	}
	h.first = i
	if !h.val.Start.IsZero() && h.val.End.Sub(h.val.Start) <= 24*time.Hour {
		h.val = holidayWeekend(h.val.Start)
	}
	return h, true
}
