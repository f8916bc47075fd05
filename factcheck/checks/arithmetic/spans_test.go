package arithmetic_test

import "testing"

// TestSpanLengths: a length beside the dates it runs between, that it
// does not fit.
func TestSpanLengths(t *testing.T) {
	runSentences(t, []sentenceTest{
		{"a length after its verb", "The bridge will close for 14 weeks, from 3 March to 2 May.",
			[]string{"error: 14 weeks, from 3 March to 2 May: 3 March 2026 to 2 May 2026 is 8 weeks and 5 days, not 14 weeks"}},
		{"a length as a modifier, a name between", "The 14-week closure will run from 3 March to 2 May.",
			[]string{"error: 14-week, from 3 March to 2 May: 3 March 2026 to 2 May 2026 is 8 weeks and 5 days, not 14 weeks"}},
		{"right, the last day counted in or out", "The bridge will close for eight weeks, from 3 March to 2 May.", nil},
		{"right, a week either way", "The bridge will close for nine weeks, from 3 March to 2 May.", nil},
		{"another time in the sentence", "The bridge closed for 14 weeks last year and will close again from 3 March to 2 May.", nil},
		{"a loose length", "The road will shut for about 14 weeks from 3 March to 2 May.", nil},
		{"days within a window", "The inquiry sat for six days between 3 and 10 March.", nil},
		{"days from and to: not checked (days of sitting or of the calendar)", "The inquiry sat for six days from 3 to 10 March.", nil},
	})
}
