package arithmetic

import (
	"fmt"
	"regexp"
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
}

var (
	// celebrating ends the words before a number of years a thing marks:
	// "is celebrating ", "marks ", "celebrated its ".
	celebrating = regexp.MustCompile(`(?:^|[^a-z'-])(?:celebrat(?:e|es|ed|ing)|mark(?:s|ed|ing)?)\s+(?:its\s+|their\s+)?$`)
	// foundedSince ends the words before the time a thing began: the verbs
	// of founding, and of a first broadcast or opening ("first went on air
	// in ").
	foundedSince = regexp.MustCompile(`(?:^|[^a-z'-])(?:founded|established|built|opened|formed|set up|created|launched|incorporated|inaugurated|went on air|first broadcast|began broadcasting|opened its doors)\b[^.;,]{0,30}?\s(?:in|on)\s*$`)
)
