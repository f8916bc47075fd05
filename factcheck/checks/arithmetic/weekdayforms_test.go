package arithmetic_test

import (
	"testing"
	"time"
)

// TestWeekdayForms: a weekday set beside its date in brackets ("on
// Tuesday (22 January)", "22 January (a Tuesday)") or after it ("June
// 5, a Wednesday") names the date's day.
func TestWeekdayForms(t *testing.T) {
	runSentencesAt(t, time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC), []sentenceTest{
		{"in brackets after the weekday", "The application will go before the committee on Tuesday (22 January).",
			[]string{"error: Tuesday (22 January): 22 January 2026 is a Thursday, not a Tuesday"}},
		{"in brackets after the weekday, right", "The application will go before the committee on Thursday (22 January).", nil},
		{"the weekday in brackets", "The hearing is on 22 January (a Tuesday).",
			[]string{"error: 22 January (a Tuesday): 22 January 2026 is a Thursday, not a Tuesday"}},
		{"no weekday after the comma", "He arrived on 22 January, a week after the storm.", nil},
	})
	runSentencesAt(t, time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC), []sentenceTest{
		{"after the date", "The festival opens on June 5, a Wednesday, and runs for four days.",
			[]string{"error: June 5, a Wednesday: 5 June 2025 is a Thursday, not a Wednesday"}},
		{"after the date, right", "The festival opens on June 5, a Thursday, and runs for four days.", nil},
	})
}
