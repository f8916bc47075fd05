package compare

import (
	"math"
	"strings"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/sources"
)

// A Relation is how two values of one subject and property relate.
type Relation uint8

// The relations. Incomparable is the zero Relation: values of different
// kinds, currencies or units, unresolved times and free texts are never
// said to conflict.
const (
	Incomparable Relation = iota // the values cannot be compared
	Compatible                   // both can hold at once
	Conflict                     // both cannot hold
)

var relationNames = [...]string{"incomparable", "compatible", "conflict"}

// String returns the relation's name.
func (r Relation) String() string {
	if int(r) < len(relationNames) {
		return relationNames[r]
	}
	return "Relation(?)"
}

// Relate says whether a and b can both be true of one subject and property:
//   - amounts of the same kind and unit (durations in any time unit) are
//     compatible when their ranges, comparators and precision included
//     ([claims.Value.Bounds]), share a figure;
//   - times are compatible when their intervals overlap;
//   - places and entities are compatible when they are the same or one is
//     part of the other, through part_of links in store
//     ([sources.Related]);
//   - bools are compatible when equal;
//   - anything else, texts included, is incomparable.
func Relate(store sources.Store, a, b claims.Value) Relation {
	switch {
	case isEntity(a) && isEntity(b):
		if sources.Related(store, a.Entity, b.Entity) {
			return Compatible
		}
		return Conflict
	case a.Kind == claims.KindTime && b.Kind == claims.KindTime:
		ia, oka := interval(a)
		ib, okb := interval(b)
		if !oka || !okb {
			return Incomparable
		}
		if ia.Overlaps(ib) {
			return Compatible
		}
		return Conflict
	case a.Kind == claims.KindBool && b.Kind == claims.KindBool:
		if a.Bool == b.Bool {
			return Compatible
		}
		return Conflict
	case a.Kind.IsAmount() && b.Kind.IsAmount():
		ra, rb, ok := ranges(a, b)
		if !ok {
			return Incomparable
		}
		if ra.meets(rb) {
			return Compatible
		}
		return Conflict
	}
	return Incomparable
}

// Implies reports whether a being true makes b true: a is the same as b or
// narrower. It is how a negated claim's value is matched against an
// asserted one: "the summit is not in Alaska" denies "the summit is in
// Anchorage", while "the summit is not in Juneau" does not.
//
// Amounts that are the same figure written to different precision ("7.2
// million" and "7,200,000") imply each other.
func Implies(store sources.Store, a, b claims.Value) bool {
	switch {
	case isEntity(a) && isEntity(b):
		return a.Entity == b.Entity || sources.Within(store, a.Entity, b.Entity)
	case a.Kind == claims.KindTime && b.Kind == claims.KindTime:
		ia, oka := interval(a)
		ib, okb := interval(b)
		return oka && okb && ib.Covers(ia)
	case a.Kind == claims.KindBool && b.Kind == claims.KindBool:
		return a.Bool == b.Bool
	case a.Kind == claims.KindText && b.Kind == claims.KindText:
		return a.Text != "" && strings.EqualFold(strings.TrimSpace(a.Text), strings.TrimSpace(b.Text))
	case a.Kind.IsAmount() && b.Kind.IsAmount():
		ra, rb, ok := ranges(a, b)
		if !ok {
			return false
		}
		if rb.contains(ra) {
			return true
		}
		// The same figure, rounded differently: each lies in the other's
		// range, and neither is a bound.
		return isFigure(a) && isFigure(b) && ra.has(rb.mid) && rb.has(ra.mid)
	}
	return false
}

// Exact reports whether v is a figure or time whose range is certain: an
// amount without "about", or a resolved time. Conflicts between exact
// values are certain.
func Exact(v claims.Value) bool {
	switch {
	case v.Kind == claims.KindTime:
		_, ok := interval(v)
		return ok
	case v.Kind.IsAmount():
		return v.Cmp != claims.CmpAbout
	}
	return false
}

func isEntity(v claims.Value) bool {
	return v.Kind.IsEntity() || (v.Kind == claims.KindUnknown && v.Entity != "")
}

func isFigure(v claims.Value) bool { return v.Cmp == claims.CmpEqual || v.Cmp == claims.CmpAbout }

// Interval returns the time interval of v, and false when v is not a
// resolved time. A time with a start and no end is the day it starts.
func Interval(v claims.Value) (claims.Value, bool) { return interval(v) }

func interval(v claims.Value) (claims.Value, bool) {
	if v.Kind != claims.KindTime || v.Start.IsZero() {
		return v, false
	}
	if v.End.IsZero() || !v.End.After(v.Start) {
		v.End = v.Start.AddDate(0, 0, 1)
	}
	return v, true
}

// span is a range of figures with open or closed ends.
type span struct {
	lo, hi         float64
	loOpen, hiOpen bool
	mid            float64
}

// ranges returns the ranges of two amounts in a common unit, and false when
// they are of different kinds or units.
func ranges(a, b claims.Value) (span, span, bool) {
	if a.Kind != b.Kind {
		return span{}, span{}, false
	}
	fa, fb := 1.0, 1.0
	if !strings.EqualFold(a.Unit, b.Unit) {
		if a.Kind != claims.KindDuration {
			return span{}, span{}, false
		}
		da, oka := claims.DurationUnitDays(strings.ToLower(a.Unit))
		db, okb := claims.DurationUnitDays(strings.ToLower(b.Unit))
		if !oka || !okb {
			return span{}, span{}, false
		}
		fa, fb = da, db
	}
	return spanOf(a, fa), spanOf(b, fb), true
}

func spanOf(v claims.Value, scale float64) span {
	lo, hi, loOpen, hiOpen := v.Bounds()
	return span{lo * scale, hi * scale, loOpen, hiOpen, v.Amount * scale}
}

func tol(x float64) float64 {
	if math.IsInf(x, 0) {
		return 0
	}
	return 1e-9 * max(1, math.Abs(x))
}

// meets reports whether s and t share a figure.
func (s span) meets(t span) bool { return below(s, t) && below(t, s) }

// below reports whether s starts no later than t ends, so that, with the
// converse, the two share a figure.
func below(s, t span) bool {
	d := t.hi - s.lo
	if s.loOpen || t.hiOpen {
		return d > tol(t.hi)
	}
	return d >= -tol(t.hi)
}

// has reports whether x lies in s.
func (s span) has(x float64) bool {
	return s.meets(span{lo: x, hi: x, mid: x})
}

// contains reports whether every figure of t lies in s.
func (s span) contains(t span) bool {
	return boundIn(s.lo, t.lo, s.loOpen, t.loOpen, -1) && boundIn(s.hi, t.hi, s.hiOpen, t.hiOpen, 1)
}

// boundIn reports whether t's bound lies within s's bound on one side: dir
// is -1 for lower bounds, +1 for upper bounds.
func boundIn(s, t float64, sOpen, tOpen bool, dir float64) bool {
	if s == t || math.Abs(t-s) <= tol(s) {
		return !sOpen || tOpen
	}
	return (t-s)*dir < 0
}

// AsOf returns the time a claim speaks about: its as_of when resolved, else
// the day of publication; false when neither is known.
func AsOf(c claims.Claim, published time.Time) (claims.Value, bool) {
	if v, ok := interval(c.AsOf); ok {
		return v, true
	}
	if published.IsZero() {
		return claims.Value{}, false
	}
	d := time.Date(published.Year(), published.Month(), published.Day(), 0, 0, 0, 0, time.UTC)
	return claims.Value{Kind: claims.KindTime, Start: d, End: d.AddDate(0, 0, 1), Granularity: claims.GranularityDay}, true
}

// SameTime reports whether two claims may speak of the same time: their
// as_of times (publication by default) overlap, or one is unknown. Claims
// about different times never contradict each other.
func SameTime(a, b *claims.Claim, published time.Time) bool {
	if a.AsOf.IsZero() && b.AsOf.IsZero() {
		return true
	}
	ta, oka := AsOf(*a, published)
	tb, okb := AsOf(*b, published)
	return !oka || !okb || ta.Overlaps(tb)
}
