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
		return fr.sumOwner(w)
	})
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
		return fr.inRightAfter(h, w) // the same with "in compensation" hung on the verb
	}
	return -1
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
		}
	}
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
