package extract

import "github.com/veracity-go/veracity/claims"

// PropertyAge is the property of a person's age in years, as extraction
// without a knowledge base names it.
const PropertyAge = "age"

// openAge makes the claim of a person's age from the ways news gives it:
// "John Smith, 54, was arrested", "the 45-year-old Smith", "Smith, a
// 45-year-old teacher,", "Ms Jones, who is 58,". The person is the
// subject, so that two ages of one person in one article meet in the
// value-conflict check. It reports whether mention vi was such an age.
func (b *builder) openAge(x *clauseCtx, vi int) bool {
	d := b.d
	m := d.ments[vi]
	var person *entityRef
	switch {
	case m.age:
		if ref := d.personAt(m.last); ref != nil {
			person = ref // "the 45-year-old Smith"
		} else if k := m.first - 1; k >= 2 && (d.f(k) == "a" || d.f(k) == "the") && d.f(k-1) == "," {
			person = d.personBefore(k - 1) // "Smith, a 45-year-old teacher"
		}
	case m.val.Kind == claims.KindNumber && !m.ordinal && m.val.Amount >= 1 && m.val.Amount < 120 &&
		m.val.Amount == float64(int(m.val.Amount)) && m.last-m.first == 1 && d.toks[m.first].kind == tNum:
		if !d.closesAppositive(m.last) {
			return false
		}
		switch k := m.first - 1; {
		case k >= 1 && d.f(k) == ",":
			person = d.personBefore(k) // "John Smith, 54,"
		case k >= 3 && (d.f(k) == "is" || d.f(k) == "was") && d.f(k-1) == "who" && d.f(k-2) == ",":
			person = d.personBefore(k - 2) // "Ms Jones, who is 58,"
		}
	}
	if person == nil {
		return false
	}
	x.use(vi)
	v := claims.Value{Kind: claims.KindDuration, Amount: m.val.Amount, Unit: "year", Precision: m.val.Precision, Text: m.val.Text}
	n := len(b.out)
	b.emit(x, person.id, PropertyAge, v, claims.ModalityAsserted, true) // presupposed: "the 45-year-old Smith denied it"
	if asOf := b.figureTime(x, vi); len(b.out) > n && !asOf.IsZero() {
		b.out[n].AsOf = asOf
	}
	return true
}

// personAt returns the person named by the entity mention at token i, or
// nil.
func (d *doc) personAt(i int) *entityRef {
	if i < 0 || i >= len(d.toks) {
		return nil
	}
	if mi := d.tokMen[i]; mi >= 0 {
		if e := d.ments[mi].ent; e != nil && e.kind == claims.EntityPerson && d.ments[mi].first == i {
			return e
		}
	}
	return nil
}

// personBefore returns the person named by the entity mention that ends
// just before token k, or nil.
func (d *doc) personBefore(k int) *entityRef {
	if k < 1 {
		return nil
	}
	if mi := d.tokMen[k-1]; mi >= 0 {
		if m := d.ments[mi]; m.ent != nil && m.ent.kind == claims.EntityPerson && m.last == k {
			return m.ent
		}
	}
	return nil
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
	x := &b.scratch
	*x = clauseCtx{first: c.first, last: c.last, rel: c.rel, ante: c.ante, sent: d.sents[c.sent], attr: attr,
		subjects: x.subjects[:0], values: x.values[:0], aside: x.aside[:0], places: x.places[:0], used: x.used[:0]}
	for i := c.first; i < c.last; i++ {
		if mi := d.tokMen[i]; mi >= 0 && d.ments[mi].first == i && d.ments[mi].ent == nil {
			b.openAge(x, int(mi))
		}
	}
}
