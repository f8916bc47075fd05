package extract

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/veracity-go/veracity/claims"
)

func TestQuantityMentions(t *testing.T) {
	tests := []struct {
		text string
		want []m
	}{
		// numbers
		{"It has 1,234 rooms and 3.5 stars.", []m{{"1,234 rooms", "count", "1234 room"}, {"3.5 stars", "count", "3.5 star"}}},
		{"About twenty-five were seen.", []m{{"About twenty-five", "number", "~ 25"}}},
		{"He ran the 18th race and came first.", []m{{"18th", "number", "18"}, {"first", "number", "1"}}},
		{"Two-thirds of voters and a quarter of firms agreed.", []m{{"Two-thirds", "number", "0.6666666667"}, {"a quarter", "number", "0.25"}}},
		{"It cost 2.5bn.", []m{{"2.5bn", "number", "2500000000"}}},
		// money
		{"Czar Alexander II sold it to the US in 1867 for $7.2 million.", []m{{"1867", "time", "1867-01-01..1868-01-01 year"}, {"$7.2 million", "money", "7200000 USD"}}},
		{"Turnover hit £1.2bn, up from €900m and US$5 and USD 40.", []m{{"£1.2bn", "money", "1200000000 GBP"}, {"€900m", "money", "900000000 EUR"}, {"US$5", "money", "5 USD"}, {"USD 40", "money", "40 USD"}}},
		{"A stamp costs 12p, a loaf 95 pence and a flat 3 million roubles.", []m{{"12p", "money", "0.12 GBP"}, {"95 pence", "money", "0.95 GBP"}, {"3 million roubles", "money", "3000000 RUB"}}},
		{"It cost 10 $ or 20 usd, not -5.5 or 10M.", []m{{"10 $", "money", "10 USD"}, {"20 usd", "money", "20 USD"}, {"-5.5", "number", "-5.5"}, {"10M", "number", "10000000"}}},
		{"He won the 100m sprint.", []m{{"100m", "quantity", "100 m"}}},
		{"They paid 500 dollars and ¥300.", []m{{"500 dollars", "money", "500 USD"}, {"¥300", "money", "300 JPY"}}},
		// percentages
		{"Inflation rose 8% then fell 2.5 per cent, a drop of 3 percentage points.", []m{{"8%", "percent", "8 %"}, {"2.5 per cent", "percent", "2.5 %"}, {"3 percentage points", "percent", "3 pp"}}},
		// durations and ages
		{"It lasted three and a half years.", []m{{"three and a half years", "duration", "3.5 year"}}},
		{"Smith, aged 62, left.", []m{{"62", "duration", "62 year"}}},
		{"The 62-year-old senator served 90 minutes.", []m{{"62-year-old", "duration", "62 year"}, {"90 minutes", "duration", "90 minute"}}},
		{"The first meeting in over four years.", []m{{"first", "number", "1"}, {"over four years", "duration", "> 4 year"}}},
		// counts and comparators
		{"Trump’s five known phone calls with Putin.", []m{{"five known phone calls", "count", "5 phone call"}}},
		{"More than 300 people and at least 12 children, nearly 40 cars, up to 5 buses, fewer than 10 trains.", []m{
			{"More than 300 people", "count", "> 300 person"}, {"at least 12 children", "count", ">= 12 child"},
			{"nearly 40 cars", "count", "~ 40 car"}, {"up to 5 buses", "count", "<= 5 bus"}, {"fewer than 10 trains", "count", "< 10 train"}}},
		{"Some 200 fans came, 300 or more left.", []m{{"Some 200 fans", "count", "~ 200 fan"}, {"300 or more", "number", ">= 300"}}},
		{"Then 200 or more fans came.", []m{{"200 or more fans", "count", ">= 200 fan"}}},
		{"The squad of 23 players ran 10 km.", []m{{"23 players", "count", "23 player"}, {"10 km", "quantity", "10 km"}}},
	}
	for _, tt := range tests {
		got := mentionsIn(tt.text, published, nil)
		var vals []m
		for _, x := range got {
			if x.Kind != "entity" && x.Kind != "place" {
				vals = append(vals, x)
			}
		}
		if diff := cmp.Diff(tt.want, vals); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestTimeMentions(t *testing.T) {
	tests := []struct {
		text string
		want []m
	}{
		{"It happened on 17 March 2023.", []m{{"17 March 2023", "time", "2023-03-17..2023-03-18 day"}}},
		{"It happened on March 17, 2023.", []m{{"March 17, 2023", "time", "2023-03-17..2023-03-18 day"}}},
		{"Filed 2023-03-17 and 17/03/2023 and 03/17/2023.", []m{
			{"2023-03-17", "time", "2023-03-17..2023-03-18 day"}, {"17/03/2023", "time", "2023-03-17..2023-03-18 day"},
			{"03/17/2023", "time", "2023-03-17..2023-03-18 day"}}},
		{"Sales peaked in March 2023.", []m{{"March 2023", "time", "2023-03-01..2023-04-01 month"}}},
		{"The war began in 2022, and in 1867 a deal was made.", []m{{"2022", "time", "2022-01-01..2023-01-01 year"}, {"1867", "time", "1867-01-01..1868-01-01 year"}}},
		{"In the 1990s and the 18th century and the 1800s.", []m{
			{"1990s", "time", "1990-01-01..2000-01-01 decade"}, {"18th century", "time", "1700-01-01..1800-01-01 century"},
			{"1800s", "time", "1800-01-01..1900-01-01 century"}}},
		{"Sales rose in summer 2023 and Q3 2024.", []m{{"summer 2023", "time", "2023-06-01..2023-09-01 season"}, {"Q3 2024", "time", "2024-07-01..2024-10-01 quarter"}}},
		{"Friday, 15 August 2025 was set.", []m{{"Friday, 15 August 2025", "time", "2025-08-15..2025-08-16 day"}}},
		{"Since 2015 it grew; 2000 people came.", []m{{"2015", "time", "2015-01-01..2016-01-01 year"}, {"2000 people", "count", "2000 person"}}},
		{"Sales from 2014 to 2018 and between August and October 2024.", []m{
			{"from 2014 to 2018", "time", "2014-01-01..2019-01-01 year"},
			{"between August and October 2024", "time", "2024-08-01..2024-11-01 month"}}},
		// ranges of months without a year: the start the year of the end or the one before
		{"Prices rose between March and May.", []m{{"between March and May", "time", "2025-03-01..2025-06-01 month"}}},
		{"The season will run from Nov to March.", []m{{"from Nov to March", "time", "2025-11-01..2026-04-01 month"}}},
		{"Talks between May and Smith failed in March and May said no.", []m{{"Smith", "entity", "smith"}, {"March", "time", "2025-03-01..2025-04-01 month"}}},
		// a start anchored by a word keeps its own year
		{"Sales rose 5% this May.", []m{{"5%", "percent", "5 %"}, {"this May", "time", "2025-05-01..2025-06-01 month"}}},
		{"He will stay from this May to Oct 2026.", []m{{"from this May to Oct 2026", "time", "2025-05-01..2026-11-01 month"}}},
		// "next Friday" is the Friday of next week (published Wednesday 13 August)
		{"They will travel from next Friday to 1 October 2026.", []m{{"from next Friday to 1 October 2026", "time", "2025-08-22..2026-10-02 day"}}},
		{"Results for 2017 Q1, this quarter and 14 nov 2023.", []m{
			{"2017 Q1", "time", "2017-01-01..2017-04-01 quarter"}, {"this quarter", "time", "2025-07-01..2025-10-01 quarter"},
			{"14 nov 2023", "time", "2023-11-14..2023-11-15 day"}}},
		{"Theresa May said she may go in May.", []m{{"Theresa May", "entity", "theresa-may"}, {"May", "time", "2025-05-01..2025-06-01 month"}}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, mentionsIn(tt.text, published, nil)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestRelativeTimes resolves relative times against 2025-08-13, a
// Wednesday, forward or back by the tense of their clause.
func TestRelativeTimes(t *testing.T) {
	tests := []struct {
		text string
		want string // the first time mention, briefly
	}{
		{"They will meet on Friday.", "2025-08-15..2025-08-16 day"},
		{"They are meeting on Friday.", "2025-08-15..2025-08-16 day"},
		{"Zelenskyy said on Saturday.", "2025-08-09..2025-08-10 day"},
		{"Trump said on Monday that it was over.", "2025-08-11..2025-08-12 day"},
		{"On Tuesday, Rubio got on a phone call.", "2025-08-12..2025-08-13 day"},
		{"The vote is on Wednesday.", "2025-08-13..2025-08-14 day"},
		{"It was cancelled on Wednesday.", "2025-08-06..2025-08-07 day"},
		{"The plant opened today.", "2025-08-13..2025-08-14 day"},
		{"The plant opened yesterday.", "2025-08-12..2025-08-13 day"},
		{"The plant opens tomorrow.", "2025-08-14..2025-08-15 day"},
		{"Putin spoke last week.", "2025-08-04..2025-08-11 week"},
		{"Talks resume next week.", "2025-08-18..2025-08-25 week"},
		{"Prices rise next month.", "2025-09-01..2025-10-01 month"},
		{"Profits fell last month.", "2025-07-01..2025-08-01 month"},
		{"Output grew this year.", "2025-01-01..2026-01-01 year"},
		{"The firm was founded three years ago.", "2022-01-01..2023-01-01 year"},
		{"It closed two days ago.", "2025-08-11..2025-08-12 day"},
		{"It opened in March.", "2025-03-01..2025-04-01 month"},
		{"It will open in March.", "2026-03-01..2026-04-01 month"},
		{"The line will close for eight weeks from 3 November.", "2025-11-03..2025-11-04 day"}, // how long, and from when
		{"The council said it would open in March.", "2026-03-01..2026-04-01 month"},           // a future as said
		{"The council said it would have opened in March.", "2025-03-01..2025-04-01 month"},    // a past that did not happen
		{"She said it would close in March if the grant was cut.", "2026-03-01..2026-04-01 month"},
		{"The chief constable confirmed that the front counters at the two police stations in the town would close in March.", "2026-03-01..2026-04-01 month"},
		{"It opened on March 3.", "2025-03-03..2025-03-04 day"},
		{"He left last Friday.", "2025-08-08..2025-08-09 day"},
		{"He will leave next Wednesday.", "2025-08-20..2025-08-21 day"},
		{"It rained last summer.", "2024-06-01..2024-09-01 season"},
		{"The pool opens this summer.", "2025-06-01..2025-09-01 season"},     // this year's, not last year's
		{"It snowed a lot this winter.", "2024-12-01..2025-03-01 season"},    // the one just gone
		{"The ferry will run this winter.", "2025-12-01..2026-03-01 season"}, // the one to come
		{"Work will start in spring.", "2026-03-01..2026-06-01 season"},      // a bare season after "in"
		{"Prices fell during winter.", "2024-12-01..2025-03-01 season"},      // after "during"
		{"Crowds stayed away throughout the whole summer.", "2025-06-01..2025-09-01 season"},
		{"It was sold in 2019. A year earlier it was listed.", "2019-01-01..2020-01-01 year"},
	}
	for _, tt := range tests {
		got := mentionsIn(tt.text, published, nil)
		var first string
		for _, x := range got {
			if x.Kind == "time" {
				first = x.Val
				break
			}
		}
		if first != tt.want {
			t.Errorf("%q: first time %q, want %q (all: %v)", tt.text, first, tt.want, got)
		}
	}
	// "a year earlier" counts from the time before it.
	got := mentionsIn("It was sold in 2019. A year earlier it was listed.", published, nil)
	want := []m{{"2019", "time", "2019-01-01..2020-01-01 year"}, {"A year earlier", "time", "2018-01-01..2019-01-01 year"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("anchored (-want +got):\n%s", diff)
	}
}

// TestUnresolvedWithoutDate keeps relative times unresolved when the
// document has no publication date, and absolute ones resolved.
func TestUnresolvedWithoutDate(t *testing.T) {
	got := mentionsIn("On Friday, three years ago and last week, but in 2023.", time.Time{}, nil)
	want := []m{
		{"Friday", "time", "unresolved day"}, {"three years ago", "time", "unresolved year"},
		{"last week", "time", "unresolved week"}, {"2023", "time", "2023-01-01..2024-01-01 year"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	ms := Mentions(claims.Document{Text: "On Friday."}, nil)
	if len(ms) != 1 || !ms[0].Relative || ms[0].Value.Text != "Friday" || ms[0].Marker != "on" {
		t.Errorf("Mentions(On Friday.) = %+v, want one relative mention with text Friday and marker on", ms)
	}
}

func TestMarkers(t *testing.T) {
	ms := Mentions(claims.Document{Text: "The first visit since 2015, until 1867, after 2022.", Published: published}, nil)
	var got []string
	for _, x := range ms {
		if x.Kind == claims.KindTime {
			got = append(got, x.Marker+" "+x.Text)
		}
	}
	want := []string{"since 2015", "until 1867", "after 2022"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("markers (-want +got):\n%s", diff)
	}
}

func TestEntityMentions(t *testing.T) {
	kb := &claims.Set{Entities: []claims.Entity{
		{ID: "anchorage", Name: "Anchorage", Kind: claims.EntityPlace},
		{ID: "united-states", Name: "United States", Kind: claims.EntityPlace, Aliases: []string{"US", "U.S."}},
		{ID: "zelenskyy", Name: "Volodymyr Zelenskyy", Kind: claims.EntityPerson, Aliases: []string{"Zelenskyy", "Zelensky"}},
		{ID: "jber", Name: "Joint Base Elmendorf-Richardson", Kind: claims.EntityPlace},
		{ID: "base", Name: "Joint Base", Kind: claims.EntityPlace},
	}}
	tests := []struct {
		text string
		want []m
	}{
		{"Anchorage’s edge and ANCHORAGE.", []m{{"Anchorage", "place", "anchorage"}, {"ANCHORAGE", "place", "anchorage"}}},
		{"Tell us about the US and the U.S. economy.", []m{{"US", "place", "united-states"}, {"U.S.", "place", "united-states"}}},
		{"Zelensky met Volodymyr Zelenskyy.", []m{{"Zelensky", "entity", "zelenskyy"}, {"Volodymyr Zelenskyy", "entity", "zelenskyy"}}},
		{"Joint Base Elmendorf–Richardson is big.", []m{{"Joint Base Elmendorf–Richardson", "place", "jber"}}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, mentionsIn(tt.text, published, kb)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestNameMentions(t *testing.T) {
	tests := []struct {
		text string
		want []m
	}{
		{"US secretary of state Marco Rubio met Sergey Lavrov.", []m{{"US", "entity", "us"}, {"Marco Rubio", "entity", "marco-rubio"}, {"Sergey Lavrov", "entity", "sergey-lavrov"}}},
		{"Usually, the Bank of England acts. Russian forces advance.", []m{{"Bank of England", "entity", "bank-of-england"}}},
		{"It joined the International Criminal Court (ICC). The ICC acted.", []m{
			{"International Criminal Court", "entity", "international-criminal-court"},
			{"ICC", "entity", "international-criminal-court"}, {"ICC", "entity", "international-criminal-court"}}},
		{"Prof Samuel Greene spoke. Greene said no.", []m{{"Samuel Greene", "entity", "samuel-greene"}, {"Greene", "entity", "samuel-greene"}}},
		{"J. K. Rowling wrote it.", []m{{"J. K. Rowling", "entity", "j-k-rowling"}}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, mentionsIn(tt.text, published, nil)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestNamedYear: a date without a year in a sentence that names its event
// by a year ("The 2026 race") is of that year, whatever the tense; with
// two years before it, or a year that names no event, it is not.
func TestNamedYear(t *testing.T) {
	tests := []struct{ text, date, want string }{
		{"The 2026 race is provisionally scheduled for Sunday 19 April.", "Sunday 19 April", "2026-04-19..2026-04-20 day"},
		{"The 2024 festival was held on 19 April.", "19 April", "2024-04-19..2024-04-20 day"},
		{"Prices rose in 2019, and the shop opened on 3 March.", "3 March", "2025-03-03..2025-03-04 day"},
		{"The 2024 and 2026 races were held on 19 April.", "19 April", "2025-04-19..2025-04-20 day"},
	}
	for _, tt := range tests {
		got := ""
		for _, x := range mentionsIn(tt.text, published, nil) {
			if x.Text == tt.date {
				got = x.Val
			}
		}
		if got != tt.want {
			t.Errorf("%q: %q is %q, want %q", tt.text, tt.date, got, tt.want)
		}
	}
}
