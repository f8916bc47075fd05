package arithmetic_test

import (
	"testing"
	"time"
)

// TestBirthYears: an age in apposition to a name against the year the
// person was born, said with "was born" after the age or in the next
// sentence with "She/He was born".
func TestBirthYears(t *testing.T) {
	runSentencesAt(t, time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC), []sentenceTest{
		{"age, then was born", "Ms Hart, 64, was born in the town in 1958 and has lived there ever since.",
			[]string{"error: born in 1958, Hart is 67 or 68 years old in 2026, not 64"}},
		{"age, then she was born in the next sentence", "Joan Hart, 64, runs the shop. She was born in the town in 1958.",
			[]string{"warning: born in 1958, Hart is 67 or 68 years old in 2026, not 64"}},
		{"right", "Joan Hart, 67, runs the shop. She was born in the town in 1958.", nil},
		{"age and birth beside a time of the past", "Ms Hart, 64, was born in the town in 1958 and joined the library in 1984.",
			[]string{"error: born in 1958, Hart is 67 or 68 years old in 2026, not 64"}},
		{"an age then, in a sentence of the past", "In 1990, when the library opened, Joan Hart, 32, was its first librarian. She was born in 1958.", nil},
		{"another person's birth", "Joan Hart, 64, runs the shop with her husband. He was born in 1950.", nil},
		{"an age in a sentence of the past that fits neither then nor now, the birth paragraphs later",
			"Dinah Pryce, 47, worked at the depot for nine years before she was dismissed in October 2023. The hearing lasted three days. Ms Pryce, who was born in 1981, said she felt vindicated.",
			[]string{"warning: born in 1981, Pryce is 44 or 45 years old in 2026, not 47"}},
		{"a birth of a bare surname the text gives two people, and an age of one of them",
			"Edith Carrow painted the fishing fleets. Carrow, who was born in Saltby in 1896, died in 1971. Her great-nephew, Peter Carrow, 77, said she would be pleased.", nil},
		{"a bare surname the text gives one person",
			"Edith Carrow painted the fishing fleets. Carrow, who was born in Saltby in 1896, died in 1971. Carrow, 77, said she would be pleased.",
			[]string{"warning: born in 1896, Carrow is 129 or 130 years old in 2026, not 77"}},
		{"an age that fits the time of its sentence",
			"Dinah Pryce, 42, worked at the depot for nine years before she was dismissed in October 2023. The hearing lasted three days. Ms Pryce, who was born in 1981, said she felt vindicated.", nil},
	})
}

// TestAgeLeadsAndDeaths: an age that leads its sentence ("At 17, Callum
// Kerr …") and an age at death ("has died aged 82") are the person's,
// against a birth given after.
func TestAgeLeadsAndDeaths(t *testing.T) {
	runSentencesAt(t, time.Date(2026, 5, 18, 0, 0, 0, 0, time.UTC), []sentenceTest{
		{"an age leading the sentence", "At 17, Callum Kerr has become the youngest captain. Kerr, who was born in August 2006, led the side out.",
			[]string{"warning: born in August 2006, Kerr is 19 years old in 2026, not 17"}},
		{"an age leading the sentence, right", "At 19, Callum Kerr has become the youngest captain. Kerr, who was born in August 2006, led the side out.", nil},
		{"an age at death, the birth opening the next sentence", "Eileen Forsythe, who ran a stall for four decades, has died aged 82. Born on 12 May 1941, she left school at 15.",
			[]string{"warning: born on 12 May 1941, Forsythe is 85 years old in 2026, not 82"}},
		{"an age at death, right", "Eileen Forsythe, who ran a stall for four decades, has died aged 85. Born on 12 May 1941, she left school at 15.", nil},
		{"a time, not an age", "At 10, the doors opened. Callum Kerr, who was born in August 2006, led the side out.", nil},
	})
}

// TestAgesOfRolesAndLeads: a birth told of a role that refers back to
// the person whose age the sentence before gave ("The midfielder, who
// was born in …"), and an age that introduces an unnamed person named
// at the start of the next sentence ("A 19-year-old chef … has won.
// Ellie Brampton beat …"), are checked as the person's.
func TestAgesOfRolesAndLeads(t *testing.T) {
	runSentencesAt(t, time.Date(2026, 5, 18, 0, 0, 0, 0, time.UTC), []sentenceTest{
		{"a role born, the age in the sentence before", "At 17, Callum Kerr has become the youngest player to captain Redmarsh Rovers. The midfielder, who was born in August 2006, led the side out.",
			[]string{"warning: born in August 2006, Kerr is 19 years old in 2026, not 17"}},
		{"a role born, right", "At 19, Callum Kerr has become the youngest player to captain Redmarsh Rovers. The midfielder, who was born in August 2006, led the side out.", nil},
		{"a role born, the person before with kin", "At 17, Callum Kerr has become the youngest captain, like his father. The midfielder, who was born in August 2006, led the side out.", nil},
		{"a role born, no age before", "Callum Kerr has become the youngest captain. The midfielder, who was born in August 2006, led the side out.", nil},
		{"an age before the name, a role born in the next sentence",
			"Sunderland have handed a first professional contract to 18-year-old Rhys Okafor. The midfielder, who was born in August 2008, made his debut last season.",
			[]string{"warning: born in August 2008, Okafor is 17 years old in 2026, not 18"}},
		{"an age before the name, right", "Sunderland have handed a first professional contract to 17-year-old Rhys Okafor. The midfielder, who was born in August 2008, made his debut last season.", nil},
		{"a role with a place's name born, 'who' of a person",
			"At 17, Callum Kerr is already the fastest sprinter in Scotland. The Inverness schoolboy, who was born on 12 April 2007, flies to Portugal on Sunday.",
			[]string{"warning: born on 12 April 2007, Kerr is 19 years old in 2026, not 17"}},
		{"a thing founded, no person", "At 17, Callum Kerr is already the fastest sprinter in Scotland. The Inverness club was born in 2007 from a merger.", nil},
		{"an unnamed person's age, named next", "A 19-year-old chef from Oakhurst has won the competition. Ellie Brampton beat five other finalists. Brampton, who was born in 2004, works at The Granary.",
			[]string{"warning: born in 2004, Brampton is 21 or 22 years old in 2026, not 19"}},
		{"an unnamed person's age, named next, right", "A 22-year-old chef from Oakhurst has won the competition. Ellie Brampton beat five other finalists. Brampton, who was born in 2004, works at The Granary.", nil},
		{"an unnamed person's age, another named next", "A 19-year-old chef from Oakhurst has won the competition. Judge Marcus Thorne praised her dessert. Thorne, who was born in 1970, chaired the panel.", nil},
	})
}

// TestBirthdays: "her 100th birthday on Sunday" against the one birth the
// article gives to the day: the birthday is in the birth's year and its
// number.
func TestBirthdays(t *testing.T) {
	runSentencesAt(t, time.Date(2025, 6, 3, 0, 0, 0, 0, time.UTC), []sentenceTest{
		{"a birthday a year off", "Edith Lister celebrated her 100th birthday on Sunday. Mrs Lister was born on 1 June 1924 in the village.",
			[]string{"warning: born on 1 June 1924, the 100th birthday is in 2024, not 2025"}},
		{"right, the party a day after", "Edith Lister celebrated her 100th birthday on Sunday. Mrs Lister was born on 31 May 1925 in the village.", nil},
		{"a birthday of kin", "Edith Lister, whose son celebrated his 70th birthday on Sunday, was born on 1 June 1924.", nil},
		{"a day far from the birth's anniversary", "Edith Lister will mark her 100th birthday with a party on Sunday. Mrs Lister was born on 1 December 1924.", nil},
	})
}
