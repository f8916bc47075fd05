package extract

import (
	"testing"
)

// TestPeriodParts reads weeks, months and days counted within a period,
// ISO weeks and weeks from a day, against 2025-08-13, a Wednesday.
func TestPeriodParts(t *testing.T) {
	wantMentions(t, []mentionCase{
		{"Roadworks are planned for week commencing 8 September.", []m{{"week commencing 8 September", "time", "2025-09-08..2025-09-15 week"}}},
		// a quarter or half named by its ordinal, without "of"
		{"Output fell in first quarter 2019.", []m{{"first quarter 2019", "time", "2019-01-01..2019-04-01 quarter"}}},
		{"Sales will recover in the fourth quarter next year.", []m{{"the fourth quarter next year", "time", "2026-10-01..2027-01-01 quarter"}}},
		{"Third-quarter 2024 sales fell.", []m{{"Third-quarter 2024", "time", "2024-07-01..2024-10-01 quarter"}}},
		{"Growth slowed in the second half last year.", []m{{"the second half last year", "time", "2024-07-01..2025-01-01 month"}}},
		// a period named by its end
		{"Inflation was 2% in the 12 months to March 2025.", []m{{"2%", "percent", "2 %"}, {"the 12 months to March 2025", "time", "2024-04-01..2025-04-01 month"}}},
		{"Profits rose in the year to June 2024.", []m{{"the year to June 2024", "time", "2023-07-01..2024-07-01 month"}}},
		{"Sales in the quarter ended 30 June 2025 rose.", []m{{"the quarter ended 30 June 2025", "time", "2025-04-01..2025-07-01 month"}}},
		{"Output fell in the three months to the end of May 2025.", []m{{"the three months to the end of May 2025", "time", "2025-03-01..2025-06-01 month"}}},
		{"He gave the 5 days to charity.", []m{{"5 days", "duration", "5 day"}}},
		// a weekday counted within a month
		{"Polls close on the first Tuesday of November 2028.", []m{{"the first Tuesday of November 2028", "time", "2028-11-07..2028-11-08 day"}}},
		{"The board meets on the 2nd Monday in June 2026.", []m{{"the 2nd Monday in June 2026", "time", "2026-06-08..2026-06-09 day"}}},
		{"Rent is due on the last Friday of the month.", []m{{"the last Friday of the month", "time", "2025-08-29..2025-08-30 day"}}},
		{"The fair opens on the third Saturday of next month.", []m{{"the third Saturday of next month", "time", "2025-09-20..2025-09-21 day"}}},
		{"He spoke on the last Friday in a week of talks.", []m{{"last Friday", "time", "2025-08-08..2025-08-09 day"}}},
		{"It fell in the first week of January 2015.", []m{{"the first week of January 2015", "time", "2014-12-29..2015-01-05 week"}}},
		{"It fell in the last week of 2019.", []m{{"the last week of 2019", "time", "2019-12-23..2019-12-30 week"}}},
		{"It fell in the 3rd week of May 2024.", []m{{"the 3rd week of May 2024", "time", "2024-05-13..2024-05-20 week"}}},
		{"Rooms are booked for the first 2 weeks of 2021.", []m{{"the first 2 weeks of 2021", "time", "2021-01-04..2021-01-18 week"}}},
		{"Work stops in the last week of this month.", []m{{"the last week of this month", "time", "2025-08-25..2025-09-01 week"}}},
		{"They left in the third month of 2021.", []m{{"the third month of 2021", "time", "2021-03-01..2021-04-01 month"}}},
		{"They came in the first ten days of 2020.", []m{{"the first ten days of 2020", "time", "2020-01-01..2020-01-11 day"}}},
		{"Sales rose in the first half of 2019.", []m{{"the first half of 2019", "time", "2019-01-01..2019-07-01 month"}}},
		{"Sales rose in the second quarter of 2019.", []m{{"the second quarter of 2019", "time", "2019-04-01..2019-07-01 quarter"}}},
		{"Sales rose in week 10 of 2019.", []m{{"week 10 of 2019", "time", "2019-03-04..2019-03-11 week"}}},
		{"Talks are set for the week of March 3, 2025.", []m{{"the week of March 3, 2025", "time", "2025-03-03..2025-03-10 week"}}},
		{"Leave runs for 2 weeks starting May 20th 2024.", []m{{"2 weeks starting May 20th 2024", "time", "2024-05-20..2024-06-03 week"}}},
		{"Sales will fall the week after next.", []m{{"the week after next", "time", "2025-08-25..2025-09-01 week"}}},
		// not periods
		{"He won the first half of the match and paid $500 a week 4 times.", []m{{"first", "number", "1"}, {"half", "number", "0.5"}, {"$500", "money", "500 USD"}, {"4 times", "count", "4 time"}}},
		{"The first week of the trial was long.", []m{{"first", "number", "1"}}},
	})
}
