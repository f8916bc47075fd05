package extract

import (
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// Terms: "John Smith was jailed for 10 years" and "his 12-year sentence"
// are one sentence's length; "banned for three years" and "his two-year
// ban" one ban's. A duration after "for" and a verb of punishment, or
// before the noun it measures, is the length of that person's term.

// termVerbs map a verb of punishment to the term it gives.
var termVerbs = lexicon(map[string]string{
	"jailed": "sentence", "sentenced": "sentence", "imprisoned": "sentence", "locked": "sentence",
	"banned": "ban", "suspended": "suspension", "barred": "ban",
})

// termNouns are the nouns of a term, singular.
var termNouns = words(`sentence ban suspension term`)

// openTerm makes the claim of a person's term from duration vi and
// reports whether it did.
func (b *builder) openTerm(x *clauseCtx, vi int) bool {
	d := b.d
	m := d.ments[vi]
	if m.val.Kind != claims.KindDuration || m.age {
		return false
	}
	noun := ""
	switch {
	case m.last < x.last && d.in(termNouns, m.last):
		noun = d.f(m.last) // "his 12-year sentence"
	case m.first >= 2 && d.f(m.first-1) == "for":
		// "was jailed for 10 years", "was banned from driving for
		// three years": the verb within five words before
		for k := m.first - 2; k >= x.first && k >= m.first-6; k-- {
			if t, ok := termVerbs.get(d.f(k)); ok {
				noun = t
				break
			}
		}
	}
	if noun == "" {
		return false
	}
	person := b.termHolder(x, m)
	if person == nil {
		return false
	}
	x.use(vi)
	b.emit(x, person.id, noun, m.val, claims.ModalityAsserted, true)
	return true
}

// termHolder returns the person a term is of: the possessor before the
// noun ("Smith's", "his", "her"), else the clause's first person.
func (b *builder) termHolder(x *clauseCtx, m mention) *entityRef {
	d := b.d
	if k := m.first - 1; k >= x.first {
		switch d.f(k) {
		case "his", "her":
			return b.lastPerson
		case "'s":
			if ref, _ := d.personBefore(k); ref != nil {
				return ref
			}
		}
	}
	for _, s := range x.subjects {
		if s.ref.kind == claims.EntityPerson && s.at < m.first {
			return s.ref
		}
	}
	return nil
}

// closureVerbs close a thing for a time: "the line will close for nine
// days", "the bridge was shut for six weeks".
var closureVerbs = words(`close closes closed closing shut shuts shutting`)

// openClosure makes the claim of how long a thing closes, from duration
// vi: "will close for eight weeks" and "the six-week closure" are one
// closure's length. It reports whether it did.
func (b *builder) openClosure(x *clauseCtx, vi int) bool {
	d := b.d
	m := d.ments[vi]
	if m.val.Kind != claims.KindDuration || m.age {
		return false
	}
	subject := ""
	switch {
	case m.last < x.last && d.f(m.last) == "closure":
		// "the 11-day closure": of what "of" says, else of the thing
		// whose closure was named before
		if k := m.last + 1; k+1 < x.last && d.f(k) == "of" {
			subject = b.decisionSubject(d.nounEnd(k+1, x.last))
		} else if m.first > 0 && d.f(m.first-1) == "the" {
			subject = b.owners["closure"]
		}
	case m.first >= 2 && d.f(m.first-1) == "for" && d.in(closureVerbs, m.first-2):
		// "the line will close for nine days"
		k := m.first - 3
		for k >= x.first && (d.f(k) == "will" || d.f(k) == "would" || d.f(k) == "be" || d.f(k) == "was" || d.f(k) == "is" ||
			d.f(k) == "to" || d.f(k) == "been" || d.f(k) == "has" || d.f(k) == "had" || d.f(k) == "temporarily") {
			k--
		}
		if k >= x.first {
			subject = b.decisionSubject(k)
		}
	}
	if subject == "" {
		return false
	}
	b.owners["closure"] = subject
	x.use(vi)
	b.emit(x, subject, "closure", m.val, b.figureMod(x, vi, "closure"), true)
	return true
}

// nounEnd returns the last token of the noun phrase that starts at token
// i: "the Fenby line" ends at "line", "the bridge starts" at "bridge" (a
// word in -s after a noun is taken for a verb).
func (d *doc) nounEnd(i, last int) int {
	k := i
	for k+1 < last && d.toks[k+1].Kind == text.Word && !d.in(functionWords, k+1) && !d.in(verbLike, k+1) {
		if w := d.f(k + 1); !d.in(functionWords, k) && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			break
		}
		k++
	}
	return k
}
