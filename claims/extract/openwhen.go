package extract

import (
	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// When things happen: "the new unit will open in September" gives the
// unit's opening date; "no opening date had been confirmed" calls it
// unknown, so that the two meet in the certainty-conflict check, as do two
// different opening dates in the value-conflict check.

// whenVerbs map the verbs of a thing's milestones to the noun of its date.
var whenVerbs = lexicon(map[string]string{
	"open": "opening", "opens": "opening", "reopen": "reopening", "reopens": "reopening",
	"begin": "start", "begins": "start", "start": "start", "starts": "start", "commence": "start",
	"launch": "launch", "launches": "launch", "complete": "completion", "completes": "completion",
	"close": "closing", "closes": "closing", "finish": "completion", "finishes": "completion",
})

// whenNouns are the nouns of those dates, before "date": "an opening date".
var whenNouns = words(`opening reopening start launch completion closing`)

// whenAux are the words between a thing and its milestone verb.
var whenAux = words(`will would to is are be due expected set scheduled planned now also finally`)

// openWhen makes the claim of when the subject of clause x reaches a
// milestone: "the unit will open in September", "construction would begin
// in the spring". It reports whether it did.
func (b *builder) openWhen(x *clauseCtx) bool {
	d := b.d
	for i := x.first + 1; i < x.last; i++ {
		if !d.in(whenAux, i-1) {
			continue // a bit test first: most words follow no auxiliary
		}
		noun, ok := whenVerbs.get(d.f(i))
		if !ok {
			continue
		}
		// The time comes within a few words, a phrase of whom or where
		// between ("will reopen to the public on Saturday 23 May"), not
		// past a comma.
		vi := -1
		for k := i + 1; k < x.last && k <= i+6 && d.toks[k].Kind != text.Punct; k++ {
			if mi := d.tokMen[k]; mi >= 0 && d.ments[mi].val.Kind == claims.KindTime && !d.ments[mi].val.Start.IsZero() {
				vi = int(mi)
				break
			}
		}
		if vi < 0 || x.isUsed(vi) {
			continue
		}
		k := i - 1
		for s := x.sent.first; k > s && d.in(whenAux, k); k-- {
		}
		aux := k + 1
		k = d.skipRelative(k) // the clause may start after a relative one
		subject := b.decisionSubject(k)
		if subject == "" {
			return false
		}
		prop := noun + "-date"
		b.owners[prop] = subject
		x.use(vi)
		// the words before the verb say how it is put ("is expected to
		// open"), not a later conjunct ("… and is expected to carry out")
		mod := d.modalityOf(aux, i+1)
		if x.attr.hedge && mod == claims.ModalityAsserted {
			mod = claims.ModalityHedged
		}
		b.emit(x, subject, prop, d.ments[vi].val, mod, true)
		return true
	}
	return false
}

// whenUnknown makes the claim that a milestone's date is unknown: "no
// opening date had been confirmed", "a start date for the work has yet to
// be set". The thing is the one "for" or "of" names, else the one whose
// date of that milestone was given before. It reports whether it did.
func (b *builder) whenUnknown(x *clauseCtx) bool {
	d := b.d
	for i := x.first; i+1 < x.last; i++ {
		if !d.in(whenNouns, i) || d.f(i+1) != "date" {
			continue
		}
		prop := d.f(i) + "-date"
		subject := ""
		if k := i + 2; k+1 < x.last && (d.f(k) == "for" || d.f(k) == "of") {
			subject = b.decisionSubject(d.nounEnd(k+1, x.last))
		}
		if subject == "" {
			if d.namesRest(x) {
				return false // "for the remaining branches": not the ones whose date was given
			}
			subject = b.owners[prop]
		}
		if subject == "" {
			return false
		}
		b.emit(x, subject, prop, claims.Value{}, claims.ModalityUnknown, true)
		return true
	}
	return false
}

// skipRelative returns the token before a relative clause that ends at
// the comma at k: in "The new unit, which will have four theatres, will
// open", the token of "unit". Any other k is returned as it is.
func (d *doc) skipRelative(k int) int {
	if k < 1 || d.f(k) != "," {
		return k
	}
	s := d.sents[d.tokSent[k]]
	for j := k - 1; j > s.first && j >= k-15; j-- {
		if d.f(j) == "," && j+1 < k && d.in(relativeWords, j+1) {
			return j - 1
		}
	}
	return k
}

// namesRest reports whether clause x names another part of a set
// (restWords), whose date is not that of the ones given before: "the
// remaining branches", "the other sites", "the rest of the stores".
func (d *doc) namesRest(x *clauseCtx) bool {
	for i := x.first; i < x.last; i++ {
		if restWords[d.f(i)] {
			return true
		}
	}
	return false
}
