package extract

import (
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/frame"
	"github.com/veracity-go/veracity/claims/extract/syntax"
)

// Amounts of a thing. "will pay a final dividend of 9.2p a share" and "had
// not yet decided on the level of the final dividend"; "was awarded
// £38,450 in compensation" and "The amount of compensation will be
// determined": a sum given as the thing's and its amount left open. The
// sum is keyed as the thing's amount, like the open slot (frameslots.go),
// and kept only when a slot of that key is left open (forSlot).

// amounts keys the sums the document gives as a thing's: "a dividend of
// 9.2p", "£38,450 in compensation".
func (fr *frameReader) amounts() {
	fr.slotValues(claims.KindMoney, "amount", func(w int) int {
		if fr.timeInClause(w) {
			return -1 // "was awarded £38,450 in compensation in 2024": a sum of one time
		}
		o := fr.sumOwner(w)
		if o >= 0 && (fr.timeNoun(o) || fr.timeMarked(o) || fr.timeMarked(w)) {
			// "raised £18,600 in just three weeks": a time, no thing; "The
			// gap for 2025-26 stands at £4.2m": a sum of one time
			return -1
		}
		return o
	})
}

// sumsOfThings keys the sums written as a thing's modifier ("the £1.4m
// bridge repair", "a £75,000 grant") as its cost and as its amount, each
// kept only when that slot of the thing is left open (forSlot): "The
// cost of the bridge repair is still unknown". The thing's other words
// tell it apart: "the £1.4m bridge repair" is not "the road repair".
func (fr *frameReader) sumsOfThings() {
	d := fr.b.d
	sd := fr.t.Doc
	for mi := range d.ments {
		m := &d.ments[mi]
		w := int(fr.menWord[mi])
		if w < 0 || m.val.Kind != claims.KindMoney || m.relative || m.ends != nil {
			continue
		}
		h := int(sd.Head[w])
		if h <= w || sd.UPOS[h] != syntax.NOUN || fr.timeNoun(h) || fr.timeMarked(h) || fr.key(h) == "" {
			continue
		}
		switch sd.Rel[w] {
		case syntax.RelCompound, syntax.RelAmod, syntax.RelNummod:
		default:
			continue
		}
		names := fr.modifierNames(h)
		for _, prop := range []string{"cost", "amount"} {
			n := len(fr.out)
			fr.add(w, fr.key(h), prop, m.val, false)
			if len(fr.out) > n {
				fr.out[len(fr.out)-1].forSlot = true
				fr.out[len(fr.out)-1].names = names
			}
		}
	}
}

// sumOwner returns the noun whose sum the money at word w is, or -1.
func (fr *frameReader) sumOwner(w int) int {
	sd := fr.t.Doc
	h := int(sd.Head[w])
	if h >= 0 && sd.UPOS[h] == syntax.NOUN && sd.Rel[w].Universal() == syntax.RelNmod && caseOfWord(fr.t, w) == "of" {
		return h // "a final dividend of 9.2p"
	}
	for _, k := range fr.t.Kids(w) {
		if sd.UPOS[k] == syntax.NOUN && sd.Rel[k].Universal() == syntax.RelNmod && caseOfWord(fr.t, int(k)) == "in" {
			return int(k) // "£38,450 in compensation"
		}
	}
	if h >= 0 && sd.Rel[w] == syntax.RelNummod && sd.UPOS[h] == syntax.NOUN && sd.Rel[h].Universal() == syntax.RelNmod &&
		caseOfWord(fr.t, h) == "of" && sd.Head[h] >= 0 && sd.UPOS[sd.Head[h]] == syntax.NOUN && perUnit(fr.t, h) {
		return int(sd.Head[h]) // "a dividend of 9.2p a share" parsed with the sum on "share"
	}
	if h >= 0 && sd.Rel[w] == syntax.RelObj {
		if n := fr.inRightAfter(h, w); n >= 0 && !fr.timeNoun(n) {
			return n // the same with "in compensation" hung on the verb
		}
		return fr.sumSubject(h) // "The appeal raised £18,400"
	}
	if h >= 0 && sd.Rel[w].Universal() == syntax.RelObl && caseOfWord(fr.t, w) == "at" && standsAt[strings.ToLower(sd.Lemma[h])] {
		return fr.sumSubject(h) // "the gap stands at £4.2m"
	}
	return -1
}

// timeMarked reports a noun or sum given a time of its own: "the gap for
// 2025-26", "next year's deficit", "£4.2m for the coming financial year"
// (not the unit of a rate: "£165 a week").
func (fr *frameReader) timeMarked(n int) bool {
	d := fr.t.Doc
	for _, k := range fr.t.Kids(n) {
		k := int(k)
		switch {
		case d.Rel[k].Universal() == syntax.RelNmod && d.Rel[k] != relPoss && (fr.isTime(k) || frame.IsTimeNoun(strings.ToLower(d.Lemma[k])) && !perUnit(fr.t, k)),
			(d.Rel[k] == relPoss || d.Rel[k] == syntax.RelCompound) && (frame.IsTimeNoun(strings.ToLower(d.Lemma[k])) || fr.isTime(k)):
			return true // ("the autumn appeal", "the 2024 appeal")
		}
	}
	return false
}

// timeNoun reports a word that names a time ("in just three weeks"),
// not a thing a sum is of.
func (fr *frameReader) timeNoun(n int) bool {
	return fr.isTime(n) || frame.IsTimeNoun(strings.ToLower(fr.t.Doc.Lemma[n]))
}

// standsAt are the verbs whose "at" gives their subject's sum: "the gap
// stands at £4.2m", "the bill was put at £3m", "is valued at £90m".
var standsAt = map[string]bool{"stand": true, "put": true, "value": true, "estimate": true, "set": true, "peg": true}

// sumSubject returns the subject of verb h that a sum of the verb is
// the subject's, the sum it raised, received or stands at: a noun, not a
// person's name or a pronoun ("she raised £500" is no sum of a thing's),
// of a verb that asserts (not "could raise"), or -1.
func (fr *frameReader) sumSubject(h int) int {
	sd := fr.t.Doc
	k := fr.frameOf[h]
	if k < 0 {
		return -1
	}
	f := &fr.frames[k]
	if f.Subj < 0 || f.Negated || f.Modality != frame.Asserted || sd.UPOS[f.Subj] != syntax.NOUN {
		return -1
	}
	return f.Subj // (passive too: "has been fined £20,000", against "the size of the fine")
}

// slotValues keys each mention of kind whose word belongs to a thing
// (owner returns the thing's noun, or -1) as the thing's property prop,
// kept only when a slot of that key is left open (forSlot).
func (fr *frameReader) slotValues(kind claims.Kind, prop string, owner func(w int) int) {
	d := fr.b.d
	for mi := range d.ments {
		m := &d.ments[mi]
		w := int(fr.menWord[mi])
		if w < 0 || m.val.Kind != kind || m.relative || m.ends != nil {
			continue
		}
		of := owner(w)
		if of < 0 {
			continue
		}
		key := fr.key(of)
		if key == "" {
			continue
		}
		n := len(fr.out)
		fr.add(w, key, prop, m.val, false)
		if len(fr.out) > n {
			fr.out[len(fr.out)-1].forSlot = true
			// Its words, for a slot that names it otherwise (matchSlots):
			// "how much the trust will receive" and "The trust has been
			// awarded a grant of £75,000".
			words := fr.nounWords(of)
			if v := fr.verbOf(w); v >= 0 {
				words = append(words, fr.clauseWords(v)...)
			}
			fr.describeLast(words)
		}
	}
}

// verbOf returns the verb whose clause word w is in (its nearest
// ancestor with a frame), or -1.
func (fr *frameReader) verbOf(w int) int {
	sd := fr.t.Doc
	for n := 0; w >= 0 && n < 16; n++ {
		if fr.frameOf[w] >= 0 {
			return w
		}
		w = int(sd.Head[w])
	}
	return -1
}

// inRightAfter returns the noun of an "in" phrase of verb h that follows
// its object w's words at once ("awarded £38,450 in compensation"), or -1.
func (fr *frameReader) inRightAfter(h, w int) int {
	sd := fr.t.Doc
	for _, k := range fr.t.Kids(h) {
		k := int(k)
		if k <= w || sd.UPOS[k] != syntax.NOUN || sd.Rel[k].Universal() != syntax.RelObl || caseOfWord(fr.t, k) != "in" {
			continue
		}
		for j := w + 1; j < k; j++ {
			if int(sd.Head[j]) != w && int(sd.Head[j]) != k {
				return -1 // words between that are neither the sum's nor the phrase's
			}
		}
		return k
	}
	return -1
}

// perUnit reports whether noun n is the unit of a rate: "a share", "per
// head", "each".
func perUnit(t *frame.Tree, n int) bool {
	d := t.Doc
	for _, k := range t.Kids(n) {
		if d.Rel[k] == syntax.RelDet || d.Rel[k] == syntax.RelCase {
			switch strings.ToLower(d.Word(int(k))) {
			case "a", "an", "per", "each":
				return true
			}
		}
	}
	return false
}

// lengths keys the length a document gives a thing as its modifier: "a
// four-year contract", "a 25-year lease", against "the length of the
// contract has not been disclosed" (the slot "length", frameslots.go).
// Kept only when such a slot is left open (forSlot).
func (fr *frameReader) lengths() {
	sd := fr.t.Doc
	fr.slotValues(claims.KindDuration, "length", func(w int) int {
		h := int(sd.Head[w])
		if h < 0 || h <= w || sd.UPOS[h] != syntax.NOUN || frame.IsTimeNoun(strings.ToLower(sd.Lemma[h])) {
			return -1 // ("a four-year period" is a time, not a thing's length)
		}
		switch sd.Rel[w] {
		case syntax.RelAmod, syntax.RelCompound, syntax.RelNummod:
			return h
		}
		return -1
	})
}
