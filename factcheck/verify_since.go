package factcheck

import (
	"math"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/sources"
)

// judgeTimeSince rates a time-since claim: the duration from the subject's
// date (its entity's Date, or a date fact) to the claim's as-of date. Stored
// time-since facts, durations themselves, are compared as amounts. It
// returns the reason when nothing can be computed.
func judgeTimeSince(c claims.Claim, store sources.Store, cfg config) ([]judgement, string) {
	subject := entityLabel(store, c.Subject)
	direct, _ := judgeFacts(c, store, cfg, nil)
	dates := subjectDate(c.Subject, store)
	facts := factsOf(store, c.Subject, claims.PropertyDate)
	for i := range facts {
		if f := &facts[i]; f.Value.Kind == claims.KindTime && !f.Value.Start.IsZero() {
			dates = append(dates, judgement{fact: f})
		}
	}
	aStart, aEnd := asOf(c, cfg)
	var missing []string
	if len(dates) == 0 {
		missing = append(missing, "no date for "+subject+" in the reference")
	}
	if aStart.IsZero() {
		missing = append(missing, "no as-of date (the claim gives none and the publication date is not known)")
	}
	if len(missing) > 0 {
		if len(direct) > 0 {
			return direct, ""
		}
		return nil, "there is " + joinAnd(missing) + ", so the time since " + subject + " cannot be computed"
	}
	asOfText := aStart.Format(time.DateOnly)
	if !c.AsOf.Start.IsZero() {
		asOfText = formatTime(c.AsOf)
	}
	for i := range dates {
		j := &dates[i]
		who := subject
		if !j.fromEntity {
			j.label = sourceLabel(*j, store)
			who += ", per " + j.label
		}
		cmp := compareElapsed(c.Value, j.fact.Value, aStart, aEnd, formatTime(j.fact.Value)+" ("+who+")", asOfText, cfg)
		j.rating, j.confidence, j.text = cmp.rating, cmp.confidence, cmp.why
	}
	return append(dates, direct...), ""
}

// compareElapsed compares a claimed duration with the time elapsed from a
// date to an as-of interval [aStart, aEnd). Its why is the whole fragment
// of explanation, naming the date and the as-of time by the texts given.
//
// When the date or the as-of time is an interval (a year, a month), the
// elapsed time is a range from the latest date to the earliest as-of day to
// the earliest date to the latest as-of day. The claim is true when every
// elapsed time in the range satisfies it, false when none does, and
// undecided otherwise; a plain or "about" figure that misses but lies
// within the tolerance at both ends is mostly-true.
func compareElapsed(c, date claims.Value, aStart, aEnd time.Time, dateText, asOfText string, cfg config) comparison {
	unit := normUnit(c.Unit)
	if c.Kind != claims.KindDuration {
		return comparison{why: "from " + dateText + " to " + asOfText + " is a duration; the claim gives " + kindNoun(c) + ": not comparable"}
	}
	if _, ok := unitDaysOf(unit); !ok {
		return comparison{why: "from " + dateText + " to " + asOfText + " is a duration; the claim's unit " + quoteUnit(c.Unit) + " is not a unit of time"}
	}
	stated := c
	stated.Unit = unit
	ds, de := timeBounds(date)
	dFirst, dLast := dateOnly(ds), dateOnly(de.Add(-time.Nanosecond))
	aFirst, aLast := dateOnly(aStart), dateOnly(aEnd.Add(-time.Nanosecond))
	early, late := calendarDiff(dLast, aFirst), calendarDiff(dFirst, aLast)
	pe := elapsedPosition(stated, dLast, aFirst)
	pl := elapsedPosition(stated, dFirst, aLast)

	var elapsed string
	single := dFirst.Equal(dLast) && aFirst.Equal(aLast)
	switch {
	case single && early.Negative:
		elapsed = asOfText + " is " + early.String() + " before " + dateText
	case single:
		elapsed = early.String() + " passed between " + dateText + " and " + asOfText
	default:
		elapsed = "between " + signed(early) + " and " + signed(late) + " passed between " + dateText + " and " + asOfText
	}
	all := ""
	if !single {
		all = "all of it "
	}
	plain := stated.Cmp == claims.CmpEqual || stated.Cmp == claims.CmpAbout
	lo, hi, _, _ := stated.Bounds()
	claimed := formatStated(stated)
	switch {
	case plain && lo == hi:
		claimed = "the claim's " + formatAmount(stated)
	case plain:
		claimed = "the claim's " + formatRange(stated)
	}
	switch {
	case pe == 0 && pl == 0:
		conf := confExact
		if !single {
			conf = confCoarse
		}
		if plain && lo != hi {
			return comparison{True, conf, elapsed + ": " + all + "within " + claimed}
		}
		if plain {
			return comparison{True, conf, elapsed + ": " + all + "exactly " + formatAmount(stated) + ", as the claim says"}
		}
		return comparison{True, conf, elapsed + ": " + all + claimed + ", as the claim says"}
	}
	if plain {
		eLo, _ := spanIn(early, unit)
		eHi, _ := spanIn(late, unit)
		if withinTolerance(stated.Amount, eLo, cfg.tolerance) && withinTolerance(stated.Amount, eHi, cfg.tolerance) {
			about := "about " + formatAmount(claims.Value{Kind: claims.KindDuration, Amount: eLo, Unit: unit})
			if !single {
				about = "about " + formatNumber(eLo) + "–" + formatAmount(claims.Value{Kind: claims.KindDuration, Amount: eHi, Unit: unit})
			}
			return comparison{MostlyTrue, confTol, elapsed + ": " + about + ", outside " + claimed +
				" but within " + formatPercent(cfg.tolerance) + " of " + formatAmount(stated)}
		}
	}
	if pe == pl && pe != 0 {
		return comparison{False, confExact, elapsed + ": " + all + missPhrase(stated, pe, dLast, aFirst)}
	}
	return comparison{why: elapsed + ": whether that is " + formatStated(stated) + " depends on the exact date"}
}

// signed formats a span, with a minus sign when it runs backwards.
func signed(s calendarSpan) string {
	if s.Negative {
		return "minus " + s.String()
	}
	return s.String()
}

// withinTolerance reports whether a stated figure lies within the relative
// tolerance of the true one.
func withinTolerance(stated, truth, tol float64) bool {
	if truth == 0 {
		return stated == 0
	}
	return math.Abs(stated-truth) <= tol*math.Abs(truth)
}

// elapsedPosition says where the time from d to a lies relative to the
// range of durations c is consistent with: -1 below it, +1 above it, 0
// within it.
func elapsedPosition(c claims.Value, d, a time.Time) int {
	lo, hi, loOpen, hiOpen := c.Bounds()
	if t, ok := addDuration(d, lo, c.Unit); ok {
		if a.Before(t) || (a.Equal(t) && loOpen) {
			return -1
		}
	}
	if t, ok := addDuration(d, hi, c.Unit); ok {
		if a.After(t) || (a.Equal(t) && hiOpen) {
			return +1
		}
	}
	return 0
}

// missPhrase says how an elapsed time misses the claim's range, for the
// elapsed time from d to a: "less than 3.5 years", "exactly 4 years, not
// more".
func missPhrase(c claims.Value, pos int, d, a time.Time) string {
	lo, hi, _, _ := c.Bounds()
	bound := lo
	word, not := "less than ", ", not more"
	if pos > 0 {
		bound, word, not = hi, "more than ", ", not less"
	}
	b := claims.Value{Kind: claims.KindDuration, Amount: bound, Unit: c.Unit}
	if t, ok := addDuration(d, bound, c.Unit); ok && t.Equal(a) {
		return "exactly " + formatAmount(b) + not
	}
	return word + formatAmount(b)
}
