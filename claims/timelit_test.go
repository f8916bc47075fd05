package claims_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/veracity-go/veracity/claims"
)

// interval is the part of a time Value a fact-checker compares: start and
// exclusive end as dates, and the granularity.
type interval struct {
	Kind        claims.Kind
	Start, End  string
	Granularity claims.Granularity
}

func intervalOf(v claims.Value) interval {
	return interval{v.Kind, v.Start.Format("2006-01-02"), v.End.Format("2006-01-02"), v.Granularity}
}

func TestParseValueTime(t *testing.T) {
	day, week, month := claims.GranularityDay, claims.GranularityWeek, claims.GranularityMonth
	season, quarter, year := claims.GranularitySeason, claims.GranularityQuarter, claims.GranularityYear
	decade, century := claims.GranularityDecade, claims.GranularityCentury
	tests := []struct {
		in   string
		want interval
	}{
		{"1867", interval{claims.KindTime, "1867-01-01", "1868-01-01", year}},
		{"2023", interval{claims.KindTime, "2023-01-01", "2024-01-01", year}},
		{"0867", interval{claims.KindTime, "0867-01-01", "0868-01-01", year}},
		{"9999", interval{claims.KindTime, "9999-01-01", "10000-01-01", year}},
		{"March 2023", interval{claims.KindTime, "2023-03-01", "2023-04-01", month}},
		{"march 1867", interval{claims.KindTime, "1867-03-01", "1867-04-01", month}},
		{"Mar. 1867", interval{claims.KindTime, "1867-03-01", "1867-04-01", month}},
		{"February 2024", interval{claims.KindTime, "2024-02-01", "2024-03-01", month}},
		{"2023-03", interval{claims.KindTime, "2023-03-01", "2023-04-01", month}},
		{"2023-12", interval{claims.KindTime, "2023-12-01", "2024-01-01", month}},
		{"2023-03-17", interval{claims.KindTime, "2023-03-17", "2023-03-18", day}},
		{"17 March 2023", interval{claims.KindTime, "2023-03-17", "2023-03-18", day}},
		{"17th of March 2023", interval{claims.KindTime, "2023-03-17", "2023-03-18", day}},
		{"March 17, 2023", interval{claims.KindTime, "2023-03-17", "2023-03-18", day}},
		{"March 17 2023", interval{claims.KindTime, "2023-03-17", "2023-03-18", day}},
		{"Feb 29, 2024", interval{claims.KindTime, "2024-02-29", "2024-03-01", day}},
		{"2024-W10", interval{claims.KindTime, "2024-03-04", "2024-03-11", week}},
		{"2020-W53", interval{claims.KindTime, "2020-12-28", "2021-01-04", week}},
		{"spring 2024", interval{claims.KindTime, "2024-03-01", "2024-06-01", season}},
		{"summer 2024", interval{claims.KindTime, "2024-06-01", "2024-09-01", season}},
		{"autumn 2024", interval{claims.KindTime, "2024-09-01", "2024-12-01", season}},
		{"fall of 2024", interval{claims.KindTime, "2024-09-01", "2024-12-01", season}},
		{"winter 2024", interval{claims.KindTime, "2024-12-01", "2025-03-01", season}},
		{"Q3 2024", interval{claims.KindTime, "2024-07-01", "2024-10-01", quarter}},
		{"Q1 2024", interval{claims.KindTime, "2024-01-01", "2024-04-01", quarter}},
		{"2024-Q4", interval{claims.KindTime, "2024-10-01", "2025-01-01", quarter}},
		{"the third quarter of 2024", interval{claims.KindTime, "2024-07-01", "2024-10-01", quarter}},
		{"the 1990s", interval{claims.KindTime, "1990-01-01", "2000-01-01", decade}},
		{"1990s", interval{claims.KindTime, "1990-01-01", "2000-01-01", decade}},
		{"1990's", interval{claims.KindTime, "1990-01-01", "2000-01-01", decade}},
		{"1900s", interval{claims.KindTime, "1900-01-01", "1910-01-01", decade}},
		{"the 18th century", interval{claims.KindTime, "1700-01-01", "1800-01-01", century}},
		{"18th century", interval{claims.KindTime, "1700-01-01", "1800-01-01", century}},
		{"18th-century", interval{claims.KindTime, "1700-01-01", "1800-01-01", century}},
		{"the eighteenth century", interval{claims.KindTime, "1700-01-01", "1800-01-01", century}},
		{"the twenty-first century", interval{claims.KindTime, "2000-01-01", "2100-01-01", century}},
		{"21st century", interval{claims.KindTime, "2000-01-01", "2100-01-01", century}},
		{"1st century", interval{claims.KindTime, "0001-01-01", "0100-01-01", century}},
		{"2023-03-17/2023-03-20", interval{claims.KindTime, "2023-03-17", "2023-03-20", day}},
	}
	for _, tt := range tests {
		v, err := claims.ParseValue(tt.in)
		if err != nil {
			t.Errorf("ParseValue(%q): %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, intervalOf(v)); diff != "" {
			t.Errorf("ParseValue(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
		if v.Start.Location().String() != "UTC" {
			t.Errorf("ParseValue(%q).Start is in %v, want UTC", tt.in, v.Start.Location())
		}
	}
}

// TestTimeIntervals checks how parsed times relate as a fact-checker
// compares them: "1867" is not contradicted by "March 1867".
func TestTimeIntervals(t *testing.T) {
	tests := []struct {
		a, b              string
		overlaps, aCovers bool
	}{
		{"1867", "March 1867", true, true},
		{"2023", "2023-03-17", true, true},
		{"the 18th century", "1799", true, true},
		{"the 18th century", "1800", false, false},
		{"the 1990s", "2000", false, false},
		{"Q3 2024", "2024-09-30", true, true},
		{"Q3 2024", "2024-10-01", false, false},
		{"spring 2024", "May 2024", true, true},
		{"2023-03-17/2023-03-20", "2023-03-20", false, false},
		{"2023-03-17/2023-03-20", "2023-03-19", true, true},
		{"March 2023", "2023", true, false},
	}
	for _, tt := range tests {
		a, b := claims.MustParseValue(tt.a), claims.MustParseValue(tt.b)
		if got := a.Overlaps(b); got != tt.overlaps {
			t.Errorf("%q overlaps %q = %v, want %v", tt.a, tt.b, got, tt.overlaps)
		}
		if got := a.Covers(b); got != tt.aCovers {
			t.Errorf("%q covers %q = %v, want %v", tt.a, tt.b, got, tt.aCovers)
		}
	}
}

func TestParseTimeErrors(t *testing.T) {
	tests := []struct {
		kind claims.Kind
		in   string
		want string
	}{
		{claims.KindTime, "0", "year 0 out of range (want 1 to 9999)"},
		{claims.KindTime, "0000", "out of range (want 1 to 9999)"},
		{claims.KindTime, "99999", "year 99999 out of range (want 1 to 9999)"},
		{claims.KindUnknown, "0000", "out of range (want 1 to 9999)"},
		{claims.KindTime, "March 0000", "out of range (want 1 to 9999)"},
		{claims.KindTime, "March 10000", "year 10000 out of range (want 1 to 9999)"},
		{claims.KindTime, "2023-13", "month 13 out of range (want 01 to 12)"},
		{claims.KindTime, "2023-02-30", "day 30 out of range (want a day of February 2023)"},
		{claims.KindTime, "31 April 2023", "day 31 out of range"},
		{claims.KindTime, "2021-W53", "week 53 out of range"},
		{claims.KindTime, "1995s", `want a decade such as "1990s"`},
		{claims.KindTime, "the 101st century", "century out of range"},
		{claims.KindTime, "2023-03-20/2023-03-17", "range ends before it starts"},
		{claims.KindTime, "2023-03-17/2023-03-17", "range ends before it starts"},
		{claims.KindTime, "2023-03/2023-05", "want a range of days"},
		{claims.KindTime, "five", `want a time such as "1867"`},
		{claims.KindTime, "March 17", "want a time"}, // not year 17
		{claims.KindUnknown, "March 17", `cannot read "March 17" as a value`},
	}
	for _, tt := range tests {
		v, err := claims.ParseValueKind(tt.kind, tt.in)
		if err == nil {
			t.Errorf("ParseValueKind(%v, %q) = %v, want an error containing %q", tt.kind, tt.in, intervalOf(v), tt.want)
			continue
		}
		if !strings.HasPrefix(err.Error(), "claims: ") || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseValueKind(%v, %q) error = %q, want it to start \"claims: \" and contain %q", tt.kind, tt.in, err, tt.want)
		}
	}
}
