package extract

import "github.com/veracity-go/veracity/claims"

// Staff: "Acme Ltd employs 5,000 people in Britain", "the firm's 4,500
// employees", "Acme has 300 staff". A count of people after a verb of
// employing, or of employees after a possessive or "has", is the size of
// the employer's workforce, so that two of one firm meet in the
// value-conflict check. "300 workers will lose their jobs" is not: it
// counts some of them.

// PropertyEmployees is the property of the number of people an employer
// employs.
const PropertyEmployees = "employees"

var (
	// employVerbs before a count of people make it a workforce.
	employVerbs = words(`employs employ employed employing`)
	// staffUnits are the counted nouns, singular, of a workforce.
	staffUnits = words(`employee staff worker`)
	// haveVerbs before a count of employees make it a workforce: "Acme
	// has 300 staff".
	haveVerbs = words(`has have had`)
)

// openStaff makes the claim of a workforce from count vi and reports
// whether it did.
func (b *builder) openStaff(x *clauseCtx, vi int) bool {
	d := b.d
	m := d.ments[vi]
	if m.first <= x.first || d.isChange(m) {
		return false
	}
	k := m.first - 1
	employer := ""
	switch {
	case d.in(employVerbs, k) && (m.val.Kind == claims.KindNumber || m.val.Kind == claims.KindCount &&
		(m.val.Unit == "person" || staffUnits.has(m.val.Unit))):
		employer = b.employer(x, k) // "Acme Ltd employs 5,000 people"
	case m.val.Kind != claims.KindCount || !staffUnits.has(m.val.Unit):
		return false
	case d.in(haveVerbs, k):
		employer = b.employer(x, k) // "Acme Ltd has 300 staff"
	case d.f(k) == "'s" && k > x.first:
		employer = b.orgAt(k - 1) // "the firm's 4,500 employees"
	case d.f(k) == "its" || d.f(k) == "their":
		if b.lastThing != nil && b.lastThing.kind == claims.EntityOrganization {
			employer = b.lastThing.id // "its 4,500 employees"
		}
	}
	if employer == "" && (d.in(employVerbs, k) || d.in(haveVerbs, k)) {
		if ref := b.orgRef(x.first + 1); ref != nil && k <= x.first+3 {
			employer = ref.id // "the firm employs 5,000 people"
		}
	}
	if employer == "" {
		return false
	}
	prop := PropertyEmployees
	if j := m.last; j+1 < x.last && d.f(j) == "in" {
		// "in Britain": the workforce of one country, not the firm's
		if mi := d.tokMen[j+1]; mi >= 0 && d.ments[mi].ent != nil && d.ments[mi].ent.kind != claims.EntityPerson {
			prop += "-in-" + d.ments[mi].ent.id
		}
	}
	x.use(vi)
	v := claims.Value{Kind: claims.KindCount, Text: m.val.Text, Amount: m.val.Amount, Unit: "employee", Cmp: m.val.Cmp, Precision: m.val.Precision}
	if v.Text == "" {
		v.Text = d.textOf(m.first, m.last)
	}
	b.emit(x, employer, prop, v, b.figureMod(x, vi, prop), true)
	return true
}

// orgAt returns the key of the organisation named by the words ending at
// token k: an entity, or "the firm" for the last one named (see
// [builder.orgRef]); "" when none.
func (b *builder) orgAt(k int) string {
	d := b.d
	if mi := d.tokMen[k]; mi >= 0 {
		if e := d.ments[mi].ent; e != nil && e.kind != claims.EntityPerson && e.kind != claims.EntityPlace {
			return e.id
		}
		return ""
	}
	if ref := b.orgRef(k); ref != nil {
		return ref.id
	}
	return ""
}

// employer returns the subject nearest before the verb at token k that is
// no place ("employs 5,000 people in Britain and has 9,000 staff" is the
// firm's): in "SBC employs 163,000 people while AT&T employs 47,000" each
// firm its own.
func (b *builder) employer(x *clauseCtx, k int) string {
	id := ""
	for _, s := range x.subjects {
		if s.at < k && s.ref.kind != claims.EntityPlace && !(s.at > 0 && b.d.in(locativePreps, s.at-1)) {
			id = s.ref.id
		}
	}
	return id
}
