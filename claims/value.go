package claims

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// A Value is the typed value of a claim or a fact.
//
// Which fields are set depends on Kind:
//   - amounts (number, money, percent, quantity, duration, count): Amount,
//     Unit, Cmp and Precision;
//   - times: Start, End (exclusive) and Granularity;
//   - places and entities: Entity, the id of an entity;
//   - text: Text alone; bool: Bool.
//
// Text is always the value as written, when it was written.
//
// The zero Value has KindUnknown and means "no value": [Value.IsZero].
// Values are plain data, safe to copy and to share between goroutines.
type Value struct {
	Kind Kind   `json:"kind,omitempty"`
	Text string `json:"text,omitempty"`

	// Amount is the figure after scale words: "$7.2 million" is 7200000.
	Amount float64 `json:"amount,omitempty"`
	// Unit is the ISO 4217 code for money (USD, GBP, EUR), "%" for
	// percentages, "pp" for percentage points, a time unit for durations
	// (year, month, week, day, hour, minute, second) and a unit symbol or
	// name for other quantities (km, tonne). Counts carry the counted noun
	// ("phone call"), numbers none.
	Unit string `json:"unit,omitempty"`
	// Cmp relates the stated figure to the true one.
	Cmp Comparator `json:"cmp,omitempty"`
	// Precision is the half-width, in Unit, of the range the figure as
	// written covers: "7.2 million" covers 7.15–7.25 million, so its
	// precision is 50000. Zero means exact.
	Precision float64 `json:"precision,omitempty"`

	// Start and End bound a time: Start is inclusive, End exclusive.
	// "2023" is 2023-01-01 to 2024-01-01.
	Start time.Time `json:"start,omitzero"`
	End   time.Time `json:"end,omitzero"`
	// Granularity is the unit the time was stated in.
	Granularity Granularity `json:"granularity,omitempty"`

	// Entity is the id of the entity a place or entity value names.
	Entity string `json:"entity,omitempty"`

	// Bool is the value of a bool.
	Bool bool `json:"bool,omitempty"`
}

// IsZero reports whether v is the zero Value, "no value".
func (v Value) IsZero() bool { return v.Kind == KindUnknown && v.Text == "" && v.Entity == "" }

// Bounds returns the range of true figures that an amount, as stated, is
// consistent with. Open bounds are ±Inf; loOpen and hiOpen say whether the
// bound itself is excluded ("more than 3.5" excludes 3.5).
//
// An about-comparator widens the figure's own precision to at least 5% of
// it, or the precision doubled when that is more.
func (v Value) Bounds() (lo, hi float64, loOpen, hiOpen bool) {
	p := v.Precision
	switch v.Cmp {
	case CmpGreater:
		return v.Amount, math.Inf(1), true, false
	case CmpAtLeast:
		return v.Amount, math.Inf(1), false, false
	case CmpLess:
		return math.Inf(-1), v.Amount, false, true
	case CmpAtMost:
		return math.Inf(-1), v.Amount, false, false
	case CmpAbout:
		p = max(2*p, math.Abs(v.Amount)*0.05)
	}
	return v.Amount - p, v.Amount + p, false, false
}

// Contains reports whether the figure x is consistent with v as stated:
// within its precision, or beyond its bound for a comparator.
func (v Value) Contains(x float64) bool {
	lo, hi, loOpen, hiOpen := v.Bounds()
	const eps = 1e-9
	tol := eps * max(1, math.Abs(x))
	if loOpen {
		if x <= lo+tol {
			return false
		}
	} else if x < lo-tol {
		return false
	}
	if hiOpen {
		if x >= hi-tol {
			return false
		}
	} else if x > hi+tol {
		return false
	}
	return true
}

// Overlaps reports whether two times can refer to the same moment: their
// intervals share at least one instant.
func (v Value) Overlaps(w Value) bool {
	return v.Start.Before(w.End) && w.Start.Before(v.End)
}

// Covers reports whether time v contains all of time w.
func (v Value) Covers(w Value) bool {
	return !w.Start.Before(v.Start) && !w.End.After(v.End)
}

// unitDays gives the length of each duration unit in days, by the
// Gregorian average.
var unitDays = map[string]float64{
	"second":  1.0 / 86400,
	"minute":  1.0 / 1440,
	"hour":    1.0 / 24,
	"day":     1,
	"week":    7,
	"month":   365.2425 / 12,
	"quarter": 365.2425 / 4,
	"year":    365.2425,
	"decade":  3652.425,
	"century": 36524.25,
}

// DurationUnitDays returns the average length in days of a duration unit
// ("year", "month"…), and whether the unit is known.
func DurationUnitDays(unit string) (float64, bool) {
	d, ok := unitDays[unit]
	return d, ok
}

// String returns the value as written when it was written, or else a
// canonical literal that [ParseValue] reads back.
func (v Value) String() string {
	if v.Text != "" {
		return v.Text
	}
	return v.Literal()
}

// Literal returns a canonical literal for v that [ParseValue] reads back to
// the same value: "7200000 USD", "> 3.5 year", "2023-03", "anchorage".
func (v Value) Literal() string {
	switch {
	case v.Kind == KindTime:
		return timeLiteral(v)
	case v.Kind.IsEntity():
		return v.Entity
	case v.Kind == KindBool:
		return strconv.FormatBool(v.Bool)
	case v.Kind.IsAmount():
		var b strings.Builder
		if v.Cmp != CmpEqual {
			b.WriteString(v.Cmp.String())
			b.WriteByte(' ')
		}
		num := strconv.FormatFloat(v.Amount, 'f', -1, 64)
		if v.Kind == KindNumber && len(num) == 4 && v.Amount >= 1000 {
			// "1867" alone reads as a year: write the number "1,867".
			num = num[:1] + "," + num[1:]
		}
		b.WriteString(num)
		if v.Unit != "" {
			if v.Unit != "%" {
				b.WriteByte(' ')
			}
			b.WriteString(v.Unit)
		}
		return b.String()
	}
	return v.Text
}

// timeLiteral writes a time at its granularity: "1867", "2023-03",
// "2023-03-17", "2024-W10", "spring 2024", "Q3 2024", "1990s", "18th
// century". A time whose interval is not the whole of one such unit is
// written as a range of days, the end exclusive: "2023-03-17/2023-03-20".
func timeLiteral(v Value) string {
	s := v.Start
	midnight := s.Equal(time.Date(s.Year(), s.Month(), s.Day(), 0, 0, 0, 0, time.UTC))
	jan1 := midnight && s.Month() == time.January && s.Day() == 1
	var lit string
	var end time.Time
	switch v.Granularity {
	case GranularityDay:
		if midnight {
			lit = s.Format("2006-01-02")
		}
		end = s.AddDate(0, 0, 1)
	case GranularityWeek:
		if midnight && s.Weekday() == time.Monday {
			y, w := s.ISOWeek()
			lit = fmt.Sprintf("%04d-W%02d", y, w)
		}
		end = s.AddDate(0, 0, 7)
	case GranularityMonth:
		if midnight && s.Day() == 1 {
			lit = s.Format("2006-01")
		}
		end = s.AddDate(0, 1, 0)
	case GranularitySeason:
		if name := seasonNames[s.Month()]; name != "" && midnight && s.Day() == 1 {
			lit = fmt.Sprintf("%s %04d", name, s.Year())
		}
		end = s.AddDate(0, 3, 0)
	case GranularityQuarter:
		if midnight && s.Day() == 1 && (s.Month()-1)%3 == 0 {
			lit = fmt.Sprintf("Q%d %04d", (int(s.Month())+2)/3, s.Year())
		}
		end = s.AddDate(0, 3, 0)
	case GranularityYear:
		if jan1 {
			lit = fmt.Sprintf("%04d", s.Year())
		}
		end = s.AddDate(1, 0, 0)
	case GranularityDecade:
		if jan1 && s.Year()%10 == 0 {
			lit = fmt.Sprintf("%04ds", s.Year())
		}
		end = s.AddDate(10, 0, 0)
	case GranularityCentury:
		c := s.Year()/100 + 1
		if jan1 && (s.Year()%100 == 0 || s.Year() == 1) {
			lit = Ordinal(c) + " century"
		}
		end = time.Date(c*100, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if lit != "" && (v.End.IsZero() || v.End.Equal(end)) {
		return lit
	}
	if v.End.IsZero() {
		return s.Format("2006-01-02")
	}
	return s.Format("2006-01-02") + "/" + v.End.Format("2006-01-02")
}

// seasonNames names the seasons by the month they start in.
var seasonNames = map[time.Month]string{
	time.March: "spring", time.June: "summer", time.September: "autumn", time.December: "winter",
}

// Ordinal returns n with its English ordinal suffix: 1st, 2nd, 3rd, 11th,
// 18th, 21st.
func Ordinal(n int) string {
	suffix := "th"
	switch n % 100 {
	case 11, 12, 13:
	default:
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(n) + suffix
}
