package factcheck

import (
	"fmt"
	"math"
	"strings"

	"github.com/veracity-go/veracity/claims"
)

// unitDaysOf returns the length in days of a duration unit, accepting
// plurals and any case: "years", "Day".
func unitDaysOf(unit string) (float64, bool) {
	u := normUnit(unit)
	return claims.DurationUnitDays(u)
}

// normUnit folds a unit's case and plural: "Years" is "year", "centuries"
// "century".
func normUnit(unit string) string {
	u := strings.ToLower(strings.TrimSpace(unit))
	if _, ok := claims.DurationUnitDays(u); ok {
		return u
	}
	switch {
	case strings.HasSuffix(u, "ies"):
		return strings.TrimSuffix(u, "ies") + "y"
	case strings.HasSuffix(u, "s"):
		return strings.TrimSuffix(u, "s")
	}
	return u
}

// unitsMatch reports whether a claim's figure and a reference figure are
// in the same unit, so that they compare, and otherwise says why not. For
// durations in different units it returns the factor that converts the
// claim's unit into the reference's, through days.
func unitsMatch(c, f claims.Value) (factor float64, why string) {
	switch {
	case c.Kind == f.Kind:
	case c.Kind == claims.KindNumber && f.Kind == claims.KindCount,
		c.Kind == claims.KindCount && f.Kind == claims.KindNumber:
		return 1, ""
	default:
		return 0, kindNoun(f) + ", the claim " + kindNoun(c)
	}
	cu, fu := c.Unit, f.Unit
	switch c.Kind {
	case claims.KindMoney:
		if cu != "" && fu != "" && !strings.EqualFold(cu, fu) {
			return 0, fu + ", the claim " + cu
		}
	case claims.KindPercent:
		if cu == "" {
			cu = "%"
		}
		if fu == "" {
			fu = "%"
		}
		if cu != fu {
			return 0, unitName(fu) + ", the claim " + unitName(cu)
		}
	case claims.KindDuration:
		cd, cok := unitDaysOf(cu)
		fd, fok := unitDaysOf(fu)
		if !cok || !fok {
			if normUnit(cu) == normUnit(fu) {
				return 1, ""
			}
			return 0, quoteUnit(fu) + ", the claim " + quoteUnit(cu)
		}
		return cd / fd, ""
	case claims.KindCount:
		if cu != "" && fu != "" && normUnit(cu) != normUnit(fu) {
			return 0, "a count of " + fu + ", the claim of " + cu
		}
	default:
		if !strings.EqualFold(cu, fu) {
			return 0, quoteUnit(fu) + ", the claim " + quoteUnit(cu)
		}
	}
	return 1, ""
}

// unitName names a percent unit.
func unitName(u string) string {
	if u == "pp" {
		return "percentage points"
	}
	return "a percentage"
}

// quoteUnit names a unit, or says there is none.
func quoteUnit(u string) string {
	if u == "" {
		return "no unit"
	}
	return u
}

// compareAmounts compares a claim's figure with a reference figure.
//
// A reference figure given as it is (or "about") is a point: the claim is
// true when the point lies within the claim's precision or beyond its
// comparator's bound, mostly-true when a plain or "about" figure misses
// that but lies within the tolerance of the reference figure, and false
// otherwise. A reference figure that is itself a bound ("more than 100")
// is a range: the claim is true when the range lies within the claim's,
// false when they do not meet, and undecided otherwise.
func compareAmounts(c, f claims.Value, cfg config) comparison {
	factor, why := unitsMatch(c, f)
	if why != "" {
		return comparison{why: "; the reference gives " + why + ": not comparable"}
	}
	stated := c
	conv := ""
	if factor != 1 {
		stated.Amount *= factor
		stated.Precision *= factor
		stated.Unit = f.Unit
		stated.Text = ""
		conv = fmt.Sprintf(" (%s is %s)", formatAmount(c), formatAmount(stated))
	}
	claimText := "the claim's " + statedText(c) + conv
	if f.Cmp != claims.CmpEqual && f.Cmp != claims.CmpAbout {
		return compareRange(stated, f, claimText)
	}
	x := f.Amount
	bound := stated.Cmp != claims.CmpEqual && stated.Cmp != claims.CmpAbout
	if stated.Contains(x) {
		switch {
		case bound:
			return comparison{True, confExact, ", " + formatStated(stated) + " as the claim says" + conv}
		case stated.Precision == 0 && stated.Cmp == claims.CmpEqual:
			return comparison{True, confExact, "; " + claimText + " matches it"}
		}
		return comparison{True, confExact, "; " + claimText + " covers " + formatRange(stated)}
	}
	if bound {
		return comparison{False, confExact, ", not " + formatStated(stated) + " as the claim says" + conv}
	}
	off := math.Inf(1)
	if x != 0 {
		off = math.Abs(stated.Amount-x) / math.Abs(x)
	}
	covers := "; " + claimText + " covers " + formatRange(stated)
	if stated.Precision == 0 && stated.Cmp == claims.CmpEqual {
		covers = "; " + claimText
	}
	if off <= cfg.tolerance {
		return comparison{MostlyTrue, confTol, covers + ", " + formatPercent(off) + " off: within the " + formatPercent(cfg.tolerance) + " tolerance"}
	}
	if math.IsInf(off, 1) {
		return comparison{False, confExact, covers}
	}
	return comparison{False, confExact, covers + ", " + formatPercent(off) + " off"}
}

// statedText returns a claim's figure as the article wrote it, or else
// formatted with its comparator.
func statedText(c claims.Value) string {
	if c.Text != "" {
		return c.Text
	}
	return formatStated(c)
}

// compareRange compares a claim's figure with a reference figure that is a
// bound.
func compareRange(c, f claims.Value, claimText string) comparison {
	ci := intervalOf(c)
	fi := intervalOf(f)
	switch {
	case fi.within(ci):
		return comparison{True, confExact, ", so " + claimText + " holds"}
	case fi.disjoint(ci):
		return comparison{False, confExact, ", so " + claimText + " cannot hold"}
	}
	return comparison{why: ", which neither confirms nor rules out " + claimText}
}

// An interval is a range of figures with open or closed ends.
type interval struct {
	lo, hi         float64
	loOpen, hiOpen bool
}

// intervalOf returns the range of figures a stated amount is consistent
// with.
func intervalOf(v claims.Value) interval {
	lo, hi, lo0, hi0 := v.Bounds()
	return interval{lo, hi, lo0, hi0}
}

// within reports whether every figure of a lies in b.
func (a interval) within(b interval) bool {
	loOK := a.lo > b.lo || (a.lo == b.lo && (!b.loOpen || a.loOpen))
	hiOK := a.hi < b.hi || (a.hi == b.hi && (!b.hiOpen || a.hiOpen))
	return loOK && hiOK
}

// disjoint reports whether a and b share no figure.
func (a interval) disjoint(b interval) bool {
	below := func(x, y interval) bool {
		return x.hi < y.lo || (x.hi == y.lo && (x.hiOpen || y.loOpen))
	}
	return below(a, b) || below(b, a)
}

// formatRange writes the range a figure covers, with its unit unless it is
// money: "7,150,000–7,250,000", "3.45–3.55 years", "7.5–8.5%".
func formatRange(v claims.Value) string {
	lo, hi, _, _ := v.Bounds()
	r := formatNumber(lo) + "–" + formatNumber(hi)
	switch {
	case v.Kind == claims.KindMoney || v.Unit == "":
		return r
	case v.Unit == "%":
		return r + "%"
	case v.Kind == claims.KindDuration:
		return r + " " + pluralUnit(hi, v.Unit)
	}
	return r + " " + v.Unit
}

// formatPercent writes a fraction as a percentage: 0.05 is "5%".
func formatPercent(f float64) string {
	return formatNumber(math.Round(f*1000)/10) + "%"
}
