package arithmetic_test

import "testing"

// TestListTotals: a total followed by a colon or "of which" and a list
// of things of its unit, each with its own noun.
func TestListTotals(t *testing.T) {
	runSentences(t, []sentenceTest{
		{"a verb that makes the list the whole; measures keep their unit; a part's label is no doubt word",
			"The 182km stage was made up of a 64km loop around the villages, a 95km run south to the coast and a 17km finishing circuit.",
			[]string{"error: 64km, 95km and 17km make 176km, not the 182km stated"}},
		{"made up of, right", "The 176km stage was made up of a 64km loop around the villages, a 95km run south to the coast and a 17km finishing circuit.", nil},
		{"made up of, approximate parts", "The 182km stage was made up of about 64km of hills, 95km of flat roads and 17km of cobbles.", nil},
		{"an approximate total, parts beyond its bounds",
			"About 1,400 passengers a week use the routes: 620 adults, 410 children and 290 pensioners.",
			[]string{"warning: 620 adults, 410 children and 290 pensioners make 1,320, not the 1,400 stated"}},
		{"an approximate total, parts within its bounds", "About 1,400 passengers a week use the routes: 680 adults, 410 children and 290 pensioners.", nil},
		{"an approximate total before 'of which': no whole breakdown", "The trust received about 1,400 complaints, of which 620 were about parking, 410 about noise and 290 about litter.", nil},
		{"colon, parts short of the total",
			"The museum holds 212 objects: 140 beads, 51 coins and 16 rings.",
			[]string{"error: 140 beads, 51 coins and 16 rings make 207, not the 212 stated"}},
		{"colon, parts over the total",
			"The base employs 1,240 people: 860 soldiers, 290 civilians and 110 contractors.",
			[]string{"error: 860 soldiers, 290 civilians and 110 contractors make 1,260, not the 1,240 stated"}},
		{"of which, parts over the total",
			"The firm sold 96,000 cars last year, of which 61,000 were sold in Britain, 29,000 in Europe and 9,000 elsewhere.",
			[]string{"error: 61,000, 29,000 and 9,000 make 99,000, not the 96,000 stated"}},
		{"of which, parts short of the total: they may leave some out",
			"The insurer received 23,400 claims, of which 14,100 related to homes, 6,800 to cars and 1,900 to shops.",
			[]string{"warning: 14,100, 6,800 and 1,900 make 22,800, not the 23,400 stated"}},
		{"a part whose own words hold an 'and': the join is the comma",
			"The dig found 212 objects: 140 bone and antler combs, 51 coins and 16 rings.",
			[]string{"error: 140, 51 coins and 16 rings make 207, not the 212 stated"}},
		{"right, a part with its own 'and'", "The dig found 207 objects: 140 bone and antler combs, 51 coins and 16 rings.", nil},
		{"colon, the last part with words of its own that hold an 'and'",
			"The depot employs 1,240 people: 860 drivers, 290 fitters and 110 contractors working on cleaning and catering.",
			[]string{"error: 860 drivers, 290 fitters and 110 contractors make 1,260, not the 1,240 stated"}},
		{"colon, a clause after the last part is no part's words",
			"The depot employs 1,240 people: 860 drivers, 290 fitters and 110 contractors and the rest are volunteers.", nil},
		{"a list, then its total",
			"The council will spend £2.1m on roads, £1.5m on parks and £0.8m on libraries, a total of £5.5m.",
			[]string{"warning: £2.1m, £1.5m and £0.8m make £4.4m, not the £5.5m stated"}},
		{"a list, then its total, over",
			"The council will spend £2.1m on roads, £1.5m on parks and £0.8m on libraries, totalling £3.9m.",
			[]string{"error: £2.1m, £1.5m and £0.8m make £4.4m, not the £3.9m stated"}},
		{"a list, then its total, right",
			"The council will spend £2.1m on roads, £1.5m on parks and £0.8m on libraries, a total of £4.4m.", nil},
		{"a list, then a total that may hold more",
			"The council will spend about £2.1m on roads, £1.5m on parks and £0.8m on libraries, a total of £5.5m.", nil},
		{"right", "The museum holds 207 objects: 140 beads, 51 coins and 16 rings.", nil},
		{"right, of which", "The insurer received 22,800 claims, of which 14,100 related to homes, 6,800 to cars and 1,900 to shops.", nil},
		{"parts that may overlap", "The museum holds 212 objects: more than 140 beads, 51 coins and 16 rings.", nil},
		{"a list that is not the total's", "The museum holds 212 objects: it bought 40 last year, 30 in 2023 and sold 12.", nil},
	})
}

// TestListTotalComment: a clause of the whole's own verb after the list
// (", and expects to reach 1,250") is no further part of it.
func TestListTotalComment(t *testing.T) {
	runSentences(t, []sentenceTest{
		{"wrong", "The school now has 1,120 pupils, of which 540 are boys and 560 girls, and expects to reach 1,250 by 2028.",
			[]string{"warning: 540 and 560 girls make 1,100, not the 1,120 stated"}},
		{"right", "The school now has 1,100 pupils, of which 540 are boys and 560 girls, and expects to reach 1,250 by 2028.", nil},
	})
}
