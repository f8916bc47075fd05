package arithmetic

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
)

// findYearsAgo reports "N years ago" beside the year it names when the
// two disagree with the publication date: "closed more than 30 years ago,
// in 1999" in 2026, "founded more than a decade ago, in 2018", "opened in
// 2010, 12 years ago".
func (a *analysis) findYearsAgo(ms []extract.Mention) {
	if a.published.IsZero() {
		return
	}
	isAgo := func(m extract.Mention) bool {
		return m.Kind == claims.KindTime && strings.HasSuffix(strings.ToLower(m.Text), " ago")
	}
	isYear := func(m extract.Mention) bool {
		return m.Kind == claims.KindTime && m.Value.Granularity == claims.GranularityYear && !m.Relative
	}
	for i := 0; i+1 < len(ms); i++ {
		ago, year := ms[i], ms[i+1]
		first, second := ago, year
		switch {
		case isAgo(ago) && isYear(year):
			// Only ", in 1999" or " in 1999" between them.
			gap := strings.TrimSpace(strings.Trim(strings.TrimSpace(a.text[ago.Span.End:year.Span.Start]), ","))
			if gap != "in" && gap != "" {
				continue
			}
		case isYear(ago) && isAgo(year):
			// "opened in 2010, 12 years ago": only a comma between them.
			ago, year = year, ago
			first, second = year, ago
			if strings.TrimSpace(a.text[first.Span.End:agoStart(a.text, second)]) != "," {
				// (a comparator may come between: "in 1931, more than a
				// century ago")
				continue
			}
		default:
			continue
		}
		lo, hi, wrong := a.agoWrong(ago, year)
		if !wrong {
			continue
		}
		sp := claims.Span{Start: first.Span.Start, End: second.Span.End}
		if w := cmpWordBefore(a.text, first.Span.Start); w > 0 && first.Span.Start == ago.Span.Start {
			sp.Start = w
		}
		msg := fmt.Sprintf("%s: from %s to %s is %s, not %s", a.text[sp.Start:sp.End], year.Text,
			a.published.Format("2 January 2006"), elapsedText(lo, hi), strings.TrimSpace(a.text[max(sp.Start, agoStart(a.text, ago)):ago.Span.End]))
		if a.seen[msg] {
			continue
		}
		a.seen[msg] = true
		a.findings = append(a.findings, finding{sev: warningSev, spans: []claims.Span{sp}, message: msg})
	}
}

// agoWrong reports whether "N years ago" (ago) disagrees with the year
// it names (year) by the publication date, with the years that did pass
// (lo, hi): "more than N" wrong when at most N passed, "fewer than N"
// when at least N, a plain N when more than a year off.
func (a *analysis) agoWrong(ago, year extract.Mention) (lo, hi float64, wrong bool) {
	n, unit, ok := agoAmount(ago.Text)
	if !ok {
		return 0, 0, false
	}
	return a.elapsedWrong(n*unit, comparatorBefore(a.text, ago.Span.Start), year.Value)
}

// elapsedWrong reports whether a stated number of years since a time
// (cmp ">" for "more than", "<" for "fewer than", else plain) disagrees
// with the years from that time to the publication date, lo to hi.
func (a *analysis) elapsedWrong(stated float64, cmp string, since claims.Value) (lo, hi float64, wrong bool) {
	lo = years(since.End, a.published) // the least time elapsed
	hi = years(since.Start, a.published)
	switch cmp {
	case ">":
		return lo, hi, hi <= stated
	case "<":
		return lo, hi, lo >= stated
	case "≈<":
		// "almost 30 years ago" is short of 30 and near it: not 22
		return lo, hi, lo >= stated || hi < stated-nearMargin(stated)
	}
	return lo, hi, stated < lo-1 || stated > hi+1
}

// nearMargin is how far short of n years "nearly n" or "almost n" may
// fall: 15 % of n, and at least a year ("nearly 30 years": 25.5 or more;
// "almost a decade": 8.5 or more; "nearly five years": 4 or more).
func nearMargin(n float64) float64 {
	return max(1, 0.15*n)
}

// agoStart returns where the words of "N years ago" start, with a word
// of comparison before them ("more than 30 years ago").
func agoStart(text string, ago extract.Mention) int {
	if w := cmpWordBefore(text, ago.Span.Start); w > 0 {
		return w
	}
	return ago.Span.Start
}

// findYearsAfter reports "N years after" between two years of one
// sentence that say otherwise: "In 2004, nine years after it was founded
// in 1998".
func (a *analysis) findYearsAfter(ms []extract.Mention) {
	ms = slices.Clone(ms)
	slices.SortStableFunc(ms, func(x, y extract.Mention) int { return x.Span.Start - y.Span.Start })
	k0 := 0 // mentions and sentences in text order: each mention is read about once
	for _, s := range a.sents {
		var yrs []extract.Mention
		var dur *extract.Mention
		for k0 < len(ms) && ms[k0].Span.End <= s.start {
			k0++
		}
		for k := k0; k < len(ms) && ms[k].Span.Start < s.end; k++ {
			m := &ms[k]
			if m.Span.Start < s.start || m.Span.End > s.end {
				continue
			}
			switch {
			case m.Kind == claims.KindTime && m.Value.Granularity == claims.GranularityYear && !m.Relative:
				yrs = append(yrs, *m)
			case m.Kind == claims.KindTime && m.Relative && laterYears(m.Text) > 0:
				// "released eight years later, in 2020": a time the
				// extractor reads from the year before; its length is
				// what the two years must differ by.
				if dur != nil {
					dur = nil
					yrs = append(yrs, extract.Mention{}, extract.Mention{})
				} else {
					d := *m
					d.Value = claims.Value{Kind: claims.KindDuration, Amount: laterYears(m.Text), Unit: "year"}
					d.Span.End = m.Span.Start + strings.LastIndex(strings.ToLower(m.Text), " later")
					d.Text = a.text[d.Span.Start:d.Span.End]
					dur = &d
				}
			case m.Kind == claims.KindDuration && m.Value.Unit == "year":
				after := strings.ToLower(strings.TrimSpace(a.text[m.Span.End:min(len(a.text), m.Span.End+7)]))
				if strings.HasPrefix(after, "after") || strings.HasPrefix(after, "later") {
					if dur != nil {
						dur = nil // two durations: which is which?
						yrs = append(yrs, extract.Mention{}, extract.Mention{})
					} else {
						dur = m
					}
				}
			}
		}
		if dur == nil || len(yrs) != 2 {
			continue
		}
		later := strings.HasPrefix(strings.ToLower(strings.TrimSpace(a.text[dur.Span.End:min(len(a.text), dur.Span.End+7)])), "later")
		if yrs[0].Span.End > dur.Span.Start || yrs[1].Span.Start < dur.Span.End {
			continue
		}
		diff := yrs[0].Value.Start.Year() - yrs[1].Value.Start.Year()
		if later && diff < 0 {
			diff = -diff // "jailed in 2015 and released eight years later, in 2020"
		}
		if comparatorBefore(a.text, dur.Span.Start) != "" || diff < 0 ||
			float64(diff) == dur.Value.Amount ||
			dur.Value.Amount != float64(int(dur.Value.Amount)) {
			continue
		}
		sp := claims.Span{Start: yrs[0].Span.Start, End: yrs[1].Span.End}
		first, second := yrs[1].Text, yrs[0].Text
		if yrs[0].Value.Start.Before(yrs[1].Value.Start) {
			first, second = second, first
		}
		what := a.text[dur.Span.Start:dur.Span.End] + " after"
		if later {
			what = a.text[dur.Span.Start:dur.Span.End] + " later"
		}
		msg := fmt.Sprintf("%s: %s is %d years after %s, not %s", what, second, diff, first, dur.Text)
		if a.seen[msg] {
			continue
		}
		a.seen[msg] = true
		a.findings = append(a.findings, finding{sev: warningSev, spans: []claims.Span{sp}, message: msg})
	}
}

// agoAmount reads "30 years ago", "a decade ago", "two centuries ago" as
// a number of units and the unit in years.
func agoAmount(text string) (n, unit float64, ok bool) {
	f := strings.Fields(strings.ToLower(text))
	if len(f) != 3 || f[2] != "ago" {
		return 0, 0, false
	}
	switch strings.TrimSuffix(f[1], "s") {
	case "year":
		unit = 1
	case "decade":
		unit = 10
	case "century", "centurie":
		unit = 100
	default:
		return 0, 0, false
	}
	if f[0] == "a" || f[0] == "one" {
		return 1, unit, true
	}
	v, err := claims.ParseValueKind(claims.KindNumber, f[0])
	if err != nil || v.Amount <= 0 {
		return 0, 0, false
	}
	return v.Amount, unit, true
}

// comparatorBefore returns ">" for "more than", "over"; "<" for "less
// than", "under", "fewer than"; "≈<" for "almost", "nearly" (short of the
// figure and near it); "~" for "about"; "" otherwise.
func comparatorBefore(text string, at int) string {
	before := strings.ToLower(text[max(0, at-12):at])
	switch {
	case strings.HasSuffix(before, "more than "), strings.HasSuffix(before, "over "), strings.HasSuffix(before, "upwards of "):
		return ">"
	case strings.HasSuffix(before, "less than "), strings.HasSuffix(before, "under "), strings.HasSuffix(before, "fewer than "):
		return "<"
	case strings.HasSuffix(before, "almost "), strings.HasSuffix(before, "nearly "):
		return "≈<"
	case strings.HasSuffix(before, "about "), strings.HasSuffix(before, "around "), strings.HasSuffix(before, "some "):
		return "~"
	}
	return ""
}

// cmpWordBefore returns where a comparator's words start before at, or 0.
func cmpWordBefore(text string, at int) int {
	before := strings.ToLower(text[max(0, at-12):at])
	for _, w := range []string{"more than ", "over ", "less than ", "under ", "fewer than ", "almost ", "nearly ", "about ", "around "} {
		if strings.HasSuffix(before, w) {
			return at - len(w)
		}
	}
	return 0
}

// years returns the years from t to until, as a fraction.
func years(t, until time.Time) float64 {
	return until.Sub(t).Hours() / (24 * 365.2425)
}

func elapsedText(lo, hi float64) string {
	if int(lo) == int(hi) {
		return fmt.Sprintf("%d years", int(lo))
	}
	return fmt.Sprintf("%d to %d years", int(max(lo, 0)), int(hi))
}

// laterYears reads "eight years later", "a decade later" as a number of
// years; 0 otherwise.
func laterYears(text string) float64 {
	f := strings.Fields(strings.ToLower(text))
	if len(f) != 3 || f[2] != "later" {
		return 0
	}
	n, unit, ok := agoAmount(f[0] + " " + f[1] + " ago")
	if !ok {
		return 0
	}
	return n * unit
}
