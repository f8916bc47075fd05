package factcheck

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestCalendarDiff(t *testing.T) {
	tests := []struct {
		from, to string
		want     calendarSpan
		text     string
	}{
		// The design's example: the invasion to the summit article.
		{"2022-02-24", "2025-08-13", calendarSpan{Years: 3, Months: 5, Days: 20, TotalDays: 1266}, "3 years, 5 months and 20 days"},
		{"2022-02-24", "2022-02-24", calendarSpan{}, "0 days"},
		{"2024-01-01", "2025-01-01", calendarSpan{Years: 1, TotalDays: 366}, "1 year"},
		{"2024-01-01", "2024-01-02", calendarSpan{Days: 1, TotalDays: 1}, "1 day"},
		{"2024-01-15", "2024-03-16", calendarSpan{Months: 2, Days: 1, TotalDays: 61}, "2 months and 1 day"},
		{"2020-03-01", "2021-04-01", calendarSpan{Years: 1, Months: 1, TotalDays: 396}, "1 year and 1 month"},
		// Month ends: a span from the 31st ends at the month's last day.
		{"2024-01-31", "2024-02-29", calendarSpan{Months: 1, TotalDays: 29}, "1 month"},
		{"2023-01-31", "2023-02-28", calendarSpan{Months: 1, TotalDays: 28}, "1 month"},
		{"2023-01-31", "2023-03-01", calendarSpan{Months: 1, Days: 1, TotalDays: 29}, "1 month and 1 day"},
		{"2024-01-31", "2024-03-31", calendarSpan{Months: 2, TotalDays: 60}, "2 months"},
		{"2024-01-30", "2024-02-29", calendarSpan{Months: 1, TotalDays: 30}, "1 month"},
		{"2024-02-29", "2024-03-28", calendarSpan{Days: 28, TotalDays: 28}, "28 days"},
		// Leap days: a leap-day anniversary falls on 28 February.
		{"2020-02-29", "2021-02-28", calendarSpan{Years: 1, TotalDays: 365}, "1 year"},
		{"2020-02-29", "2021-02-27", calendarSpan{Months: 11, Days: 29, TotalDays: 364}, "11 months and 29 days"},
		{"2020-02-29", "2024-02-29", calendarSpan{Years: 4, TotalDays: 1461}, "4 years"},
		{"2019-02-28", "2020-02-29", calendarSpan{Years: 1, Days: 1, TotalDays: 366}, "1 year and 1 day"},
		// Across a year end.
		{"2023-12-15", "2024-01-10", calendarSpan{Days: 26, TotalDays: 26}, "26 days"},
		// Backwards: the parts of the forward span, marked negative.
		{"2025-08-13", "2022-02-24", calendarSpan{Years: 3, Months: 5, Days: 20, TotalDays: 1266, Negative: true}, "3 years, 5 months and 20 days"},
	}
	for _, tt := range tests {
		got := calendarDiff(date(tt.from), date(tt.to))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("calendarDiff(%s, %s) mismatch (-want +got):\n%s", tt.from, tt.to, diff)
		}
		if s := got.String(); s != tt.text {
			t.Errorf("calendarDiff(%s, %s).String() = %q, want %q", tt.from, tt.to, s, tt.text)
		}
	}
}

func TestCalendarSpanString(t *testing.T) {
	tests := []struct {
		span calendarSpan
		want string
	}{
		{calendarSpan{Years: 2}, "2 years"},
		{calendarSpan{Months: 1}, "1 month"},
		{calendarSpan{Years: 1, Days: 2}, "1 year and 2 days"},
		{calendarSpan{Years: 1, Months: 1, Days: 1}, "1 year, 1 month and 1 day"},
	}
	for _, tt := range tests {
		if got := tt.span.String(); got != tt.want {
			t.Errorf("%+v.String() = %q, want %q", tt.span, got, tt.want)
		}
	}
}

func TestAddDuration(t *testing.T) {
	tests := []struct {
		from   string
		amount float64
		unit   string
		want   time.Time
	}{
		{"2022-02-24", 3.5, "year", date("2025-08-24")},
		{"2022-02-24", 4, "year", date("2026-02-24")},
		{"2022-02-24", 42, "month", date("2025-08-24")},
		{"2024-01-31", 1, "month", date("2024-02-29")},
		{"2020-02-29", 1, "year", date("2021-02-28")},
		{"2024-01-01", 10, "day", date("2024-01-11")},
		{"2024-01-01", 2, "week", date("2024-01-15")},
		{"2024-01-01", 0.5, "month", date("2024-01-01").Add(fracDays(avgMonthDays / 2))},
		{"2024-03-01", -1, "month", date("2024-02-01")},
	}
	for _, tt := range tests {
		got, ok := addDuration(date(tt.from), tt.amount, tt.unit)
		if !ok || !got.Equal(tt.want) {
			t.Errorf("addDuration(%s, %v, %q) = %v, %v; want %v", tt.from, tt.amount, tt.unit, got, ok, tt.want)
		}
	}
	for _, unit := range []string{"furlong", ""} {
		if _, ok := addDuration(date("2024-01-01"), 1, unit); ok {
			t.Errorf("addDuration with unit %q: ok, want not ok", unit)
		}
	}
}

func TestSpanIn(t *testing.T) {
	span := calendarDiff(date("2022-02-24"), date("2025-08-13"))
	tests := []struct {
		unit string
		want float64
	}{
		{"year", 3.4714},  // 41 months and 20 of an average month's days
		{"month", 41.657}, // the same in months
		{"day", 1266},
		{"week", 180.857},
	}
	for _, tt := range tests {
		got, ok := spanIn(span, tt.unit)
		if !ok || !cmp.Equal(got, tt.want, cmpApprox) {
			t.Errorf("spanIn(%v, %q) = %v, %v; want about %v", span, tt.unit, got, ok, tt.want)
		}
	}
}

// cmpApprox compares floats to a thousandth.
var cmpApprox = cmp.Comparer(func(a, b float64) bool {
	d := a - b
	return d < 0.001 && d > -0.001
})
