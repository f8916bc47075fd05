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
	d := fr.b.d
	sd := fr.t.Doc
	for mi := range d.ments {
		m := &d.ments[mi]
		w := int(fr.menWord[mi])
		if w < 0 || m.val.Kind != claims.KindMoney || m.relative || m.ends != nil {
			continue
		}
		of := -1
		if h := int(sd.Head[w]); h >= 0 && sd.UPOS[h] == syntax.NOUN && sd.Rel[w].Universal() == syntax.RelNmod && caseOfWord(fr.t, w) == "of" {
			of = h // "a final dividend of 9.2p"
		} else {
			for _, k := range fr.t.Kids(w) {
				if sd.UPOS[k] == syntax.NOUN && sd.Rel[k].Universal() == syntax.RelNmod && caseOfWord(fr.t, int(k)) == "in" {
					of = int(k) // "£38,450 in compensation"
				}
			}
		}
		if q := int(sd.Head[w]); of < 0 && q >= 0 && sd.Rel[w] == syntax.RelNummod && sd.UPOS[q] == syntax.NOUN &&
			sd.Rel[q].Universal() == syntax.RelNmod && caseOfWord(fr.t, q) == "of" && sd.Head[q] >= 0 &&
			sd.UPOS[sd.Head[q]] == syntax.NOUN && perUnit(fr.t, q) {
			of = int(sd.Head[q]) // "a dividend of 9.2p a share" parsed with the sum on "share"
		}
		if h := int(sd.Head[w]); of < 0 && h >= 0 && sd.Rel[w] == syntax.RelObj {
			of = fr.inRightAfter(h, w) // the same with "in compensation" hung on the verb
		}
		if of < 0 {
			continue
		}
		if fr.timeInClause(w) {
			continue // "was awarded £38,450 in compensation in 2024": a sum of one time
		}
		key := fr.key(of)
		if key == "" {
			continue
		}
		n := len(fr.out)
		fr.add(w, key, "amount", m.val, false)
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
	d := fr.b.d
	sd := fr.t.Doc
	for mi := range d.ments {
		m := &d.ments[mi]
		w := int(fr.menWord[mi])
		if w < 0 || m.val.Kind != claims.KindDuration || m.relative || m.ends != nil {
			continue
		}
		h := int(sd.Head[w])
		if h < 0 || h <= w || sd.UPOS[h] != syntax.NOUN || frame.IsTimeNoun(strings.ToLower(sd.Lemma[h])) {
			continue // ("a four-year period" is a time, not a thing's length)
		}
		switch sd.Rel[w] {
		case syntax.RelAmod, syntax.RelCompound, syntax.RelNummod:
		default:
			continue
		}
		key := fr.key(h)
		if key == "" {
			continue
		}
		n := len(fr.out)
		fr.add(w, key, "length", m.val, false)
		if len(fr.out) > n {
			fr.out[len(fr.out)-1].forSlot = true
		}
	}
}
