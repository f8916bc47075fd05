package extract

import (
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// What is given in one place and called unknown in another, beyond dates
// and venues: the cause of an event ("the fire was started by a
// barbecue" / "the cause of the fire remains unknown"), a figure of a
// thing ("has signed a four-year contract" / "the length of his contract
// has not been disclosed") and what a thing will do ("replacement buses
// will run" / "details of replacement bus services were still being
// finalised"). Each pair is keyed alike, so that the two meet in the
// certainty-conflict check.

// PropertyCause is the property of what caused an event.
const PropertyCause = "cause"

// PropertyFuture is the property of what a thing or person will do.
const PropertyFuture = "future"

// causeVerbs, as participles after "was", name what brought an event
// about: "was caused by", "was started by".
var causeVerbs = words(`caused started sparked triggered`)

// eventSynonyms key the nouns of one kind of event alike.
var eventSynonyms = map[string]string{
	"blaze": "fire", "fire": "fire", "wildfire": "fire", "flooding": "flood", "flood": "flood",
	"collision": "crash", "crash": "crash", "blast": "explosion", "explosion": "explosion",
	"outage": "outage", "failure": "failure", "collapse": "collapse", "derailment": "derailment",
	"leak": "leak", "accident": "accident", "delay": "delay", "delays": "delay", "disruption": "disruption",
}

// figureAspects name a figure of a thing without giving it: "the length
// of his contract", "the value of the deal".
var figureAspects = words(`length value size amount cost price terms duration fee`)

// genericHeads are nouns after the noun that says what the thing is:
// "bus services", "rail arrangements".
var genericHeads = words(`service services arrangement arrangements plan plans operation operations`)

// causeKey returns the key of an event noun at token j, or "".
func (d *doc) causeKey(j int) string {
	if d.toks[j].Kind != text.Word || d.toks[j].Has(text.Cap) && !d.sentenceStart(j) {
		return ""
	}
	return eventSynonyms[d.f(j)]
}

// openCause makes the claim of what caused an event: "the flooding on
// Mill Street was caused by a blocked culvert". The event is the head of
// the noun phrase before "was"; the value, the words after "by". It
// reports whether it did.
func (b *builder) openCause(x *clauseCtx) bool {
	d := b.d
	for i := x.first + 2; i+2 < x.last; i++ {
		if !d.in(causeVerbs, i) || d.f(i+1) != "by" {
			continue
		}
		if w := d.f(i - 1); w != "was" && w != "were" && w != "been" {
			continue
		}
		subject := ""
		for j := max(x.first, i-8); j < i-1 && subject == ""; j++ {
			subject = d.causeKey(j) // "the explosion at the depot was caused by"
		}
		if subject == "" {
			return false
		}
		end := i + 2
		for end < x.last && d.f(end) != "," && d.f(end) != "." {
			end++
		}
		// the words up to the cause say how it is put, not a later
		// conjunct ("…, and urged residents never to leave dryers on")
		mod := d.modalityOf(x.first, end)
		if x.attr.hedge && mod == claims.ModalityAsserted {
			mod = claims.ModalityHedged
		}
		b.emit(x, subject, PropertyCause, claims.Value{Kind: claims.KindBool, Bool: true, Text: d.textOf(i, end)}, mod, true)
		return true
	}
	return false
}

// causeUnknown makes the claim that the cause of an event is unknown:
// "the cause of the fire remains unknown". It reports whether it did.
func (b *builder) causeUnknown(x *clauseCtx) bool {
	d := b.d
	for i := x.first; i+2 < x.last; i++ {
		if d.f(i) != "cause" || d.f(i+1) != "of" {
			continue
		}
		j := i + 2
		if d.in(determiners, j) && j+1 < x.last {
			j++
		}
		if key := d.causeKey(j); key != "" {
			b.emit(x, key, PropertyCause, claims.Value{}, claims.ModalityUnknown, true)
			return true
		}
	}
	return false
}

// figureUnknown makes the claim that a figure of a thing is unknown: "the
// length of Smith's contract has not been disclosed", "the value of the
// deal was not revealed". The thing is the property, as a figure of it
// is keyed; its owner, the one named before "'s", else the owner of the
// last figure of the thing. It reports whether it did.
func (b *builder) figureUnknown(x *clauseCtx) bool {
	d := b.d
	for i := x.first; i+2 < x.last; i++ {
		if !d.in(figureAspects, i) || d.f(i+1) != "of" {
			continue
		}
		j, owner := i+2, ""
		if d.in(determiners, j) {
			j++
		} else if k := j + 1; k+1 < x.last && d.f(k) == "'s" {
			owner = b.decisionSubject(j)
			j = k + 1
		} else if mi := d.tokMen[j]; mi >= 0 && d.ments[mi].ent != nil {
			if k := d.ments[mi].last; k+1 < x.last && d.f(k) == "'s" {
				owner, j = d.ments[mi].ent.id, k+1
			}
		}
		if j >= x.last || d.toks[j].Kind != text.Word || d.in(functionWords, j) {
			return false
		}
		noun := nounKey(d.f(d.nounEnd(j, x.last)))
		if owner == "" {
			owner = b.owners[noun]
		}
		if owner == "" {
			return false
		}
		b.emit(x, owner, noun, claims.Value{}, claims.ModalityUnknown, true)
		return true
	}
	return false
}

// thingKey returns the key of the noun phrase that ends at token k: its
// head noun, singular, or the noun before a generic head ("bus services"
// is the bus's).
func (d *doc) thingKey(first, k int) string {
	if k < first || d.toks[k].Kind != text.Word || d.in(functionWords, k) || d.toks[k].Has(text.Cap) && !d.sentenceStart(k) {
		return ""
	}
	if d.in(genericHeads, k) && k-1 >= first && d.toks[k-1].Kind == text.Word && !d.in(functionWords, k-1) {
		k--
	}
	return thingSingular(d.f(k))
}

// thingSingular returns a noun singular: "buses" is "bus", and
// "headquarters" is as it is.
func thingSingular(w string) string {
	switch {
	case invariantNouns.has(w):
		return w
	case strings.HasSuffix(w, "uses") && len(w) <= 6:
		return w[:len(w)-2]
	case isPlural(w):
		return singular(w)
	}
	return w
}

// invariantNouns end in "s" in the singular.
var invariantNouns = words(`headquarters premises series species news means works barracks`)

// thingEnd returns the last token of the noun phrase from token j: "bus"
// in "bus services were".
func (d *doc) thingEnd(j, last int) int {
	for j+1 < last && d.toks[j+1].Kind == text.Word && !d.in(functionWords, j+1) && !d.in(verbLike, j+1) &&
		!d.toks[j+1].Has(text.Cap) && d.tokMen[j+1] < 0 && !strings.HasSuffix(d.f(j+1), "ing") {
		j++
	}
	return j
}

// openFuture makes the claims of what a thing will do, stated as fact:
// "replacement buses will run every 20 minutes" (the buses' future),
// "Acme will move its headquarters" (Acme's and the headquarters').
func (b *builder) openFuture(x *clauseCtx) {
	d := b.d
	if x.mod != claims.ModalityAsserted {
		return
	}
	for i := x.first + 1; i+1 < x.last; i++ {
		w := d.f(i)
		if w != "will" && !(w == "would" && d.reportedWould(i, x.last)) {
			continue
		}
		v := i + 1
		if v >= x.last || d.toks[v].Kind != text.Word || d.in(functionWords, v) || d.toks[v].Has(text.Cap) {
			return
		}
		val := claims.Value{Kind: claims.KindBool, Bool: true, Text: d.textOf(i, v+1)}
		subject := ""
		if mi := d.tokMen[i-1]; mi >= 0 && d.ments[mi].ent != nil {
			subject = d.ments[mi].ent.id
		} else if role := b.roleFor(i - 1); role != "" {
			subject = role
		} else {
			subject = d.thingKey(x.first, i-1)
		}
		if subject != "" {
			b.emit(x, subject, PropertyFuture, val, x.mod, true)
			if fv := d.futureVerb(i, x.last); fv != "" {
				b.emit(x, subject, PropertyFuture+"-"+fv, val, x.mod, true)
			}
		}
		// "will move its headquarters": the object's future too
		if o := v + 1; o+1 < x.last && (d.f(o) == "its" || d.f(o) == "their" || d.f(o) == "the") {
			if key := d.thingKey(o+1, d.thingEnd(o+1, x.last)); key != "" {
				b.emit(x, key, PropertyFuture, val, x.mod, true)
			}
		}
		return
	}
}

// futureUnknown makes the claim that what a thing will do is unknown:
// "the future of the headquarters", "Smith's future", "details of
// replacement bus services", "whether replacement buses would run", in a
// clause that calls it unknown or says no decision has been made on it.
// It reports whether it did.
func (b *builder) futureUnknown(x *clauseCtx) bool {
	d := b.d
	for i := x.first; i+2 < x.last; i++ {
		w := d.f(i)
		key := ""
		switch {
		case (w == "future" || w == "details" || w == "arrangements") && d.f(i+1) == "of":
			j := i + 2
			if d.in(determiners, j) {
				j++
			}
			if mi := d.tokMen[j]; mi >= 0 && d.ments[mi].ent != nil {
				key = d.ments[mi].ent.id
				// "the future of the Calder Quay headquarters": the
				// headquarters'
				if h := d.ments[mi].last; h < x.last && d.toks[h].Kind == text.Word && !d.toks[h].Has(text.Cap) && !d.in(functionWords, h) && !d.in(verbLike, h) {
					key = d.thingKey(h, d.thingEnd(h, x.last))
				}
			} else if j < x.last {
				key = d.thingKey(j, d.thingEnd(j, x.last))
			}
		case w == "future" && i-1 > x.first && d.f(i-1) == "'s":
			if mi := d.tokMen[i-2]; mi >= 0 && d.ments[mi].ent != nil {
				key = d.ments[mi].ent.id
			} else {
				key = b.decisionSubject(i - 2)
			}
		case w == "whether":
			for k := i + 2; k < x.last && k <= i+5; k++ {
				if f := d.f(k); f == "will" || f == "would" {
					if mi := d.tokMen[k-1]; mi >= 0 && d.ments[mi].ent != nil {
						key = d.ments[mi].ent.id
					} else {
						key = d.thingKey(i+1, k-1)
					}
					// "whether replacement buses would run" leaves open
					// whether they will run, not all they will do ("the
					// hoard would stay in the county" is not "whether the
					// hoard will be lent").
					if v := d.futureVerb(k, x.last); key != "" && v != "" {
						b.emit(x, key, PropertyFuture+"-"+v, claims.Value{}, claims.ModalityUnknown, true)
						return true
					}
					break
				}
			}
		default:
			continue
		}
		if key == "" {
			continue
		}
		b.emit(x, key, PropertyFuture, claims.Value{}, claims.ModalityUnknown, true)
		return true
	}
	return false
}

// noDecision reports whether tokens [first, last) say that no decision has
// been made: "no final decision had yet been made".
func (d *doc) noDecision(first, last int) bool {
	for i := first; i+1 < last; i++ {
		if d.f(i) != "no" {
			continue
		}
		for k := i + 1; k < last && k <= i+3; k++ {
			if d.f(k) == "decision" || d.f(k) == "decisions" {
				for m := k + 1; m < last && m <= k+5; m++ {
					if strings.HasPrefix(d.f(m), "made") || d.f(m) == "taken" {
						return true
					}
				}
			}
		}
	}
	return false
}

// pruneFutures drops the claims of what a thing will do whose thing is
// never called unknown: "residents will get a rebate" alone is no claim
// worth checking, and would key every "will" of a text.
func pruneFutures(out []claims.Claim) []claims.Claim {
	type key struct{ subject, property string }
	unknown := map[key]bool{}
	isFuture := func(p string) bool {
		return p == PropertyFuture || strings.HasPrefix(p, PropertyFuture+"-")
	}
	for _, c := range out {
		if isFuture(c.Property) && c.Modality == claims.ModalityUnknown {
			unknown[key{c.Subject, c.Property}] = true
		}
	}
	kept := out[:0]
	for _, c := range out {
		if !isFuture(c.Property) || unknown[key{c.Subject, c.Property}] {
			kept = append(kept, c)
		}
	}
	return kept
}

// futureVerb returns the verb after the "will" or "would" at token i, as
// written (after "be" when passive: "will be lent" → "lent"), or "".
func (d *doc) futureVerb(i, last int) string {
	v := i + 1
	if v < last && d.f(v) == "not" {
		v++
	}
	if v+1 < last && d.f(v) == "be" {
		v++
	}
	if v >= last || d.toks[v].Kind != text.Word || d.in(functionWords, v) {
		return ""
	}
	return d.f(v)
}
