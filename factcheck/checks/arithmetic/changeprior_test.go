package arithmetic_test

import "testing"

// TestChangePriorInBrackets: the figure of the year before, given in
// brackets after the new one as annual reports do, is the base of the
// change stated before them.
func TestChangePriorInBrackets(t *testing.T) {
	runSentences(t, []sentenceTest{
		{"wrong", "Visitor numbers rose 40% year-on-year to 86,500 (2023: 71,200).",
			[]string{"error: 86,500 from 71,200 is a rise of 21%, not 40%"}},
		{"right", "Visitor numbers rose 21% year-on-year to 86,500 (2023: 71,200).", nil},
		{"right, the year before named", "Sales rose 12% to £5.6m (last year: £5.0m).", nil},
		{"a note in brackets that is no figure of the year before", "Sales rose 40% to £5.6m (Q3: £1.9m).", nil},
	})
}
