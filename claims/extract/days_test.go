package extract

import (
	"testing"
)

// TestDaysOfMonth reads days written as ordinals, after weekdays and with
// two-figure years, against 2025-08-13 (a Wednesday).
func TestDaysOfMonth(t *testing.T) {
	wantMentions(t, []mentionCase{
		{"He arrived on the second of August.", []m{{"the second of August", "time", "2025-08-02..2025-08-03 day"}}},
		{"She was born on the ninth of April 1990.", []m{{"the ninth of April 1990", "time", "1990-04-09..1990-04-10 day"}}},
		{"It opened on the fourth of July of 1995.", []m{{"the fourth of July of 1995", "time", "1995-07-04..1995-07-05 day"}}},
		{"He was born in April of 87.", []m{{"April of 87", "time", "1987-04-01..1987-05-01 month"}}},
		{"He was born on 15 April of 87.", []m{{"15 April of 87", "time", "1987-04-15..1987-04-16 day"}}},
		{"We will return on the 15th day of next month.", []m{{"the 15th day of next month", "time", "2025-09-15..2025-09-16 day"}}},
		{"The vote is on the 18th.", []m{{"the 18th", "time", "2025-08-18..2025-08-19 day"}}},
		{"The vote was held on the 11th.", []m{{"the 11th", "time", "2025-08-11..2025-08-12 day"}}},
		{"They will meet on Friday 31.", []m{{"Friday 31", "time", "2025-10-31..2025-11-01 day"}}},
		{"They met on Mon 4th.", []m{{"Mon 4th", "time", "2025-08-04..2025-08-05 day"}}},
		{"The vote is on Tuesday the nineteenth.", []m{{"Tuesday the nineteenth", "time", "2025-08-19..2025-08-20 day"}}},
		{"They arrive on January first 2030.", []m{{"January first 2030", "time", "2030-01-01..2030-01-02 day"}}},
		{"He left on May twenty nine.", []m{{"May twenty nine", "time", "2025-05-29..2025-05-30 day"}}},
		{"The deadline is October, 1st.", []m{{"October, 1st", "time", "2025-10-01..2025-10-02 day"}}},
		{"It will start on the thirty-first of December.", []m{{"the thirty-first of December", "time", "2025-12-31..2026-01-01 day"}}},
		// not days
		{"In March twenty people died.", []m{{"March", "time", "2025-03-01..2025-04-01 month"}, {"twenty people", "count", "20 person"}}},
		{"He played the 18th hole and the second round.", []m{{"18th", "number", "18"}, {"second", "number", "2"}}},
		{"He sat 3 exams and the Sun 14 times.", []m{{"3 exams", "count", "3 exam"}, {"Sun", "entity", "sun"}, {"14 times", "count", "14 time"}}},
	})
}
