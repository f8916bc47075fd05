package arithmetic_test

import (
	"testing"
	"time"
)

// TestSinceLast: a record "in N years" against the time the article
// gives for the last such event, by the publication date.
func TestSinceLast(t *testing.T) {
	runSentencesAt(t, time.Date(2024, 11, 27, 0, 0, 0, 0, time.UTC), []sentenceTest{
		{"well over a decade, seven years", "The river has reached its highest level in well over a decade. The last time it rose so high was in February 2017.",
			[]string{"warning: in well over a decade, the last time February 2017: from February 2017 to 27 November 2024 is 7 years"}},
		{"more than five years, right", "The river has reached its highest level in more than five years. The last time it rose so high was in February 2017.", nil},
		{"a first in 20 years, right", "It is the first time in 20 years that the club has won the cup. The last time it did so was in May 2004.", nil},
		{"a first in 20 years, ten", "It is the first time in 20 years that the club has won the cup. The last time it did so was in May 2014.",
			[]string{"warning: in 20 years, the last time May 2014: from May 2014 to 27 November 2024 is 10 years"}},
		{"two last times: which is not said", "The river has reached its highest level in well over a decade. The last time it rose so high was in February 2017, and before that in March 2009.", nil},
		{"no last time", "The river has reached its highest level in well over a decade. It also flooded in February 2017.", nil},
	})
}
