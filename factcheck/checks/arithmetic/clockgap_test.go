package arithmetic_test

import "testing"

// TestClockGaps: "N hours after" against the two clock times of one day
// that it spans, when the earlier time is the only one it can mean and
// "after" speaks of its event.
func TestClockGaps(t *testing.T) {
	runSentences(t, []sentenceTest{
		{"more than, but fewer passed",
			"The outage began at 6.40am. Service was restored by 2.10pm, more than nine hours after the first problems were reported.",
			[]string{"warning: more than nine hours after: from 6.40am to 2.10pm is 7 hours 30 minutes"}},
		{"more than, right", "The outage began at 6.40am. Service was restored by 4.10pm, more than nine hours after the first problems were reported.", nil},
		{"a plain span, off by hours, 24-hour clock",
			"The fire broke out at 09:15. It was put out at 13:45, three hours later.",
			[]string{"warning: three hours later: from 09:15 to 13:45 is 4 hours 30 minutes"}},
		{"a plain span within half an hour", "The fire broke out at 9.15am. It was put out at 12.30pm, three hours later.", nil},
		{"minutes", "The alarm sounded at 2.05pm. Crews arrived at 2.50pm, 20 minutes later.",
			[]string{"warning: 20 minutes later: from 2.05pm to 2.50pm is 45 minutes"}},
		{"two earlier times: which is meant is a guess", "Trains stopped at 6am and buses at 7am. Both ran again at 10am, three hours later.", nil},
		{"the later time before the earlier: another day", "The road closed at 10pm. It reopened at 6am, eight hours later.", nil},
		{"times on other days", "The boy went missing at 7am on Monday. He was found at 7pm on Tuesday, 36 hours later.", nil},
		{"a compound number", "The ferry left at 2am. It docked at 4.30am, twenty-six hours later than planned.", nil},
		{"a quarter of an hour", "The alarm sounded at 2.05pm. Crews arrived at 2.20pm, a quarter of an hour later.", nil},
		{"half an hour", "The alarm sounded at 2.05pm. Crews arrived at 2.30pm, half an hour later.", nil},
		{"a figure before a word that starts with 'am'", "7 Americans were among the crew. They were rescued at 11.30am, three hours later.", nil},
		{"after another event", "The match kicked off at 3pm. Police were called to the ground at 7.30pm, two hours after the final whistle.", nil},
		{"no clock time before", "Service was restored by 2.10pm, more than nine hours after the first problems were reported.", nil},
	})
}
