package extract

import "github.com/veracity-go/veracity/claims"

// dedupe drops the claims that repeat another claim of the same text about
// the same subject and property: the same value, or a less specific one
// ("the US" beside "Anchorage", "2025" beside "15 August 2025"). One
// clause says one thing of a subject's property; the most specific value
// is what it says.
// maxDedupe is how many later claims of its clause a claim is compared
// with; news clauses make a handful.
const maxDedupe = 64

func (b *builder) dedupe(cls []claims.Claim) []claims.Claim {
	drop := make([]bool, len(cls))
	for i := range cls {
		// the claims of one clause come together
		// (compared with the next maxDedupe only: a clause of n claims
		// costs n, not n², issue 16)
		for j := i + 1; j < len(cls) && j <= i+maxDedupe && cls[j].Span == cls[i].Span; j++ {
			a, c := &cls[i], &cls[j]
			if drop[i] || drop[j] || a.Subject != c.Subject || a.Property != c.Property || a.Modality != c.Modality {
				continue
			}
			switch {
			case sameValue(a.Value, c.Value) || b.refines(a.Value, c.Value):
				drop[j] = true
			case b.refines(c.Value, a.Value):
				drop[i] = true
			}
		}
	}
	out := cls[:0]
	for i, c := range cls {
		if !drop[i] {
			out = append(out, c)
		}
	}
	return out
}

// refines reports whether value a is more specific than b and within it:
// a place part of b, a time inside b.
func (b *builder) refines(a, v claims.Value) bool {
	switch {
	case a.Entity != "" && v.Entity != "":
		return b.partOf(a.Entity, v.Entity)
	case a.Kind == claims.KindTime && v.Kind == claims.KindTime && !a.Start.IsZero() && !v.Start.IsZero():
		return !a.Start.Before(v.Start) && !a.End.After(v.End) && a.End.Sub(a.Start) < v.End.Sub(v.Start)
	}
	return false
}

// sameValue reports whether two values are the same, text aside.
func sameValue(a, v claims.Value) bool {
	a.Text, v.Text = "", ""
	return a.Kind == v.Kind && a.Amount == v.Amount && a.Unit == v.Unit && a.Cmp == v.Cmp &&
		a.Start.Equal(v.Start) && a.End.Equal(v.End) && a.Entity == v.Entity && a.Bool == v.Bool
}
