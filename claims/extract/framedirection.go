package extract

import (
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/frame"
	"github.com/veracity-go/veracity/claims/extract/syntax"
)

// Directions of change. "Mackerel landings at Trevallick rose last year"
// and "after last year's drop in mackerel landings" say opposite things
// of one quantity in one time: the change is keyed as a rise, affirmed
// or denied, of the quantity's referent, with its time. Only changes
// dated in the clause or the noun phrase are read, so that a rise and a
// fall of other times ("rose in 2023 … fell this year") never meet.

// directions keys the dated rises and falls of the document's words.
func (fr *frameReader) directions() {
	d := fr.t.Doc
	for w := 0; w < d.Len(); w++ {
		up, ok := changeDirection[strings.ToLower(d.Lemma[w])]
		if !ok {
			continue
		}
		var of int
		switch d.UPOS[w] {
		case syntax.VERB:
			// "landings rose last year"
			k := fr.frameOf[w]
			if k < 0 || fr.frames[k].Modality != frame.Asserted || fr.frames[k].Negated {
				continue
			}
			of = fr.frames[k].Subj
		case syntax.NOUN:
			// "last year's drop in mackerel landings"
			of = fr.nounIn(w)
		default:
			continue
		}
		if of < 0 || d.UPOS[of] != syntax.NOUN && d.UPOS[of] != syntax.PROPN {
			continue
		}
		when := fr.timesOf(w)
		subject := fr.key(of)
		if len(when) == 0 || subject == "" {
			continue
		}
		mod := claims.ModalityAsserted
		if !up {
			mod = claims.ModalityNegated
		}
		n := len(fr.out)
		fr.addIn(w, subject, "rise", claims.Value{Kind: claims.KindBool, Bool: true, Text: d.Word(w)}, true, false)
		if len(fr.out) > n {
			c := &fr.out[len(fr.out)-1]
			c.Modality, c.when, c.where = mod, when, nil
		}
	}
}

// changeDirection maps the lemmas of a change to whether it is a rise.
var changeDirection = map[string]bool{
	"rise": true, "increase": true, "grow": true, "growth": true, "climb": true, "jump": true, "soar": true,
	"fall": false, "drop": false, "decline": false, "decrease": false, "slump": false, "shrink": false, "dip": false,
}

// nounIn returns the noun a change noun is "in" ("a drop in landings"),
// or -1.
func (fr *frameReader) nounIn(n int) int {
	for _, k := range fr.t.Kids(n) {
		if fr.t.Doc.Rel[k].Universal() == syntax.RelNmod && caseOfWord(fr.t, int(k)) == "in" {
			return int(k)
		}
	}
	return -1
}

// timesOf returns the dated times that word w's own dependents name:
// "rose last year", "last year's drop".
func (fr *frameReader) timesOf(w int) []claims.Value {
	var out []claims.Value
	for _, k := range fr.t.Kids(w) {
		if mi := fr.wordMen[k]; mi >= 0 {
			if v := fr.b.d.ments[mi].val; v.Kind == claims.KindTime && !v.Start.IsZero() {
				out = append(out, v)
			}
		}
	}
	return out
}
