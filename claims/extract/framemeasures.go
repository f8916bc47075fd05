package extract

import (
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/frame"
	"github.com/veracity-go/veracity/claims/extract/syntax"
)

// Measures said of a thing by a verb. "The engine lost power and then
// stopped at about 1,200ft" and "the engine had stopped at 2,100ft";
// "The tenor bell weighs 2.3 tonnes" and "the tenor weighs 1.9 tonnes":
// one thing, one verb and one preposition give the measure twice. The
// claim is keyed by the thing, the verb and the preposition, and like
// every frame claim kept only when another shares its key. Only
// measures with a unit (lengths, weights, speeds) are read, in clauses
// that are asserted, name no time and say no change ("rose to 40ft"):
// a measure at another time or a change is no second value of one fact.

// measures keys the measures the document's verbs say of their subjects.
func (fr *frameReader) measures() {
	d := fr.b.d
	sd := fr.t.Doc
	for mi := range d.ments {
		m := &d.ments[mi]
		w := int(fr.menWord[mi])
		if w < 0 || m.val.Kind != claims.KindQuantity || m.relative || m.ends != nil {
			continue
		}
		np := fr.npHead(w)
		p := int(sd.Head[np])
		if p < 0 || sd.UPOS[p] != syntax.VERB || fr.frameOf[p] < 0 {
			continue
		}
		prep := ""
		switch sd.Rel[np].Universal() {
		case syntax.RelObj:
		case syntax.RelObl:
			prep = caseOfWord(fr.t, np)
			if prep == "" {
				continue
			}
		default:
			continue
		}
		f := &fr.frames[fr.frameOf[p]]
		lem := strings.ToLower(sd.Lemma[p])
		if f.Modality != frame.Asserted || f.Negated || f.Subj < 0 || !fr.specific(f.Subj) ||
			frameChangeWords[lem] || lightVerbs[lem] || fr.timeInClause(w) {
			continue
		}
		if _, ok := changeDirection[lem]; ok {
			continue
		}
		subject := fr.key(f.Subj)
		if subject == "" {
			continue
		}
		property := Slug(lem)
		if prep != "" {
			property += "-" + Slug(prep)
		}
		fr.add(w, subject, property, m.val, false)
	}
}

// timeInClause reports whether the clause of word w names a time, on
// whatever word the parse hangs it, within 32 words of w (so that a
// clause of many sums costs linear time).
func (fr *frameReader) timeInClause(w int) bool {
	first, last := fr.clauseOf(w)
	return fr.timeNear(first, last, w, -1)
}

// timeNear reports whether words [first, last) name a time mention other
// than except (-1 for none) within 32 words of word at: bounded, so that
// a clause of many figures costs linear time.
func (fr *frameReader) timeNear(first, last, at, except int) bool {
	for k := max(first, at-32); k < min(last, at+33); k++ {
		if mi := fr.wordMen[k]; mi >= 0 && int(mi) != except && fr.b.d.ments[mi].val.Kind == claims.KindTime {
			return true
		}
	}
	return false
}
