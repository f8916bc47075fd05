package extract

import (
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// Role nouns: "the mayor", "the club". Without a name, an article refers
// to a person or an organisation by what it is, and later by a pronoun:
// "The mayor will resign … The mayor said she would not resign". A
// pronoun that refers back to a role noun takes the role noun's key, so
// that the two statements meet.

var (
	// personRoles name a person by an office: "he" and "she" may refer
	// back to them (not "she" to a role in -man, nor "he" to one in
	// -woman).
	personRoles = words(`mayor minister chairman chairwoman chairperson executive manager coach
		president leader spokesman spokeswoman spokesperson premier governor chancellor secretary
		director boss captain chief ambassador commissioner senator treasurer headteacher
		headmaster headmistress principal bishop archbishop judge candidate councillor
		mp prosecutor sheriff superintendent inspector`)
	// orgRoles name an organisation by its kind: "it" may refer back to
	// them.
	orgRoles = words(`club council company firm government party board committee union
		authority agency ministry department bank group association federation league
		commission trust charity university school hospital regulator administration`)
)

// roleFor returns the key of the role noun the pronoun at token k ("he",
// "she", "it") refers back to: the nearest compatible role noun before
// it in the same or the previous paragraph. A person named nearer ("he"
// and "she") or an organisation or place named nearer ("it") is the
// antecedent instead, which is not a role noun's: then, and when there is
// no role noun, it returns "".
func (b *builder) roleFor(k int) string {
	d := b.d
	pron := d.f(k)
	var roles *wordSet
	switch pron {
	case "he", "she":
		roles = personRoles
	case "it":
		roles = orgRoles
	default:
		return ""
	}
	breaks := 0
	for j := k - 1; j >= 0; j-- {
		if mi := d.tokMen[j]; mi >= 0 {
			if e := d.ments[mi].ent; e != nil && (e.kind == claims.EntityPerson) == (roles == personRoles) {
				return "" // "Smith … she": a name
			}
			continue
		}
		if d.in(roles, j) && d.roleNoun(j) {
			w := d.f(j)
			if pron == "she" && strings.HasSuffix(w, "man") && !strings.HasSuffix(w, "woman") ||
				pron == "he" && strings.HasSuffix(w, "woman") {
				continue // "the chairman … she": another
			}
			if d.namedRole(j) {
				return "" // "Jane Smith, the mayor, … she": the name's
			}
			if e := d.namedBefore(j); e != nil {
				return e.id // "Eastfield Council … the council … it"
			}
			return nounKey(w)
		}
		if d.paraBreak(j) {
			if breaks++; breaks == 2 {
				return ""
			}
		}
	}
	return ""
}

// roleNoun reports whether the role noun at token j heads a definite noun
// phrase of its own: "the mayor", "the chief executive", "the city
// council"; not "the club chairman" (the chairman is meant) nor "the
// mayor's" possessive of another ("the mayor's spokesman said he").
func (d *doc) roleNoun(j int) bool {
	if j+1 < len(d.toks) && (d.in(personRoles, j+1) || d.in(orgRoles, j+1) || d.f(j+1) == "'s") {
		return false
	}
	k := j - 1
	if k >= 1 && d.f(k) != "the" && d.f(k-1) == "the" && d.toks[k].Kind == text.Word && !d.toks[k].Has(text.Cap) && !d.in(functionWords, k) {
		k-- // "the chief executive", "the city council"
	}
	return k >= 0 && d.f(k) == "the"
}

// namedRole reports whether the role noun at token j is in apposition to
// a name: "Jane Smith, the mayor", "the mayor, Jane Smith,".
func (d *doc) namedRole(j int) bool {
	named := func(i int) bool {
		return i >= 0 && i < len(d.toks) && d.tokMen[i] >= 0 && d.ments[d.tokMen[i]].ent != nil
	}
	k := j - 1
	for k >= 0 && d.f(k) != "the" {
		k--
	}
	return k >= 2 && d.f(k-1) == "," && named(k-2) || d.fAt(j+1) == "," && named(j+2)
}

// paraBreak reports whether a blank line comes before token i.
func (d *doc) paraBreak(i int) bool {
	if i < 1 || !d.toks[i].Has(text.Newline) {
		return false
	}
	return strings.Count(d.text[d.toks[i-1].End:d.toks[i].Start], "\n") >= 2
}

// orgRefNouns name a business by its kind: "the firm", "the company" and
// "the group" refer back to the last organisation named.
var orgRefNouns = words(`firm company group`)

// noteOrg records that organisation e is named in sentence si, for the
// definite references after it ("the firm"); two named in one sentence
// leave them unresolved ("Acme bought Beta Ltd. The firm said…").
func (b *builder) noteOrg(e *entityRef, si int) {
	if b.lastOrg != nil && b.lastOrg != e && b.orgSent == si {
		b.orgAmbiguous = true
	} else if b.orgSent != si {
		b.orgAmbiguous = false
	}
	b.lastOrg, b.orgSent = e, si
}

// orgRef returns the organisation that "the firm" ending at token k refers
// back to: the last one named, in its sentence or the two before, unless
// it is unsure which (see [builder.noteOrg]); nil when there is none or
// the noun is not a reference of its own ("the company chairman", "the
// group of MPs"). Only the claims of a firm's own facts (its staff, its
// founding) take it: a news agency or a university named last is too
// often not the firm meant for a general subject.
func (b *builder) orgRef(k int) *entityRef {
	d := b.d
	if b.lastOrg == nil || b.orgAmbiguous || k < 1 || int(d.tokSent[k])-b.orgSent > 2 || !d.in(orgRefNouns, k) || d.f(k-1) != "the" ||
		d.fAt(k+1) == "of" || d.inAt(personRoles, k+1) || d.inAt(orgRoles, k+1) {
		return nil
	}
	return b.lastOrg
}
