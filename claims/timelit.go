package claims

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// This file reads times: calendar intervals in UTC with End exclusive, at
// the granularity they are written in.
//
//	1867, 0867                       year
//	March 2023, Mar. 1867, 2023-03   month
//	2023-03-17, 17 March 2023,       day
//	March 17, 2023
//	2024-W10                         week (ISO 8601, from Monday)
//	spring 2024                      season
//	Q3 2024, 2024-Q3,                quarter
//	the third quarter of 2024
//	the 1990s, 1990s                 decade
//	the 18th century,                century
//	the eighteenth century
//	2023-03-17/2023-03-20            a range of days, the end exclusive
//
// Conventions:
//   - Centuries follow the newsroom convention: the 18th century is
//     1700–1799, 1700-01-01 to 1800-01-01 (not 1701–1800). The 1st century
//     starts in year 1, there being no year 0.
//   - "1900s" is the decade 1900–1909, as "1990s" is 1990–1999.
//   - Seasons are northern-hemisphere meteorological seasons: spring is
//     March–May, summer June–August, autumn (fall) September–November and
//     winter December to February; "winter 2024" is the winter that starts
//     in December 2024.
//   - Years run from 1 to 9999. Beside a month, season or quarter a year
//     has at least three digits, so "March 17" is not March of year 17
//     (write "March 0017"). A range of days gives its end exclusive,
//     as [Value.Literal] writes it: "2023-03-17/2023-03-20" is three days.

var (
	reYear       = regexp.MustCompile(`^\d+$`)
	reISO        = regexp.MustCompile(`^(\d{4})-(\d{2})(?:-(\d{2}))?$`)
	reWeek       = regexp.MustCompile(`^(\d{4})-?w(\d{2})$`)
	reQuarter    = regexp.MustCompile(`^q([1-4]) (\d{3,})$`)
	reQuarterISO = regexp.MustCompile(`^(\d{4})-?q([1-4])$`)
	reQuarterEn  = regexp.MustCompile(`^(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of)? (\d{3,})$`)
	reMonthYear  = regexp.MustCompile(`^([a-z]+)\.?,? (\d{3,})$`)
	reDayMonth   = regexp.MustCompile(`^(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)\.?,? (\d{3,})$`)
	reMonthDay   = regexp.MustCompile(`^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{3,})$`)
	reDecade     = regexp.MustCompile(`^(\d{3,4})'?s$`)
	reCentury    = regexp.MustCompile(`^(\d{1,3})(?:st|nd|rd|th)[ -]century$`)
	reCenturyEn  = regexp.MustCompile(`^([a-z]+(?:-[a-z]+)?)[ -]century$`)
	reSeason     = regexp.MustCompile(`^(spring|summer|autumn|fall|winter)(?: of)? (\d{3,})$`)
)

var monthNames = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// seasonStarts gives the month each season starts in.
var seasonStarts = map[string]time.Month{
	"spring": time.March, "summer": time.June, "autumn": time.September,
	"fall": time.September, "winter": time.December,
}

var quarterOrdinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}

var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
	"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}

// ordinalNumber reads an ordinal in words: "eighteenth", "twenty-first".
func ordinalNumber(w string) (int, bool) {
	if n, ok := ordinalWords[w]; ok {
		return n, true
	}
	tens, unit, ok := strings.Cut(w, "-")
	if !ok {
		return 0, false
	}
	t, ok1 := tensNumbers[tens]
	u, ok2 := ordinalWords[unit]
	if !ok1 || !ok2 || u >= 10 {
		return 0, false
	}
	return t + u, true
}

// utcDate returns midnight UTC at the start of the given day.
func utcDate(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// parseYear reads a year of 1 to 9999.
func parseYear(s string) (int, error) {
	t := strings.TrimLeft(s, "0")
	if len(t) > 4 {
		return 0, fmt.Errorf("claims: year %s out of range (want 1 to 9999)", s)
	}
	y, _ := strconv.Atoi(t)
	if y < 1 {
		return 0, fmt.Errorf("claims: year %s out of range (want 1 to 9999)", s)
	}
	return y, nil
}

// timeValue returns the time from start for the given granularity's span.
func timeValue(start, end time.Time, g Granularity) Value {
	return Value{Kind: KindTime, Start: start, End: end, Granularity: g}
}

// maxTimeLiteral is longer than any time literal: "the twenty-seventh
// of september, 2023" is 37 bytes. Longer literals skip the patterns.
const maxTimeLiteral = 64

// parseTime reads a time literal. s must be normalized. It reports false
// when s is not written as a time at all, and an error when it is but is
// out of range ("2023-02-30", "year 0"). With anyYear, any digits are a
// year ("867", "99999" is an error); otherwise a bare year has four digits.
func parseTime(s string, anyYear bool) (Value, bool, error) {
	if len(s) > maxTimeLiteral {
		return Value{}, false, nil
	}
	s = strings.TrimPrefix(s, "the ")
	if a, b, ok := strings.Cut(s, "/"); ok {
		return parseRange(a, b)
	}
	if reYear.MatchString(s) {
		if !anyYear && len(s) != 4 {
			return Value{}, false, nil
		}
		y, err := parseYear(s)
		if err != nil {
			return Value{}, true, err
		}
		return timeValue(utcDate(y, 1, 1), utcDate(y+1, 1, 1), GranularityYear), true, nil
	}
	if m := reISO.FindStringSubmatch(s); m != nil {
		y, err := parseYear(m[1])
		if err != nil {
			return Value{}, true, err
		}
		mo, _ := strconv.Atoi(m[2])
		if mo < 1 || mo > 12 {
			return Value{}, true, fmt.Errorf("claims: %q: month %s out of range (want 01 to 12)", s, m[2])
		}
		if m[3] == "" {
			start := utcDate(y, time.Month(mo), 1)
			return timeValue(start, start.AddDate(0, 1, 0), GranularityMonth), true, nil
		}
		d, _ := strconv.Atoi(m[3])
		return dayValue(s, y, time.Month(mo), d)
	}
	if m := reWeek.FindStringSubmatch(s); m != nil {
		y, err := parseYear(m[1])
		if err != nil {
			return Value{}, true, err
		}
		w, _ := strconv.Atoi(m[2])
		// ISO week 1 holds 4 January; weeks start on Monday.
		jan4 := utcDate(y, 1, 4)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
		start := monday.AddDate(0, 0, 7*(w-1))
		if wy, ww := start.ISOWeek(); w < 1 || wy != y || ww != w {
			return Value{}, true, fmt.Errorf("claims: %q: week %d out of range (want a week of %d)", s, w, y)
		}
		return timeValue(start, start.AddDate(0, 0, 7), GranularityWeek), true, nil
	}
	if m := reQuarter.FindStringSubmatch(s); m != nil {
		q, _ := strconv.Atoi(m[1])
		return quarterValue(m[2], q)
	}
	if m := reQuarterISO.FindStringSubmatch(s); m != nil {
		q, _ := strconv.Atoi(m[2])
		return quarterValue(m[1], q)
	}
	if m := reQuarterEn.FindStringSubmatch(s); m != nil {
		return quarterValue(m[2], quarterOrdinals[m[1]])
	}
	if m := reSeason.FindStringSubmatch(s); m != nil {
		y, err := parseYear(m[2])
		if err != nil {
			return Value{}, true, err
		}
		start := utcDate(y, seasonStarts[m[1]], 1)
		return timeValue(start, start.AddDate(0, 3, 0), GranularitySeason), true, nil
	}
	if m := reMonthYear.FindStringSubmatch(s); m != nil {
		if mo, ok := monthNames[m[1]]; ok {
			y, err := parseYear(m[2])
			if err != nil {
				return Value{}, true, err
			}
			start := utcDate(y, mo, 1)
			return timeValue(start, start.AddDate(0, 1, 0), GranularityMonth), true, nil
		}
	}
	if m := reDayMonth.FindStringSubmatch(s); m != nil {
		if mo, ok := monthNames[m[2]]; ok {
			return dayLiteral(s, m[3], mo, m[1])
		}
	}
	if m := reMonthDay.FindStringSubmatch(s); m != nil {
		if mo, ok := monthNames[m[1]]; ok {
			return dayLiteral(s, m[3], mo, m[2])
		}
	}
	if m := reDecade.FindStringSubmatch(s); m != nil {
		y, err := parseYear(m[1])
		if err != nil {
			return Value{}, true, err
		}
		if y%10 != 0 {
			return Value{}, true, fmt.Errorf("claims: %q: want a decade such as \"1990s\" (a year ending in 0)", s)
		}
		return timeValue(utcDate(y, 1, 1), utcDate(y+10, 1, 1), GranularityDecade), true, nil
	}
	c, isCentury := 0, false
	if m := reCentury.FindStringSubmatch(s); m != nil {
		c, _ = strconv.Atoi(m[1])
		isCentury = true
	} else if m := reCenturyEn.FindStringSubmatch(s); m != nil {
		c, isCentury = ordinalNumber(m[1])
	}
	if isCentury {
		if c < 1 || c > 100 {
			return Value{}, true, fmt.Errorf("claims: %q: century out of range (want the 1st to the 100th)", s)
		}
		start := utcDate(max(1, (c-1)*100), 1, 1)
		return timeValue(start, utcDate(c*100, 1, 1), GranularityCentury), true, nil
	}
	return Value{}, false, nil
}

// quarterValue returns quarter q of the year written ys.
func quarterValue(ys string, q int) (Value, bool, error) {
	y, err := parseYear(ys)
	if err != nil {
		return Value{}, true, err
	}
	start := utcDate(y, time.Month(3*q-2), 1)
	return timeValue(start, start.AddDate(0, 3, 0), GranularityQuarter), true, nil
}

// dayLiteral returns the day written with year ys, month mo and day ds.
func dayLiteral(s, ys string, mo time.Month, ds string) (Value, bool, error) {
	y, err := parseYear(ys)
	if err != nil {
		return Value{}, true, err
	}
	d, _ := strconv.Atoi(ds)
	return dayValue(s, y, mo, d)
}

// dayValue returns a day, checking that it exists.
func dayValue(s string, y int, mo time.Month, d int) (Value, bool, error) {
	start := utcDate(y, mo, d)
	if d < 1 || start.Day() != d {
		return Value{}, true, fmt.Errorf("claims: %q: day %d out of range (want a day of %s %d)", s, d, mo, y)
	}
	return timeValue(start, start.AddDate(0, 0, 1), GranularityDay), true, nil
}

// parseRange reads a range of days, "2023-03-17/2023-03-20", the end
// exclusive.
func parseRange(a, b string) (Value, bool, error) {
	s := a + "/" + b
	if !reISO.MatchString(a) || !reISO.MatchString(b) || len(a) != 10 || len(b) != 10 {
		if reISO.MatchString(a) || reISO.MatchString(b) {
			return Value{}, true, fmt.Errorf("claims: %q: want a range of days such as \"2023-03-17/2023-03-20\"", s)
		}
		return Value{}, false, nil
	}
	from, _, err := parseTime(a, false)
	if err != nil {
		return Value{}, true, err
	}
	to, _, err := parseTime(b, false)
	if err != nil {
		return Value{}, true, err
	}
	if !to.Start.After(from.Start) {
		return Value{}, true, fmt.Errorf("claims: %q: range ends before it starts (want the end, exclusive, after the start)", s)
	}
	return timeValue(from.Start, to.Start, GranularityDay), true, nil
}
