package arithmetic

import (
	"regexp"
	"slices"
	"strings"
)

// A change in any order. findChanges reads the orders news copy uses most
// ("rose 8% to A from B", "from B to A, a rise of 8%"); a sentence it
// reads no change in is read again here for the rest: a stated change and
// exactly two figures of one unit, one of them marked as the base — "from
// B", "on B", "on the B", "up from B", "compared with B" — and the other
// the new figure, whatever stands between them ("membership fell by 4%
// over the year, from 451,000 to 412,000"; "processed 65,000 tonnes of
// ore in the year to September, a rise of 40% on the 50,000 tonnes";
// "fall from an average of 10 to 6, a reduction of 60%").
//
// It stays out of sentences whose base is unclear (two marked, or
// figures of its unit on both sides of it with no "to"), or with another
// figure of the unit on the same side of the change ("on sales of £3bn"
// after it is no part of it),
// a second stated change, a rate ("8% a year"), an adjusted measure
// ("like-for-like") or figures of periods of different lengths, and of
// percentages that are shares rather than
// changes: the percentage needs a word of direction beside it.

// baseMark ends the words right before a base figure.
var baseMark = regexp.MustCompile(`(?:^|[^a-z'-])(?:(up|down)\s+)?(?:from|on|compared with|compared to|against)(?:\s+(?:the|an average of|a|last year's|the previous year's|the same [a-z]+ last year's?))?\s*$`)

// findLooseChange reads one change of sentence s in any order, when
// findChanges read none.
func (a *analysis) findLooseChange(s *sent) {
	if len(s.figs) < 3 || isAdjusted(s.normText()) {
		// (a change, its base and its new figure are three)
		return
	}
	var pct *figure
	dir := 0
	for _, f := range s.figs {
		if !isChangePct(f) {
			continue
		}
		d, ok := preCue(f)
		if !ok {
			d, ok = postGapCue(f)
		}
		if !ok {
			if m := postCue.FindStringSubmatch(f.after); m != nil {
				d, ok = direction(m[1]), true
			}
		}
		if !ok || d == 0 {
			continue
		}
		if pct != nil {
			return // two changes: which figures are whose?
		}
		pct, dir = f, d
	}
	if pct == nil {
		return
	}
	// A percentage over a period of its own ("a fall of 5% on last
	// year", "since 2023") is not the change between the figures, unless
	// what follows it is the base ("up 30% on the 300,000", "fell by 5%
	// over the year, from 8,800").
	if periodAfter.MatchString(pct.after) {
		k := slices.Index(s.figs, pct)
		if k+1 >= len(s.figs) || s.figs[k+1].class != classAmount || !isBase(s.figs[k+1], dir) {
			return
		}
	}
	var amounts []*figure
	for _, f := range s.figs {
		if f.class == classAmount {
			amounts = append(amounts, f)
		}
	}
	// The base: the one amount marked as one.
	bi := -1
	for i, f := range amounts {
		if isBase(f, dir) {
			if bi >= 0 {
				return
			}
			bi = i
		}
	}
	if bi < 0 {
		return
	}
	base := amounts[bi]
	// The new figure: the amount of its unit beside the base, "to B from
	// A" or "from A to B"; a third amount of the unit further off ("on
	// sales of £3bn") plays no part, one on each side leaves it unclear.
	var new *figure
	var prev, next *figure
	if bi > 0 && compatible(amounts[bi-1], base) {
		prev = amounts[bi-1]
	}
	if bi+1 < len(amounts) && compatible(amounts[bi+1], base) {
		next = amounts[bi+1]
	}
	switch {
	case prev != nil && next != nil:
		switch {
		case toNewGap(next.beforeT, 0):
			new = next
		case toNew.MatchString(prev.beforeT) || strings.HasPrefix(strings.TrimSpace(prev.afterT), ","):
			new = prev
		default:
			return
		}
	case prev != nil:
		new = prev
	case next != nil:
		new = next
	default:
		return
	}
	for _, f := range amounts {
		if f != base && f != new && compatible(f, base) && (f.m.Span.Start < min(base.m.Span.Start, new.m.Span.Start) ||
			f.m.Span.Start > max(base.m.Span.Start, new.m.Span.Start)) && (f.m.Span.Start < pct.m.Span.Start) == (base.m.Span.Start < pct.m.Span.Start) &&
			!strings.Contains(f.beforeT, " of") {
			return // another amount on the same side of the change: which?
		}
	}
	if p, q := period(base.timesAfter), period(new.timesAfter); p != "" && q != "" && p != q {
		return // a month against a year
	}
	if c, ok := newChange(pct, new, base, dir); ok {
		a.checkChange(c)
	}
}

// isBase reports whether the words right before f mark it as the base of
// a change in direction dir: "from", "on the", "up from" (whose "up" must
// agree).
func isBase(f *figure, dir int) bool {
	for _, gap := range []string{f.beforeT, f.before} {
		m := baseMark.FindStringSubmatch(strings.TrimRight(gap, " ,"))
		if m == nil {
			continue
		}
		if m[1] != "" && direction(m[1]) != dir {
			return false
		}
		return true
	}
	return false
}
