package arithmetic

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/veracity-go/veracity/claims"
)

// findAgeThenNow reports a person's age now that the age the article
// gives them at a dated event does not give by the publication date:
// "Raj Sandhu was 45 when two men burst into his shop in November 2019"
// … "Mr Sandhu, now 48," (in March 2026 he is 51 or 52). The age then
// must be "NAME was N when", with a time with a year later in its
// sentence; the age now "NAME, now M" or "NAME, now aged M", of a name
// that may be the same person's (the surname, and the given name when
// both have one). It is a warning: the link is by name.
func (a *analysis) findAgeThenNow() {
	if a.published.IsZero() || !strings.Contains(a.text, " now ") || !strings.Contains(a.text, " when ") {
		return
	}
	type then struct {
		who  person
		age  int
		time *figure
		at   claims.Span
	}
	var thens []then
	for _, s := range a.sents {
		for _, loc := range ageThen.FindAllStringSubmatchIndex(s.text, 4) {
			p, ok := personOf(s.text[loc[2]:loc[3]])
			n, err := strconv.Atoi(s.text[loc[4]:loc[5]])
			if !ok || err != nil || n <= 0 || n > 110 {
				continue
			}
			for _, t := range s.times {
				v := t.m.Value
				if t.m.Span.Start < s.start+loc[1] || t.m.Relative || v.Start.IsZero() ||
					v.Granularity > claims.GranularityYear || v.Granularity == claims.GranularityUnknown {
					continue
				}
				thens = append(thens, then{who: p, age: n, time: t, at: claims.Span{Start: s.start + loc[2], End: s.start + loc[5]}})
				break
			}
		}
	}
	if len(thens) == 0 {
		return
	}
	for _, s := range a.sents {
		for _, loc := range ageNow.FindAllStringSubmatchIndex(s.text, 4) {
			q, ok := personOf(s.text[loc[2]:loc[3]])
			m, err := strconv.Atoi(s.text[loc[4]:loc[5]])
			if !ok || err != nil {
				continue
			}
			for _, th := range thens {
				if !th.who.same(q) {
					continue
				}
				v := th.time.m.Value
				lo := th.age + int(years(v.End, a.published))
				hi := th.age + int(years(v.Start, a.published)) + 1
				if m >= lo && m <= hi {
					continue
				}
				span := claims.Span{Start: s.start + loc[2], End: s.start + loc[5]}
				msg := fmt.Sprintf("%s was %d in %s, now %d: from %s to %s, %s is %s", th.who.surname, th.age, th.time.m.Text, m,
					th.time.m.Text, a.published.Format("2 January 2006"), th.who.surname, ageRange(lo, hi))
				if a.seen[msg] {
					continue
				}
				a.seen[msg] = true
				a.findings = append(a.findings, finding{sev: warningSev, spans: []claims.Span{th.at, th.time.m.Span, span}, message: msg})
			}
		}
	}
}

var (
	// ageThen is a person's age at an event: "Raj Sandhu was 45 when".
	ageThen = regexp.MustCompile(nameAt + `\s+was\s+(\d{1,3})\s+when\b`)
	// ageNow is a person's age now: "Mr Sandhu, now 48,", "Ann Lee, now
	// aged 70".
	ageNow = regexp.MustCompile(nameAt + `,\s+(?:who\s+is\s+)?now\s+(?:aged\s+)?(\d{1,3})\b`)
)

// ageRange writes the ages from lo to hi: "51 or 52", "51 to 53".
func ageRange(lo, hi int) string {
	switch hi - lo {
	case 0:
		return strconv.Itoa(lo)
	case 1:
		return fmt.Sprintf("%d or %d", lo, hi)
	}
	return fmt.Sprintf("%d to %d", lo, hi)
}
