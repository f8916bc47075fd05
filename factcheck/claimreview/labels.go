package claimreview

import "github.com/veracity-go/veracity/factcheck"

// Labels maps publishers' rating labels (alternateName) to ratings. Keys
// are matched after normalization: case folded, accents removed, and
// punctuation, quotes and dashes read as spaces, so "Pants on Fire!",
// "pants on fire" and "PANTS-ON-FIRE" are one key, as are "Engañoso" and
// "enganoso". A Labels is a plain map: safe for concurrent lookups, not for
// concurrent writes.
type Labels map[string]factcheck.Rating

// DefaultLabels holds the labels of the major fact-checkers in English,
// Spanish, French and German. Read uses it when a document gives no usable
// numeric rating. Extend a copy of it (maps.Clone) for house labels.
//
// The judgement calls:
//   - "misleading" (and engañoso, trompeur, irreführend, "out of context")
//     is mostly-false: the impression a reader takes away is wrong, even if
//     each word could be defended;
//   - "needs context" and "missing context" are half-true: right as far as
//     they go, but leaving out what changes the meaning;
//   - "mixture" (Snopes) and "half true" are half-true;
//   - "unproven", "unsupported", "no evidence" and the like are unverified,
//     the rating for a claim no evidence decides — known labels, so Read
//     reports them as recognised;
//   - "pants on fire" and "fake" are false: the scale has nothing below it;
//   - "disputed" and "conflicting" are conflicting;
//   - the Washington Post's Pinocchios: one is mostly-true, two half-true,
//     three mostly-false, four false; the Geppetto checkmark is true.
var DefaultLabels = Labels{
	// English.
	"true":               factcheck.True,
	"correct":            factcheck.True,
	"accurate":           factcheck.True,
	"verified":           factcheck.True,
	"mostly true":        factcheck.MostlyTrue,
	"mostly correct":     factcheck.MostlyTrue,
	"mostly accurate":    factcheck.MostlyTrue,
	"largely accurate":   factcheck.MostlyTrue,
	"half true":          factcheck.HalfTrue,
	"half-true":          factcheck.HalfTrue,
	"mixture":            factcheck.HalfTrue,
	"mixed":              factcheck.HalfTrue,
	"partly true":        factcheck.HalfTrue,
	"partly false":       factcheck.HalfTrue,
	"partially true":     factcheck.HalfTrue,
	"partially false":    factcheck.HalfTrue,
	"needs context":      factcheck.HalfTrue,
	"missing context":    factcheck.HalfTrue,
	"lacks context":      factcheck.HalfTrue,
	"misleading":         factcheck.MostlyFalse,
	"out of context":     factcheck.MostlyFalse,
	"mostly false":       factcheck.MostlyFalse,
	"barely true":        factcheck.MostlyFalse,
	"exaggerated":        factcheck.MostlyFalse,
	"false":              factcheck.False,
	"incorrect":          factcheck.False,
	"inaccurate":         factcheck.False,
	"wrong":              factcheck.False,
	"pants on fire":      factcheck.False,
	"pants on fire!":     factcheck.False,
	"fake":               factcheck.False,
	"fabricated":         factcheck.False,
	"hoax":               factcheck.False,
	"unproven":           factcheck.Unverified,
	"unsupported":        factcheck.Unverified,
	"unsubstantiated":    factcheck.Unverified,
	"no evidence":        factcheck.Unverified,
	"unverified":         factcheck.Unverified,
	"unverifiable":       factcheck.Unverified,
	"conflicting":        factcheck.Conflicting,
	"disputed":           factcheck.Conflicting,
	"geppetto checkmark": factcheck.True,
	"one pinocchio":      factcheck.MostlyTrue,
	"two pinocchios":     factcheck.HalfTrue,
	"three pinocchios":   factcheck.MostlyFalse,
	"four pinocchios":    factcheck.False,
	// Spanish.
	"verdadero":            factcheck.True,
	"cierto":               factcheck.True,
	"mayormente verdadero": factcheck.MostlyTrue,
	"verdad a medias":      factcheck.HalfTrue,
	"engañoso":             factcheck.MostlyFalse,
	"mayormente falso":     factcheck.MostlyFalse,
	"falso":                factcheck.False,
	"sin evidencia":        factcheck.Unverified,
	// French.
	"vrai":        factcheck.True,
	"plutôt vrai": factcheck.MostlyTrue,
	"trompeur":    factcheck.MostlyFalse,
	"plutôt faux": factcheck.MostlyFalse,
	"faux":        factcheck.False,
	"infondé":     factcheck.Unverified,
	// German.
	"richtig":              factcheck.True,
	"wahr":                 factcheck.True,
	"größtenteils richtig": factcheck.MostlyTrue,
	"halb wahr":            factcheck.HalfTrue,
	"teilweise falsch":     factcheck.HalfTrue,
	"fehlender kontext":    factcheck.HalfTrue,
	"irreführend":          factcheck.MostlyFalse,
	"größtenteils falsch":  factcheck.MostlyFalse,
	"falsch":               factcheck.False,
	"unbelegt":             factcheck.Unverified,
}

// Lookup returns the rating of label and whether the table knows it. The
// label is normalized as described at [Labels]; a key written in any form
// is found.
func (l Labels) Lookup(label string) (factcheck.Rating, bool) {
	key := plain(label, false)
	if key == "" {
		return factcheck.Unverified, false
	}
	if r, ok := l[key]; ok {
		return r, true
	}
	// Keys written in another form: when two of them normalize alike, the
	// smaller key wins, so the answer does not depend on map order.
	found, best := false, ""
	var rating factcheck.Rating
	for k, r := range l {
		if (!found || k < best) && plain(k, false) == key {
			found, best, rating = true, k, r
		}
	}
	return rating, found
}
