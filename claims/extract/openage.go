package extract

import (
	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// PropertyAge is the property of a person's age in years, as extraction
// without a knowledge base names it.
const PropertyAge = "age"

// openAge makes the claim of a person's age from the ways news gives it:
// "John Smith, 54, was arrested", "the 45-year-old Smith", "Smith, a
// 45-year-old teacher,", "Ms Jones, who is 58,", and "the 45-year-old
// said" or "her 101st birthday" of the one person named just before. The person is the
// subject, so that two ages of one person in one article meet in the
// value-conflict check. It reports whether mention vi was such an age.
func (b *builder) openAge(x *clauseCtx, vi int) bool {
	d := b.d
	m := d.ments[vi]
	var person *entityRef
	first, last := m.first, m.last // the words that state it
	switch {
	case m.age:
		if ref, e := d.personAt(m.last); ref != nil {
			person, last = ref, e // "the 45-year-old Smith"
		} else if k := m.first - 1; k >= 2 && (d.f(k) == "a" || d.f(k) == "the") && d.f(k-1) == "," {
			person, first = d.personBefore(k - 1) // "Smith, a 45-year-old teacher"
		} else if k >= 0 && d.f(k) == "the" && m.last < len(d.toks) && ageNounFollowers[d.f(m.last)] {
			person = d.onlyPersonBefore(k) // "The 103-year-old said": the one person named before
		}
	case m.ordinal && m.val.Amount >= 1 && m.val.Amount < 120 && m.last < len(d.toks) && d.f(m.last) == "birthday" &&
		m.first >= 1 && (d.f(m.first-1) == "her" || d.f(m.first-1) == "his"):
		// "Edith Marsh celebrated her 101st birthday": 101 years old
		// (the birthday is this year's: an anniversary still to come,
		// "will celebrate", is read as the same age).
		person, last = d.onlyPersonBefore(m.first), m.last+1
	case m.val.Kind == claims.KindNumber && !m.ordinal && m.val.Amount >= 1 && m.val.Amount < 120 &&
		m.val.Amount == float64(int(m.val.Amount)) && m.last-m.first == 1 && d.toks[m.first].Kind == text.Number:
		if !d.closesAppositive(m.last) {
			return false
		}
		switch k := m.first - 1; {
		case k >= 1 && d.f(k) == ",":
			person, first = d.personBefore(k) // "John Smith, 54,"
		case k >= 3 && (d.f(k) == "is" || d.f(k) == "was") && d.f(k-1) == "who" && d.f(k-2) == ",":
			person, first = d.personBefore(k - 2) // "Ms Jones, who is 58,"
		}
		if person != nil && m.val.Amount < 16 && d.appositiveList(m) {
			return false // "McIlroy, 2, and Woods, 5,": ranks, likely
		}
	}
	if person == nil || b.kbMode && !person.kb {
		return false
	}
	x.use(vi)
	v := claims.Value{Kind: claims.KindDuration, Amount: m.val.Amount, Unit: "year", Precision: m.val.Precision, Text: m.val.Text}
	// The writer states the age, not the clause's speaker, and it is
	// presupposed: asserted whatever the clause says ("the 45-year-old
	// Smith denied it").
	sp := d.span(first, last)
	cl := claims.Claim{Text: d.text[sp.Start:sp.End], Span: sp, Subject: person.id, Property: PropertyAge,
		Value: v, Modality: claims.ModalityAsserted}
	if asOf := b.figureTime(x, vi); !asOf.IsZero() && !dayOrFiner(asOf) {
		cl.AsOf = asOf // "at 54, in 2019": an age holds for a year; the day of an arrest does not limit it
	}
	b.keep(x, cl, true)
	return true
}

// appositiveList reports whether the sentence of figure m holds another
// name followed by a figure between commas, as lists of ranks and scores
// do: "Rory McIlroy, 2, and Tiger Woods, 5, were ranked".
func (d *doc) appositiveList(m mention) bool {
	s := d.sents[d.tokSent[m.first]]
	for k := s.first + 1; k+1 < s.last; k++ {
		if k == m.first || d.toks[k].Kind != text.Number || d.f(k-1) != "," || !d.closesAppositive(k+1) {
			continue
		}
		if ref, _ := d.personBefore(k - 1); ref != nil {
			return true
		}
	}
	return false
}

// ageNounFollowers are the words after "the N-year-old" that make it a
// noun phrase of its own, a person named before: "The 103-year-old said",
// "the 27-year-old was arrested".
var ageNounFollowers = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "added": true,
	"was": true, "is": true, "had": true, "has": true, "will": true, "would": true, "who": true, ",": true,
	".": true, "denies": true, "denied": true, "admitted": true, "appeared": true, "pleaded": true, "died": true}

// onlyPersonBefore returns the person named before token k, in its
// sentence and the two before it, when one person alone is named there;
// nil otherwise ("Smith, 54, and Jones, 52 … the 52-year-old" is not
// read).
func (d *doc) onlyPersonBefore(k int) *entityRef {
	si := int(d.tokSent[k])
	start := d.sents[max(0, si-2)].first
	var found *entityRef
	for i := k - 1; i >= start; i-- {
		mi := d.tokMen[i]
		if mi < 0 {
			continue
		}
		m := d.ments[mi]
		if m.ent == nil || m.ent.kind != claims.EntityPerson {
			continue
		}
		if found != nil && found != m.ent && found.id != m.ent.id {
			return nil
		}
		found = m.ent
	}
	return found
}

// personAt returns the person named by the entity mention that starts at
// token i and the token after it, or nil.
func (d *doc) personAt(i int) (*entityRef, int) {
	if i < 0 || i >= len(d.toks) {
		return nil, i
	}
	if mi := d.tokMen[i]; mi >= 0 {
		if m := d.ments[mi]; m.ent != nil && m.ent.kind == claims.EntityPerson && m.first == i {
			return m.ent, m.last
		}
	}
	return nil, i
}

// personBefore returns the person named by the entity mention that ends
// just before token k and the token it starts at, or nil.
func (d *doc) personBefore(k int) (*entityRef, int) {
	if k < 1 {
		return nil, k
	}
	if mi := d.tokMen[k-1]; mi >= 0 {
		if m := d.ments[mi]; m.ent != nil && m.ent.kind == claims.EntityPerson && m.last == k {
			return m.ent, m.first
		}
	}
	return nil, k
}

// closesAppositive reports whether token k ends an appositive: a comma,
// a full stop or the end of the text ("Smith, 54, said", "by John
// Smith, 54.").
func (d *doc) closesAppositive(k int) bool {
	if k >= len(d.toks) {
		return true
	}
	switch d.f(k) {
	case ",", ".", ";", ")":
		return true
	}
	return false
}

// swallowedAges makes the age claims of a clause that lies wholly inside
// a sentence's attribution, as a speaker's relative clause does: "Ms
// Jones, who is 58, said".
func (b *builder) swallowedAges(c clause, attr attribution) {
	if b.kbMode {
		return
	}
	d := b.d
	x := b.context(c, c.first, c.last, attr)
	for i := c.first; i < c.last; i++ {
		if mi := d.tokMen[i]; mi >= 0 && d.ments[mi].first == i && d.ments[mi].ent == nil {
			b.openAge(x, int(mi))
		}
	}
}

// kbAges makes the age claims of a clause about the knowledge base's
// people ("Larry Sanger, 46,"), which the knowledge base may check against
// a date of birth.
func (b *builder) kbAges(x *clauseCtx) {
	for _, vs := range [][]int{x.aside, x.values} {
		for _, vi := range vs {
			if !x.isUsed(vi) {
				b.openAge(x, vi)
			}
		}
	}
}
