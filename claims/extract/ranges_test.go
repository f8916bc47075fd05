package extract

import (
	"testing"

	"github.com/veracity-go/veracity/claims"
)

// TestSpansAndDurations covers spans of units around the publication date
// (2025-08-13, a Wednesday) and durations written without a plain figure
// and unit, with sentences that must not yield them.
func TestSpansAndDurations(t *testing.T) {
	wantMentions(t, []mentionCase{
		// spans of units
		{"Prices rose 4% in the past three years.", []m{{"4%", "percent", "4 %"}, {"past three years", "time", "2022-08-13..2025-08-13 year"}}},
		{"Sales will grow over the next 3 days.", []m{{"next 3 days", "time", "2025-08-14..2025-08-17 day"}}},
		{"Sales fell in the last two quarters.", []m{{"last two quarters", "time", "2025-01-01..2025-07-01 quarter"}}},
		{"It grew in the past week.", []m{{"past week", "time", "2025-08-06..2025-08-13 week"}}},
		{"It will rain in the next fortnight.", []m{{"next fortnight", "time", "2025-08-18..2025-09-01 week"}}},
		{"Work starts in the coming quarter.", []m{{"coming quarter", "time", "2025-10-01..2026-01-01 quarter"}}},
		{"Five reports came in the 5 past years.", []m{{"Five reports", "count", "5 report"}, {"5 past years", "time", "2020-08-13..2025-08-13 year"}}},
		{"He has been ill for the past week.", []m{{"past week", "duration", "1 week"}, {"past week", "time", "2025-08-06..2025-08-13 week"}}},
		{"We will finish within 9 months.", []m{{"within 9 months", "time", "2025-08-13..2026-05-13 month"}}},
		{"It was built within 9 months.", []m{{"9 months", "duration", "9 month"}}},
		{"The last three months of 2019 were hard.", []m{{"The last three months of 2019", "time", "2019-10-01..2020-01-01 month"}}},
		{"Prices fell last week.", []m{{"last week", "time", "2025-08-04..2025-08-11 week"}}},
		// durations
		{"He left for 3h and slept 2W.", []m{{"3h", "duration", "3 hour"}, {"2W", "duration", "2 week"}}},
		{"It ran for 123.45 sec.", []m{{"123.45 sec", "duration", "123.45 second"}}},
		{"They talked for an hour and a half.", []m{{"an hour and a half", "duration", "1.5 hour"}}},
		{"It lasted more than a day.", []m{{"more than a day", "duration", "> 1 day"}}},
		{"It rained all day.", []m{{"all day", "duration", "1 day"}}},
		{"It took 1 hour and 30 minutes.", []m{{"1 hour and 30 minutes", "duration", "90 minute"}}},
		{"It took one hour and half.", []m{{"one hour and half", "duration", "1.5 hour"}}},
		{"It took one and half hour.", []m{{"one and half hour", "duration", "1.5 hour"}}},
		{"A course of three weekends.", []m{{"three weekends", "duration", "6 day"}}},
		{"Book 2 nights.", []m{{"2 nights", "duration", "2 day"}}},
		// not durations
		{"Take it twice a day.", nil},
		{"It was a day of mourning and a week-long strike.", nil},
		{"Full-year profits were up and he works all hours.", nil},
		{"The 3D film had a 4G phone.", []m{{"3", "number", "3"}, {"4", "number", "4"}}},
	})
}

// TestOpenBounds gives the marker that opens a range before or after a
// time: "2018 or later", "no later than", "as late as", "starting".
func TestOpenBounds(t *testing.T) {
	tests := []struct{ text, mention, marker string }{
		{"Models from 2018 or later qualify.", "2018 or later", "from"},
		{"Cars built in 2010 or earlier are banned.", "2010 or earlier", "by"},
		{"It must end no later than January 1, 2010.", "January 1, 2010", "by"},
		{"Sales later than 2020 fell.", "2020", "after"},
		{"He will stay as late as tomorrow.", "tomorrow", "by"},
		{"The meetings run starting January 7th 2026.", "January 7th 2026", "starting"},
		{"Talks resume beginning on 3 March 2026.", "3 March 2026", "on"},
		{"He will stay after the year 2020.", "2020", "after"},
		{"He left on 1 May 2016 and after that he rested.", "1 May 2016", "on"},
		{"The work was done more than 2 days before yesterday.", "more than 2 days before yesterday", "before"},
		{"It came more than 3 days after Christmas.", "more than 3 days after Christmas", "after"},
	}
	for _, tt := range tests {
		found := false
		for _, x := range Mentions(claims.Document{Text: tt.text, Published: published}, nil) {
			if x.Text == tt.mention {
				found = true
				if x.Marker != tt.marker {
					t.Errorf("%q: %q marker %q, want %q", tt.text, x.Text, x.Marker, tt.marker)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention %q in %v", tt.text, tt.mention, mentionsIn(tt.text, published, nil))
		}
	}
}

// TestComparatorAtEnd keeps a comparator glued to the last figure of a
// text from reading past its end.
func TestComparatorAtEnd(t *testing.T) {
	mentionSpansHold(t, "0000000000000000000000ABout")
}

// TestTruncatedTimes reads every prefix of sentences with the shapes of
// times, so that no reader looks past the end of a text.
func TestTruncatedTimes(t *testing.T) {
	for _, s := range []string{
		"from 5/1-5/7/2020 and 10/1/2018 - 10/7/2018, 2020/Sep/23, Dec31 , 1994, 20161016",
		"between the ninth and the seventeenth of April 2024, April 9th through 17th, from 9 to 12 June",
		"the first 2 weeks of 2021, the last week of this month, week 10 of 2019, the week of the 18th",
		"the weekend of Thanksgiving 2023, Halloween weekend 2021, next Easter, Independence Day of this year",
		"the end of the week, mid-November, the early nineties, nineteen ninety six, two thousand and fifteen",
		"for the past week, the next 4 business days, within the next 10 months, 1 hour and 30 minutes",
		"Friday 7/6, this Friday (Jun-15), Mon 13th, Tuesday the eleventh, Monday two weeks from now",
		"2018 or later, no later than January 1, 2010, between now and November 15th, Q1, H1 2019, 3h",
	} {
		for k := 0; k <= len(s); k++ {
			mentionSpansHold(t, s[:k])
			mentionSpansHold(t, s[k:])
		}
	}
}

// mentionSpansHold finds the mentions of text and checks that each holds
// the text it says it spans.
func mentionSpansHold(t *testing.T, text string) {
	t.Helper()
	for _, m := range Mentions(claims.Document{Text: text, Published: published}, nil) {
		if m.Span.Start < 0 || m.Span.End > len(text) || m.Span.Start > m.Span.End || text[m.Span.Start:m.Span.End] != m.Text {
			t.Errorf("%q: mention %q has span %v, which holds something else", text, m.Text, m.Span)
		}
	}
}
