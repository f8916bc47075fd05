package extract

import (
	"testing"
)

// TestShiftedAndMixedDates reads times moved by units, dates of figures
// after a weekday and dates of mixed parts, against 2025-08-13 (a
// Wednesday).
func TestShiftedAndMixedDates(t *testing.T) {
	wantMentions(t, []mentionCase{
		{"It will happen 3 days after January 12th 2026.", []m{{"3 days after January 12th 2026", "time", "2026-01-15..2026-01-16 day"}}},
		{"Voting ends 2 weeks from 1 September 2025.", []m{{"2 weeks from 1 September 2025", "time", "2025-09-15..2025-09-16 day"}}},
		{"Prices peaked two years after 2011.", []m{{"two years after 2011", "time", "2013-01-01..2014-01-01 year"}}},
		{"They left three years after the invasion.", []m{{"three years", "duration", "3 year"}}},
		// a weekday of the week (Monday to Sunday) holding a shifted day
		{"He will return on Sunday 3 weeks after January 15th 2026.", []m{{"Sunday 3 weeks after January 15th 2026", "time", "2026-02-08..2026-02-09 day"}}},
		// more or less than so many units from a time
		{"The work was done more than 2 days before yesterday.", []m{{"more than 2 days before yesterday", "time", "2025-08-10..2025-08-11 day"}}},
		{"The work will be done less than 3 days after tomorrow.", []m{{"less than 3 days after tomorrow", "time", "2025-08-14..2025-08-17 day"}}},
		{"It came less than two weeks before Christmas.", []m{{"less than two weeks before Christmas", "time", "2024-12-11..2024-12-25 day"}}},
		{"More than 3 days after the vote, 20 people were hurt.", []m{{"More than 3 days", "duration", "> 3 day"}, {"20 people", "count", "20 person"}}},
		{"Presidents of the 1990 s.", []m{{"1990 s", "time", "1990-01-01..2000-01-01 decade"}}},
		{"The call is on Friday 15/8.", []m{{"Friday 15/8", "time", "2025-08-15..2025-08-16 day"}}},
		{"The call is on Friday 8/15.", []m{{"Friday 8/15", "time", "2025-08-15..2025-08-16 day"}}},
		{"The call is this Friday (Aug-15).", []m{{"this Friday (Aug-15)", "time", "2025-08-15..2025-08-16 day"}}},
		{"He left on 2020/Sep/23 and 23/sep/2020.", []m{{"2020/Sep/23", "time", "2020-09-23..2020-09-24 day"}, {"23/sep/2020", "time", "2020-09-23..2020-09-24 day"}}},
		// a weekday that fits neither reading leaves the figures alone
		{"Scores were level on Friday 3/2.", []m{{"Friday", "time", "2025-08-08..2025-08-09 day"}, {"3/2", "number", "1.5"}}},
	})
}

// TestSlashRangesAndGluedDays reads ranges of dates of figures, month or
// day first by what the two ends share, days glued to month names, and
// weekdays of a counted week.
func TestSlashRangesAndGluedDays(t *testing.T) {
	wantMentions(t, []mentionCase{
		{"I will leave from 5/1-5/7/2026.", []m{{"from 5/1-5/7/2026", "time", "2026-05-01..2026-05-08 day"}}},
		{"The fair ran 3/6 - 9/6, 2024.", []m{{"3/6 - 9/6, 2024", "time", "2024-06-03..2024-06-10 day"}}},
		{"My leave is from 10/1/2018 - 10/7/2018.", []m{{"from 10/1/2018 - 10/7/2018", "time", "2018-10-01..2018-10-08 day"}}},
		{"Eli Lilly sold IVAC on Dec31 , 1994.", []m{{"Eli Lilly", "entity", "eli-lilly"}, {"IVAC", "entity", "ivac"}, {"Dec31 , 1994", "time", "1994-12-31..1995-01-01 day"}}},
		{"I will go back Monday two weeks from now.", []m{{"Monday two weeks from now", "time", "2025-08-25..2025-08-26 day"}}},
		// not dates
		{"The odds were 5/1 and the code was ABC12.", []m{{"5", "number", "5"}, {"1", "number", "1"}, {"ABC12", "entity", "abc"}}},
	})
}

// TestEraYears reads years with their era: "AD 650", "650 AD" and "1066
// CE" are years of the common era, however few their digits; a year "BC"
// is none of ours, so it is no time at all rather than a year after Christ.
// Centuries back are years too ("two centuries ago"), but a century
// without "ago" is none.
func TestEraYears(t *testing.T) {
	wantMentions(t, []mentionCase{
		{"The burials were dated to around AD 650.", []m{{"AD 650", "time", "0650-01-01..0651-01-01 year"}}},
		{"The hall was built in 650 AD.", []m{{"650 AD", "time", "0650-01-01..0651-01-01 year"}}},
		{"The invasion came in 1066 CE.", []m{{"1066 CE", "time", "1066-01-01..1067-01-01 year"}}},
		{"The fort was built in 1200 BC.", []m{{"1200", "number", "1200"}, {"BC", "entity", "bc"}}},
		{"The abbey was built two centuries ago.", []m{{"two centuries ago", "time", "1825-01-01..1826-01-01 year"}}},
		// a cricketer's century is no time: only "ago" makes centuries a time
		{"Smith scored a century on Saturday.", []m{{"Smith", "entity", "smith"}, {"Saturday", "time", "2025-08-09..2025-08-10 day"}}},
	})
}

// TestDayOfYearAfter reads a day or month followed by the year it is of,
// told from publication (2025-08-13), as one time.
func TestDayOfYearAfter(t *testing.T) {
	wantMentions(t, []mentionCase{
		{"The collision happened on 3 February last year.", []m{{"3 February last year", "time", "2024-02-03..2024-02-04 day"}}},
		{"The festival returns in March next year.", []m{{"March next year", "time", "2026-03-01..2026-04-01 month"}}},
		{"It opened on 3 February 2023, last year's report said.", []m{{"3 February 2023", "time", "2023-02-03..2023-02-04 day"}, {"last year", "time", "2024-01-01..2025-01-01 year"}}},
	})
}

// TestWordsOfNoTense: words that look like tense cues and are not send a
// day without a year neither forward nor back (against 2025-08-13): a
// time of day's "am" is no verb, and "the last time" is the final one,
// not the past.
func TestWordsOfNoTense(t *testing.T) {
	wantMentions(t, []mentionCase{
		{"The crash happened at 8.15am on 3 February.", []m{{"3 February", "time", "2025-02-03..2025-02-04 day"}}},
		{"The bakery will close for the last time on 20 August.", []m{{"20 August", "time", "2025-08-20..2025-08-21 day"}}},
	})
}
