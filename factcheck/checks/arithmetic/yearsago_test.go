package arithmetic_test

import "testing"

// TestYearsAgoAfterYear: "in YEAR, N years ago" against the publication
// date, as "N years ago, in YEAR" is.
func TestYearsAgoAfterYear(t *testing.T) {
	runSentences(t, []sentenceTest{
		{"wrong", "The bridge opened in 2010, 20 years ago.",
			[]string{"warning: 2010, 20 years ago: from 2010 to 13 August 2025 is 14 to 15 years, not 20 years ago"}},
		{"right", "The bridge opened in 2010, 15 years ago.", nil},
		{"a list, not an apposition", "The bridges opened in 2010 and 12 years ago.", nil},
	})
}
