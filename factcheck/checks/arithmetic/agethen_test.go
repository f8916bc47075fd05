package arithmetic_test

import (
	"testing"
	"time"
)

// TestAgeThenNow: a person's age at a dated event against the age the
// article gives them now, by the publication date.
func TestAgeThenNow(t *testing.T) {
	runSentencesAt(t, time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC), []sentenceTest{
		{"too young now", "Raj Sandhu was 45 when two men burst into his shop in November 2019. \"I still think about it,\" said Mr Sandhu, now 48.",
			[]string{"warning: Sandhu was 45 in November 2019, now 48: from November 2019 to 3 March 2026, Sandhu is 51 or 52"}},
		{"right", "Raj Sandhu was 45 when two men burst into his shop in November 2019. \"I still think about it,\" said Mr Sandhu, now 51.", nil},
		{"right, a birthday between", "Raj Sandhu was 45 when two men burst into his shop in November 2019. Mr Sandhu, now aged 52, still works there.", nil},
		{"another person now", "Raj Sandhu was 45 when two men burst into his shop in November 2019. His son, Amir Patel, now 48, runs it.", nil},
		{"a time without a year", "Raj Sandhu was 45 when two men burst into his shop in November. Mr Sandhu, now 48, still works there.", nil},
	})
}
