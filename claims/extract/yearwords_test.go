package extract

import (
	"testing"
)

// TestYearsInWords reads years and decades written in words, and leaves
// counts alone.
func TestYearsInWords(t *testing.T) {
	wantMentions(t, []mentionCase{
		{"They left in nineteen ninety six.", []m{{"nineteen ninety six", "time", "1996-01-01..1997-01-01 year"}}},
		{"They came back in two thousand and fifteen.", []m{{"two thousand and fifteen", "time", "2015-01-01..2016-01-01 year"}}},
		{"She was born on January twenty five nineteen eighty six.", []m{{"January twenty five nineteen eighty six", "time", "1986-01-25..1986-01-26 day"}}},
		{"On fifteen August nineteen hundred ninety three, it opened.", []m{{"fifteen August nineteen hundred ninety three", "time", "1993-08-15..1993-08-16 day"}}},
		{"It was in October two thousand and five.", []m{{"October two thousand and five", "time", "2005-10-01..2005-11-01 month"}}},
		{"Rents soared in the nineties.", []m{{"nineties", "time", "1990-01-01..2000-01-01 decade"}}},
		// counts, ages
		{"Some two thousand and fifteen people came.", []m{{"Some two thousand and fifteen people", "count", "~ 2015 person"}}},
		{"Both are in their nineties.", nil},
	})
}

// TestNotTimes keeps words that only look like times out: ordinals after
// "a", titles, ages, betting odds.
func TestNotTimes(t *testing.T) {
	for _, text := range []string{
		"Oil fell for a second day and he sought a second term.",
		"His record One Night will be released.",
		"He did not start until his mid-thirties.",
		"He moved from 4/1 to 5/2 favourite.",
	} {
		for _, x := range mentionsIn(text, published, nil) {
			if x.Kind == "time" || x.Kind == "duration" {
				t.Errorf("%q: %v", text, x)
			}
		}
	}
}
