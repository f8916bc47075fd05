package extract

import (
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/frame"
	"github.com/veracity-go/veracity/claims/extract/syntax"
)

// What happens to a thing once. A thing is founded, built and opened
// once: "The library on Chapel Row was
// opened in 1968" and "it has changed little since it opened in 1986",
// "the brewery was founded in 1921" and "the brewery, established in
// 1912", give one date twice. The date is keyed by the thing and the
// kind of event (onceEvents), and like every frame claim kept only when
// another shares its key.
//
// What makes an event of a verb no longer once: an adverb ("first
// opened", "officially opened", "opened again"), a role it takes ("opened
// as a cinema"), a thing told apart from others of its noun ("the old
// library", "the children's wing"), a date it only bounds ("since 1986",
// "by 1990"), or a denial, a hedge or a question. Those clauses are not
// read.

// onceEvents maps the lemmas of events that happen to a thing once to
// the property their date is keyed by, the names the extractor's older
// reading of named subjects gives them (lifeVerbs), so that the two meet.
// (Births and deaths are left to that reading: a namesake — "his
// great-grandson, also called John Parry, was born in 1952" — shares the
// name's key.)
// (Not "opening-date", the key of an opening to come, openwhen.go: a
// thing that opened may open again after a closure, and writers do not
// always say "reopen".)
var onceEvents = map[string]string{
	"found": "founded", "establish": "founded", "set up": "founded", "co-found": "founded",
	"build": "built", "construct": "built", "erect": "built",
	"open": "opened", "inaugurate": "opened",
}

// onceIntransitive are the events of onceEvents said of their subject
// in the active voice ("the library opened in 1986"); the others are said of their object ("Pell founded the
// brewery") or, passive, of their subject.
var onceIntransitive = map[string]bool{"open": true}

// onceTimePreps are the prepositions of a time that dates an event
// rather than bounding it: "in 1968", "on 3 May"; "" for a bare time
// ("opened last year").
var onceTimePreps = map[string]bool{"in": true, "on": true, "": true}

// onceDates keys the dates of the events that happen to a thing once.
func (fr *frameReader) onceDates() {
	d := fr.b.d
	sd := fr.t.Doc
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.val.Kind != claims.KindTime || m.val.Start.IsZero() || m.val.Granularity == claims.GranularityUnknown ||
			m.val.Granularity > claims.GranularityYear || fr.menWord[mi] < 0 {
			continue
		}
		w := int(fr.menWord[mi])
		p := int(sd.Head[w])
		if p < 0 || fr.frameOf[p] < 0 || sd.UPOS[p] != syntax.VERB || sd.Rel[w].Universal() != syntax.RelObl ||
			!onceTimePreps[caseOfWord(fr.t, w)] {
			continue
		}
		f := &fr.frames[fr.frameOf[p]]
		lem := strings.ToLower(f.Lemma)
		property, ok := onceEvents[lem]
		if !ok || f.Negated || f.Modality != frame.Asserted || f.Copula {
			continue
		}
		if fr.otherTime(f, mi) {
			continue // "opened at 9am on Saturday": a time of day, every day
		}
		thing := fr.onceThing(f, lem)
		if thing < 0 || !fr.onceAlone(f, w) || fr.markedApart(thing, f.Pred) {
			continue
		}
		subject := fr.key(thing)
		if subject == "" && sd.UPOS[thing] == syntax.PRON {
			subject = fr.key(fr.itAntecedent(thing))
		}
		if subject == "" {
			continue
		}
		fr.addFrame(f, subject, property, m.val, claims.ModalityAsserted, false)
		fr.widenLast(d.span(m.first, m.last))
	}
}

// onceThing returns the word that names what event f (of lemma lem)
// happens to, or -1: the noun a participle describes ("the firm,
// established in 1912"), a passive's subject, an active verb's object,
// or the subject of an event said of it ("the library opened").
func (fr *frameReader) onceThing(f *frame.Frame, lem string) int {
	sd := fr.t.Doc
	p := f.Pred
	var n int
	switch {
	case f.Subj < 0 && sd.Rel[p].Universal() == relAcl && sd.XPOS[p] == "VBN":
		n = int(sd.Head[p])
	case f.Passive:
		n = f.Subj
	case f.Obj >= 0:
		n = f.Obj
	case onceIntransitive[lem] && f.Tense == frame.Past:
		n = f.Subj
	default:
		return -1
	}
	if n < 0 {
		return -1
	}
	switch sd.UPOS[n] {
	case syntax.PROPN:
		return n
	case syntax.NOUN:
		if fr.specific(n) && fr.t.Kid(n, syntax.RelNummod) < 0 {
			return n
		}
	case syntax.PRON:
		switch strings.ToLower(sd.Word(n)) {
		case "it", "he", "she", "which", "who", "that":
			return n
		}
	}
	return -1
}

// onceAlone reports whether the clause of event f, dated by time word w,
// says the event plainly: no adverb ("first", "officially", "again"), no
// role ("as a cinema"), no other time (a time of day: "opened at 9am on
// Saturday" says when it opens every day).
func (fr *frameReader) onceAlone(f *frame.Frame, w int) bool {
	sd := fr.t.Doc
	for _, k := range fr.t.Kids(f.Pred) {
		k := int(k)
		switch sd.Rel[k].Universal() {
		case syntax.RelAdvmod:
			return false
		case syntax.RelObl:
			if k == w {
				continue
			}
			switch caseOfWord(fr.t, k) {
			case "as", "after", "following", "under":
				return false // "opened as a cinema", "after the fire, it opened in 1950 under new owners"
			}
			if fr.isTime(k) || clockTime(sd.Word(k)) {
				return false
			}
		}
	}
	return true
}

// itAntecedent returns the thing pronoun i ("it") stands for: the
// subject of the nearest clause before it, in its sentence or the one
// before (or before another "it" that stands for it), that names one
// thing that is no person; or -1.
func (fr *frameReader) itAntecedent(i int) int {
	sd := fr.t.Doc
	if strings.ToLower(sd.Word(i)) != "it" {
		return -1
	}
	// Back to the sentence before; an "it" on the way stands for the same
	// thing, and takes the search a sentence further.
	before := func(k int) int {
		start := int(sd.SentenceOf(k).Start)
		if start > 0 {
			start = int(sd.SentenceOf(start - 1).Start)
		}
		return start
	}
	start := before(i)
	for k := i - 1; k >= start && k >= i-120; k-- {
		if sd.Rel[k].Universal() != syntax.RelNsubj {
			continue
		}
		switch {
		case strings.EqualFold(sd.Word(k), "it"):
			start = before(k)
		case sd.UPOS[k] == syntax.PRON && strings.ToLower(sd.Word(k)) != "which",
			fr.refs.Person[k] || fr.key(k) == "":
			continue
		case sd.UPOS[k] == syntax.PROPN || sd.XPOS[k] == "NN" || strings.ToLower(sd.Word(k)) == "which":
			return k
		}
	}
	return -1
}

// markedApart reports whether noun n has words that tell its thing from
// others of its noun ("the old library", "the children's wing", "St
// Mary's church in Ashby"), other than the participle p of the event
// itself ("the brewery, established in 1912").
func (fr *frameReader) markedApart(n, p int) bool {
	sd := fr.t.Doc
	own := strings.ToLower(sd.Lemma[p])
	for _, m := range fr.marks(n) {
		if m != own {
			return true
		}
	}
	// A name that places or owns it: "St Mary's church in Ashby".
	for _, k := range fr.t.Kids(n) {
		switch r := sd.Rel[k]; {
		case r == relPoss && sd.UPOS[k] == syntax.PROPN,
			r.Universal() == syntax.RelNmod && sd.UPOS[k] == syntax.PROPN && caseOfWord(fr.t, int(k)) != "of":
			return true
		}
	}
	return false
}

// otherTime reports whether the clause of frame f names a time besides
// mention mi, within 32 words of its predicate.
func (fr *frameReader) otherTime(f *frame.Frame, mi int) bool {
	return fr.timeNear(f.First, f.Last, f.Pred, mi)
}

// clockTime reports a time of day written as one word: "9am", "10.30pm",
// "noon".
func clockTime(w string) bool {
	w = strings.ToLower(w)
	switch w {
	case "noon", "midday", "midnight":
		return true
	}
	return w != "" && w[0] >= '0' && w[0] <= '9' && (strings.HasSuffix(w, "am") || strings.HasSuffix(w, "pm"))
}
