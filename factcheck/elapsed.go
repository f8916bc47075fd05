package factcheck

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// A calendarSpan is a calendar difference between two dates: whole years,
// then whole months, then days. It is what a reader counts: from 2022-02-24
// to 2025-08-13 is 3 years, 5 months and 20 days.
type calendarSpan struct {
	Years, Months, Days int
	// Negative is set when the span runs backwards: the end is before the
	// start. The parts are then those of the forward span.
	Negative bool
	// TotalDays is the exact number of days in the span, never negative.
	TotalDays int
}

// dateOnly truncates t to its calendar date in UTC terms, keeping t's own date.
func dateOnly(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// daysIn returns the number of days in month m of year y.
func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// addMonths adds n months to the date t, clamping the day to the end of the
// target month: 2024-01-31 plus one month is 2024-02-29, not 2024-03-02.
// So a span counted from a month end ends at the month end.
func addMonths(t time.Time, n int) time.Time {
	t = dateOnly(t)
	y, m, d := t.Date()
	mi := int(m) - 1 + n
	y += floorDiv(mi, 12)
	m = time.Month(mi - 12*floorDiv(mi, 12) + 1)
	return time.Date(y, m, min(d, daysIn(y, m)), 0, 0, 0, 0, time.UTC)
}

// floorDiv divides rounding towards minus infinity.
func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// wholeMonths returns the largest n with addMonths(from, n) on or before
// to, for from on or before to.
func wholeMonths(from, to time.Time) int {
	n := (to.Year()-from.Year())*12 + int(to.Month()) - int(from.Month())
	for n > 0 && addMonths(from, n).After(to) {
		n--
	}
	return n
}

// calendarDiff returns the calendar difference from one date to another,
// counted in whole months from the start (clamped at month ends) and then
// in days. Times of day are ignored. A leap day counts its year on 28
// February: from 2020-02-29 to 2021-02-28 is 1 year.
func calendarDiff(from, to time.Time) calendarSpan {
	from, to = dateOnly(from), dateOnly(to)
	neg := to.Before(from)
	if neg {
		from, to = to, from
	}
	n := wholeMonths(from, to)
	days := int(to.Sub(addMonths(from, n)).Hours() / 24)
	total := int(to.Sub(from).Hours() / 24)
	return calendarSpan{Years: n / 12, Months: n % 12, Days: days, Negative: neg, TotalDays: total}
}

// avgMonthDays is the length of the average Gregorian month in days.
const avgMonthDays = 365.2425 / 12

// totalMonths returns the span as a number of months, counting leftover
// days as fractions of an average month; negative for a backward span.
func (s calendarSpan) totalMonths() float64 {
	m := float64(s.Years*12+s.Months) + float64(s.Days)/avgMonthDays
	if s.Negative {
		return -m
	}
	return m
}

// String formats the span as a reader says it: "3 years, 5 months and 20
// days", "1 year", "2 months and 1 day"; zero parts are left out and an
// empty span is "0 days".
func (s calendarSpan) String() string {
	var parts []string
	for _, p := range []struct {
		n    int
		unit string
	}{{s.Years, "year"}, {s.Months, "month"}, {s.Days, "day"}} {
		if p.n != 0 {
			parts = append(parts, countOf(p.n, p.unit))
		}
	}
	if len(parts) == 0 {
		return "0 days"
	}
	return joinAnd(parts)
}

// countOf returns "1 year", "2 years".
func countOf(n int, unit string) string {
	if n == 1 || n == -1 {
		return strconv.Itoa(n) + " " + unit
	}
	return strconv.Itoa(n) + " " + unit + "s"
}

// joinAnd joins words as English lists them: "a", "a and b", "a, b and c".
func joinAnd(parts []string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// monthUnits gives, for the duration units measured on the calendar, their
// length in months; the other units are measured in days.
var monthUnits = map[string]float64{
	"month":   1,
	"quarter": 3,
	"year":    12,
	"decade":  120,
	"century": 1200,
}

// addDuration returns the date that lies the given amount of a duration
// unit after t. Calendar units (months and longer) count whole months with
// addMonths and the fraction of a month as days of an average month, so
// 3.5 years after 2022-02-24 is 2025-08-24; shorter units count exact days.
// It reports false for an unknown unit or an infinite amount.
func addDuration(t time.Time, amount float64, unit string) (time.Time, bool) {
	if math.IsInf(amount, 0) || math.IsNaN(amount) {
		return time.Time{}, false
	}
	t = dateOnly(t)
	if per, ok := monthUnits[unit]; ok {
		months := amount * per
		whole := math.Floor(months + 1e-9)
		frac := max(months-whole, 0)
		return addMonths(t, int(whole)).Add(fracDays(frac * avgMonthDays)), true
	}
	days, ok := unitDaysOf(unit)
	if !ok {
		return time.Time{}, false
	}
	return t.Add(fracDays(amount * days)), true
}

// fracDays converts a number of days to a time.Duration.
func fracDays(d float64) time.Duration {
	return time.Duration(math.Round(d * 24 * float64(time.Hour)))
}

// spanIn returns the span in the given duration unit: 3 years, 5 months
// and 20 days is about 3.47 years.
func spanIn(s calendarSpan, unit string) (float64, bool) {
	if per, ok := monthUnits[unit]; ok {
		return s.totalMonths() / per, true
	}
	days, ok := unitDaysOf(unit)
	if !ok {
		return 0, false
	}
	d := float64(s.TotalDays) / days
	if s.Negative {
		d = -d
	}
	return d, true
}
