package arithmetic

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
)

// findClockGaps reports "N hours after" against the two clock times of one
// day that it spans: "The outage began at 6.40am. … Service was restored
// by 2.10pm, more than nine hours after the first problems were
// reported" (7 hours 30 minutes). The later time and the span stand in
// one sentence, the later time first; the earlier time is the only clock
// time of that sentence and the two before it (in its paragraph or the
// one before), so that which one is meant is never a guess; no other day
// comes between them, and what the span is "after" is that time's event
// ("the first problems", "it", or a word of its sentence), not another
// ("two hours after the final whistle"). The span is the extractor's
// duration mention ("more than nine hours", "twenty-six hours", "half an
// hour"), right before "after" or "later".
func (a *analysis) findClockGaps(ms []extract.Mention) {
	k := 0
	for _, m := range ms {
		unit := 0.0
		switch m.Value.Unit {
		case "hour":
			unit = 60
		case "minute":
			unit = 1
		}
		if m.Kind != claims.KindDuration || unit == 0 || m.Value.Amount <= 0 || m.Value.Amount*unit >= 24*60 {
			continue
		}
		for k < len(a.sents) && a.sents[k].end <= m.Span.Start {
			k++
		}
		if k == len(a.sents) {
			return
		}
		s := a.sents[k]
		next := strings.Fields(lowerASCII(a.text[m.Span.End:s.end]))
		if len(next) > 0 {
			next[0] = strings.TrimRight(next[0], `.,;:!?"')`)
		}
		if m.Span.Start < s.start || len(next) == 0 || next[0] != "after" && next[0] != "later" {
			continue
		}
		later, ok := lastClock(lowerASCII(a.text[s.start:m.Span.Start]), s.start)
		if !ok {
			continue
		}
		// The earlier time: the only clock time before the later one in
		// this sentence and the two before it.
		var earlier []clock
		for j := max(0, k-2); j < k; j++ {
			p := a.sents[j]
			if s.para-p.para > 1 {
				continue
			}
			earlier = append(earlier, clocks(lowerASCII(a.text[p.start:p.end]), p.start)...)
		}
		earlier = append(earlier, clocks(lowerASCII(a.text[s.start:later.at]), s.start)...)
		if len(earlier) != 1 {
			continue
		}
		elapsed := later.minutes - earlier[0].minutes
		if elapsed <= 0 || otherDay.MatchString(lowerASCII(a.text[earlier[0].end:later.at])) {
			continue // another day, or a time before: not this reading
		}
		if next[0] == "after" && !afterThat(strings.Join(next[1:], " "), lowerASCII(a.text[earlier[0].from:earlier[0].at])) {
			continue // "two hours after the final whistle": of another event
		}
		if !clockSpanWrong(m.Value.Cmp, m.Value.Amount*unit, float64(elapsed)) {
			continue
		}
		stated := m.Text + " " + next[0]
		msg := fmt.Sprintf("%s: from %s to %s is %s", stated, earlier[0].text, later.text, minutesText(elapsed))
		if a.seen[msg] {
			continue
		}
		a.seen[msg] = true
		a.findings = append(a.findings, finding{sev: warningSev, message: msg,
			spans: []claims.Span{{Start: earlier[0].at, End: earlier[0].end}, {Start: later.at, End: later.end}, m.Span}})
	}
}

// otherDay marks words between two clock times that put them on other
// days: "on Monday … on Tuesday", "the next day".
var otherDay = regexp.MustCompile(`\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|next day|following day|day after|overnight|tomorrow|yesterday|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec))\b`)

// afterThat reports whether the words after "N hours after" (rest) speak
// of the event of the earlier clock time, whose sentence up to the time
// is lead: a pronoun or "the first …", or a word of that sentence.
func afterThat(rest, lead string) bool {
	ws := strings.Fields(strings.Trim(rest, " ,."))
	if len(ws) == 0 {
		return false
	}
	switch ws[0] {
	case "it", "this", "that", "he", "she", "they", "which":
		return true
	}
	if len(ws) > 1 && ws[0] == "the" && (ws[1] == "first" || ws[1] == "start") {
		return true
	}
	for _, w := range ws[:min(len(ws), 5)] {
		if len(w) >= 4 && strings.Contains(lead, w) {
			return true
		}
	}
	return false
}

// clockTime is a time of day: "6.40am", "2pm", "14:10", "6:40 a.m.".
var clockTime = regexp.MustCompile(`\b(\d{1,2})(?:[.:](\d{2}))?\s?(am\b|pm\b|a\.m\.|p\.m\.)|\b([01]?\d|2[0-3]):([0-5]\d)\b`)

// A clock is a clock time found in a text: its minutes after midnight and
// where it stands.
type clock struct {
	minutes int
	text    string
	at, end int // where it stands in the document
	from    int // where its sentence starts
}

// clocks returns the clock times of lower-cased text s, in order, at
// offsets from base.
func clocks(s string, base int) []clock {
	var out []clock
	for _, m := range clockTime.FindAllStringSubmatchIndex(s, 8) {
		var h, mins int
		var ok bool
		if m[2] >= 0 {
			h, _ = strconv.Atoi(s[m[2]:m[3]])
			if m[4] >= 0 {
				mins, _ = strconv.Atoi(s[m[4]:m[5]])
			}
			pm := strings.HasPrefix(s[m[6]:m[7]], "p")
			ok = h >= 1 && h <= 12 && mins < 60
			if h == 12 {
				h = 0
			}
			if pm {
				h += 12
			}
		} else {
			h, _ = strconv.Atoi(s[m[8]:m[9]])
			mins, _ = strconv.Atoi(s[m[10]:m[11]])
			ok = true
		}
		if ok {
			out = append(out, clock{minutes: h*60 + mins, text: s[m[0]:m[1]], at: base + m[0], end: base + m[1], from: base})
		}
	}
	return out
}

// lastClock returns the last clock time of s, at offsets from base.
func lastClock(s string, base int) (clock, bool) {
	cs := clocks(s, base)
	if len(cs) == 0 {
		return clock{}, false
	}
	return cs[len(cs)-1], true
}

// clockSpanWrong reports whether a stated span (minutes, with its
// comparator) cannot be the elapsed minutes: "more than" a span at most
// as long, "less than" one at least as long, a plain or "about" span off
// by more than a tenth and half an hour (five minutes for spans under an
// hour).
func clockSpanWrong(cmp claims.Comparator, said, elapsed float64) bool {
	switch cmp {
	case claims.CmpGreater:
		return elapsed <= said
	case claims.CmpAtLeast:
		return elapsed < said
	case claims.CmpLess:
		return elapsed >= said
	case claims.CmpAtMost:
		return elapsed > said
	}
	slack := math.Max(0.1*said, 30)
	if said < 60 {
		slack = math.Max(0.1*said, 5)
	}
	return math.Abs(elapsed-said) > slack
}

// minutesText writes a span of minutes as a reader would: "7 hours 30
// minutes", "45 minutes", "3 hours".
func minutesText(m int) string {
	h, mins := m/60, m%60
	plural := func(n int, unit string) string {
		if n == 1 {
			return "1 " + unit
		}
		return strconv.Itoa(n) + " " + unit + "s"
	}
	switch {
	case h == 0:
		return plural(mins, "minute")
	case mins == 0:
		return plural(h, "hour")
	}
	return plural(h, "hour") + " " + plural(mins, "minute")
}

// lowerASCII lower-cases the ASCII letters of s only, so that offsets
// into the result are offsets into s.
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
