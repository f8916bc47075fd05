package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

var (
	monthNames = lexicon(map[string]time.Month{
		"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
		"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
		"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
		"oct": 10, "nov": 11, "dec": 12,
	})
	weekdayNames = lexicon(map[string]time.Weekday{
		"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
		"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
		"saturday": time.Saturday,
	})
	seasonStart = lexicon(map[string]time.Month{"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12})
	// timeMarkers are prepositions that tie a time to its clause.
	timeMarkers = words(`since until till by before after from to in on at during between through
		throughout of within for as`)
	// monthContext words before a bare month name show it is a month
	// ("in May", not "may attend").
	monthContext = words(`in since until till by before after from to during of early late mid last next
		this - on end`)
)

func day(y int, m time.Month, dd int) time.Time { return time.Date(y, m, dd, 0, 0, 0, 0, time.UTC) }

func dayValue(t time.Time) claims.Value {
	return claims.Value{Kind: claims.KindTime, Start: t, End: t.AddDate(0, 0, 1), Granularity: claims.GranularityDay}
}

func monthValue(y int, m time.Month) claims.Value {
	s := day(y, m, 1)
	return claims.Value{Kind: claims.KindTime, Start: s, End: s.AddDate(0, 1, 0), Granularity: claims.GranularityMonth}
}

func yearValue(y int) claims.Value {
	return claims.Value{Kind: claims.KindTime, Start: day(y, 1, 1), End: day(y+1, 1, 1), Granularity: claims.GranularityYear}
}

func seasonValue(y int, m time.Month) claims.Value {
	s := day(y, m, 1)
	return claims.Value{Kind: claims.KindTime, Start: s, End: s.AddDate(0, 3, 0), Granularity: claims.GranularitySeason}
}

// validDate reports whether y-m-d is a calendar date.
// yearWord reports whether w is a year written in four digits: "2024".
func yearWord(w string) bool { return len(w) == 4 && strings.Trim(w, "0123456789") == "" }

func validDate(y int, m time.Month, dd int) bool {
	if m < 1 || m > 12 || dd < 1 || dd > 31 {
		return false
	}
	t := day(y, m, dd)
	return t.Day() == dd && t.Month() == m
}

// smallInt returns the value of a plain integer token of at most maxDigits
// digits.
func (d *doc) smallInt(i, limit, maxDigits int) (int, bool) {
	if i >= limit || d.toks[i].Kind != text.Number {
		return 0, false
	}
	s := d.f(i)
	if len(s) > maxDigits {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// yearAt reads a four-digit year at token i.
func (d *doc) yearAt(i, limit int) (int, bool) {
	if i >= limit || d.toks[i].Kind != text.Number || len(d.f(i)) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(d.f(i))
	return y, err == nil && y >= 1000 && y <= 2199
}

// splitYear reads a year that straddles two, "2004-05", "2019/20",
// "1998-99", "2019/2020", at token i: a season, a financial or academic
// year, read as both calendar years. The second year must follow the
// first ("2015-12" is a month).
func (d *doc) splitYear(i, limit int) (mention, bool) {
	y, ok := d.yearAt(i, limit)
	if !ok || i+2 >= limit || !d.toks[i+1].Glued() || !d.toks[i+2].Glued() || d.toks[i+2].Kind != text.Number {
		return mention{}, false
	}
	sep := d.f(i + 1)
	if sep != "-" && sep != "/" && sep != "–" {
		return mention{}, false
	}
	if i+4 < limit && d.toks[i+3].Glued() && d.toks[i+4].Glued() && d.toks[i+4].Kind == text.Number && (d.f(i+3) == "-" || d.f(i+3) == "/" || d.f(i+3) == ".") {
		return mention{}, false // "2004-05-06": a date
	}
	switch w := d.f(i + 2); {
	case len(w) == 2:
		if n, _ := strconv.Atoi(w); n != (y+1)%100 {
			return mention{}, false
		}
	case len(w) == 4 && sep == "/":
		if n, _ := strconv.Atoi(w); n != y+1 {
			return mention{}, false
		}
	default:
		return mention{}, false
	}
	v := yearValue(y)
	v.End = day(y+2, 1, 1)
	return mention{first: i, last: i + 3, val: v}, true
}

// ordinalSuffixAt skips an ordinal suffix glued to the number before i.
func (d *doc) ordinalSuffixAt(i, limit int) int {
	if i < limit && d.toks[i].Glued() && d.toks[i].Kind == text.Word {
		switch d.f(i) {
		case "th", "st", "nd", "rd":
			return i + 1
		}
	}
	return i
}

// weekdayOfWeek reads "Monday next week", "Friday last week", "Tuesday
// this week" at token i: that weekday of that week (weeks start on
// Monday), as "next week on Monday" is.
func (d *doc) weekdayOfWeek(i, limit int, wd time.Weekday) (mention, bool) {
	if i+2 >= limit || d.f(i+2) != "week" {
		return mention{}, false
	}
	n := 0
	switch d.f(i + 1) {
	case "next":
		n = 1
	case "last", "previous":
		n = -1
	case "this":
	default:
		return mention{}, false
	}
	m := mention{first: i, last: i + 3, relative: true}
	if d.published.IsZero() {
		m.val = unresolved(claims.GranularityDay)
		return m, true
	}
	wk, _ := period(d.published, "week", n)
	m.val = dayValue(wk.Start.AddDate(0, 0, (int(wd)+6)%7))
	return m, true
}

// weekdayPair reports whether the weekday abbreviation at token i is an
// end of a range of weekdays, "Mon-Fri", "Mon to Sat", "Tue-Thu": a
// weekday, abbreviated or not, at the other end. An abbreviation alone
// ("Sat", "Sun") is more often a name.
func (d *doc) weekdayPair(i, limit int) bool {
	isDay := func(k int) bool {
		if k < 0 || k >= limit || d.toks[k].Kind != text.Word || !d.toks[k].Has(text.Cap) {
			return false
		}
		_, ok := weekdayAbbrevs.get(d.f(k))
		_, ok2 := weekdayNames.get(d.f(k))
		return ok || ok2
	}
	joint := func(k int) bool {
		return k >= 0 && k < limit && (d.f(k) == "-" && d.toks[k].Glued() && d.toks[k+1].Glued() || d.f(k) == "to")
	}
	return joint(i+1) && isDay(i+2) || i >= 2 && joint(i-1) && isDay(i-2)
}

// monthAt reads a capitalized month name at token i, with the period of
// an abbreviation.
func (d *doc) monthAt(i, limit int) (time.Month, int, bool) {
	if i >= limit || d.toks[i].Kind != text.Word {
		return 0, i, false
	}
	w := d.f(i)
	m, ok := monthNames.get(w)
	if !ok {
		return 0, i, false
	}
	// "march" and "may" are verbs too: in lower case they need a figure
	// beside them.
	numBefore := i > 0 && d.toks[i-1].Kind == text.Number
	numAfter := i+1 < limit && d.toks[i+1].Kind == text.Number
	if !d.toks[i].Has(text.Cap) && (w == "may" || w == "march" || w == "mar") && !numBefore && !numAfter {
		// "it may be in may.": after "in" and before the end of the
		// sentence, the month
		if !(i > 0 && (d.f(i-1) == "in" || d.f(i-1) == "since" || d.f(i-1) == "until") && (i+1 >= limit || d.toks[i+1].Kind == text.Punct && d.f(i+1) != "'s" && d.f(i+1) != "-")) {
			return 0, i, false
		}
	}
	j := i + 1
	if len(w) <= 4 && w != "may" && w != "june" && w != "july" {
		if j < limit && d.f(j) == "." && d.toks[j].Glued() {
			j++
		} else if !numAfter && !numBefore && !(i >= 2 && d.f(i-1) == "of" && d.toks[i-2].Kind == text.Number) && !((d.fAt(j) == "," || d.fAt(j) == "-" || d.fAt(j) == "/") && j+1 < limit && d.toks[j+1].Kind == text.Number) && !d.monthPair(i, limit) {
			return 0, i, false // "Jan" alone is a name
		}
	}
	return m, j, true
}

// matchTime reads a time at token i: a date, month, year, decade, century,
// season or a time relative to the publication date.
func (d *doc) matchTime(i, limit int) (mention, bool) {
	m := mention{first: i}
	t := d.toks[i]
	w := d.f(i)
	if t.Kind == text.Number || t.Kind == text.Word && i+1 < limit && d.toks[i+1].Glued() {
		if xm, ok := d.mixedDate(i, limit); ok {
			return xm, true
		}
	}
	if em, ok, era := d.eraYear(i, limit); era {
		return em, ok
	}
	if t.Kind == text.Number {
		if cm, ok := d.compactDate(i, limit); ok {
			return cm, true
		}
		if sm, ok := d.slashRange(i, limit); ok {
			return sm, true
		}
		if ym, ok := d.splitYear(i, limit); ok {
			return ym, true
		}
		if rm, ok := d.dayFirstRange(i, limit); ok {
			return rm, true
		}
		if pm, ok := d.periodPart(i, limit); ok {
			return pm, true
		}
		if nm, ok := d.nthWeekday(i, limit); ok {
			return nm, true
		}
		if qm, ok := d.ordinalQuarter(i, limit); ok {
			return qm, true
		}
		if wm, ok := d.weekOf(i, limit); ok {
			return wm, true
		}
		if d.ordinalSuffixAt(i+1, limit) > i+1 {
			if om, ok := d.ordinalDate(i, limit); ok {
				return om, true
			}
		}
		return d.timeFromNumber(i, limit)
	}
	if t.Kind == text.Punct && w == "'" && i+1 < limit && d.toks[i+1].Glued() && len(d.fAt(i+1)) == 2 && d.fAt(i+2) == "s" && d.toks[i+2].Glued() {
		// "'90s"
		if n, ok := d.smallInt(i+1, limit, 2); ok && n%10 == 0 {
			y := 1900 + n
			if !d.published.IsZero() && y+100 <= d.published.Year() {
				y += 100
			}
			m.val = decadeValue(y)
			m.last = i + 3
			return m, true
		}
	}
	if t.Kind != text.Word {
		return m, false
	}
	if w == "the" && (i+1 >= limit || d.toks[i+1].Kind != text.Number && d.toks[i+1].lex&lxValueStart == 0 && d.f(i+1) != "day" &&
		(!unitLinks.at(d.fAt(i+2)) || durationUnits.at(d.f(i+1)) == "" && d.f(i+1) != "quarter")) {
		return m, false // "the" leads a time only before a word that may start one
	}
	lex := t.lex
	switch ord := lex&lxOrdinal != 0; {
	case w == "week":
		if wm, ok := d.isoWeek(i, limit); ok {
			return wm, true
		}
		if wm, ok := d.weekOf(i, limit); ok {
			return wm, true
		}
	case ord || w == "the" || w == "last" || w == "final":
		if rm, ok := d.dayFirstRange(i, limit); ok {
			return rm, true
		}
		if nm, ok := d.nthWeekday(i, limit); ok {
			return nm, true
		}
		if pm, ok := d.periodTo(i, limit); ok {
			return pm, true
		}
		if pm, ok := d.periodPart(i, limit); ok {
			return pm, true
		}
		if qm, ok := d.ordinalQuarter(i, limit); ok {
			return qm, true
		}
		fallthrough
	case w == "a" || w == "w":
		if wm, ok := d.weekOf(i, limit); ok {
			return wm, true
		}
	}
	if lex&lxPart != 0 || w == "the" && d.toks[i+1].lex&lxPart != 0 {
		if pm, ok := d.partOf(i, limit); ok {
			return pm, true
		}
	}
	if lex&lxWeekday != 0 {
		wd := weekdayNames.at(w)
		j := i + 1
		if d.fAt(j) == "," && j < limit {
			j++
		}
		if dm, ok := d.dateAfterWeekday(j, limit); ok {
			dm.first = i
			return dm, true
		}
		if wm, ok := d.weekdayNumeric(i, i+1, limit, wd); ok {
			return wm, true
		}
		if wm, ok := d.weekdayOfShift(i, j, limit, wd); ok {
			return wm, true
		}
		if wm, ok := d.weekdayDay(i, j, limit, wd); ok {
			return wm, true
		}
		if wm, ok := d.weekdayOfWeek(i, limit, wd); ok {
			return wm, true
		}
		m.last = i + 1
		m.relative = true
		m.val = d.weekday(wd, d.forward(i), false)
		return m, true
	}
	if lex&lxWeekdayAbbrev != 0 && t.Has(text.Cap) {
		wd := weekdayAbbrevs.at(w)
		j := i + 1
		if d.fAt(j) == "." && j < limit && d.toks[j].Glued() {
			j++
		}
		if d.fAt(j) == "," && j < limit {
			j++
		}
		if dm, ok := d.dateAfterWeekday(j, limit); ok {
			dm.first = i
			return dm, true
		}
		if wm, ok := d.weekdayDay(i, j, limit, wd); ok || !d.weekdayPair(i, limit) {
			return wm, ok
		}
		m.last, m.relative = i+1, true
		m.val = d.weekday(wd, d.forward(i), false)
		return m, true
	}
	if lex&lxOrdinal != 0 || w == "the" {
		if om, ok := d.ordinalDate(i, limit); ok {
			return om, true
		}
	}
	if lex&lxMonth != 0 {
		if mon, j, ok := d.monthAt(i, limit); ok {
			return d.timeFromMonth(i, j, mon, limit)
		}
	}
	if isDigit(w[len(w)-1]) {
		if gm, ok := d.gluedMonthDay(i, limit); ok {
			return gm, true
		}
	}
	if lex&lxSeason != 0 {
		return d.season(i, limit)
	}
	if lex&lxNumberWord != 0 {
		if ym, ok := d.wordsDate(i, limit); ok {
			return ym, true
		}
		if ym, ok := d.yearInWords(i, limit); ok {
			return ym, true
		}
	}
	if lex&lxDecade != 0 {
		if dm, ok := d.decadeInWords(i); ok {
			return dm, true
		}
	}
	if len(w) == 2 && (w[0] == 'q' && w[1] >= '1' && w[1] <= '4' || w[0] == 'h' && (w[1] == '1' || w[1] == '2')) {
		return d.quarterOrHalf(i, limit)
	}
	if w == "calendar" && d.fAt(i+1) == "year" {
		if y, ok := d.yearAt(i+2, limit); ok {
			m.val, m.last = yearValue(y), i+3 // "calendar year 2008"
			return m, true
		}
	}
	if lex&lxOrdinal != 0 && d.fAt(i+1) == "century" && i+1 < limit {
		v := ordinalWords.at(w)
		m.val = centuryValue(int(v))
		m.last = i + 2
		return m, true
	}
	if w == "within" {
		return d.within(i, limit)
	}
	if lex&lxHoliday != 0 {
		if hm, ok := d.holiday(i, limit); ok {
			return hm, true
		}
	}
	if w == "weekend" || w == "the" && d.fAt(i+1) == "weekend" {
		if hm, ok := d.holidayWeekendOf(i, limit); ok {
			return hm, true
		}
		if w == "the" {
			return d.theWeekend(i, limit)
		}
	}
	switch w {
	case "next", "following", "last", "previous", "this":
		if i+1 < limit && d.toks[i+1].lex&lxHoliday != 0 {
			if hm, ok := d.holiday(i+1, limit); ok {
				return hm, true
			}
		}
	}
	if lex&(lxNumberWord|lxOrdinal) == 0 && !relStarters.has(w) {
		if (w == "more" || w == "less") && d.fAt(i+1) == "than" {
			return d.boundedShift(i, limit)
		}
		return m, false
	}
	return d.relativeTime(i, limit)
}

// boundedShift reads "more than 2 days before yesterday", "less than 3
// days after tomorrow" at token i (the word "more" or "less"): more than
// that many units before or after a time is open before or after the
// shifted day; less than that many is the range between the time and
// the shifted day.
func (d *doc) boundedShift(i, limit int) (mention, bool) {
	m := mention{first: i, relative: true}
	j := i + 2
	n, ok := d.parseNumber(j, limit)
	if !ok || n.ordinal || n.fraction || n.amount < 1 || n.amount > 1000 || n.amount != float64(int(n.amount)) {
		return m, false
	}
	unit, ok := durationUnits.get(d.fAt(n.end))
	k := n.end + 1
	if !ok || k >= limit || d.f(k) != "before" && d.f(k) != "after" {
		return m, false
	}
	sm, ok := d.shiftedTime(j, limit, int(n.amount), unit, k)
	if !ok || sm.val.Start.IsZero() {
		return m, false
	}
	x, _ := d.matchTime(k+1, limit)
	m.last = sm.last
	after := d.f(k) == "after"
	switch {
	case d.f(i) == "more" && after:
		m.val, m.marker = sm.val, "after"
	case d.f(i) == "more":
		m.val, m.marker = sm.val, "before"
	case after:
		m.val = claims.Value{Kind: claims.KindTime, Start: x.val.Start, End: sm.val.Start, Granularity: x.val.Granularity}
	default:
		m.val = claims.Value{Kind: claims.KindTime, Start: sm.val.Start, End: x.val.Start, Granularity: x.val.Granularity}
	}
	return m, true
}

// unitLinks follow a unit after "the" in a time: "the day after
// Christmas", "the year to June", "the quarter ended June 30".
var unitLinks = lexicon(map[string]bool{"after": true, "before": true, "to": true, "ending": true, "ended": true, "through": true})

// relStarters are the words other than numbers that relativeTime reads
// at.
var relStarters = words(`today tonight yesterday tomorrow earlier later last next this coming past
	previous upcoming the a an half dozen hundred thousand million within`)

// timeOnly are the lexical flags of words that start times but never
// quantities.
const timeOnly = lxPart | lxHoliday | lxDecade | lxWeekday | lxWeekdayAbbrev | lxMonth | lxSeason

// dateAfterWeekday reads "15 August 2025" or "August 15" after a weekday.
func (d *doc) dateAfterWeekday(j, limit int) (mention, bool) {
	if j >= limit {
		return mention{}, false
	}
	if d.toks[j].Kind == text.Number {
		if j+1 < limit && durationUnits.at(d.f(j+1)) != "" {
			return mention{}, false // "Sunday 3 weeks after January 15th": a shift, not a date
		}
		m, ok := d.timeFromNumber(j, limit)
		if ok && m.val.Granularity == claims.GranularityDay {
			return m, true
		}
		return mention{}, false
	}
	if mon, k, ok := d.monthAt(j, limit); ok {
		m, ok := d.timeFromMonth(j, k, mon, limit)
		if ok && m.val.Granularity == claims.GranularityDay {
			return m, true
		}
	}
	return mention{}, false
}

// timeFromNumber reads a time that starts with a number: "2023-03-17",
// "17/03/2023", "17 March 2023", "1867", "the 1990s", "18th century".
func (d *doc) timeFromNumber(i, limit int) (mention, bool) {
	m := mention{first: i}
	s := d.f(i)
	glued := func(k int) bool { return k < limit && d.toks[k].Glued() }
	// ISO 8601: 2023-03-17
	if len(s) == 4 && glued(i+1) && d.fAt(i+1) == "-" && glued(i+2) && glued(i+3) && d.fAt(i+3) == "-" && glued(i+4) {
		y, _ := strconv.Atoi(s)
		mo, ok1 := d.smallInt(i+2, limit, 2)
		dd, ok2 := d.smallInt(i+4, limit, 2)
		if ok1 && ok2 && validDate(y, time.Month(mo), dd) {
			m.val = dayValue(day(y, time.Month(mo), dd))
			m.last = i + 5
			return m, true
		}
	}
	if dm, ok := d.numericMonth(i, limit); ok {
		return dm, true
	}
	// Day first, as British news writes it: 17/03/2023; month first when
	// the second figure cannot be a month.
	if len(s) <= 2 && glued(i+1) && d.fAt(i+1) == "/" && glued(i+2) && glued(i+3) && d.fAt(i+3) == "/" && glued(i+4) {
		a, _ := strconv.Atoi(s)
		b, ok1 := d.smallInt(i+2, limit, 2)
		y, ok2 := d.smallInt(i+4, limit, 4)
		if ok1 && ok2 {
			if y < 100 {
				y += 2000
			}
			dd, mo := a, b
			if b > 12 {
				dd, mo = b, a
			}
			if validDate(y, time.Month(mo), dd) {
				m.val = dayValue(day(y, time.Month(mo), dd))
				m.last = i + 5
				return m, true
			}
		}
	}
	// 17 March 2023, 17th of March
	if dd, ok := d.smallInt(i, limit, 2); ok && dd >= 1 && dd <= 31 {
		j := d.ordinalSuffixAt(i+1, limit)
		if d.fAt(j) == "of" && j < limit {
			j++
		}
		if mon, k, ok := d.monthAt(j, limit); ok {
			if y, end, ok := d.yearAfterDay(k, limit); ok && validDate(y, mon, dd) {
				m.val = dayValue(day(y, mon, dd))
				m.last = end
				return m, true
			}
			m.last = k
			m.relative = true
			m.val = d.monthDayAt(mon, dd, i)
			return m, m.val.Kind == claims.KindTime
		}
	}
	// 18th century, 18th-century
	if n, ok := d.smallInt(i, limit, 2); ok && n > 0 {
		j := d.ordinalSuffixAt(i+1, limit)
		if j > i+1 {
			if d.fAt(j) == "-" && glued(j) {
				j++
			}
			if d.fAt(j) == "century" && j < limit {
				m.val = centuryValue(n)
				m.last = j + 1
				return m, true
			}
		}
	}
	y, ok := d.yearAt(i, limit)
	if !ok {
		return d.relativeTime(i, limit) // "3 weeks from today", "in 2 weeks"
	}
	// 2017 Q1, 2019-Q1, 2019 H2
	if k := i + 1; k < limit {
		if d.f(k) == "-" && d.toks[k].Glued() {
			k++
		}
		if v, ok := quarterOrHalfValue(d.fAt(k), y); ok && k < limit {
			m.val = v
			m.last = k + 1
			return m, true
		}
	}
	// 2017 April
	if mon, k, ok := d.monthAt(i+1, limit); ok && !d.toks[i+1].Glued() && (d.toks[i+1].Has(text.Cap) || d.f(i+1) != "may" && d.f(i+1) != "march") {
		if _, isDay := d.smallInt(k, limit, 2); !isDay {
			m.val = monthValue(y, mon)
			m.last = k
			return m, true
		}
	}
	// 1990s, 1800s, and "1990 s" with the s set apart
	if d.fAt(i+1) == "s" && i+1 < limit && (glued(i+1) || d.toks[i+1].Kind == text.Word && !d.toks[i+1].Has(text.Cap)) && y%10 == 0 {
		if y%100 == 0 && y != 2000 {
			m.val = centuryValue(y/100 + 1)
		} else {
			m.val = decadeValue(y)
		}
		m.last = i + 2
		return m, true
	}
	if !d.looksLikeYear(i, limit) {
		return m, false
	}
	m.val = yearValue(y)
	m.last = i + 1
	return m, true
}

// looksLikeYear reports whether the four-digit number at token i is a year
// rather than a count: "in 2023", "the 2022 election", but not "2000
// people" or "1500 km".
func (d *doc) looksLikeYear(i, limit int) bool {
	if i > 0 {
		if _, ok := currencySymbols.get(d.f(i - 1)); ok {
			return false
		}
		if d.toks[i].Glued() && d.toks[i-1].Kind == text.Punct && d.f(i-1) != "(" && d.f(i-1) != "-" && d.f(i-1) != "~" {
			return false
		}
	}
	j := i + 1
	if j < limit && d.toks[j].Glued() && d.toks[j].Kind != text.Punct {
		return false
	}
	marker := i > 0 && (d.in(timeMarkers, i-1) || d.f(i-1) == "-" || d.f(i-1) == "and")
	if j < limit {
		nx := d.f(j)
		if nx == "%" || scaleWords.at(nx) != 0 || measureUnits.at(nx) != "" || durationUnits.at(nx) != "" {
			return false
		}
		if !marker && (nx == "over" || nx == "out") && j+1 < limit && d.toks[j+1].Kind == text.Number {
			return false // "2000 over 3"
		}
		if _, ok := currencyCode(nx); ok {
			return false
		}
		if _, ok := minorUnits.get(nx); ok {
			return false
		}
		if !marker && d.toks[j].Kind == text.Word && !d.toks[j].Has(text.Cap) && (isPlural(nx) || irregularPlurals.at(nx) != "") {
			return false
		}
	}
	return true
}

// timeFromMonth reads a time that starts with a month name at token i
// (its name ending before token j): "March 17, 2023", "March 2023", "in
// March".
func (d *doc) timeFromMonth(i, j int, mon time.Month, limit int) (mention, bool) {
	m := mention{first: i}
	if dd, k, ok := d.dayAfterMonth(j, limit); ok {
		if y, end, ok := d.yearAfterDay(k, limit); ok && validDate(y, mon, dd) {
			m.val = dayValue(day(y, mon, dd))
			m.last = end
			return m, true
		}
		if d.cardinalBeforeWord(k, limit) {
			goto monthOnly // "in March twenty people died"
		}
		m.last = k
		m.relative = true
		m.val = d.monthDayAt(mon, dd, i)
		return m, m.val.Kind == claims.KindTime
	}
monthOnly:
	if d.fAt(j) == "-" || d.fAt(j) == "/" {
		// "Dec-2018", "Sep-23-2020", "Oct/2"
		if y, ok := d.yearAt(j+1, limit); ok && d.toks[j+1].Glued() {
			m.val = monthValue(y, mon)
			m.last = j + 2
			return m, true
		}
		if dd, ok := d.smallInt(j+1, limit, 2); ok && d.toks[j+1].Glued() && dd >= 1 && dd <= 31 {
			if d.fAt(j+2) == d.fAt(j) && d.toks[j+2].Glued() {
				if y, ok := d.yearAt(j+3, limit); ok && validDate(y, mon, dd) {
					m.val = dayValue(day(y, mon, dd))
					m.last = j + 4
					return m, true
				}
			}
			if d.fAt(j) == "/" {
				m.last = j + 2
				m.relative = true
				m.val = d.monthDayAt(mon, dd, i)
				return m, m.val.Kind == claims.KindTime
			}
		}
	}
	if y, end, ok := d.yearAfterDay(j, limit); ok {
		m.val = monthValue(y, mon)
		m.last = end
		return m, true
	}
	// A month alone: "in March". "May" needs a preposition before it,
	// or another month it runs to or from: "May to March".
	if mon == time.May && (i == 0 || !d.in(monthContext, i-1)) && !d.monthPair(i, limit) {
		return m, false
	}
	if i > 0 && d.sentenceStart(i) && mon == time.May {
		return m, false
	}
	dir := 0
	switch d.fAt(i - 1) {
	case "last":
		dir = -1
	case "next":
		dir = 1
	case "this":
		if i > 0 && !d.published.IsZero() {
			// "this May", "this August": the month of the publication year
			m.first, m.last, m.relative = i-1, j, true
			m.val = monthValue(d.published.Year(), mon)
			return m, true
		}
	}
	if dir != 0 && i > 0 {
		m.first = i - 1
	}
	m.last = j
	m.relative = true
	m.val = d.month(mon, dir, d.forward(i))
	return m, true
}

// season reads "summer 2023", "the summer of 2023", "in the summer".
func (d *doc) season(i, limit int) (mention, bool) {
	m := mention{first: i}
	w := d.f(i)
	start := seasonStart.at(w)
	k := i + 1
	if d.fAt(k) == "of" {
		k++
	}
	if y, ok := d.yearAt(k, limit); ok {
		m.val = seasonValue(y, start)
		m.last = k + 1
		return m, true
	}
	prev := d.fAt(i - 1)
	if w == "fall" && prev != "the" && prev != "this" && prev != "last" && prev != "next" {
		return m, false
	}
	dir := 0
	switch prev {
	case "last":
		dir = -1
	case "next":
		dir = 1
	case "this":
	case "the":
		if !seasonTies.at(d.fAt(i - 2)) {
			return m, false
		}
	case "whole", "entire":
		// "throughout the whole summer"
		if d.fAt(i-2) != "the" || !seasonTies.at(d.fAt(i-3)) {
			return m, false
		}
	default:
		// "in spring", "during winter", "by autumn": a bare season
		// after a word that ties a time; not "fall", a verb too
		if !seasonTies.at(prev) || w == "fall" || d.toks[i].Has(text.Cap) && i > 0 && d.toks[i-1].Has(text.Cap) {
			return m, false
		}
	}
	if prev == "last" || prev == "next" || prev == "this" {
		m.first = i - 1
	}
	m.last = i + 1
	m.relative = true
	if prev == "this" && !d.published.IsZero() {
		m.val = thisSeason(d.published, start, d.tense(i))
		return m, true
	}
	m.val = d.relSeason(start, dir, d.forward(i))
	return m, true
}

// seasonTies tie a season named without "this", "next" or "last" to the
// clause: "in spring", "during the winter", "throughout the summer".
var seasonTies = lexicon(map[string]bool{"in": true, "during": true, "over": true, "by": true, "until": true, "till": true,
	"since": true, "through": true, "throughout": true, "before": true, "after": true})

// thisSeason returns "this summer" as of t: the season of t's year, or
// for winter the one that starts in December of t's year, unless t falls
// in January or February, in the winter that holds it. A clause about
// the past (tense < 0) takes the last one before t when that season is
// still to come ("it snowed a lot this winter", in May), one about the
// future (tense > 0) the next one when it is over.
func thisSeason(t time.Time, start time.Month, tense int) claims.Value {
	y := t.Year()
	if start == 12 && t.Month() < 3 {
		y--
	}
	v := seasonValue(y, start)
	switch {
	case tense < 0 && v.Start.After(t):
		v = seasonValue(y-1, start)
	case tense > 0 && !v.End.After(t):
		v = seasonValue(y+1, start)
	}
	return v
}

func decadeValue(y int) claims.Value {
	return claims.Value{Kind: claims.KindTime, Start: day(y, 1, 1), End: day(y+10, 1, 1), Granularity: claims.GranularityDecade}
}

// centuryValue returns the nth century, as news counts it: the 18th century
// is 1700–1799.
func centuryValue(n int) claims.Value {
	y := (n - 1) * 100
	return claims.Value{Kind: claims.KindTime, Start: day(y, 1, 1), End: day(y+100, 1, 1), Granularity: claims.GranularityCentury}
}

// theWeekend reads "the weekend" at token i, as British news says "at the
// weekend" and "over the weekend": Saturday and Sunday, the last weekend
// in a clause about the past, the next in one about the future, else the
// nearer one; a paper of a Saturday or Sunday means its own weekend. "The
// weekend of", "before" or "after" something counts from that, and is
// not read here.
func (d *doc) theWeekend(i, limit int) (mention, bool) {
	m := mention{first: i, last: i + 2, relative: true}
	if i+1 >= limit {
		return m, false
	}
	if nx := d.fAt(i + 2); i+2 < limit && (nx == "of" || nx == "before" || nx == "after" || nx == "when") {
		return m, false
	}
	p := d.published
	if p.IsZero() {
		m.val = unresolved(claims.GranularityDay)
		return m, true
	}
	sat := p.AddDate(0, 0, (int(time.Saturday)-int(p.Weekday())+7)%7)
	if p.Weekday() == time.Sunday {
		sat = p.AddDate(0, 0, -1)
	}
	if p.Weekday() != time.Saturday && p.Weekday() != time.Sunday {
		last := sat.AddDate(0, 0, -7)
		switch t := d.tense(i); {
		case t < 0, t == 0 && p.Sub(last.AddDate(0, 0, 1)) < sat.Sub(p):
			sat = last
		}
	}
	m.val = dayValue(sat)
	m.val.End = sat.AddDate(0, 0, 2)
	return m, true
}

// eraYear reads a year with its era at token i: "AD 650", "650 AD",
// "1066 CE" are years of the common era; "1200 BC", "3000 BCE" are not,
// and are read as no time at all rather than as a year of ours. era
// reports whether an era was there.
func (d *doc) eraYear(i, limit int) (m mention, ok, era bool) {
	m = mention{first: i}
	at := func(k int) string {
		if k >= limit || !d.toks[k].Has(text.Cap) {
			return "" // ("ad", "ce" in lower case are words)
		}
		return d.f(k)
	}
	year := func(k int) (int, bool) {
		n, ok := d.smallInt(k, limit, 4)
		return n, ok && n > 0
	}
	if w := at(i); w == "ad" || w == "ce" {
		if y, ok := year(i + 1); ok && w == "ad" {
			m.val, m.last = yearValue(y), i+2
			return m, true, true
		}
		return m, false, false
	}
	y, isYear := year(i)
	if !isYear {
		return m, false, false
	}
	switch at(i + 1) {
	case "ad", "ce":
		m.val, m.last = yearValue(y), i+2
		return m, true, true
	case "bc", "bce":
		return m, false, true
	}
	return m, false, false
}
