package arithmetic

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/veracity-go/veracity/claims"
)

// findSinceLast reports a record "in N years" that the time the article
// gives for the last such event does not give by the publication date:
// "The river has reached its highest level in well over a decade" … "The
// last time it rose so high was in February 2017" (in November 2024: 7
// years). The span must follow "in" after a superlative or "first" in
// its sentence; the time, with a year, must follow "last time" in that
// sentence or one of the next two, and be the only such time there.
func (a *analysis) findSinceLast() {
	if a.published.IsZero() || !strings.Contains(a.text, "last time") {
		return
	}
	for k, s := range a.sents {
		loc := recordSpan.FindStringSubmatchIndex(strings.ToLower(s.text))
		if loc == nil {
			continue
		}
		n, unit, ok := agoAmount(s.text[loc[4]:loc[5]] + " ago")
		if !ok {
			continue
		}
		last := a.lastTime(k)
		if last == nil {
			continue
		}
		cmp := spanCmp(strings.TrimSpace(s.text[loc[2]:loc[3]]) + " ")
		if w := strings.ToLower(s.text[loc[2]:loc[3]]); strings.Contains(w, "over") || strings.Contains(w, "more than") {
			cmp = ">"
		}
		lo, hi, wrong := a.elapsedWrong(n*unit, cmp, last.m.Value)
		if !wrong {
			continue
		}
		sp := claims.Span{Start: s.start + loc[2], End: s.start + loc[5]}
		msg := fmt.Sprintf("in %s, the last time %s: from %s to %s is %s", strings.TrimSpace(a.text[sp.Start:sp.End]), last.m.Text, last.m.Text,
			a.published.Format("2 January 2006"), elapsedText(lo, hi))
		if a.seen[msg] {
			continue
		}
		a.seen[msg] = true
		a.findings = append(a.findings, finding{sev: warningSev, spans: []claims.Span{sp, last.m.Span}, message: msg})
	}
}

// recordSpan is a record or a first counted over a span of years, its
// comparator and its span captured: "its highest level in well over a
// decade", "the first time in 20 years", "the worst floods for nearly
// 30 years".
var recordSpan = regexp.MustCompile(`\b(?:[a-z]+est|first|most|fewest|least)\b[^.;]{0,60}?\b(?:in|for)\s+((?:(?:well|more|nearly|almost|just|over|than)\s+)*)((?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:years?|decades?))\b`)

// lastTime returns the one time with a year after "last time" in
// sentence k or the two after it, or nil.
func (a *analysis) lastTime(k int) *figure {
	var found *figure
	for j := k; j < len(a.sents) && j <= k+2; j++ {
		s := a.sents[j]
		at := strings.Index(strings.ToLower(s.text), "last time")
		if at < 0 {
			continue
		}
		for _, t := range s.times {
			v := t.m.Value
			if t.m.Span.Start < s.start+at || t.m.Relative || v.Start.IsZero() ||
				v.Granularity > claims.GranularityYear || v.Granularity == claims.GranularityUnknown {
				continue
			}
			if found != nil {
				return nil // two: which is not said
			}
			found = t
		}
	}
	return found
}
