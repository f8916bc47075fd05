package factcheck

import "github.com/veracity-go/veracity/claims"

// compareTimes compares a claim's time with a reference time, both
// intervals. The claim is true when its interval covers the reference's
// ("in 2023" of 2023-03-17); true with a lower confidence when the claim is
// finer than the reference ("March 1867" of "1867": the reference does not
// contradict it) or when they merely overlap; false only when they cannot
// overlap.
func compareTimes(c, f claims.Value) comparison {
	cs, ce := timeBounds(c)
	fs, fe := timeBounds(f)
	claimText := formatTime(c)
	switch {
	case cs.Equal(fs) && ce.Equal(fe):
		return comparison{True, confExact, ", as the claim says"}
	case !cs.After(fs) && !ce.Before(fe):
		return comparison{True, confExact, ", within " + claimText}
	case !fs.After(cs) && !fe.Before(ce):
		g := "a coarser time"
		if f.Granularity != claims.GranularityUnknown {
			g = "the " + f.Granularity.String()
		}
		return comparison{True, confRefined, ", which includes " + claimText + "; the reference only gives " + g}
	case cs.Before(fe) && fs.Before(ce):
		return comparison{True, confPartial, ", which overlaps " + claimText + " without lying within it"}
	}
	return comparison{False, confExact, ", not within " + claimText}
}
