package arithmetic_test

import "testing"

// TestLooseChanges: a change stated in an order findChanges does not
// read is read from its base mark ("from", "on the", "up from").
func TestLooseChanges(t *testing.T) {
	runSentences(t, []sentenceTest{
		{"from A in year to B in year, a rise",
			"Complaints went from 3,200 in 2024 to 3,900 in 2025, a rise of 12%.",
			[]string{"error: 3,900 from 3,200 is a rise of 22%, not 12%"}},
		{"B, up P on the A",
			"The port handled 410,000 containers, up 30% on the 300,000 it handled a year earlier.",
			[]string{"error: 410,000 containers from 300,000 is a rise of 37%, not 30%"}},
		{"fell by P over the year, from A to B",
			"Waiting lists fell by 5% over the year, from 8,800 to 7,900.",
			[]string{"error: 7,900 from 8,800 is a fall of 10%, not 5%"}},
		{"B on a day, up from A on the same day last year, a rise",
			"The service took 2,100 calls on Saturday, up from 1,500 on the same day last year, a rise of 20%.",
			[]string{"error: 2,100 calls from 1,500 is a rise of 40%, not 20%"}},
		{"a third figure of the unit that is no part of the change",
			"Profit rose to £250m from £200m, a rise of 20%, on sales of £3bn.",
			[]string{"error: £250m from £200m is a rise of 25%, not 20%"}},
		{"right", "Profit rose to £250m from £200m, a rise of 25%, on sales of £3bn.", nil},
		{"right, any order", "Waiting lists fell by 10% over the year, from 8,800 to 7,900.", nil},
		{"a share, not a change", "Of the 3,200 complaints, 12% were upheld, up from 2,900 in 2024.", nil},
	})
}
