package extract

import (
	"slices"
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/frame"
	"github.com/veracity-go/veracity/claims/extract/syntax"
)

// Decisions on a thing. "The council granted planning permission for the
// brewhouse in August" says the brewhouse was decided on; "the company
// was still awaiting a planning decision on the brewhouse" says it was
// not; "councillors refused planning permission for the processing
// plant" denies what "approved plans for the new processing plant"
// affirms. What such a clause decides is not its object (the
// permission, the plans, the application) but the thing that object is
// for, and a decision, ruling or approval still awaited, or not taken,
// leaves that thing's question open.

// proposalFor returns the thing frame f's theme is a proposal or consent
// for: "the brewhouse" of "granted planning permission for the
// brewhouse", "the plant" of "approved plans for the plant" (the "for"
// phrase on the noun, or on the verb when the parse put it there), or -1.
func (fr *frameReader) proposalFor(f *frame.Frame) int {
	// The object, or the subject of a passive ("Planning permission for
	// the homes was granted"), unless the passive kept its object ("The
	// school was granted approval for the new sports hall").
	theme := f.Obj
	if f.Passive && (theme < 0 || !proposalNouns[strings.ToLower(fr.t.Doc.Lemma[theme])]) {
		theme = f.Subj
	}
	if theme < 0 || !proposalNouns[strings.ToLower(fr.t.Doc.Lemma[theme])] {
		return -1
	}
	if x := fr.nounAfter(theme, "for"); x >= 0 {
		return x
	}
	for _, o := range f.Obliques {
		if o.Prep == "for" && fr.isNoun(o.Head) && !fr.isTime(o.Head) {
			return o.Head
		}
	}
	return -1
}

// nounAfter returns the noun of noun n's phrase of preposition prep ("on
// the brewhouse" of "a decision on the brewhouse"), or -1.
func (fr *frameReader) nounAfter(n int, preps ...string) int {
	d := fr.t.Doc
	for _, c := range fr.t.Kids(n) {
		c := int(c)
		if d.Rel[c].Universal() != syntax.RelNmod || !fr.isNoun(c) || fr.isTime(c) {
			continue
		}
		if slices.Contains(preps, caseOfWord(fr.t, c)) {
			return c
		}
	}
	return -1
}

// isNoun reports whether word w is a noun or a name.
func (fr *frameReader) isNoun(w int) bool {
	u := fr.t.Doc.UPOS[w]
	return u == syntax.NOUN || u == syntax.PROPN
}

// pendingDecision keys the decision frame f leaves to come on a thing
// named by a noun, not a question: "was still awaiting a planning
// decision on the brewhouse", "no ruling has been made on the appeal",
// "a decision on the scheme is expected next month", "has yet to receive
// planning permission for the mast". The thing's "decide on" statement
// is left open, to meet the clause that says it was decided either way
// ("granted planning permission for the brewhouse").
func (fr *frameReader) pendingDecision(f *frame.Frame) {
	d := fr.t.Doc
	args := []int{f.Subj, f.Obj}
	for _, o := range f.Obliques {
		if o.Prep == "for" {
			args = append(args, o.Head) // "still waiting for a decision on"
		}
	}
	for i, n := range args {
		if n < 0 {
			continue
		}
		lem := strings.ToLower(d.Lemma[n])
		var preps []string
		switch {
		case decisionNouns[lem]:
			preps = []string{"on", "about", "over"}
		case consentNouns[lem]:
			preps = []string{"for"}
		default:
			continue
		}
		x := fr.nounAfter(n, preps...)
		if x < 0 && i < 2 {
			// the phrase on the verb: "no decision has been made on the
			// appeal", "has yet to receive permission for the mast"
			for _, o := range f.Obliques {
				if slices.Contains(preps, o.Prep) && fr.isNoun(o.Head) && !fr.isTime(o.Head) {
					x = o.Head
				}
			}
		}
		if x < 0 || strings.EqualFold(d.Lemma[x], "future") {
			continue // ("on the future of": futures)
		}
		awaited := awaitVerbs[strings.ToLower(f.Lemma)] && !f.Negated && (n != f.Subj || f.Passive)
		if !awaited && !(f.Negated && fr.notSaid(f.Pred) || fr.yetTo(f) || fr.noDet(n)) {
			continue
		}
		g := *f
		g.Passive, g.Subj, g.Obj, g.Obliques = true, x, -1, nil
		if !awaited && n == f.Obj && f.Subj >= 0 && deciderVerbs[f.Lemma] {
			// the one who has yet to make the decision is its decider: "The
			// Department has yet to make a decision on the school" is not
			// left open by "The council approved the plans for the school"
			g.Obliques = []frame.Oblique{{Prep: "by", Head: f.Subj}}
		}
		g.Negated, g.Modality = false, frame.Asserted
		k := len(fr.out)
		fr.themeStatement(&g, "decide on", false)
		for i := k; i < len(fr.out); i++ {
			fr.out[i].Modality = claims.ModalityUnknown
			fr.widenAt(i, claims.Span{Start: int(d.Start[f.First]), End: int(d.End[f.Last-1])})
		}
		return
	}
}

// notSaid reports whether predicate p carries a "not", "n't" or "never"
// of its own: "has not received planning permission" leaves the decision
// to come; "refused to grant planning permission" took it.
func (fr *frameReader) notSaid(p int) bool {
	d := fr.t.Doc
	for _, k := range fr.t.Kids(p) {
		switch strings.ToLower(d.Word(int(k))) {
		case "not", "n't", "never":
			return true
		}
	}
	return false
}
