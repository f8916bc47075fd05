package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestMoreRelativeTimes covers days back by weeks and months, days next to
// the last time, weekdays of a named week, against 2025-08-13 (a
// Wednesday).
func TestMoreRelativeTimes(t *testing.T) {
	wantMentions(t, []mentionCase{
		{"The storm hit two months ago.", []m{{"two months ago", "time", "2025-06-13..2025-06-14 day"}}},
		{"The storm hit 3 weeks ago.", []m{{"3 weeks ago", "time", "2025-07-23..2025-07-24 day"}}},
		{"It was sold on 3 May 2020 and listed the next day.", []m{{"3 May 2020", "time", "2020-05-03..2020-05-04 day"}, {"the next day", "time", "2020-05-04..2020-05-05 day"}}},
		{"The talks are next week on Tuesday.", []m{{"next week on Tuesday", "time", "2025-08-19..2025-08-20 day"}}},
		{"It was due on 12 of Nov 2024.", []m{{"12 of Nov 2024", "time", "2024-11-12..2024-11-13 day"}}},
		{"It may be in may.", []m{{"may", "time", "2025-05-01..2025-06-01 month"}}},
		// not times
		{"The day after the vote was calm, and he may attend.", nil},
	})
}

// TestQuartersNowAndCompact covers quarters and halves, ranges to or from
// now, calendar years and eight-figure dates.
func TestQuartersNowAndCompact(t *testing.T) {
	wantMentions(t, []mentionCase{
		{"Profits fell in Q1.", []m{{"Q1", "time", "2025-01-01..2025-04-01 quarter"}}},
		{"Profits will rise in Q1.", []m{{"Q1", "time", "2026-01-01..2026-04-01 quarter"}}},
		{"Sales grew in H1 2019 and 2019 H2.", []m{{"H1 2019", "time", "2019-01-01..2019-07-01 month"}, {"2019 H2", "time", "2019-07-01..2020-01-01 month"}}},
		{"Sales grew in about 2019-Q1.", []m{{"2019-Q1", "time", "2019-01-01..2019-04-01 quarter"}}},
		{"Gains this calendar year and in calendar year 2008.", []m{{"this calendar year", "time", "2025-01-01..2026-01-01 year"}, {"calendar year 2008", "time", "2008-01-01..2009-01-01 year"}}},
		{"I will work between now and November 15th.", []m{{"between now and November 15th", "time", "2025-08-13..2025-11-16 day"}}},
		{"It grew between August 2019 and now.", []m{{"between August 2019 and now", "time", "2019-08-01..2025-08-14 day"}}},
		{"The file is dated 20161016.", []m{{"20161016", "time", "2016-10-16..2016-10-17 day"}}},
		// not times
		{"About 1500 were killed and the code 12345678 was sent.", []m{{"About 1500", "number", "~ 1500"}, {"12345678", "number", "12345678"}}},
	})
}

// TestNearestWithoutTense resolves a date without a year and without a
// tense cue to the nearest such day.
func TestNearestWithoutTense(t *testing.T) {
	wantMentions(t, []mentionCase{
		{"Agenda: 20 September.", []m{{"20 September", "time", "2025-09-20..2025-09-21 day"}}},
		{"Agenda: March 3.", []m{{"March 3", "time", "2025-03-03..2025-03-04 day"}}},
		{"Agenda: it was 20 September.", []m{{"20 September", "time", "2024-09-20..2024-09-21 day"}}},
		{"Coffee on Tuesday the nineteenth.", []m{{"Tuesday the nineteenth", "time", "2025-08-19..2025-08-20 day"}}},
	})
}

// TestTenseRightBefore: the verb right before a date without a year gives
// its tense though a comma sets the date in another clause, against
// 2025-08-13: "which took effect Monday, Aug. 11, limits …" looks back,
// whatever the main clause's present says.
func TestTenseRightBefore(t *testing.T) {
	wantMentions(t, []mentionCase{
		{"The rule, which took effect Monday, Aug. 11, limits fees until rent is late.", []m{{"Monday, Aug. 11", "time", "2025-08-11..2025-08-12 day"}}},
		{"The rule, which takes effect Monday, Aug. 18, limits fees.", []m{{"Monday, Aug. 18", "time", "2025-08-18..2025-08-19 day"}}},
	})
}

// TestWorkweeksAndLeapDays covers work weeks, business days, holiday
// weekends, the week of a day and leap days, against 2025-08-13.
func TestWorkweeksAndLeapDays(t *testing.T) {
	wantMentions(t, []mentionCase{
		{"It will happen next workweek.", []m{{"next workweek", "time", "2025-08-18..2025-08-23 day"}}},
		{"It will close for the next 4 business days.", []m{{"next 4 business days", "time", "2025-08-14..2025-08-20 day"}}},
		{"We fly the weekend of Thanksgiving 2023.", []m{{"the weekend of Thanksgiving 2023", "time", "2023-11-23..2023-11-27 day"}}},
		{"Set it up for the week of the 18th.", []m{{"the week of the 18th", "time", "2025-08-18..2025-08-25 week"}}},
		{"It was born on Feb 29.", []m{{"Feb 29", "time", "2024-02-29..2024-03-01 day"}}},
	})
}

// TestEarlierAndLater covers a part of a period before or after the
// publication date, or the last time mentioned, against 2025-08-13 (a
// Wednesday).
func TestEarlierAndLater(t *testing.T) {
	wantMentions(t, []mentionCase{
		{"Profits fell earlier this month.", []m{{"earlier this month", "time", "2025-08-01..2025-08-14 day"}}},
		{"The minister resigned earlier this week.", []m{{"earlier this week", "time", "2025-08-11..2025-08-14 day"}}},
		{"The report is due later this year.", []m{{"later this year", "time", "2025-08-13..2026-01-01 day"}}},
		{"Prices rose earlier in the month.", []m{{"earlier in the month", "time", "2025-08-01..2025-08-14 day"}}},
		{"Talks will resume later in the year.", []m{{"later in the year", "time", "2025-08-13..2026-01-01 day"}}},
		// another period: its beginning or end
		{"The strike began later last week.", []m{{"later last week", "time", "2025-08-07..2025-08-11 day"}}},
		{"The vote is earlier next month.", []m{{"earlier next month", "time", "2025-09-01..2025-09-16 day"}}},
		// the year of the last time mentioned, after it
		{"He was arrested in March 2019 and charged later in the year.", []m{{"March 2019", "time", "2019-03-01..2019-04-01 month"}, {"later in the year", "time", "2019-04-01..2020-01-01 day"}}},
		// not times
		{"He said so earlier and will say more later.", nil},
	})
}

// TestFortnightsAndCompoundShifts covers fortnights as two weeks and
// times shifted by several units, against 2025-08-13.
func TestFortnightsAndCompoundShifts(t *testing.T) {
	wantMentions(t, []mentionCase{
		{"The plant closed a fortnight ago.", []m{{"a fortnight ago", "time", "2025-07-30..2025-07-31 day"}}},
		{"The plant closed a fortnight ago and reopened three weeks later.", []m{{"a fortnight ago", "time", "2025-07-30..2025-07-31 day"}, {"three weeks later", "time", "2025-08-20..2025-08-21 day"}}},
		{"The court will rule in a fortnight.", []m{{"a fortnight", "time", "2025-08-27..2025-08-28 day"}}},
		{"Results are due in a fortnight's time.", []m{{"a fortnight's time", "time", "2025-08-27..2025-08-28 day"}}},
		{"Results are due in two weeks' time.", []m{{"two weeks' time", "time", "2025-08-27..2025-08-28 day"}}},
		{"The flood hit 2 weeks and 2 days ago.", []m{{"2 weeks and 2 days ago", "time", "2025-07-28..2025-07-29 day"}}},
		{"The flood hit three years and two months ago.", []m{{"three years and two months ago", "time", "2022-06-13..2022-06-14 day"}}},
		// "the following week" is a whole week
		{"The talks resume the following week.", []m{{"the following week", "time", "2025-08-18..2025-08-25 week"}}},
		{"Prices rose over the last 3 months and 2 weeks.", []m{{"last 3 months and 2 weeks", "time", "2025-04-29..2025-08-13 day"}}},
	})
}

// TestSpanThenAgo keeps a span and a time ago apart when "and" joins
// them.
func TestSpanThenAgo(t *testing.T) {
	got := mentionsIn("They worked on it over the last 3 months and 2 days ago they found a fix.", published, nil)
	want := []m{{"last 3 months", "time", "2025-05-13..2025-08-13 month"}, {"2 days ago", "time", "2025-08-11..2025-08-12 day"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestNamedWeekdays covers a weekday after "next", "last", "previous",
// "this" and "coming", against 2025-08-13 (a Wednesday): next and last
// name the day of the next or last calendar week.
func TestNamedWeekdays(t *testing.T) {
	wantMentions(t, []mentionCase{
		{"The vote is next Thursday.", []m{{"next Thursday", "time", "2025-08-21..2025-08-22 day"}}},
		{"The talks end next Sunday.", []m{{"next Sunday", "time", "2025-08-24..2025-08-25 day"}}},
		{"He resigned last Tuesday.", []m{{"last Tuesday", "time", "2025-08-05..2025-08-06 day"}}},
		{"He resigned on previous Monday.", []m{{"previous Monday", "time", "2025-08-04..2025-08-05 day"}}},
		{"The strike began last Saturday.", []m{{"last Saturday", "time", "2025-08-09..2025-08-10 day"}}},
		{"The vote is this Friday.", []m{{"this Friday", "time", "2025-08-15..2025-08-16 day"}}},
		{"The vote is on coming Wednesday.", []m{{"coming Wednesday", "time", "2025-08-20..2025-08-21 day"}}},
	})
}

// TestTheWeekendAndThisMonth covers "the weekend" by tense and a month
// after "this", against 2025-08-13 (a Wednesday).
func TestTheWeekendAndThisMonth(t *testing.T) {
	wantMentions(t, []mentionCase{
		{"The fire broke out at the weekend.", []m{{"the weekend", "time", "2025-08-09..2025-08-11 day"}}},
		{"The team will play at the weekend.", []m{{"the weekend", "time", "2025-08-16..2025-08-18 day"}}},
		{"Prices have risen since this March.", []m{{"this March", "time", "2025-03-01..2025-04-01 month"}}},
		{"Sales will peak this December.", []m{{"this December", "time", "2025-12-01..2026-01-01 month"}}},
		// the weekend of something else
		{"The weekend of the festival was wet.", nil},
	})
	// a paper of a Sunday or a Monday
	if got := mentionsIn("Over the weekend, the party said it had won.", published.AddDate(0, 0, 4), nil); len(got) != 1 || got[0].Val != "2025-08-16..2025-08-18 day" {
		t.Errorf("Sunday paper: %v, want this weekend", got)
	}
	if got := mentionsIn("Games at the weekend drew crowds.", published.AddDate(0, 0, -2), nil); len(got) != 1 || got[0].Val != "2025-08-09..2025-08-11 day" {
		t.Errorf("Monday paper: %v, want the weekend just gone", got)
	}
}

// TestCouplesAndAnother covers durations of "a couple of" units (two),
// "another" unit (one), half a unit and ages in clinical shorthand.
func TestCouplesAndAnother(t *testing.T) {
	wantMentions(t, []mentionCase{
		{"She will be away for a couple of days.", []m{{"a couple of days", "duration", "2 day"}}},
		{"It took couple of weeks.", []m{{"couple of weeks", "duration", "2 week"}}},
		{"The plant closed a couple of weeks ago.", []m{{"a couple of weeks ago", "time", "2025-07-30..2025-07-31 day"}}},
		{"Fans must wait another month.", []m{{"another month", "duration", "1 month"}}},
		{"The patient is an 87 yo man.", []m{{"87 yo", "duration", "87 year"}}},
		{"The search took half an hour, the trial half a year.", []m{{"half an hour", "duration", "0.5 hour"}, {"half a year", "duration", "0.5 year"}}},
		// not durations
		{"A couple of days of rain, another day of talks, another man.", nil},
		{"The couple of the year. Another year, another record.", nil},
	})
}

// TestOffsetsInFutureClauses covers "in 2 weeks" after a request or a
// word of intent, offsets from a holiday named in lower case, two units
// from now, a weekday of a named week, ranges that end now and one unit
// from a time named, against 2025-08-13 (a Wednesday).
func TestOffsetsInFutureClauses(t *testing.T) {
	wantMentions(t, []mentionCase{
		{"The board is due to report in three weeks.", []m{{"three weeks", "time", "2025-09-03..2025-09-04 day"}}},
		{"Ministers plan to publish the figures in two months.", []m{{"two months", "time", "2025-10-13..2025-10-14 day"}}},
		{"Please call me back in 10 days.", []m{{"10 days", "time", "2025-08-23..2025-08-24 day"}}},
		{"The shops will shut 3 days before christmas.", []m{{"3 days before christmas", "time", "2025-12-22..2025-12-23 day"}}},
		{"We will meet a week after new year.", []m{{"a week after new year", "time", "2026-01-08..2026-01-09 day"}}},
		// durations, not days
		{"Sales rose 5% in three days.", []m{{"5%", "percent", "5 %"}, {"three days", "duration", "3 day"}}},
		{"It is expected to be the highest in four years.", []m{{"four years", "duration", "4 year"}}},
		{"They celebrated the new year quietly.", nil},
		// two units from the publication date
		{"The verdict is due the day after tomorrow.", []m{{"the day after tomorrow", "time", "2025-08-15..2025-08-16 day"}}},
		{"He was seen the day before yesterday.", []m{{"the day before yesterday", "time", "2025-08-11..2025-08-12 day"}}},
		{"Shares fell the week before last.", []m{{"the week before last", "time", "2025-07-28..2025-08-04 week"}}},
		{"The law takes effect the month after next.", []m{{"the month after next", "time", "2025-10-01..2025-11-01 month"}}},
		{"Elections are due the year after next.", []m{{"the year after next", "time", "2027-01-01..2028-01-01 year"}}},
		{"The month after the vote was calm.", nil},
		// a weekday of a named week
		{"The talks resume Monday next week.", []m{{"Monday next week", "time", "2025-08-18..2025-08-19 day"}}},
		{"He resigned Friday last week.", []m{{"Friday last week", "time", "2025-08-08..2025-08-09 day"}}},
		// ranges that end now
		{"Prices have risen from 2010 until now.", []m{{"from 2010 until now", "time", "2010-01-01..2025-08-14 day"}}},
		{"Sales grew between 2019 and the present day.", []m{{"between 2019 and the present day", "time", "2019-01-01..2025-08-14 day"}}},
		{"It was sold from 2010 to the present owners.", []m{{"2010", "time", "2010-01-01..2011-01-01 year"}}},
		// one unit from a time named
		{"The shops reopened the day after Christmas.", []m{{"the day after Christmas", "time", "2024-12-26..2024-12-27 day"}}},
		{"Prices rose in the week before Easter.", []m{{"the week before Easter", "time", "2025-04-13..2025-04-20 day"}}},
		{"He retired the year after 2008.", []m{{"the year after 2008", "time", "2009-01-01..2010-01-01 year"}}},
	})
}
