package frame

import (
	"strings"

	"github.com/veracity-go/veracity/claims/extract/syntax"
)

// A Frame is one clause read as a predicate with its arguments. Word
// fields are indices into the Doc, -1 when absent. A Frame is a value;
// its Obliques slice is shared by copies.
type Frame struct {
	Pred  int    // the predicate's head: a verb, or a copula's complement
	Lemma string // the predicate's lemma, with a particle ("take place", "set up")
	Subj  int    // the subject's head (nsubj, nsubj:pass, csubj)
	Obj   int    // the object's head
	// Obliques are the obliques with their prepositions ("in Geneva",
	// "on Friday"), in order.
	Obliques []Oblique
	Copula   bool // "X is Y": Pred is Y
	Passive  bool
	Negated  bool // not, never, n't, no longer; "failed to", "refused to" on the governing verb
	Modality Modality
	Tense    Tense
	// Finite is set for a clause with a tensed verb or an auxiliary, or an
	// infinitive under one ("refused to play"); "him winning" is not.
	Finite bool
	// First and Last bound the clause's words, embedded clauses left out.
	First, Last int
	// Sent is the sentence that holds the frame.
	Sent syntax.Range
}

// An Oblique is a prepositional or bare-noun argument.
type Oblique struct {
	Prep string // the preposition's lemma ("in", "on"), "" for a bare noun ("last year")
	Head int
}

// Modality says how firmly a frame is stated. The zero value is Asserted.
type Modality uint8

// Modalities.
const (
	Asserted Modality = iota
	Hedged            // may, might, could, would, reportedly, expected to, if …
	Question          // a question
)

// Tense is the time a frame speaks of.
type Tense uint8

// Tenses.
const (
	Present Tense = iota
	Past
	Future
)

// Frames returns the frames of every clause of t's document, in order of
// their predicates.
func Frames(t *Tree) []Frame {
	d := t.Doc
	var out []Frame
	for _, s := range d.Sents {
		for i := int(s.Start); i < int(s.End); i++ {
			if f, ok := frameAt(t, s, i); ok {
				out = append(out, f)
			}
		}
	}
	return out
}

var relAuxPass, _ = syntax.ParseRel("aux:pass")

// isPredicate reports whether word i heads a clause: a verb, or the
// complement of a copula, or an auxiliary standing alone as the root.
func isPredicate(t *Tree, i int) bool {
	d := t.Doc
	switch d.UPOS[i] {
	case syntax.VERB:
		// Participles modifying nouns ("the closed library") are not
		// clauses.
		r := d.Rel[i].Universal()
		return r != syntax.RelAmod && r != syntax.RelCompound
	case syntax.ADJ:
		// "had yet to be set" with the participle tagged an adjective: a
		// passive auxiliary makes it a verb.
		return t.Kid(i, syntax.RelCop) >= 0 || t.KidRel(i, relAuxPass) >= 0
	case syntax.NOUN, syntax.PROPN, syntax.NUM, syntax.PRON, syntax.ADV, syntax.ADP:
		return t.Kid(i, syntax.RelCop) >= 0
	}
	return false
}

func frameAt(t *Tree, s syntax.Range, i int) (Frame, bool) {
	if !isPredicate(t, i) {
		return Frame{}, false
	}
	d := t.Doc
	f := Frame{Pred: i, Lemma: strings.ToLower(d.Lemma[i]), Subj: -1, Obj: -1, Sent: s}
	f.Copula = t.Kid(i, syntax.RelCop) >= 0
	hasWill := false
	for _, k := range t.Kids(i) {
		k := int(k)
		rel := d.Rel[k]
		w := strings.ToLower(d.Word(k))
		switch rel.Universal().String() {
		case "nsubj", "csubj":
			if f.Subj < 0 {
				f.Subj = k
			}
			if strings.HasSuffix(rel.String(), ":pass") {
				f.Passive = true
			}
		case "obj":
			if f.Obj < 0 {
				f.Obj = k
			}
		case "obl":
			f.Obliques = append(f.Obliques, Oblique{Prep: caseOf(t, k), Head: k})
		case "compound":
			if rel.String() == "compound:prt" {
				f.Lemma += " " + w
			}
		case "advmod":
			if k > i && (d.XPOS[k] == "RP" || k == i+1 && particles[w]) {
				// "melted down" with the particle read as an adverb.
				f.Lemma += " " + w
			}
			switch w {
			case "not", "never", "n't":
				f.Negated = true
			}
			if hedgeAdverbs[w] {
				f.Modality = Hedged
			}
		case "aux":
			switch w {
			case "not", "n't":
				f.Negated = true
			}
			switch lem := strings.ToLower(d.Lemma[k]); lem {
			case "will", "shall":
				hasWill = true
			case "may", "might", "could", "would", "should", "must", "can":
				if lem == "would" {
					f.Tense = Future
					if reportedFuture(t, i) {
						// "The council said it would close the library":
						// the future of what was said, as said.
						break
					}
				}
				f.Modality = Hedged
			case "do", "have":
				if d.XPOS[k] == "VBD" {
					f.Tense = Past
				}
			}
			if rel.String() == "aux:pass" {
				f.Passive = true
			}
			if d.XPOS[k] == "VBD" && f.Tense != Future {
				f.Tense = Past
			}
		case "cop":
			switch {
			case d.UPOS[i] == syntax.VERB && strings.EqualFold(d.Lemma[k], "be") && markedTo(t, i):
				// "The hotel is to reopen", "was to close": what is
				// planned, to come
				f.Tense = Future
			case d.XPOS[k] == "VBD":
				f.Tense = Past
			}
		case "mark":
			switch w {
			case "if", "unless", "whether", "once", "until":
				// "once the theatre was open", "until it reopens": a
				// condition or a time to come, not a statement
				f.Modality = Hedged
			}
		case "punct":
			if w == "?" {
				f.Modality = Question
			}
		}
	}
	// "will sign off the plan" with the particle taken for a preposition:
	// an oblique whose "off", "down", "out" or "up" comes right after the
	// verb, when the verb has no object, is the particle and the object.
	if f.Obj < 0 && !f.Copula {
		for j, o := range f.Obliques {
			if c := t.Kid(o.Head, syntax.RelCase); c == i+1 && phrasalPreps[o.Prep] {
				f.Lemma += " " + o.Prep
				f.Obj = o.Head
				f.Obliques = append(f.Obliques[:j], f.Obliques[j+1:]...)
				break
			}
		}
	}
	// "No arrests were made", "no counters would close": a "no" on the
	// subject or object denies the clause; "none of the bells will be
	// melted down" denies it of the bells.
	for _, n := range []*int{&f.Subj, &f.Obj} {
		if *n < 0 {
			continue
		}
		// ("No" inside a sentence is a name: "his own No campaign".)
		if k := t.Kid(*n, syntax.RelDet); k >= 0 && (d.Word(k) == "no" || d.Word(k) == "No" && k == int(s.Start)) {
			f.Negated = !f.Negated
			break
		}
		if strings.EqualFold(d.Word(*n), "none") {
			f.Negated = !f.Negated
			if of := t.Kid(*n, syntax.RelNmod); of >= 0 {
				*n = of
			}
			break
		}
	}
	// "Had Angels not won": an auxiliary before the subject makes a
	// condition or a question.
	if f.Subj >= 0 {
		for _, k := range t.Kids(i) {
			if int(k) < f.Subj && d.Rel[k].Universal() == syntax.RelAux {
				f.Modality = Hedged
			}
		}
	}
	f.Finite = finite(t, i)
	if d.XPOS[i] == "VBD" {
		f.Tense = Past
	}
	if hasWill {
		f.Tense = Future
	}
	// "failed to", "refused to", "declined to", "denied V-ing" negate their
	// complement;
	// "is expected to", "plans to", "voted to" hedge it.
	if d.Rel[i] == syntax.RelXcomp {
		if h := int(d.Head[i]); h >= 0 {
			switch strings.ToLower(d.Lemma[h]) {
			case "fail", "refuse", "decline", "deny":
				f.Negated = !f.Negated // "denied breaching its permit"
			case "vote":
				if !voteDecides[strings.ToLower(d.Lemma[i])] || tenseOf(t, h) != Past && !perfect(t, h) {
					f.Modality = Hedged
				}
			case "expect", "plan", "hope", "want", "aim", "intend", "seek", "propose", "threaten", "try":
				f.Modality = Hedged
			}
			if f.Subj < 0 {
				f.Subj = t.Kid(h, syntax.RelNsubj)
			}
			if f.Tense == Present {
				f.Tense = tenseOf(t, h)
			}
		}
	}
	// "denied that it had breached its permit": the clause is said not to
	// hold by the one it is said of. (One who denies what is said of
	// another — "Sky denied the programme breached broadcasting
	// guidelines" — answers an accusation: a dispute the article
	// reports, not a fact it states twice.)
	if d.Rel[i].Universal().String() == "ccomp" && f.Subj >= 0 && d.UPOS[f.Subj] == syntax.PRON {
		if h := int(d.Head[i]); h >= 0 && d.UPOS[h] == syntax.VERB && strings.EqualFold(d.Lemma[h], "deny") {
			f.Negated = !f.Negated
		}
	}
	// "the engine lost power and then stopped": a verb joined to another
	// with no subject of its own shares the first verb's.
	if f.Subj < 0 && d.Rel[i] == syntax.RelConj {
		if h := int(d.Head[i]); h >= 0 && h < i && d.UPOS[h] == syntax.VERB && d.UPOS[i] == syntax.VERB {
			f.Subj = t.Kid(h, syntax.RelNsubj)
			if f.Subj >= 0 && strings.HasSuffix(d.Rel[f.Subj].String(), ":pass") != f.Passive {
				f.Subj = -1 // (a passive and an active verb share no subject's role)
			}
		}
	}
	f.First, f.Last = t.Extent(i, true)
	return f, true
}

// tenseOf returns the tense of the predicate at i from its auxiliaries.
func tenseOf(t *Tree, i int) Tense {
	d := t.Doc
	tense := Present
	if d.XPOS[i] == "VBD" {
		tense = Past
	}
	for _, k := range t.Kids(i) {
		if d.Rel[k].Universal() == syntax.RelAux {
			switch strings.ToLower(d.Lemma[k]) {
			case "will", "shall":
				return Future
			}
			if d.XPOS[k] == "VBD" {
				tense = Past
			}
		}
	}
	return tense
}

// caseOf returns the lemma of the preposition of an oblique or nominal
// modifier k ("in" in "in Geneva"), with a second word for "out of",
// "ahead of"; "" when it has none.
func caseOf(t *Tree, k int) string {
	d := t.Doc
	for _, c := range t.Kids(k) {
		if d.Rel[c] == syntax.RelCase {
			p := strings.ToLower(d.Word(int(c)))
			for _, f := range t.Kids(int(c)) {
				if d.Rel[f].String() == "fixed" {
					p += " " + strings.ToLower(d.Word(int(f)))
				}
			}
			return p
		}
	}
	return ""
}

// finite reports whether the predicate at i is tensed, has an
// auxiliary or copula, or is the infinitive complement of such a verb.
func finite(t *Tree, i int) bool {
	d := t.Doc
	for depth := 0; i >= 0 && depth < 3; depth++ {
		switch d.XPOS[i] {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
		for _, k := range t.Kids(i) {
			switch d.Rel[k].Universal() {
			case syntax.RelAux, syntax.RelCop:
				if d.XPOS[k] != "TO" {
					return true
				}
			}
		}
		if d.Rel[i] != syntax.RelXcomp {
			return false
		}
		i = int(d.Head[i])
	}
	return false
}

// reportedFuture reports whether the clause at i is what a speaker said
// or decided would happen: the complement of a verb of saying in the
// past ("said it would close", "confirmed that the plant would not
// take orders").
func reportedFuture(t *Tree, i int) bool {
	d := t.Doc
	said := func(h int) bool {
		return h >= 0 && reportVerbs[strings.ToLower(d.Lemma[h])] && (d.XPOS[h] == "VBD" || d.XPOS[h] == "VBN")
	}
	if d.Rel[i].Universal() == syntax.RelCcomp {
		h := int(d.Head[i])
		if h >= 0 && d.UPOS[h] == syntax.ADV {
			h = int(d.Head[h]) // "said later that", the clause hung on "later"
		}
		return said(h)
	}
	// "The range would remain open, the army said": the verb of saying
	// after the clause, which a parse hangs under it.
	for _, k := range t.Kids(i) {
		if r := d.Rel[k].Universal().String(); int(k) > i && (r == "parataxis" || r == "conj") && said(int(k)) {
			return true
		}
	}
	return false
}

// IsReportVerb reports whether a verb's lemma is one of saying or
// deciding ("say", "confirm", "announce").
func IsReportVerb(lemma string) bool { return reportVerbs[lemma] }

// markedTo reports whether predicate i is an infinitive with "to".
func markedTo(t *Tree, i int) bool {
	for _, k := range t.Kids(i) {
		if t.Doc.Rel[k] == syntax.RelMark && strings.EqualFold(t.Doc.Word(int(k)), "to") {
			return true
		}
	}
	return false
}

// perfect reports whether the predicate at i has the auxiliary "have":
// "have voted".
func perfect(t *Tree, i int) bool {
	d := t.Doc
	for _, k := range t.Kids(i) {
		if d.Rel[k].Universal() == syntax.RelAux && strings.EqualFold(d.Lemma[k], "have") {
			return true
		}
	}
	return false
}
