package claims_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/veracity-go/veracity/claims"
)

// amount is the part of an amount Value a fact-checker compares.
type amount struct {
	Kind      claims.Kind
	Amount    float64
	Precision float64
	Unit      string
	Cmp       claims.Comparator
}

func amountOf(v claims.Value) amount {
	return amount{v.Kind, v.Amount, v.Precision, v.Unit, v.Cmp}
}

// testAmounts runs ParseValue over a table of amount literals.
func testAmounts(t *testing.T, tests []struct {
	in   string
	want amount
}) {
	t.Helper()
	for _, tt := range tests {
		v, err := claims.ParseValue(tt.in)
		if err != nil {
			t.Errorf("ParseValue(%q): %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, amountOf(v)); diff != "" {
			t.Errorf("ParseValue(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
		if v.Text != strings.TrimSpace(tt.in) {
			t.Errorf("ParseValue(%q).Text = %q, want the literal as given", tt.in, v.Text)
		}
	}
}

func TestParseValuePercent(t *testing.T) {
	testAmounts(t, []struct {
		in   string
		want amount
	}{
		{"8%", amount{claims.KindPercent, 8, 0.5, "%", claims.CmpEqual}},
		{"8.5 %", amount{claims.KindPercent, 8.5, 0.05, "%", claims.CmpEqual}},
		{"-2%", amount{claims.KindPercent, -2, 0.5, "%", claims.CmpEqual}},
		{"8 per cent", amount{claims.KindPercent, 8, 0.5, "%", claims.CmpEqual}},
		{"8 percent", amount{claims.KindPercent, 8, 0.5, "%", claims.CmpEqual}},
		{"eight percent", amount{claims.KindPercent, 8, 0.5, "%", claims.CmpEqual}},
		{"more than 15%", amount{claims.KindPercent, 15, 0.5, "%", claims.CmpGreater}},
		{"3 percentage points", amount{claims.KindPercent, 3, 0.5, "pp", claims.CmpEqual}},
		{"a percentage point", amount{claims.KindPercent, 1, 0.5, "pp", claims.CmpEqual}},
		{"3pp", amount{claims.KindPercent, 3, 0.5, "pp", claims.CmpEqual}},
		{"3 pp", amount{claims.KindPercent, 3, 0.5, "pp", claims.CmpEqual}},
	})
}

func TestParseValueDuration(t *testing.T) {
	testAmounts(t, []struct {
		in   string
		want amount
	}{
		{"3.5 years", amount{claims.KindDuration, 3.5, 0.05, "year", claims.CmpEqual}},
		{"3.5 year", amount{claims.KindDuration, 3.5, 0.05, "year", claims.CmpEqual}},
		{"three and a half years", amount{claims.KindDuration, 3.5, 0.25, "year", claims.CmpEqual}},
		{"over four years", amount{claims.KindDuration, 4, 0.5, "year", claims.CmpGreater}},
		{"more than three and a half years", amount{claims.KindDuration, 3.5, 0.25, "year", claims.CmpGreater}},
		{"nearly three and a half years", amount{claims.KindDuration, 3.5, 0.25, "year", claims.CmpAbout}},
		{"almost a year", amount{claims.KindDuration, 1, 0.5, "year", claims.CmpAbout}},
		{"18 months", amount{claims.KindDuration, 18, 0.5, "month", claims.CmpEqual}},
		{"18-month", amount{claims.KindDuration, 18, 0.5, "month", claims.CmpEqual}},
		{"a decade", amount{claims.KindDuration, 1, 0.5, "decade", claims.CmpEqual}},
		{"two decades", amount{claims.KindDuration, 2, 0.5, "decade", claims.CmpEqual}},
		{"two weeks", amount{claims.KindDuration, 2, 0.5, "week", claims.CmpEqual}},
		{"a year", amount{claims.KindDuration, 1, 0.5, "year", claims.CmpEqual}},
		{"an hour", amount{claims.KindDuration, 1, 0.5, "hour", claims.CmpEqual}},
		{"half an hour", amount{claims.KindDuration, 0.5, 0.25, "hour", claims.CmpEqual}},
		{"a year and a half", amount{claims.KindDuration, 1.5, 0.25, "year", claims.CmpEqual}},
		{"3½ years", amount{claims.KindDuration, 3.5, 0.25, "year", claims.CmpEqual}},
		{"90 minutes", amount{claims.KindDuration, 90, 0.5, "minute", claims.CmpEqual}},
		{"10 days", amount{claims.KindDuration, 10, 0.5, "day", claims.CmpEqual}},
		{"5 yrs", amount{claims.KindDuration, 5, 0.5, "year", claims.CmpEqual}},
		{"two centuries", amount{claims.KindDuration, 2, 0.5, "century", claims.CmpEqual}},
		{"> 3.5 years", amount{claims.KindDuration, 3.5, 0.05, "year", claims.CmpGreater}},
		{">3.5 years", amount{claims.KindDuration, 3.5, 0.05, "year", claims.CmpGreater}},
		{"at least 5 days", amount{claims.KindDuration, 5, 0.5, "day", claims.CmpAtLeast}},
		{"up to 48 hours", amount{claims.KindDuration, 48, 0.5, "hour", claims.CmpAtMost}},
		{"under two years", amount{claims.KindDuration, 2, 0.5, "year", claims.CmpLess}},
	})
}

func TestParseValueCountQuantityNumber(t *testing.T) {
	testAmounts(t, []struct {
		in   string
		want amount
	}{
		{"five phone calls", amount{claims.KindCount, 5, 0.5, "phone call", claims.CmpEqual}},
		{"5 phone call", amount{claims.KindCount, 5, 0.5, "phone call", claims.CmpEqual}},
		{"1,200 people", amount{claims.KindCount, 1200, 0.5, "person", claims.CmpEqual}},
		{"three countries", amount{claims.KindCount, 3, 0.5, "country", claims.CmpEqual}},
		{"two buses", amount{claims.KindCount, 2, 0.5, "bus", claims.CmpEqual}},
		{"two peoples", amount{claims.KindCount, 2, 0.5, "person", claims.CmpEqual}},
		{"fewer than 10 churches", amount{claims.KindCount, 10, 0.5, "church", claims.CmpLess}},
		{"about 5,000 troops", amount{claims.KindCount, 5000, 0.5, "troop", claims.CmpAbout}},
		{"some 300 analysts", amount{claims.KindCount, 300, 0.5, "analyst", claims.CmpAbout}},
		{"12 km", amount{claims.KindQuantity, 12, 0.5, "km", claims.CmpEqual}},
		{"12km", amount{claims.KindQuantity, 12, 0.5, "km", claims.CmpEqual}},
		{"3 tonnes", amount{claims.KindQuantity, 3, 0.5, "tonne", claims.CmpEqual}},
		{"5 m", amount{claims.KindQuantity, 5, 0.5, "m", claims.CmpEqual}},
		{"1,000 miles", amount{claims.KindQuantity, 1000, 0.5, "mile", claims.CmpEqual}},
		{"five", amount{claims.KindNumber, 5, 0.5, "", claims.CmpEqual}},
		{"1,234", amount{claims.KindNumber, 1234, 0.5, "", claims.CmpEqual}},
		{"1,867", amount{claims.KindNumber, 1867, 0.5, "", claims.CmpEqual}},
		{"12345", amount{claims.KindNumber, 12345, 0.5, "", claims.CmpEqual}},
		{"two-thirds", amount{claims.KindNumber, 2.0 / 3, 1.0 / 6, "", claims.CmpEqual}},
		{">= 5", amount{claims.KindNumber, 5, 0.5, "", claims.CmpAtLeast}},
		{"≥5", amount{claims.KindNumber, 5, 0.5, "", claims.CmpAtLeast}},
		{"~ 5", amount{claims.KindNumber, 5, 0.5, "", claims.CmpAbout}},
		{"= 5", amount{claims.KindNumber, 5, 0.5, "", claims.CmpEqual}},
		{"<= 5", amount{claims.KindNumber, 5, 0.5, "", claims.CmpAtMost}},
		{"< 5", amount{claims.KindNumber, 5, 0.5, "", claims.CmpLess}},
		{"about 1867", amount{claims.KindNumber, 1867, 0.5, "", claims.CmpAbout}},
		{"no fewer than 3", amount{claims.KindNumber, 3, 0.5, "", claims.CmpAtLeast}},
		{"no more than 3", amount{claims.KindNumber, 3, 0.5, "", claims.CmpAtMost}},
	})
}

func TestScanComparator(t *testing.T) {
	type scanned struct {
		Cmp   claims.Comparator
		Taken string
	}
	tests := []struct {
		in   string
		want scanned
	}{
		{"more than 3.5 years", scanned{claims.CmpGreater, "more than "}},
		{"More Than 3", scanned{claims.CmpGreater, "More Than "}},
		{"over four years", scanned{claims.CmpGreater, "over "}},
		{"above 5", scanned{claims.CmpGreater, "above "}},
		{"greater than 5", scanned{claims.CmpGreater, "greater than "}},
		{"at least 5", scanned{claims.CmpAtLeast, "at least "}},
		{"no fewer than 5", scanned{claims.CmpAtLeast, "no fewer than "}},
		{"no less than 5", scanned{claims.CmpAtLeast, "no less than "}},
		{"fewer than 5", scanned{claims.CmpLess, "fewer than "}},
		{"less than 5", scanned{claims.CmpLess, "less than "}},
		{"under 5", scanned{claims.CmpLess, "under "}},
		{"below 5", scanned{claims.CmpLess, "below "}},
		{"at most 5", scanned{claims.CmpAtMost, "at most "}},
		{"up to 5", scanned{claims.CmpAtMost, "up to "}},
		{"no more than 5", scanned{claims.CmpAtMost, "no more than "}},
		{"about 5", scanned{claims.CmpAbout, "about "}},
		{"around 5", scanned{claims.CmpAbout, "around "}},
		{"approximately 5", scanned{claims.CmpAbout, "approximately "}},
		{"roughly 5", scanned{claims.CmpAbout, "roughly "}},
		{"some 5", scanned{claims.CmpAbout, "some "}},
		{"nearly 5", scanned{claims.CmpAbout, "nearly "}},
		{"almost 5", scanned{claims.CmpAbout, "almost "}},
		{"close to 5", scanned{claims.CmpAbout, "close to "}},
		{"~5", scanned{claims.CmpAbout, "~"}},
		{">= 5", scanned{claims.CmpAtLeast, ">= "}},
		{">5", scanned{claims.CmpGreater, ">"}},
		{"<=5", scanned{claims.CmpAtMost, "<="}},
		{"overall 5", scanned{claims.CmpEqual, ""}},
		{"some", scanned{claims.CmpEqual, ""}},
		{">", scanned{claims.CmpEqual, ""}},
		{"5 years", scanned{claims.CmpEqual, ""}},
	}
	for _, tt := range tests {
		c, n := claims.ScanComparator(tt.in)
		if diff := cmp.Diff(tt.want, scanned{c, tt.in[:n]}); diff != "" {
			t.Errorf("ScanComparator(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestNearlyIsApproachedFromBelow checks the reading of "nearly" and
// "almost" as about: the band takes in a figure a little short of the one
// stated and leaves out one far short of it.
func TestNearlyIsApproachedFromBelow(t *testing.T) {
	tests := []struct {
		in   string
		x    float64
		want bool
	}{
		{"nearly three and a half years", 3.4, true},
		{"nearly three and a half years", 3.5, true},
		{"nearly three and a half years", 2, false},
		{"nearly three and a half years", 5, false},
		{"almost 4 years", 3.8, true},
		{"almost 4 years", 2.9, false},
		{"more than 3.5 years", 3.47, false},
		{"more than 3.5 years", 3.6, true},
		{"over four years", 4.1, true},
		{"over four years", 4, false},
		{"at least 5", 5, true},
		{"fewer than 10 churches", 10, false},
		{"$7.2 million", 7.24e6, true},
		{"$7.2 million", 7.3e6, false},
		{"7 million", 7.4e6, true},
	}
	for _, tt := range tests {
		v := claims.MustParseValue(tt.in)
		if got := v.Contains(tt.x); got != tt.want {
			lo, hi, _, _ := v.Bounds()
			t.Errorf("ParseValue(%q).Contains(%v) = %v, want %v (bounds %v to %v)", tt.in, tt.x, got, tt.want, lo, hi)
		}
	}
}

func TestDurationUnit(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"years", "year", true},
		{"Year", "year", true},
		{"yrs", "year", true},
		{"months", "month", true},
		{"weeks", "week", true},
		{"days", "day", true},
		{"hours", "hour", true},
		{"minutes", "minute", true},
		{"seconds", "second", true},
		{"decades", "decade", true},
		{"centuries", "century", true},
		{"fortnights", "", false},
		{"calls", "", false},
	}
	for _, tt := range tests {
		got, ok := claims.DurationUnit(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("DurationUnit(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
		if ok {
			if _, known := claims.DurationUnitDays(got); !known {
				t.Errorf("DurationUnit(%q) = %q, which DurationUnitDays does not know", tt.in, got)
			}
		}
	}
}
