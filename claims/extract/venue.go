package extract

import (
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// A place mention is a venue only when something in the clause relates it
// to the event: a venue cue ("take place in X", "X is the venue", "X will
// host the summit"), a locative phrase attached to the event ("the meeting
// between Trump and Putin in Alaska", "he was in New York for the UN
// General Assembly"), or a place put forward as the choice ("X was their
// only option"). A place that modifies a noun ("US President", "the US
// state of Alaska") or owns one ("Russia's territorial gains") is not a
// location.

var (
	// locativePreps introduce a location.
	locativePreps = words(`in at near outside inside within`)
	// placeChainWords may sit between the places of one locative phrase:
	// "in the US state of Alaska", "on Anchorage's northern edge, in Alaska".
	placeChainWords = words(`the of in at on near a an , state city town county province region
		capital outskirts edge northern southern eastern western central north south east west
		'`)
	// copulaWords link a subject to its complement.
	copulaWords = words(`is are was were be been being will would 's has have had`)
	// choiceNouns put a place forward as the venue: "X was their only
	// option", "X is the site of".
	choiceNouns = words(`option choice site setting backdrop destination location venue host home
		pick`)
	// choiceModifiers may precede a choice noun.
	choiceModifiers = words(`the a an their its his her our only best preferred obvious final chosen
		likely natural ideal first main sole`)
	// eventLinkWords may sit between an event and the locative phrase that
	// places it: "the meeting between Trump and Putin in Alaska", "the
	// summit will be in Geneva".
	eventLinkWords = words(`between with and of the a an will be is was being to take takes took
		taking place held hold staged played`)
	// modifierBreaks are words after a place that show it is not a
	// modifier of a noun: prepositions, conjunctions, verbs.
	modifierBreaks = words(`in at on of for from to with by near and or but as than that which who
		is are was were will would has have had be been being said says can could may might
		should must did does do also has not`)
)

// modifier reports whether the place mention m modifies or owns the noun
// after it: "US President", "US state of Alaska", "Russia's gains".
func (d *doc) modifier(m mention) bool {
	j := m.last
	if j >= len(d.toks) {
		return false
	}
	t := d.toks[j]
	w := d.f(j)
	if w == "'s" || w == "'" && t.Glued() {
		return true
	}
	if t.Kind != text.Word || t.Has(text.Newline) {
		return false
	}
	if modifierBreaks.has(w) || speechVerbs.has(w) || strings.HasSuffix(w, "ly") ||
		len(w) > 4 && strings.HasSuffix(w, "ed") || d.tokMen[j] >= 0 {
		return false
	}
	return true
}

// venueValue returns the place mention that the place-valued property cued
// by h gives a value to, or -1.
func (b *builder) venueValue(x *clauseCtx, h cueHit) int {
	d := b.d
	last := d.f(h.end - 1)
	switch {
	case locativePreps.has(last) || last == "on":
		// "take place in X", "will be held at X"
		return b.placeChain(x, h.end)
	case hostVerb(last):
		// "X will host the summit": X before the cue, the event after
		if !b.eventAfter(x, h.end) {
			return -1
		}
		return b.subjectPlace(x, h.at)
	}
	// a noun: "X is the venue", "the venue will be X", "X as the venue"
	if vi := b.subjectPlace(x, h.at); vi >= 0 {
		return vi
	}
	j := h.end
	for j < x.last && (d.f(j) == "for" || d.f(j) == "of") {
		// "the venue for the meeting will be X": skip the event
		j++
		for j < x.last && d.toks[j].Kind == text.Word && !d.in(copulaWords, j) {
			j++
		}
	}
	k := j
	for k < x.last && d.in(copulaWords, k) {
		k++
	}
	if k > j {
		return b.placeChain(x, k)
	}
	return -1
}

// hostVerb reports whether w is a form of "host".
func hostVerb(w string) bool {
	return w == "host" || w == "hosts" || w == "hosting" || w == "hosted"
}

// eventAfter reports whether an event mention follows token j in the
// clause, after at most a few words.
func (b *builder) eventAfter(x *clauseCtx, j int) bool {
	d := b.d
	for k := j; k < x.last && k < j+4; k++ {
		if mi := d.tokMen[k]; mi >= 0 {
			m := d.ments[mi]
			return m.ent != nil && m.ent.kind == claims.EntityEvent
		}
		if b.openEvent(k) {
			return true
		}
	}
	return false
}

// placeChain returns the most specific place of the locative phrase that
// starts at token j: "the US state of Alaska" gives Alaska, "Joint Base
// Elmendorf-Richardson on Anchorage's northern edge, in Alaska" the base.
// Places that modify a noun are skipped.
// maxPlaceChain bounds the tokens placeChain reads: "in Anchorage, in the
// US state of Alaska" takes ten; a run of "at at at …" would otherwise be
// read again from each "at" (issue 16).
const maxPlaceChain = 32

func (b *builder) placeChain(x *clauseCtx, j int) int {
	d := b.d
	best := -1
	for k := j; k < x.last && k < j+maxPlaceChain; {
		mi := d.tokMen[k]
		if mi >= 0 {
			m := d.ments[mi]
			if m.ent == nil || m.ent.kind != claims.EntityPlace && m.val.Kind != claims.KindPlace {
				break
			}
			if !d.modifier(m) && !x.isUsed(int(mi)) && (best < 0 || b.partOf(m.ent.id, d.ments[best].ent.id)) {
				best = int(mi)
			}
			k = m.last
			continue
		}
		if !d.in(placeChainWords, k) && !(d.toks[k].Kind == text.Punct && d.f(k) == ",") {
			break
		}
		if d.f(k) == "," && (k+1 >= x.last || !d.in(locativePreps, k+1) && d.tokMen[k+1] < 0) {
			break
		}
		k++
	}
	return best
}

// namedVenue returns the name right after a venue verb's preposition, at
// token j or after "the", when it may be a place though the gazetteer does
// not say so: "will be held at Leeds Town Hall", "held in London". A
// person or an organization is not a venue; -1 when there is none.
func (b *builder) namedVenue(x *clauseCtx, j int) int {
	d := b.d
	if j < x.last && d.f(j) == "the" {
		j++
	}
	if j >= x.last || d.tokMen[j] < 0 {
		return -1
	}
	mi := int(d.tokMen[j])
	m := d.ments[mi]
	if m.first != j || m.ent == nil || x.isUsed(mi) || d.modifier(m) {
		return -1
	}
	switch m.ent.kind {
	case claims.EntityPerson, claims.EntityOrganization, claims.EntityEvent:
		return -1
	}
	return mi
}

// subjectPlace returns the most specific place of the noun phrase that is
// the subject of the copula before token at ("Anchorage in the US state of
// Alaska is the venue"), when only a copula, "as" and determiners separate
// them, or -1.
func (b *builder) subjectPlace(x *clauseCtx, at int) int {
	d := b.d
	j := at - 1
	for j >= x.first && d.in(choiceModifiers, j) {
		j--
	}
	link := j
	for j >= x.first && (d.in(copulaWords, j) || d.f(j) == "as" || d.f(j) == "chosen" ||
		d.f(j) == "named" || d.f(j) == "confirmed" || d.f(j) == "selected") {
		j--
	}
	if j == link {
		return -1
	}
	// the subject noun phrase: from the clause's start, without a verb
	start := x.first
	if d.hasVerb(start, j+1) {
		return -1
	}
	return b.placeChain(x, start)
}

// choicePlace reads "X was their only option … for the meeting": a place
// at the head of the clause put forward as a choice, in a clause that
// names the event.
func (b *builder) choicePlace(x *clauseCtx) int {
	d := b.d
	for j := x.first; j < x.last; j++ {
		if !d.in(copulaWords, j) || d.f(j) == "'s" || d.tokMen[j] >= 0 {
			continue
		}
		k := j + 1
		for k < x.last && (d.in(copulaWords, k) || d.in(choiceModifiers, k)) {
			k++
		}
		if k < x.last && d.in(choiceNouns, k) && !d.hasVerb(x.first, j) {
			return b.placeChain(x, x.first)
		}
		return -1
	}
	return -1
}

// attachedPlace reads a locative phrase attached to an event: "the meeting
// between Trump and Putin in Alaska", "the final will be played at
// Hampden Park", "he was in New York for the UN General Assembly". It
// returns the place mention and the event's token, or -1, -1.
func (b *builder) attachedPlace(x *clauseCtx) (int, int) {
	d := b.d
	for i := x.first; i < x.last; i++ {
		isEvent := false
		end := i + 1
		if mi := d.tokMen[i]; mi >= 0 {
			m := d.ments[mi]
			if m.first != i {
				continue
			}
			isEvent = m.ent != nil && m.ent.kind == claims.EntityEvent && (m.ent.kb || !b.kbMode)
			end = m.last
		} else {
			isEvent = !b.kbMode && b.openEvent(i)
		}
		if isEvent {
			// forward: the event, linking words and names, then "in X"
			for k := end; k < x.last && k < end+8; k++ {
				w := d.f(k)
				if d.in(locativePreps, k) {
					if vi := b.placeChain(x, k+1); vi >= 0 {
						return vi, i
					}
					break
				}
				if mk := d.tokMen[k]; mk >= 0 && d.ments[mk].ent != nil && d.ments[mk].ent.kind != claims.EntityPlace {
					k = d.ments[mk].last - 1
					continue
				}
				if !eventLinkWords.has(w) && !d.toks[k].Has(text.Cap) {
					break
				}
			}
			continue
		}
		// backward: "in X for the EVENT"
		if !d.in(locativePreps, i) {
			continue
		}
		vi := b.placeChain(x, i+1)
		if vi < 0 {
			continue
		}
		k := d.ments[vi].last
		for k < x.last && (d.tokMen[k] >= 0 && d.ments[d.tokMen[k]].val.Kind == claims.KindPlace || d.f(k) == "," || d.f(k) == "in") {
			k++
		}
		if d.fAt(k) != "for" {
			continue
		}
		k++
		for k < x.last && (d.f(k) == "the" || d.f(k) == "a") {
			k++
		}
		if mi := d.tokMen[k]; k < x.last && mi >= 0 && d.ments[mi].ent != nil && d.ments[mi].ent.kind == claims.EntityEvent {
			return vi, k
		}
	}
	return -1, -1
}
