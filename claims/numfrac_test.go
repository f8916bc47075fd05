package claims

import (
	"math"
	"testing"
)

// TestParseNumberGrammar covers the less common number grammar: zero as
// "nought", decimals in words, dozens, Indian scales, fractions with
// ordinal denominators, "over" and "out of", fractions after scales,
// figures mixed with scale words and powers.
func TestParseNumberGrammar(t *testing.T) {
	tests := []struct {
		in   string
		want float64
	}{
		{"nought", 0},
		{"six point two five", 6.25},
		{"four hundred point sixty-two", 400.62},
		{"minus seven point five", -7.5},
		{"negative three", -3},
		{"4 dozens", 48},
		{"two hundred and three dozen", 236},
		{"seven dozs", 84},
		{"hundred thousand", 100000},
		{"a thousandth", 0.001},
		{"three and twenty-five hundredths", 3.25},
		{"two thirty-firsts", 2.0 / 31},
		{"one one hundred and third", 1.0 / 103},
		{"two over five", 0.4},
		{"negative one over 4", -0.25},
		{"three out of four", 0.75},
		{"one out of five hundred", 0.002},
		{"7 thousand 2 hundred and 15", 7215},
		{"2 hundred and 9", 209},
		{"4 lakh", 400000},
		{"2 crore and three hundred", 20000300},
		{"two lakh crore", 2e12},
		{"5mil", 5e6},
		{"half billion", 5e8},
		{"three quarters of a million", 750000},
		{"2 million and a half", 2.5e6},
		{"four billion and a half million", 4000500000},
		{"two hundred and ten and a fifth", 210.2},
		{"2^10", 1024},
		{"4^-1", 0.25},
		{"2.5x10^3", 2500},
	}
	for _, tt := range tests {
		got, _, err := ParseNumber(tt.in)
		if err != nil || math.Abs(got-tt.want) > 1e-9*math.Max(1, math.Abs(tt.want)) {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

// TestParseNumberGrammarRejects lists phrases that are not one number.
func TestParseNumberGrammarRejects(t *testing.T) {
	for _, in := range []string{
		"one second",              // a duration
		"the two hundredth",       // an ordinal
		"5 million 20",            // two figures
		"3 hundred and 2 hundred", // two figures
		"a one fifth",
	} {
		if v, _, err := ParseNumber(in); err == nil {
			t.Errorf("ParseNumber(%q) = %v, want an error", in, v)
		}
	}
}
