package arithmetic

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
)

// findAnniversaries reports "celebrating N years" that the one founding
// the article dates does not give by the publication date: "The station
// first went on air in May 1996" … "is celebrating 25 years of
// broadcasting" (in 2026: 29 to 30 years). The founding must be the only
// time the article gives after a verb of founding, and the years are a
// warning: the link is inferred.
func (a *analysis) findAnniversaries(ms []extract.Mention) {
	if a.published.IsZero() {
		return
	}
	var founding *extract.Mention
	n := 0
	for i := range ms {
		m := &ms[i]
		g := m.Value.Granularity
		if m.Kind != claims.KindTime || m.Relative || g != claims.GranularityYear && g != claims.GranularityMonth {
			continue
		}
		if foundedSince.MatchString(strings.ToLower(a.text[max(0, m.Span.Start-60):m.Span.Start])) {
			founding = m
			n++
		}
	}
	if n != 1 {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.Kind != claims.KindDuration || m.Value.Unit != "year" {
			continue
		}
		if !celebrating.MatchString(strings.ToLower(a.text[max(0, m.Span.Start-30):m.Span.Start])) {
			continue
		}
		cmp := ""
		switch m.Value.Cmp {
		case claims.CmpGreater, claims.CmpAtLeast:
			cmp = ">"
		case claims.CmpLess, claims.CmpAtMost:
			cmp = "<"
		}
		lo, hi, wrong := a.elapsedWrong(m.Value.Amount, cmp, founding.Value)
		if !wrong {
			continue
		}
		msg := fmt.Sprintf("%s since %s: from %s to %s is %s", m.Text, founding.Text, founding.Text,
			a.published.Format("2 January 2006"), elapsedText(lo, hi))
		if a.seen[msg] {
			continue
		}
		a.seen[msg] = true
		a.findings = append(a.findings, finding{sev: warningSev,
			spans: []claims.Span{founding.Span, m.Span}, message: msg})
	}
	// "is celebrating its 30th anniversary": the same, written as an
	// ordinal (at most a few in any article).
	for _, loc := range ordinalAnniversary.FindAllStringSubmatchIndex(a.text, 8) {
		n, err := strconv.Atoi(a.text[loc[2]:loc[3]])
		if err != nil || n == 0 || strings.HasPrefix(a.text[loc[1]:], " of ") {
			continue // ("its 50th anniversary of the record's release": another thing's)
		}
		lo, hi, wrong := a.elapsedWrong(float64(n), "", founding.Value)
		if !wrong {
			continue
		}
		sp := claims.Span{Start: loc[2], End: loc[1]}
		msg := fmt.Sprintf("%s since %s: from %s to %s is %s", a.text[sp.Start:sp.End], founding.Text, founding.Text,
			a.published.Format("2 January 2006"), elapsedText(lo, hi))
		if a.seen[msg] {
			continue
		}
		a.seen[msg] = true
		a.findings = append(a.findings, finding{sev: warningSev, spans: []claims.Span{founding.Span, sp}, message: msg})
	}
}

// ordinalAnniversary is a thing's own anniversary that it marks, its
// number captured: "celebrating its 30th anniversary", "marks their 25th
// birthday" (not "the 50th anniversary of rock 'n' roll").
var ordinalAnniversary = regexp.MustCompile(`(?i)\b(?:celebrat(?:e|es|ed|ing)|mark(?:s|ed|ing)?)\s+(?:its|their)\s+(\d{1,3})(?:st|nd|rd|th)\s+(?:anniversary|birthday)\b`)

var (
	// celebrating ends the words before a number of years a thing marks:
	// "is celebrating ", "marks ", "celebrated its ".
	celebrating = regexp.MustCompile(`(?:^|[^a-z'-])(?:celebrat(?:e|es|ed|ing)|mark(?:s|ed|ing)?)\s+(?:its\s+|their\s+)?$`)
	// foundedSince ends the words before the time a thing began: the verbs
	// of founding, and of a first broadcast or opening ("first went on air
	// in ").
	foundedSince = regexp.MustCompile(`(?:^|[^a-z'-])(?:founded|established|built|opened|formed|set up|created|launched|incorporated|inaugurated|went on air|first broadcast|began broadcasting|opened its doors|first held|first staged|first took place)\b[^.;,]{0,30}?\s(?:in|on)\s*$`)
)
