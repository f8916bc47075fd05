package extract

import "github.com/veracity-go/veracity/claims"

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
