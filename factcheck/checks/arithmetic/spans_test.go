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
		{"an event's days as its modifier, wrong", "The three-day festival, which runs from 14 to 18 August, will be headlined by a local band.",
			[]string{"error: three-day, from 14 to 18 August: 14 August 2025 to 18 August 2025 is 5 days, not 3 days"}},
		{"an event's days, right", "The three-day festival runs from 14 to 16 August.", nil},
		{"an event's days, the last counted out", "The two-day strike will run from 3 to 5 March.", nil},
		{"an event's days between two days, wrong", "Staff will hold a three-day strike between 20 and 21 September.",
			[]string{"error: three-day, between 20 and 21 September: 20 September 2025 to 21 September 2025 is 2 days, not 3 days"}},
		{"an event's days between two days, right", "Staff will hold a two-day strike between 20 and 21 September.", nil},
	})
}
