package extract

import (
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/frame"
	"github.com/veracity-go/veracity/claims/extract/syntax"
)

// Acts named by a noun. "Solway Air would not pay compensation" says what
// "Solway Air would not compensate" says; "the council will carry out
// repairs to the bridge" says "the council will repair the bridge"; "no
// compensation will be paid" denies it. A verb of [support] lends its
// clause to the act its object names, and the statement is keyed by that
// act's verb (WordNet's [wnnounverb]), of the thing the noun's "to",
// "for" or "of" phrase names, so that the two wordings meet.

// supportedAct returns frame f read as the act its object names — its
// verb, doer, the thing done to and negation — when f's verb is a
// support verb and its object (or, passive, its subject) a noun of an
// act: "pay compensation to passengers" as "compensate passengers".
func (fr *frameReader) supportedAct(f *frame.Frame) (frame.Frame, bool) {
	d := fr.t.Doc
	if _, ok := supportVerbs[f.Lemma]; !ok {
		return frame.Frame{}, false
	}
	n := f.Obj
	if f.Passive {
		n = f.Subj
	}
	if n < 0 || d.UPOS[n] != syntax.NOUN {
		return frame.Frame{}, false
	}
	lem := strings.ToLower(d.Lemma[n])
	verb, ok := actVerbs[lem]
	if _, event := happenNouns[lem]; !ok || event || verb == f.Lemma {
		// ("no arrests were made" is an event said to happen or not:
		// eventStatement; "pay a payment" says nothing new)
		return frame.Frame{}, false
	}
	theme := fr.actTheme(f, n)
	if f.Passive && theme < 0 {
		return frame.Frame{}, false // no one to say it of: "compensation will be paid"
	}
	g := *f
	g.Lemma = verb
	if f.Passive {
		g.Subj = theme // "compensation will be paid to passengers": passengers are compensated
	} else {
		g.Obj = theme
	}
	if fr.noDet(n) {
		g.Negated = true // "no compensation will be paid" (which the frame may have read already)
	}
	return g, true
}

// actTheme returns what act noun n of frame f is done to: its "to",
// "for" or "of" phrase ("repairs to the bridge", "an inspection of the
// site"), or the verb's "to" or "for" phrase ("pay compensation to
// passengers", when the parse hangs it there), or -1; never a figure ("a
// payment of £5m").
func (fr *frameReader) actTheme(f *frame.Frame, n int) int {
	ok := func(w int) bool {
		if fr.isTime(w) || fr.t.Doc.UPOS[w] == syntax.NUM || fr.t.Doc.UPOS[w] == syntax.SYM {
			return false
		}
		if mi := fr.wordMen[w]; mi >= 0 {
			switch fr.b.d.ments[mi].val.Kind {
			case claims.KindMoney, claims.KindCount, claims.KindNumber, claims.KindQuantity, claims.KindPercent:
				return false
			}
		}
		return true
	}
	d := fr.t.Doc
	for _, c := range fr.t.Kids(n) {
		c := int(c)
		if d.Rel[c].Universal() != syntax.RelNmod || !fr.isNoun(c) || !ok(c) {
			continue
		}
		switch caseOfWord(fr.t, c) {
		case "to", "for", "of":
			return c
		}
	}
	for _, o := range f.Obliques {
		if (o.Prep == "to" || o.Prep == "for") && fr.isNoun(o.Head) && ok(o.Head) {
			return o.Head
		}
	}
	return -1
}
