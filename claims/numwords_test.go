package claims_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/veracity-go/veracity/claims"
)

// figure is what a fact-checker needs of a number: the amount and the
// half-width of the range it covers as written.
type figure struct {
	Amount, Precision float64
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want figure
	}{
		// Digits: half a unit of the last stated digit.
		{"1,234", figure{1234, 0.5}},
		{"1867", figure{1867, 0.5}},
		{"7.2", figure{7.2, 0.05}},
		{"0.125", figure{0.125, 0.0005}},
		{".5", figure{0.5, 0.05}},
		{"1,234,567.89", figure{1234567.89, 0.005}},
		{"-5", figure{-5, 0.5}},
		{"−5", figure{-5, 0.5}}, // a minus sign, U+2212
		{"1e6", figure{1e6, 5e5}},
		{"2.5e-3", figure{0.0025, 0.00005}},
		// Scale after digits: the precision scales too.
		{"7.2 million", figure{7200000, 50000}},
		{"7 million", figure{7000000, 500000}},
		{"1.5bn", figure{1.5e9, 5e7}},
		{"1.5 bn", figure{1.5e9, 5e7}},
		{"5m", figure{5e6, 5e5}},
		{"5k", figure{5000, 500}},
		{"600mn", figure{6e8, 5e5}},
		{"2tn", figure{2e12, 5e11}},
		{"3 thousand", figure{3000, 500}},
		{"7.25 billion", figure{7.25e9, 5e6}},
		// Words: whole words are ±0.5, scales like digits.
		{"five", figure{5, 0.5}},
		{"Five", figure{5, 0.5}},
		{"zero", figure{0, 0.5}},
		{"twenty-three", figure{23, 0.5}},
		{"twenty three", figure{23, 0.5}},
		{"ninety", figure{90, 0.5}},
		{"two hundred", figure{200, 0.5}},
		{"two hundred and five", figure{205, 0.5}},
		{"a hundred", figure{100, 0.5}},
		{"a dozen", figure{12, 0.5}},
		{"seven million", figure{7e6, 5e5}},
		{"a million", figure{1e6, 5e5}},
		{"two hundred thousand", figure{200000, 500}},
		{"one million two hundred thousand", figure{1.2e6, 500}},
		{"two million and five", figure{2000005, 0.5}},
		{"minus five", figure{-5, 0.5}},
		// Fractions: half the fraction's step.
		{"three and a half", figure{3.5, 0.25}},
		{"3 and a half", figure{3.5, 0.25}},
		{"a half", figure{0.5, 0.25}},
		{"one half", figure{0.5, 0.25}},
		{"a third", figure{1.0 / 3, 1.0 / 6}},
		{"two-thirds", figure{2.0 / 3, 1.0 / 6}},
		{"two thirds", figure{2.0 / 3, 1.0 / 6}},
		{"three quarters", figure{0.75, 0.125}},
		{"one and a quarter", figure{1.25, 0.125}},
		{"two and three quarters", figure{2.75, 0.125}},
		{"3½", figure{3.5, 0.25}},
		{"½", figure{0.5, 0.25}},
		{"half a million", figure{500000, 250000}},
		{"two and a half million", figure{2.5e6, 250000}},
		{"1.5 million", figure{1.5e6, 50000}},
	}
	for _, tt := range tests {
		amount, precision, err := claims.ParseNumber(tt.in)
		if err != nil {
			t.Errorf("ParseNumber(%q): %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, figure{amount, precision}); diff != "" {
			t.Errorf("ParseNumber(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestParseNumberErrors(t *testing.T) {
	tests := []struct {
		in, want string // want: a part of the message
	}{
		{"", "empty number"},
		{"1e400", `"1e400" is out of range (want a finite number)`},
		{"1" + strings.Repeat("0", 400), "out of range"},
		{"1,23", "want groups of three digits between commas"},
		{"1,2345", "want groups of three digits between commas"},
		{"1.2.3", "want digits with at most one decimal point"},
		{"a", `"a" is not a number`},
		{"hundred", `"hundred" is not a number`},
		{"five apples", `unexpected "apples" after the number "five"`},
		{"twenty thirty", `unexpected "thirty"`},
		{"five six", `unexpected "six"`},
		{"seven million million", `unexpected "million"`},
		{"anchorage", "is not a number"},
		{strings.Repeat("1", 1001), "want at most 1000"},
	}
	for _, tt := range tests {
		a, p, err := claims.ParseNumber(tt.in)
		if err == nil {
			t.Errorf("ParseNumber(%q) = %v ± %v, want an error containing %q", tt.in, a, p, tt.want)
			continue
		}
		if !strings.HasPrefix(err.Error(), "claims: ") || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseNumber(%q) error = %q, want it to start \"claims: \" and contain %q", tt.in, err, tt.want)
		}
	}
}

func TestScanNumber(t *testing.T) {
	type scanned struct {
		Amount, Precision float64
		Taken             string
		OK                bool
	}
	tests := []struct {
		in   string
		want scanned
	}{
		{"five known phone calls", scanned{5, 0.5, "five", true}},
		{"7.2 million dollars", scanned{7.2e6, 50000, "7.2 million", true}},
		{"three and a half years after", scanned{3.5, 0.25, "three and a half", true}},
		{"twenty-three people", scanned{23, 0.5, "twenty-three", true}},
		{"1,234 votes", scanned{1234, 0.5, "1,234", true}},
		{"18-month", scanned{18, 0.5, "18", true}},
		{"a year", scanned{}},
		{"years", scanned{}},
		{"", scanned{}},
		{"1e400 things", scanned{}},
	}
	for _, tt := range tests {
		a, p, n, ok := claims.ScanNumber(tt.in)
		got := scanned{a, p, tt.in[:n], ok}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ScanNumber(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}
