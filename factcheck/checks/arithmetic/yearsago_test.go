package arithmetic_test

import (
	"testing"
	"time"
)

// TestYearsAgoAfterYear: "in YEAR, N years ago" against the publication
// date, as "N years ago, in YEAR" is.
func TestYearsAgoAfterYear(t *testing.T) {
	runSentences(t, []sentenceTest{
		{"wrong", "The bridge opened in 2010, 20 years ago.",
			[]string{"warning: 2010, 20 years ago: from 2010 to 13 August 2025 is 14 to 15 years, not 20 years ago"}},
		{"right", "The bridge opened in 2010, 15 years ago.", nil},
		{"a list, not an apposition", "The bridges opened in 2010 and 12 years ago.", nil},
	})
}

// TestYearsAgoAcross: "N years ago" of a founding the sentence before
// dates.
func TestYearsAgoAcross(t *testing.T) {
	runSentences(t, []sentenceTest{
		{"wrong", "The pier first opened to the public in 1871. It was built more than 160 years ago.",
			[]string{"warning: more than 160 years ago, of what the article dates to 1871: from 1871 to 13 August 2025 is 153 to 154 years"}},
		{"right", "The pier first opened to the public in 1871. It was built more than 150 years ago.", nil},
		{"two foundings before", "The pier opened in 1871 and the pavilion was built in 1901. It was built more than 160 years ago.", nil},
		{"not a founding", "The pier first opened to the public in 1871. The storm struck 30 years ago.", nil},
		{"paragraphs apart, by a word of its subject",
			"Saltmouth Pier first opened to the public in 1871. Its restoration has taken four years. \"This pier was built more than 160 years ago,\" the chair said.",
			[]string{"warning: more than 160 years ago, of what the article dates to 1871: from 1871 to 13 August 2025 is 153 to 154 years"}},
		{"another thing founded", "Saltmouth Pier first opened in 1871. The town hall was built 120 years ago.", nil},
		{"the one founding dated, of a thing named by a general noun",
			"The Grade II listed structure, which first opened to the public in 1871, closed in 2021. \"This pier was built more than 160 years ago,\" she said.",
			[]string{"warning: more than 160 years ago, of what the article dates to 1871: from 1871 to 13 August 2025 is 153 to 154 years"}},
		{"a general noun's founding, and a body founded", "The sports complex, which opened in 2004, will close in May. The swimming club was formed more than 50 years ago.", nil},
		{"the one founding dated, of a general noun, and right", "The listed building, which first opened in 1871, closed in 2021. The pier was built more than 150 years ago.", nil},
	})
}

// TestAnniversaries: "celebrating N years" against the one founding the
// article dates, by the publication date.
func TestAnniversaries(t *testing.T) {
	runSentencesAt(t, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), []sentenceTest{
		{"too few years", "The station first went on air in May 1996. It is celebrating 25 years of broadcasting this week.",
			[]string{"warning: 25 years since May 1996: from May 1996 to 1 March 2026 is 29 years"}},
		{"right", "The station first went on air in May 1996. It is celebrating 30 years of broadcasting this week.", nil},
		{"two foundings: which one is not said", "The club was founded in 1976 and its ground opened in 1990. It is celebrating 25 years this spring.", nil},
		{"years not marked by a celebration", "The club was founded in 1976. It has spent 25 years in the second division.", nil},
		{"an ordinal anniversary, the event first held", "The festival, first held in 1990, is celebrating its 30th anniversary this summer.",
			[]string{"warning: 30th anniversary since 1990: from 1990 to 1 March 2026 is 35 to 36 years"}},
		{"an ordinal anniversary, right", "The festival, first held in 1996, is celebrating its 30th anniversary this summer.", nil},
		{"another thing's anniversary", "The band, formed in 1977, played at a concert celebrating the 50th anniversary of rock 'n' roll.", nil},
	})
}

// TestYearsBetween: "N years later" against the two years of its
// sentence; "after N years" in a post is no time between them.
func TestYearsBetween(t *testing.T) {
	runSentencesAt(t, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), []sentenceTest{
		{"later, wrong", "He was jailed in 2015 and released eight years later, in 2020.",
			[]string{"warning: eight years later: 2020 is 5 years after 2015, not eight years"}},
		{"later, right", "He was jailed in 2015 and released five years later, in 2020.", nil},
		{"a decade later", "The road was first proposed in 1990 and opened a decade later, in 2012.",
			[]string{"warning: a decade later: 2012 is 22 years after 1990, not a decade"}},
		{"after N years in another post: not the years between", "Born in 1963, she became vice-chancellor in 2019 after eight years as a deputy.", nil},
	})
}

// TestYearsAgoNearly: "nearly" or "almost N years ago" is short of N and
// near it, against the publication date (13 August 2025).
func TestYearsAgoNearly(t *testing.T) {
	runSentences(t, []sentenceTest{
		{"far short", "The pool opened almost 30 years ago in 2004.",
			[]string{"warning: almost 30 years ago in 2004: from 2004 to 13 August 2025 is 20 to 21 years, not almost 30 years ago"}},
		{"past it", "The pool opened nearly 30 years ago, in 1990.",
			[]string{"warning: nearly 30 years ago, in 1990: from 1990 to 13 August 2025 is 34 to 35 years, not nearly 30 years ago"}},
		{"short and near", "The pool opened in 1997, almost 30 years ago.", nil},
		{"a decade, near", "The pool opened nearly a decade ago, in 2016.", nil},
		{"after the year, with its comparator between", "The pool opened in 2004, almost 30 years ago.",
			[]string{"warning: 2004, almost 30 years ago: from 2004 to 13 August 2025 is 20 to 21 years, not almost 30 years ago"}},
	})
}

// TestYearsAgoCentury: "a century ago" is a hundred years back, however
// the year is set beside it.
func TestYearsAgoCentury(t *testing.T) {
	runSentences(t, []sentenceTest{
		{"before the year", "The organ was installed more than a century ago, in 1931.",
			[]string{"warning: more than a century ago, in 1931: from 1931 to 13 August 2025 is 93 to 94 years, not more than a century ago"}},
		{"after the year", "The organ was installed in 1931, more than a century ago.",
			[]string{"warning: 1931, more than a century ago: from 1931 to 13 August 2025 is 93 to 94 years, not more than a century ago"}},
		{"right", "The organ was installed more than a century ago, in 1921.", nil},
	})
}
