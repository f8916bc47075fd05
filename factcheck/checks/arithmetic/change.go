package arithmetic

import (
	"fmt"

	"github.com/veracity-go/veracity/claims"
	"math"
	"regexp"
	"strings"
)

// The words around the figures of a change, matched on normalized gaps.
var (
	dirAlt = func() string {
		var ws []string
		for w := range upWords {
			ws = append(ws, w)
		}
		for w := range downWords {
			ws = append(ws, w)
		}
		return strings.Join(ws, "|")
	}()
	nounAlt = func() string {
		var ws []string
		for w := range upNouns {
			ws = append(ws, w)
		}
		for w := range downNouns {
			ws = append(ws, w)
		}
		return strings.Join(ws, "|")
	}()

	// verbCue ends the words before a percentage of change: "rose",
	// "fell by", "was up".
	verbCue = regexp.MustCompile(`(?:^|[^a-z'-])(` + dirAlt + `)(?:\s+by)?\s*$`)
	// nounCue ends them too: "a rise of", "an annual increase of".
	nounCue = regexp.MustCompile(`(?:^|[^a-z'-])an?\s+(?:[a-z-]+\s+)?(` + nounAlt + `)\s+of\s*$`)
	// postCue follows the percentage: "a 15% rise".
	postCue = regexp.MustCompile(`^\s*(?:[a-z-]+\s+)?(` + nounAlt + `)\b`)
	// timeOfFigure is the time a figure may be given for: " in 2023", " a
	// year earlier", " last year".
	timeOfFigure = `(?:\s*(?:in|for)\s+(?:\d{4}(?:[-/]\d{2,4})?|the (?:previous|prior) year|the year before|last year)|\s*(?:a year (?:earlier|before|ago)|last year|the year before))?`
	articleAt    = regexp.MustCompile(`(?:^|[^a-z'-])an?\s*$`)
	// onlyCue is a gap of nothing but a cue: ", up", " - a rise of", ", or a",
	// after the time of the figure before it: " in 2023, a rise of", " a
	// year earlier, up".
	onlyCue = regexp.MustCompile(`^` + timeOfFigure + `\s*[,(-]?\s*(?:or\s+)?(?:(` + dirAlt + `)(?:\s+by)?|an?\s+(?:[a-z-]+\s+)?(` + nounAlt + `)\s+of|an?)\s*$`)

	// toNew ends the words before the new figure: "to", "to reach", "at",
	// "to an average of".
	toNew = regexp.MustCompile(`^(.*?)(?:^|[^a-z'-])(?:to|at|to reach|reaching|to hit|hitting|to stand at|standing at|to a record|to a total of|to an? (?:average|mean|median) of|to a (?:new )?(?:high|low) of)\s*$`)
	// fromBase ends the words before the base figure ("from", "from an
	// average of"), with the direction word of "down from" when there is
	// one.
	fromBase = regexp.MustCompile(`^(.*?)(?:^|[^a-z'-])(?:(up|down)\s+)?(?:from|compared with|compared to|against)(?:\s+(?:the|last year's|the previous year's|an? (?:average|mean|median|total) of|the (?:average|mean|median) of))?\s*$`)
	// priorInBrackets is the gap before the figure of the year before,
	// given in brackets after the new one as annual reports do: "rose 40%
	// to 86,500 (2023: 71,200)", "(2023/24: £3.1m)", "(last year: 410)".
	priorInBrackets = regexp.MustCompile(`^\s*\(\s*(?:(?:19|20)\d{2}(?:[-/]\d{2,4})?|last year|the previous year|prior year)\s*:\s*$`)
	// onBase is the gap right after a percentage: "on", "on last year's".
	onBase = regexp.MustCompile(`^\s*on(?:\s+(?:last|the|a|the previous|the same)(?:\s+[a-z-]+){0,3}'s)?\s*$`)

	// multCue ends the words before a pair of figures changed by a factor
	// or a fraction: "doubled to", "halved from", "fell by a third to".
	multCue = regexp.MustCompile(`(?:^|[^a-z'-])(?:(` + dirAlt + `)\s+by\s+(a third|one third|a quarter|one quarter|half|a half|two-thirds|two thirds|three-quarters|three quarters|a fifth|one fifth|a tenth|one tenth)|(doubled|halved|tripled|trebled|quadrupled))\s+(to|from|at)\s*$`)
	// hedgedMult qualifies a factor: "almost doubled", "more than halved".
	hedgedMult = regexp.MustCompile(`(?:more than|almost|nearly|about|around|roughly|over|some|just under|just over|less than|approximately|effectively|virtually|broadly|more or less|not|never)\s+(?:[a-z]+\s+)?$`)
)

// changeOfAverages are the words of a change between two averages ("fell
// from an average of 10 to 6"), which the figures give as they give any
// other: the sentence is no less plain for them.
var changeOfAverages = regexp.MustCompile(`\b(?:from|to) an? average of\b`)

// A change is a stated change between a base and a new figure.
type change struct {
	base, new *figure
	// pct is the stated percentage or points; nil for a factor or a
	// fraction in words.
	pct *figure
	dir int // +1 rise, -1 fall, as the words say
	// lo and hi bound the stated change: a relative change in percent
	// (signed), or in points for pct of classPoints.
	lo, hi float64
	// what names the stated change for the message: "8%", "a doubling".
	what string
	// points is set for a change in percentage points between two
	// percentages.
	points bool
}

// findChanges finds the stated changes of one sentence and reports those
// that the figures do not give.
func (a *analysis) findChanges(s *sent) {
	if len(s.figs) < 2 {
		return // every reading relates two figures or more
	}
	norm := s.normText()
	if len(s.times) == 0 && strings.Contains(norm, "average") {
		// (A change of averages between times of their own, "rose 5% last
		// year to an average of £300,000, up from £250,000 in 2020", is
		// left alone with the rest.)
		norm = changeOfAverages.ReplaceAllString(norm, "")
	}
	if isAdjusted(norm) {
		return
	}
	figs := s.figs
	found := false
	for i := 0; i+2 < len(figs); i++ {
		if c, ok := matchChange(figs[i], figs[i+1], figs[i+2]); ok {
			a.checkChange(c)
			found = true
		} else if c, ok := matchTimedChange(figs[i], figs[i+1], figs[i+2]); ok {
			a.checkChange(c)
			found = true
		}
	}
	for i := 0; i+1 < len(figs); i++ {
		if c, ok := matchMultiple(figs[i], figs[i+1]); ok {
			a.checkChange(c)
			found = true
		}
	}
	for i := 0; i+3 < len(figs); i++ {
		if c, ok := matchSpanChange(figs[i], figs[i+1], figs[i+2], figs[i+3]); ok {
			a.checkChange(c)
			found = true
		}
	}
	if !found {
		a.findLooseChange(s)
	}
}

// spanBefore ends the words before a duration that is the span of a
// change: "in", "over the past", "within".
var spanBefore = regexp.MustCompile(`^(.*?)(?:^|\s)(?:in|over|within|during)(?:\s+(?:just|only))?(?:\s+the)?(?:\s+(?:past|last|previous|space of))?\s*$`)

// matchSpanChange matches a change whose figures are followed by the
// duration it took and the stated change: "has risen from 18,400 to 23,000
// in two years, an increase of 15%". The duration d stands between the
// new figure and the percentage; the percentage must not be a rate ("15%
// a year") or given over a period of its own.
func matchSpanChange(x, y, d, p *figure) (change, bool) {
	if d.class != classDuration || !isChangePct(p) {
		return change{}, false
	}
	m := spanBefore.FindStringSubmatch(d.before)
	if m == nil || strings.TrimSpace(m[1]) != "" || periodAfter.MatchString(p.after) {
		return change{}, false
	}
	// The figures as if the duration were not there: "to 23,000, an
	// increase of 15%".
	ty, tp := *y, *p
	ty.after, tp.before = d.after, d.after
	c, ok := matchChange(x, &ty, &tp)
	if !ok || c.pct != &tp {
		return change{}, false
	}
	orig := map[*figure]*figure{x: x, &ty: y, &tp: p}
	c.base, c.new, c.pct = orig[c.base], orig[c.new], orig[c.pct]
	return c, true
}

// matchChange matches three consecutive figures as a percentage change.
func matchChange(x, y, z *figure) (change, bool) {
	// Each reading in turn: a percentage that is itself a level ("rose to
	// 91% from 84%, a rise of nine points") fails the first and meets the
	// last.
	if c, ok := matchPctFirst(x, y, z); ok {
		return c, true
	}
	if c, ok := matchPctMiddle(x, y, z); ok {
		return c, true
	}
	return matchPctLast(x, y, z)
}

// matchPctFirst reads P A B and P B A: "rose 8% to A from B", "a 52% rise
// in profits for the year to A from B", "rose 8% from B to A".
func matchPctFirst(x, y, z *figure) (change, bool) {
	if !isChangePct(x) {
		return change{}, false
	}
	dir, ok := preCue(x)
	if !ok {
		return change{}, false
	}
	if toNewGap(y.before, 3) && (fromGap(z.before, 3, dir) || priorInBrackets.MatchString(z.before)) {
		return newChange(x, y, z, dir)
	}
	if postCue.MatchString(x.after) && toNewGap(postCue.ReplaceAllString(y.before, ""), 6) && fromGap(z.before, 3, dir) {
		return newChange(x, y, z, dir)
	}
	if (fromGap(y.before, 0, dir) || onBase.MatchString(y.before)) && toNewGap(z.before, 5) {
		return newChange(x, z, y, dir)
	}
	return change{}, false
}

// matchPctMiddle reads A P B: "A, up 8% from B".
func matchPctMiddle(x, y, z *figure) (change, bool) {
	if !isChangePct(y) {
		return change{}, false
	}
	m := onlyCue.FindStringSubmatch(y.before)
	if m == nil || m[1] == "" && m[2] == "" {
		return change{}, false
	}
	dir := direction(m[1] + m[2])
	if fromGap(z.before, 0, dir) || onBase.MatchString(z.before) {
		return newChange(y, x, z, dir)
	}
	return change{}, false
}

// matchPctLast reads B A P and A B P: "from B to A, a rise of 15%", "A,
// down from B, a cut of 15%", "rose to A from B, a rise of 15%".
func matchPctLast(x, y, z *figure) (change, bool) {
	if !isChangePct(z) {
		return change{}, false
	}
	dir, ok := postGapCue(z)
	if !ok {
		return change{}, false
	}
	if toNewGap(y.before, 5) && fromGap(x.before, -1, dir) {
		return newChange(z, y, x, dir)
	}
	if verbTo.MatchString(x.before) && fromGap(y.before, 0, dir) {
		return newChange(z, x, y, dir)
	}
	if m := fromBase.FindStringSubmatch(y.before); m != nil && m[2] != "" && filler(m[1], 3) {
		if direction(m[2]) != dir {
			return change{}, false
		}
		return newChange(z, x, y, dir)
	}
	return change{}, false
}

// matchTimedChange matches three consecutive figures as a percentage
// change when the times of the figures stand between them: "fell from
// 14,200 in 2023 to 11,900 last year, a drop of 27%", "rose 12% to £84.6m
// in the year to March, from £71.2m". The two figures must be for periods
// of one length, and the percentage must not be given over another period
// ("a fall of 5% on last year").
func matchTimedChange(x, y, z *figure) (change, bool) {
	if x.timesAfter == nil && y.timesAfter == nil && z.timesAfter == nil {
		return change{}, false
	}
	var tf [3]figure
	for k, f := range []*figure{x, y, z} {
		tf[k] = *f
		tf[k].before, tf[k].after = f.beforeT, f.afterT
	}
	c, ok := matchChange(&tf[0], &tf[1], &tf[2])
	if !ok {
		return change{}, false
	}
	if c.pct == &tf[2] && periodAfter.MatchString(c.pct.after) {
		return change{}, false
	}
	if p, q := period(c.base.timesAfter), period(c.new.timesAfter); p != "" && q != "" && p != q {
		return change{}, false
	}
	// Report on the figures as found.
	orig := map[*figure]*figure{&tf[0]: x, &tf[1]: y, &tf[2]: z}
	c.base, c.new, c.pct = orig[c.base], orig[c.new], orig[c.pct]
	return c, true
}

// periodAfter follows a percentage given over a period of its own: "on
// last year", "since 2020", "year on year", "compared with".
var periodAfter = regexp.MustCompile(`^\s*(?:on|since|from|compared|against|than|over|in the (?:past|last)|year[- ]on[- ]year|month[- ]on[- ]month|a year|annually|within)\b`)

// period returns the length of the period the times of a figure give:
// "year", "month", "quarter"; "" when there is none or it is unknown.
func period(ts []*figure) string {
	if len(ts) == 0 {
		return ""
	}
	t := ts[0]
	txt := strings.ToLower(t.text())
	for _, w := range []string{"quarter", "half", "month", "week", "year"} {
		if strings.Contains(txt, w) {
			return w
		}
	}
	if t.m.Relative || t.m.Marker == "to" {
		return "" // "in the year to March": the month ends the period
	}
	switch t.m.Value.Granularity {
	case claims.GranularityYear:
		return "year"
	case claims.GranularityMonth:
		return "month"
	case claims.GranularityDay:
		return "day"
	}
	return ""
}

// isChangePct reports whether f can be a stated change: a percentage not
// followed by a rate period ("8% a year"), or percentage points.
func isChangePct(f *figure) bool {
	if f.class != classPercent && f.class != classPoints {
		return false
	}
	return !rateAfter.MatchString(f.after)
}

// preCue reads the direction of a percentage from the words before it:
// "rose 8%", "a rise of 8%".
func preCue(p *figure) (int, bool) {
	if m := verbCue.FindStringSubmatch(p.before); m != nil {
		return direction(m[1]), true
	}
	if m := nounCue.FindStringSubmatch(p.before); m != nil {
		return direction(m[1]), true
	}
	if articleAt.MatchString(p.before) {
		if m := postCue.FindStringSubmatch(p.after); m != nil {
			return direction(m[1]), true
		}
	}
	return 0, false
}

// verbTo ends the words before the new figure of "rose to A from B":
// a verb of change and "to".
var verbTo = regexp.MustCompile(`(?:^|[^a-z'-])(?:` + dirAlt + `)\s+to\s*$`)

// postGapCue reads the direction of a percentage that follows its figures:
// ", a rise of 15%", ", up 15%", ", a 15% rise".
func postGapCue(p *figure) (int, bool) {
	m := onlyCue.FindStringSubmatch(p.before)
	if m == nil {
		return 0, false
	}
	if m[1] != "" || m[2] != "" {
		return direction(m[1] + m[2]), true
	}
	if n := postCue.FindStringSubmatch(p.after); n != nil { // ", a 15% rise"
		return direction(n[1]), true
	}
	return 0, false
}

// toNewGap reports whether gap ends with "to" (or "at"…) after at most n
// plain words.
func toNewGap(gap string, n int) bool {
	m := toNew.FindStringSubmatch(gap)
	return m != nil && filler(m[1], n) && !strings.HasSuffix(strings.TrimSpace(m[1]), "compared")
}

// fromGap reports whether gap ends with "from" (or "compared with") after
// at most n plain words; n < 0 allows any words. A direction word before
// "from" must agree with dir.
func fromGap(gap string, n, dir int) bool {
	m := fromBase.FindStringSubmatch(gap)
	if m == nil {
		return false
	}
	if m[2] != "" && direction(m[2]) != dir {
		return false
	}
	return n < 0 || filler(strings.Trim(m[1], " ,"), n)
}

// newChange builds the change of percentage p from base to new, when the
// figures can compute.
func newChange(p, new, base *figure, dir int) (change, bool) {
	c := change{base: base, new: new, pct: p, dir: dir}
	switch {
	case p.class == classPercent && compatible(new, base):
	case p.class == classPoints && new.class == classPercent && base.class == classPercent:
		c.points = true
	default:
		return change{}, false
	}
	if p.m.Value.Amount < 0 {
		return change{}, false
	}
	lo, hi := p.lo, p.hi
	if dir < 0 {
		lo, hi = -hi, -lo
	}
	c.lo, c.hi = lo, hi
	return c, true
}

// multiples maps factor words to the ratio of new to base they state.
var multiples = map[string]float64{"doubled": 2, "halved": 0.5, "tripled": 3, "trebled": 3, "quadrupled": 4}

// fractions maps fraction words to the share of change they state.
var fractions = map[string]float64{
	"a third": 1.0 / 3, "one third": 1.0 / 3, "a quarter": 0.25, "one quarter": 0.25, "half": 0.5, "a half": 0.5,
	"two-thirds": 2.0 / 3, "two thirds": 2.0 / 3, "three-quarters": 0.75, "three quarters": 0.75,
	"a fifth": 0.2, "one fifth": 0.2, "a tenth": 0.1, "one tenth": 0.1,
}

// matchMultiple matches two consecutive figures changed by a factor or a
// fraction in words: "doubled from 1,000 to 2,000", "fell by a third to
// £30m from £45m".
func matchMultiple(x, y *figure) (change, bool) {
	if !compatible(x, y) || !strings.Contains(x.before, " by ") && !strings.Contains(x.before, "led ") && !strings.Contains(x.before, "ved ") {
		return change{}, false // no "by", "doubled", "halved": skip the costly match
	}
	m := multCue.FindStringSubmatchIndex(x.before)
	if m == nil {
		return change{}, false
	}
	if hedgedMult.MatchString(x.before[:m[0]+1]) {
		return change{}, false
	}
	sub := func(k int) string {
		if m[2*k] < 0 {
			return ""
		}
		return x.before[m[2*k]:m[2*k+1]]
	}
	verb, frac, mult, prep := sub(1), sub(2), sub(3), sub(4)
	var c change
	switch prep {
	case "to", "at": // doubled to A from B
		if !fromGap(y.before, 0, 0) && !fromGap(y.before, 0, +1) && !fromGap(y.before, 0, -1) {
			return change{}, false
		}
		c.new, c.base = x, y
	case "from": // doubled from B to A
		if !toNewGap(y.before, 0) {
			return change{}, false
		}
		c.new, c.base = y, x
	}
	// A factor is stated to within 5% of its ratio; a fraction in words to
	// within 10% of itself.
	if mult != "" {
		r := multiples[mult]
		c.dir = 1
		if r < 1 {
			c.dir = -1
		}
		c.lo, c.hi = (r*0.95-1)*100, (r*1.05-1)*100
		c.what = "a " + strings.TrimSuffix(strings.TrimSuffix(mult, "d"), "e") + "ing" // a doubling, a halving
	} else {
		c.dir = direction(verb)
		f := fractions[frac]
		lo, hi := f*0.9*100, f*1.1*100
		if c.dir < 0 {
			lo, hi = -hi, -lo
		}
		c.lo, c.hi = lo, hi
		c.what = fmt.Sprintf("a %s of %s", dirNoun(c.dir), frac)
	}
	return c, true
}

// checkChange reports a change that its figures do not give.
func (a *analysis) checkChange(c change) {
	b, n := c.base, c.new
	var lo, hi, mid float64
	if c.points {
		lo, hi, mid = n.lo-b.hi, n.hi-b.lo, n.amount()-b.amount()
	} else {
		if b.lo <= 0 || n.lo < 0 || b.amount() <= 0 {
			return
		}
		lo, hi = (n.lo/b.hi-1)*100, (n.hi/b.lo-1)*100
		mid = (n.amount()/b.amount() - 1) * 100
	}
	if overlaps(lo, hi, c.lo, c.hi) {
		return
	}
	unit := "%"
	if c.points {
		unit = " percentage points"
	}
	got := fmt.Sprintf("a %s of %s%s", dirNoun(sign(mid)), fmtOutside(math.Abs(mid), math.Abs(c.lo), math.Abs(c.hi)), unit)
	if mid == 0 {
		got = "no change"
	}
	stated := c.what
	if c.pct != nil {
		stated = c.pct.text()
		if sign(mid) != c.dir {
			stated = fmt.Sprintf("a %s of %s", dirNoun(c.dir), c.pct.text())
		}
	}
	figs := []*figure{b, n}
	if c.pct != nil {
		figs = append(figs, c.pct)
	}
	a.report(errorSev, figs, "%s from %s is %s, not %s", n.text(), b.text(), got, stated)
}

// dirNoun names a direction: rise or fall.
func dirNoun(dir int) string {
	if dir < 0 {
		return "fall"
	}
	return "rise"
}

func sign(x float64) int {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	}
	return 0
}

// overlaps reports whether the closed ranges [alo, ahi] and [blo, bhi]
// meet, allowing for floating-point error.
func overlaps(alo, ahi, blo, bhi float64) bool {
	eps := 1e-9
	for _, x := range []float64{alo, ahi, blo, bhi} {
		if !math.IsInf(x, 0) {
			eps = max(eps, 1e-9*math.Abs(x))
		}
	}
	return alo <= bhi+eps && blo <= ahi+eps
}
