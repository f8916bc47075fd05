package extract

import (
	"testing"
)

// TestTimeParts reads the beginning, middle and end of times against
// 2025-08-13, a Wednesday.
func TestTimeParts(t *testing.T) {
	wantMentions(t, []mentionCase{
		{"It was founded at the end of 2000.", []m{{"the end of 2000", "time", "2000-09-01..2001-01-01 month"}}},
		{"We have lived here since the beginning of 1989.", []m{{"the beginning of 1989", "time", "1989-01-01..1989-05-01 month"}}},
		{"Building began in mid-2019.", []m{{"mid-2019", "time", "2019-05-01..2019-09-01 month"}}},
		{"Prices rose in late July.", []m{{"late July", "time", "2025-07-16..2025-08-01 day"}}},
		{"It opens in mid-November.", []m{{"mid-November", "time", "2024-11-10..2024-11-21 day"}}},
		{"The disks will be renewed by the end of the week.", []m{{"the end of the week", "time", "2025-08-14..2025-08-18 day"}}},
		{"Rents fell in the early 1990s.", []m{{"the early 1990s", "time", "1990-01-01..1993-01-01 year"}}},
		{"The talks will end of course.", nil},
		{"Net debt was £2bn at end-2024.", []m{{"£2bn", "money", "2000000000 GBP"}, {"end-2024", "time", "2024-09-01..2025-01-01 month"}}},
		{"Stocks were drawn down by end-June 2025.", []m{{"end-June 2025", "time", "2025-06-16..2025-07-01 day"}}},
		// what is left of a time, from the publication day
		{"Talks will continue for the rest of the week.", []m{{"the rest of the week", "time", "2025-08-13..2025-08-18 day"}}},
		{"Prices will stay high for the remainder of the year.", []m{{"the remainder of the year", "time", "2025-08-13..2026-01-01 day"}}},
		{"The rest of 2024 was quiet.", []m{{"The rest of 2024", "time", "2024-01-01..2025-01-01 year"}}},
		// "the year" after an earlier time in a clause about the past
		{"He was jailed in March 1998 and held for the rest of the year.", []m{{"March 1998", "time", "1998-03-01..1998-04-01 month"}, {"the rest of the year", "time", "1998-04-01..1999-01-01 day"}}},
		{"He was arrested in May 2001 and freed at the end of the year.", []m{{"May 2001", "time", "2001-05-01..2001-06-01 month"}, {"the end of the year", "time", "2001-09-01..2002-01-01 month"}}},
		// the quarter and the decade holding the publication date
		{"Results come out at the end of the quarter.", []m{{"the end of the quarter", "time", "2025-09-01..2025-10-01 month"}}},
		{"Emissions must halve by the end of the decade.", []m{{"the end of the decade", "time", "2027-01-01..2030-01-01 year"}}},
		// not parts of times
		{"The rest of the team will miss the rest of the season.", nil},
		{"The late president paid late fees before the end of the war.", nil},
		{"Early voting starts at the start of play.", nil},
	})
}

// TestPartBoundsInRanges reads a range bounded by parts of times as
// running from one point to the other, against 2025-08-13: "between the
// end of 2007 and the end of 2008" is the year 2008.
func TestPartBoundsInRanges(t *testing.T) {
	wantMentions(t, []mentionCase{
		{"House prices fell between the end of 2007 and the end of 2008.", []m{{"between the end of 2007 and the end of 2008", "time", "2008-01-01..2009-01-01 month"}}},
		{"The range is from 2007 to the start of 2008.", []m{{"from 2007 to the start of 2008", "time", "2007-01-01..2008-01-01 year"}}},
		{"Output grew from 2004 to the end of 2006.", []m{{"from 2004 to the end of 2006", "time", "2004-01-01..2007-01-01 year"}}},
		{"Prices rose between the middle of March and the end of May.", []m{{"between the middle of March and the end of May", "time", "2025-03-16..2025-06-01 day"}}},
		{"Talks ran from the start of 2004 to the middle of 2006.", []m{{"from the start of 2004 to the middle of 2006", "time", "2004-01-01..2006-07-01 month"}}},
		// each end on its own would fall in a different year
		{"Roadworks will run from the end of March to the middle of September.", []m{{"from the end of March to the middle of September", "time", "2026-04-01..2026-09-16 day"}}},
		{"Roadworks ran from the end of March to the middle of October.", []m{{"from the end of March to the middle of October", "time", "2024-04-01..2024-10-16 day"}}},
		// periods, not points
		{"Sales grew from early 2007 to late 2008.", []m{{"from early 2007 to late 2008", "time", "2007-01-01..2009-01-01 month"}}},
	})
}
