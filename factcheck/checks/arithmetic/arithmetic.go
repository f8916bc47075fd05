package arithmetic

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
	"github.com/veracity-go/veracity/factcheck"
)

// Check is the arithmetic check.
var Check = &factcheck.Check{
	Name: "arithmetic",
	Doc: `flags figures in the text that do not compute

Reads the document's text and, sentence by sentence, the figures it relates:
a percentage change with both figures ("rose 8% to 1,150 from 1,000",
"doubled from 40 to 90"), a share ("12 out of 40 (25%)"), parts that exceed
their total ("of the 48 candidates, 20 are women and 30 are men"), an age
against a founding year and the publication date ("founded in 1990 … the
40-year-old charity"). Figures count with their rounding ("8%" is 7.5–8.5%);
only a stated figure outside everything the others allow is reported.
Error when all figures are in one clause; warning when the link is inferred.`,
	Run:             run,
	IgnoresVerdicts: true, // it reads the text, not the verdicts
}

// Severities, by how the relation was found.
const (
	errorSev   = factcheck.Error   // explicit: one clause, same units
	warningSev = factcheck.Warning // inferred: across sentences, or up to the publication date
)

func run(pass *factcheck.Pass) error {
	doc := pass.Set.Document
	if doc.Text == "" {
		return nil
	}
	doc.Published = pass.Published
	ms := extract.Mentions(doc, pass.Set)
	for _, f := range analyze(doc.Text, pass.Published, ms) {
		pass.Report(factcheck.Finding{
			Severity: f.sev,
			Claims:   overlapping(pass.Set.Claims, f.spans),
			Message:  f.message,
			Spans:    f.spans,
		})
	}
	return nil
}

// A finding is what the analysis found, before it is tied to claims.
type finding struct {
	sev     factcheck.Severity
	spans   []claims.Span
	message string
}

// overlapping returns the ids of the claims whose spans overlap any of
// spans, in set order; nil when there are none. A statement claim (a
// check-worthy sentence with no figure read) is no party to figures that
// do not compute: the finding quotes its passage instead.
func overlapping(cls []claims.Claim, spans []claims.Span) []string {
	var ids []string
	for _, c := range cls {
		if c.Span.IsZero() || c.Property == claims.PropertyStatement {
			continue
		}
		for _, s := range spans {
			if c.Span.Start < s.End && s.Start < c.Span.End {
				ids = append(ids, c.ID)
				break
			}
		}
	}
	return ids
}

// An analysis is one document's text and figures, sentence by sentence.
type analysis struct {
	text      string
	published time.Time
	sents     []*sent
	findings  []finding
	// seen holds the messages reported, so that one relation matched by
	// two patterns is reported once.
	seen map[string]bool
}

// timePhrase is a time between the figures of a change, with the time
// mention written "§": "in §", "in the year to §", "for the same period
// in §", "§," ("last year,", "a year earlier,").
var timePhrase = regexp.MustCompile(`\s*(?:\b(?:in|for|during|over|by|as of|at the end of)\s+)?(?:the\s+)?(?:(?:same\s+)?(?:period|year|financial year|(?:[a-z]+\s+)?months?|quarter|half|season)\s+(?:to|ending|ended|in)\s+)?\x{00a7}\s*,?`)

// A sent is one sentence with its figures.
type sent struct {
	sentence
	idx  int
	text string // the sentence
	norm string // the sentence normalized, once asked for (normText)
	// figs are the figures that take part in relations, in order; times
	// the calendar times.
	figs  []*figure
	times []*figure
}

// normText returns the sentence normalized (norm); most sentences have
// too few figures for any reading to ask.
func (s *sent) normText() string {
	if s.norm == "" && s.text != "" {
		s.norm = norm(s.text)
	}
	return s.norm
}

// analyze finds the figures of text that do not compute. ms are the
// mentions of text, in order; published anchors ages.
func analyze(text string, published time.Time, ms []extract.Mention) []finding {
	a := &analysis{text: text, published: published, seen: make(map[string]bool)}
	a.split(ms)
	var prev *sent
	for k, s := range a.sents {
		a.findChanges(s)
		a.findShares(s)
		a.findPolls(s)
		a.findParts(s)
		a.findListTotal(s)
		a.findTotalAfterList(s)
		a.findRest(s)
		a.findNextParts(k)
		a.findNextShare(prev, s)
		prev = s
	}
	a.findAges()
	a.findPersonAges()
	a.findWeekdays(ms)
	a.findYearsAgo(ms)
	a.findYearsAgoAcross(ms)
	a.findAnniversaries(ms)
	a.findForSince(ms)
	a.findAgeThenNow()
	a.findSinceLast()
	a.findYearsAfter(ms)
	a.findClockGaps(ms)
	a.findSpanLengths(ms)
	return a.findings
}

// split divides the text into sentences and gives each its figures.
func (a *analysis) split(ms []extract.Mention) {
	ms = slices.Clone(ms)
	slices.SortStableFunc(ms, func(x, y extract.Mention) int { return x.Span.Start - y.Span.Start })
	k := 0
	for i, ss := range splitSentences(a.text) {
		s := &sent{sentence: ss, idx: i, text: a.text[ss.start:ss.end]}
		for k < len(ms) && ms[k].Span.Start < ss.start {
			k++
		}
		for ; k < len(ms) && ms[k].Span.Start < ss.end; k++ {
			m := ms[k]
			if m.Span.End > ss.end || m.Span.Start < 0 || m.Span.End <= m.Span.Start {
				continue
			}
			f := classify(a.text, m)
			switch f.class {
			case classNone:
			case classTime:
				s.times = append(s.times, &f)
			default:
				s.figs = append(s.figs, &f)
			}
		}
		s.figs = dropRuns(a.text, s.figs)
		ti := 0 // the first time that may be in a figure's gaps
		for j, f := range s.figs {
			from := ss.start
			if j > 0 {
				from = s.figs[j-1].m.Span.End
			}
			to := ss.end
			if j+1 < len(s.figs) {
				to = s.figs[j+1].m.Span.Start
			}
			bs, ae := clipStart(a.text, from, f.m.Span.Start), clipEnd(a.text, f.m.Span.End, to)
			f.before = norm(a.text[bs:f.m.Span.Start])
			f.after = norm(a.text[f.m.Span.End:ae])
			for ti < len(s.times) && s.times[ti].m.Span.Start < bs {
				ti++
			}
			f.beforeT, f.timesBefore = a.untimed(s.times[ti:], bs, f.m.Span.Start, f.before)
			f.afterT, f.timesAfter = a.untimed(s.times[ti:], f.m.Span.End, ae, f.after)
		}
		a.sents = append(a.sents, s)
	}
}

// untimed returns the normalized text[from:to] without the time phrases
// in it ("in 2023", "in the year to March", "a year earlier") and the
// times it held; gap, the text normalized, and nil when it holds none.
//
// times are the sentence's times from the first that may be in the gap.
func (a *analysis) untimed(times []*figure, from, to int, gap string) (string, []*figure) {
	var in []*figure
	for _, t := range times { // in order, from the first at or after from
		if t.m.Span.Start >= to {
			break
		}
		if t.m.Span.Start >= from && t.m.Span.End <= to {
			in = append(in, t)
		}
	}
	if len(in) == 0 {
		return gap, nil
	}
	var b strings.Builder
	at := from
	for _, t := range in {
		b.WriteString(a.text[at:t.m.Span.Start])
		b.WriteString(" \u00a7 ")
		at = t.m.Span.End
	}
	b.WriteString(a.text[at:to])
	out := timePhrase.ReplaceAllString(norm(b.String()), " ")
	if strings.Contains(out, "\u00a7") {
		return gap, nil // a time that is not the time of a figure
	}
	return out, in
}

// gapLimit bounds the words kept on either side of a figure: the
// patterns need a few words, and long gaps make matching slow.
const gapLimit = 160

// clipStart returns the start of the last gapLimit bytes of text[from:to],
// at a rune boundary.
func clipStart(text string, from, to int) int {
	if to-from <= gapLimit {
		return from
	}
	i := to - gapLimit
	for i < to && !utf8.RuneStart(text[i]) {
		i++
	}
	return i
}

// clipEnd returns the end of the first gapLimit bytes of text[from:to], at
// a rune boundary.
func clipEnd(text string, from, to int) int {
	if to-from <= gapLimit {
		return to
	}
	i := from + gapLimit
	for i > from && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}

// dropRuns removes figures written one after the other with nothing but
// spaces between them, as the groups of a phone number are.
func dropRuns(text string, figs []*figure) []*figure {
	drop := make([]bool, len(figs))
	for j := 1; j < len(figs); j++ {
		gap := text[figs[j-1].m.Span.End:figs[j].m.Span.Start]
		blank := true
		for k := 0; k < len(gap); k++ {
			if gap[k] != ' ' {
				blank = false
			}
		}
		if blank {
			drop[j-1], drop[j] = true, true
		}
	}
	out := figs[:0]
	for j, f := range figs {
		if !drop[j] {
			out = append(out, f)
		}
	}
	return out
}

// report records a finding on the figures, once per message.
func (a *analysis) report(sev factcheck.Severity, figs []*figure, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if a.seen[msg] {
		return
	}
	a.seen[msg] = true
	spans := make([]claims.Span, len(figs))
	for i, f := range figs {
		spans[i] = f.m.Span
	}
	a.findings = append(a.findings, finding{sev: sev, spans: spans, message: msg})
}
