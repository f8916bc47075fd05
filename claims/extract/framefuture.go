package extract

import (
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/frame"
	"github.com/veracity-go/veracity/claims/extract/syntax"
)

// Futures. "She said the association would demolish the 14-storey
// Fenwick Court tower" and "no decision had yet been made on the future
// of the block"; "Graham Pyke … will step down" and "no decision had yet
// been made about Mr Pyke's future": what a thing or person will do or
// undergo, stated as settled, against a future called undecided. Both
// sides are keyed by the referent the resolver gives them, so that "the
// block" and "Mr Pyke" meet the tower and Graham Pyke however they were
// named; what will be is kept only when the article leaves the same
// referent's future open (forSlot).

// futures keys the futures the document leaves open and those it states.
func (fr *frameReader) futures() {
	d := fr.t.Doc
	open := 0
	for w := 0; w < d.Len(); w++ {
		if d.UPOS[w] != syntax.NOUN || !strings.EqualFold(d.Lemma[w], "future") {
			continue
		}
		x := fr.futureOf(w)
		if x < 0 {
			continue
		}
		f := fr.futureLeftOpen(w)
		key := fr.key(x)
		if f == nil || key == "" {
			continue
		}
		fr.addFrame(f, key, PropertyFuture, claims.Value{}, claims.ModalityUnknown, false)
		open++
	}
	if open == 0 {
		return
	}
	for k := range fr.frames {
		f := &fr.frames[k]
		if f.Tense != frame.Future || f.Negated || f.Modality != frame.Asserted || d.UPOS[f.Pred] != syntax.VERB ||
			reportingVerbs[strings.ToLower(d.Lemma[f.Pred])] {
			continue
		}
		// Who or what the future is of: the subject, and the object of
		// what is done to it ("would demolish the tower").
		for _, x := range []int{f.Subj, f.Obj} {
			if x < 0 || fr.isTime(x) || !fr.specific(x) {
				continue
			}
			key := fr.key(x)
			if key == "" {
				continue
			}
			fr.addFrame(f, key, PropertyFuture, claims.Value{Kind: claims.KindBool, Bool: true, Text: fr.verbGroup(f)}, claims.ModalityAsserted, false)
			fr.out[len(fr.out)-1].forSlot = true
		}
	}
}

// futureOf returns whose future noun w is: its possessor ("Mr Pyke's
// future") or the noun it is of ("the future of the block"), or -1.
func (fr *frameReader) futureOf(w int) int {
	if p := fr.t.KidRel(w, relPoss); p >= 0 {
		return p
	}
	for _, k := range fr.t.Kids(w) {
		if fr.t.Doc.Rel[k].Universal() == syntax.RelNmod && caseOfWord(fr.t, int(k)) == "of" {
			return int(k)
		}
	}
	return -1
}

// futureLeftOpen returns the frame of the clause that leaves future w
// open — "no decision had yet been made on its future", "has yet to
// decide on the future of", "his future remains unclear" — or nil.
func (fr *frameReader) futureLeftOpen(w int) *frame.Frame {
	d := fr.t.Doc
	h := int(d.Head[w])
	if h < 0 {
		return nil
	}
	frameAt := func(p int) *frame.Frame {
		if k := fr.frameOf[p]; k >= 0 {
			return &fr.frames[k]
		}
		return nil
	}
	switch rel := d.Rel[w].Universal(); {
	case rel == syntax.RelNsubj:
		// "His future remains unclear", "the future of the site is uncertain"
		f := frameAt(h)
		if f != nil && !f.Negated && unsureWords[strings.ToLower(d.Lemma[h])] {
			return f
		}
		if f != nil && !f.Negated && (strings.EqualFold(d.Lemma[h], "remain") || strings.EqualFold(d.Lemma[h], "be")) {
			if k := fr.t.Kid(h, syntax.RelXcomp); k >= 0 && unsureWords[strings.ToLower(d.Lemma[k])] {
				return f
			}
		}
	case rel == syntax.RelNmod || rel == syntax.RelObl:
		switch caseOfWord(fr.t, w) {
		case "on", "about", "over":
		default:
			return nil
		}
		// "no decision on its future had been made", with the phrase on
		// "decision" or on the verb whose subject or object it is.
		dec := h
		if !strings.EqualFold(d.Lemma[h], "decision") {
			dec = -1
			for k := h - 1; k >= int(d.SentenceOf(h).Start) && k >= h-8; k-- {
				// (on the verb, or on an auxiliary of it the parse took
				// for a verb: "no decision had yet been made")
				if g := int(d.Head[k]); strings.EqualFold(d.Lemma[k], "decision") && (g == h || g >= 0 && int(d.Head[g]) == h) {
					dec = k
					break
				}
			}
			if dec < 0 && openVerbs[strings.ToLower(d.Lemma[h])] {
				// "has not decided on the future of"
				if f := frameAt(h); f != nil && (f.Negated || fr.yetTo(f)) {
					return f
				}
				return nil
			}
		}
		if dec < 0 {
			return nil
		}
		p := h // the verb the phrase hangs on, whose subject or object "decision" is
		if dec == h {
			p = int(d.Head[dec]) // the phrase on "decision"
		}
		if p < 0 {
			return nil
		}
		f := frameAt(p)
		if f == nil {
			return nil
		}
		if k := fr.t.Kid(dec, syntax.RelDet); k >= 0 && strings.EqualFold(d.Word(k), "no") || f.Negated || fr.yetTo(f) {
			return f
		}
	}
	return nil
}

// verbGroup returns frame f's verb with its auxiliaries and particle as
// written: "would demolish", "will step down".
func (fr *frameReader) verbGroup(f *frame.Frame) string {
	d := fr.t.Doc
	first, last := f.Pred, f.Pred+1
	for _, k := range fr.t.Kids(f.Pred) {
		switch r := d.Rel[k]; {
		case r.Universal() == syntax.RelAux && int(k) < f.Pred && int(k) >= f.Pred-3:
			first = min(first, int(k))
		case r.String() == "compound:prt" && int(k) == last:
			last++
		}
	}
	if last < d.Len() && particles(d, f, last) {
		last++
	}
	return fr.b.d.text[d.Start[first]:d.End[last-1]]
}

// particles reports whether word w right after frame f's verb is the
// particle its lemma took ("step down").
func particles(d *syntax.Doc, f *frame.Frame, w int) bool {
	return strings.HasSuffix(f.Lemma, " "+strings.ToLower(d.Word(w))) && int(d.Head[w]) == f.Pred
}
