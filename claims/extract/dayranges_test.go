package extract

import (
	"testing"
)

// TestDayRanges reads ranges of days and months against 2025-08-13.
func TestDayRanges(t *testing.T) {
	wantMentions(t, []mentionCase{
		{"The festival runs from 9 to 12 June 2024.", []m{{"from 9 to 12 June 2024", "time", "2024-06-09..2024-06-13 day"}}},
		{"I am off between the ninth and the seventeenth of April 2024.", []m{{"between the ninth and the seventeenth of April 2024", "time", "2024-04-09..2024-04-18 day"}}},
		{"I was off April 9th through 17th.", []m{{"April 9th through 17th", "time", "2025-04-09..2025-04-18 day"}}},
		{"It was held on 18 and 19 June 2024.", []m{{"18", "time", "2024-06-18..2024-06-19 day"}, {"19 June 2024", "time", "2024-06-19..2024-06-20 day"}}},
		{"The summit ran Nov 18-Dec 19, 2015.", []m{{"Nov 18-Dec 19, 2015", "time", "2015-11-18..2015-12-20 day"}}},
		{"The summit ran Jan-Feb 2017.", []m{{"Jan-Feb 2017", "time", "2017-01-01..2017-03-01 month"}}},
		{"Sales from April to June in 2017 fell.", []m{{"from April to June in 2017", "time", "2017-04-01..2017-07-01 month"}}},
		{"We travel on 26 June to 28 June in 2026.", []m{{"26 June to 28 June in 2026", "time", "2026-06-26..2026-06-29 day"}}},
		{"The break runs from next Monday to Friday.", []m{{"from next Monday to Friday", "time", "2025-08-18..2025-08-23 day"}}},
		{"The fair runs from the 4th to the 23rd of next month.", []m{{"from the 4th to the 23rd of next month", "time", "2025-09-04..2025-09-24 day"}}},
		{"I will be out from 4-23 in next month.", []m{{"from 4-23 in next month", "time", "2025-09-04..2025-09-24 day"}}},
		{"It ran from the 4th to the 23rd of this month.", []m{{"from the 4th to the 23rd of this month", "time", "2025-08-04..2025-08-24 day"}}},
		// abbreviated months and weekdays joined
		{"Exports fell in Feb-Mar 2024.", []m{{"Feb-Mar 2024", "time", "2024-02-01..2024-04-01 month"}}},
		{"The desk is staffed Mon-Fri.", []m{{"Mon-Fri", "time", "2025-08-18..2025-08-23 day"}}},
		{"The library will open Tue to Sat.", []m{{"Tue to Sat", "time", "2025-08-19..2025-08-24 day"}}},
		// a year straddling two: a season, a financial year
		{"He scored 20 goals in the 2023-24 season.", []m{{"20 goals", "count", "20 goal"}, {"2023-24", "time", "2023-01-01..2025-01-01 year"}}},
		{"Profits for 2004/05 rose.", []m{{"2004/05", "time", "2004-01-01..2006-01-01 year"}}},
		{"The 1999-2000 budget was cut.", []m{{"1999-2000", "time", "1999-01-01..2001-01-01 year"}}},
		// not ranges
		{"Sat and Sun Microsystems rose.", []m{{"Sun Microsystems", "entity", "sun-microsystems"}}},
		{"It was filed as 2015-12.", []m{{"2015-12", "time", "2015-12-01..2016-01-01 month"}}},
		{"Cases rose from 4 to 23 in the next month.", []m{{"4", "number", "4"}, {"23", "number", "23"}, {"next month", "time", "2025-09-01..2025-10-01 month"}}},
		{"The score went from 4-23 in the month.", []m{{"4", "number", "4"}, {"23", "number", "23"}}},
		{"On 1 May 2020 to 3 people were hurt.", []m{{"1 May 2020", "time", "2020-05-01..2020-05-02 day"}, {"3 people", "count", "3 person"}}},
		{"The vote was moved to March.", []m{{"March", "time", "2025-03-01..2025-04-01 month"}}},
		{"It rose from 3 to 9 per cent.", []m{{"3", "number", "3"}, {"9 per cent", "percent", "9 %"}}},
	})
}
