package factcheck

import (
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/sources"
)

// Confidences of single comparisons, before the source's reliability.
const (
	confExact   = 0.95 // the reference decides the claim as stated
	confCoarse  = 0.9  // the reference lies within the claim's coarser value
	confTol     = 0.8  // the figure is right within the tolerance only
	confRefined = 0.6  // the claim is finer than the reference and compatible
	confPartial = 0.5  // the intervals overlap, neither covering the other
)

// kindNouns names each kind of value in explanations.
var kindNouns = map[claims.Kind]string{
	claims.KindNumber:   "a number",
	claims.KindMoney:    "an amount of money",
	claims.KindPercent:  "a percentage",
	claims.KindQuantity: "a quantity",
	claims.KindDuration: "a duration",
	claims.KindTime:     "a time",
	claims.KindPlace:    "a place",
	claims.KindEntity:   "an entity",
	claims.KindCount:    "a count",
	claims.KindText:     "text",
	claims.KindBool:     "a yes or no",
}

// kindNoun names the kind of v: "a time", "an amount of money".
func kindNoun(v claims.Value) string {
	if n, ok := kindNouns[v.Kind]; ok {
		return n
	}
	if v.Entity != "" {
		return "an entity"
	}
	return "a value of unknown kind"
}

// notComparable is the comparison of values that cannot be compared.
func notComparable(ref, claim string) comparison {
	return comparison{why: "; the reference gives " + ref + ", the claim " + claim + ": not comparable"}
}

// compareValues compares a claim's value with a reference value of any
// kind.
func compareValues(c, f claims.Value, store sources.Store, cfg config) comparison {
	switch {
	case c.Kind.IsAmount() && f.Kind.IsAmount():
		return compareAmounts(c, f, cfg)
	case c.Kind == claims.KindTime && f.Kind == claims.KindTime:
		return compareTimes(c, f)
	case isEntity(c) && isEntity(f):
		return compareEntities(c, f, store)
	case c.Kind == claims.KindBool && f.Kind == claims.KindBool:
		if c.Bool == f.Bool {
			return comparison{True, confExact, ", as the claim says"}
		}
		return comparison{False, confExact, ", not " + formatValue(c, store) + " as the claim says"}
	case c.Kind == claims.KindText && f.Kind == claims.KindText:
		if normText(c.Text) == normText(f.Text) {
			return comparison{True, confCoarse, ", as the claim says"}
		}
		return comparison{why: ", which the claim words differently; free text is not compared"}
	}
	return notComparable(kindNoun(f), kindNoun(c))
}

// isEntity reports whether v names an entity.
func isEntity(v claims.Value) bool {
	return v.Kind.IsEntity() || (v.Kind == claims.KindUnknown && v.Entity != "")
}

// normText folds case and spacing for comparing free text.
func normText(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }
