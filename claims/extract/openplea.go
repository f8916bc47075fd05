package extract

import "github.com/veracity-go/veracity/claims"

// Pleas: "Hale pleaded guilty to nine counts of fraud" and "Hale, who had
// pleaded not guilty to all charges" are one statement affirmed and
// denied, which court reports get wrong. The claim is the defendant's,
// property PropertyPleadedGuilty, negated for "not guilty".

// PropertyPleadedGuilty is the property of a defendant's plea of guilty.
const PropertyPleadedGuilty = "pleaded-guilty"

// pleaVerbs are the forms of "plead".
var pleaVerbs = words(`pleaded pleads plead pleading pled`)

// openPlea makes the claim of a plea in clause x and reports whether there
// was one.
func (b *builder) openPlea(x *clauseCtx) bool {
	d := b.d
	for i := x.first; i+1 < x.last; i++ {
		if !d.in(pleaVerbs, i) {
			continue
		}
		j, negated := i+1, false
		if d.f(j) == "not" {
			j, negated = j+1, true
		}
		if j >= x.last || d.f(j) != "guilty" {
			continue
		}
		subject := b.decisionSubject(d.pleaSubjectAt(i))
		if subject == "" {
			return false
		}
		mod := claims.ModalityAsserted
		if negated {
			mod = claims.ModalityNegated
		}
		if x.mod == claims.ModalityHedged {
			mod = claims.ModalityHedged // "is expected to plead guilty"
		}
		b.emit(x, subject, PropertyPleadedGuilty, claims.Value{Kind: claims.KindBool, Bool: true, Text: d.textOf(i, j+1)}, mod, true)
		return true
	}
	return false
}

// pleaSubjectAt returns the token that names who pleads at verb i: the
// word before it and its auxiliaries ("Hale had pleaded"), or the
// antecedent of a relative "who" ("Hale, who had pleaded").
func (d *doc) pleaSubjectAt(i int) int {
	k := i - 1
	for k >= 0 && (d.f(k) == "had" || d.f(k) == "has" || d.f(k) == "have" || d.f(k) == "also" || d.f(k) == "previously" || d.f(k) == "earlier" || d.f(k) == "initially") {
		k--
	}
	if k >= 2 && d.f(k) == "who" && d.f(k-1) == "," {
		k -= 2
	}
	if k >= 1 && d.f(k) == "," && d.tokMen[k-1] >= 0 {
		k-- // "Her co-defendant, Tom Brown, pleaded"
	}
	return k
}

// appositionHead returns the last token of the name that opens a clause
// at first when token k ends a chain of appositions after it — "Darren
// Hale, 44, of Castle Lane, Brenford, pleaded": the one who pleads is
// Hale, not Brenford — and k otherwise. A link of the chain is at most
// six tokens between commas, with no verb.
func (d *doc) appositionHead(k, first int) int {
	if k <= first || first < 0 {
		return k
	}
	mi := d.tokMen[first]
	if mi < 0 || d.ments[mi].ent == nil || d.ments[mi].first != first {
		return k
	}
	end := d.ments[mi].last
	if end >= k || d.f(end) != "," {
		return k
	}
	link := 0
	for j := end; j <= k; j++ {
		if d.f(j) == "," {
			link = 0
			continue
		}
		if d.in(verbLike, j) {
			return k
		}
		if link++; link > 6 {
			return k
		}
	}
	return end - 1
}
