package arithmetic

import (
	"regexp"
	"strconv"
	"time"

	"github.com/veracity-go/veracity/claims"
)

// nthBirthday is a person's birthday by its number: "her 100th
// birthday", "his 21st birthday".
var nthBirthday = regexp.MustCompile(`(?i)\b(?:her|his)\s+(\d{1,3})(?:st|nd|rd|th)\s+birthday\b`)

// maxBirthdayGap bounds how far from the anniversary of a birth a
// birthday may be celebrated and still be that year's: a party on the
// weekend after.
const maxBirthdayGap = 31 * 24 * time.Hour

// findBirthdays checks "her 100th birthday on Sunday" against the one
// birth the article gives to the day ("born on 1 June 1924"): the
// birthday's year is the birth's year and the number. A sentence that
// names kin may be of another person's birthday.
func (a *analysis) findBirthdays(births []birth) {
	if len(births) != 1 || births[0].time.m.Value.Granularity != claims.GranularityDay {
		return
	}
	b := births[0].time.m.Value.Start
	for _, s := range a.sents {
		m := nthBirthday.FindStringSubmatchIndex(a.text[s.start:s.end])
		if m == nil || kinWords.MatchString(s.normText()) {
			continue
		}
		n, err := strconv.Atoi(a.text[s.start+m[2] : s.start+m[3]])
		if err != nil || n < 1 || n > 120 {
			continue
		}
		for _, t := range s.times {
			v := t.m.Value
			if v.Granularity != claims.GranularityDay || t.m.Span.Start < s.start+m[0] || t.m.Span.Start > s.start+m[1]+40 {
				continue // the day of that birthday: "her 100th birthday on Sunday"
			}
			anniv := time.Date(v.Start.Year(), b.Month(), b.Day(), 0, 0, 0, 0, time.UTC)
			if gap := v.Start.Sub(anniv); gap > maxBirthdayGap || gap < -maxBirthdayGap {
				continue // not that year's birthday, or a day too far from it to tell
			}
			if want := b.Year() + n; want != v.Start.Year() {
				a.report(warningSev, []*figure{births[0].time, t}, "born on %s, the %s birthday is in %d, not %d",
					births[0].time.text(), claims.Ordinal(n), want, v.Start.Year())
			}
			break
		}
	}
}
