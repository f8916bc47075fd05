package arithmetic_test

import (
	"testing"
	"time"
)

// TestForSince: a span in the present perfect against the time "since"
// gives it in its sentence, by the publication date.
func TestForSince(t *testing.T) {
	runSentencesAt(t, time.Date(2025, 6, 18, 0, 0, 0, 0, time.UTC), []sentenceTest{
		{"nearly a decade, four years", "The site has stood empty for nearly a decade, since the store closed in March 2021.",
			[]string{"warning: for nearly a decade, since March 2021: from March 2021 to 18 June 2025 is 4 years"}},
		{"plain years, wrong", "He has lived in the village for 20 years, since 2015.",
			[]string{"warning: for 20 years, since 2015: from 2015 to 18 June 2025 is 9 to 10 years"}},
		{"plain years, right", "He has lived in the village for 20 years, since 2005.", nil},
		{"more than six months, too few", "The pool has been shut for more than six months, since a fire in January 2025.",
			[]string{"warning: for more than six months, since January 2025: from January 2025 to 18 June 2025 is 4 to 5 months"}},
		{"more than six months, right", "The pool has been shut for more than six months, since a fire in November 2024.", nil},
		{"the past perfect runs to a past time", "The shop had been empty for a decade, since it closed in 2021.", nil},
		{"a span not in the perfect", "The shop was empty for a decade, since it closed in 2001.", nil},
		{"no since", "The site has stood empty for nearly a decade; the store closed in March 2021.", nil},
		{"a time without a year", "The pool has been shut for more than six months, since a fire in January.", nil},
	})
}
