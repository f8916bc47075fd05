package extract

import (
	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// Casualties: "The fire killed 12 people", "the 21 people who died",
// "three workers were injured". A count of people next to a word of death
// or injury is the toll of the incident the sentence names, or of the last
// one named before it, so that two tolls of one fire meet in the
// value-conflict check.

// Properties of the tolls of an incident.
const (
	PropertyDeaths   = "deaths"
	PropertyInjuries = "injuries"
)

var (
	deathWords  = words(`killed died dead death deaths perished drowned`)
	injuryWords = words(`injured hurt wounded injuries`)
	// victimUnits are the counted nouns, singular, a toll counts.
	victimUnits = words(`person people man woman child passenger civilian soldier worker resident pupil
		student troop officer miner fan tourist migrant refugee patient prisoner crew member`)
	// incidentNouns name what a toll is of.
	incidentNouns = words(`fire crash attack explosion blast earthquake quake storm flood floods hurricane
		tsunami shooting bombing accident collision derailment landslide avalanche riot riots fighting
		violence outbreak epidemic clashes tornado typhoon cyclone eruption collapse stampede sinking
		siege raid airstrike strike`)
)

// affectVerbs map the words that say what befell a count of things to
// the property of the incident they make: "140 homes were flooded", "the
// 95 flooded homes", "430 households evacuated", "12 flights cancelled".
var affectVerbs = lexicon(map[string]string{
	"flooded": "flooded", "evacuated": "evacuated", "damaged": "damaged", "destroyed": "destroyed",
	"cancelled": "cancelled", "canceled": "cancelled", "stranded": "stranded", "rescued": "rescued",
	"displaced": "displaced", "demolished": "destroyed",
	"cut": "cut", "axed": "cut", "axe": "cut", "axing": "cut", "shed": "cut", "shedding": "cut",
})

// affectEvents name the incident of an affect verb when the text names
// none: "140 homes were flooded" is about the flooding.
var affectEvents = map[string]string{
	"flooded": "flooding", "evacuated": "evacuation", "damaged": "damage", "destroyed": "destruction",
	"cancelled": "cancellations", "stranded": "disruption", "rescued": "rescue", "displaced": "displacement",
	"cut": "cuts",
}

// sentenceIncident returns the key of the first incident noun of sentence
// si ("fire", "crash"), or "": looked for once per sentence, not once per
// count (issue 16).
func (b *builder) sentenceIncident(si int) string {
	if b.incidentOf.sent == si+1 {
		return b.incidentOf.key
	}
	d := b.d
	s := d.sents[si]
	incident := ""
	for i := s.first; i < s.last; i++ {
		if d.in(incidentNouns, i) && d.tokMen[i] < 0 && !d.toks[i].Has(text.Cap) {
			incident = nounKey(d.f(i))
			break
		}
	}
	b.incidentOf.sent, b.incidentOf.key = si+1, incident
	return incident
}

// openToll makes the claim of a toll from count vi and reports whether it
// did: deaths and injuries among people, or what befell a count of things
// (homes flooded, flights cancelled), keyed to what befell them.
func (b *builder) openToll(x *clauseCtx, vi int) bool {
	d := b.d
	m := d.ments[vi]
	if m.val.Kind != claims.KindCount || d.isChange(m) ||
		m.first >= 2 && d.f(m.first-1) == "by" && d.in(changeVerbs, m.first-2) {
		return false // "rose by 40 people": the toll's rise, not the toll
	}
	prop := ""
	if victimUnits.has(m.val.Unit) {
		prop = d.tollOf(m)
	}
	if prop == "" {
		// what befell things names its own incident: the flooding of
		// "140 homes were flooded", whatever flood the sentence names
		if a := d.affectedOf(m); a != "" && !d.splitAfter(m) && !d.splitPart(vi) {
			x.use(vi)
			v := m.val
			if v.Text == "" {
				v.Text = d.textOf(m.first, m.last)
			}
			v.Unit = sameThing(v.Unit) // so that 340 homes and 430 households compare
			prop := a + "-" + Slug(v.Unit) + "s"
			subject := affectEvents[a]
			if a == "cut" {
				// job cuts are a company's: "Acme is to cut 180 jobs", and
				// "the 150 roles being cut" are the ones named before
				owner, explicit := b.owner(x, m)
				definite := m.first > 0 && (d.f(m.first-1) == "the" || d.f(m.first-1) == "those")
				switch {
				case definite && !explicit && b.owners[prop] != "":
					owner = b.owners[prop] // "the 150 roles being cut": the ones named before
				case owner != "":
					b.owners[prop] = owner
				case b.owners[prop] != "":
					owner = b.owners[prop]
				default:
					return false
				}
				subject = owner
			}
			b.emit(x, subject, prop, v, claims.ModalityAsserted, true)
			return true
		}
		return false
	}
	si := int(d.tokSent[m.first])
	incident := b.sentenceIncident(si)
	if incident == "" && si-b.incidentSent <= 2 {
		incident = b.incident // the last one named, two sentences back at most
	}
	if incident == "" {
		return false
	}
	b.incident, b.incidentSent = incident, si
	x.use(vi)
	v := m.val
	if v.Text == "" {
		v.Text = d.textOf(m.first, m.last)
	}
	b.emit(x, incident, prop, v, claims.ModalityAsserted, true)
	return true
}

// splitAfter reports a count split into parts after it ("83 properties
// were flooded, of which 38 were homes"): a whole of things of several
// kinds, which a count of one kind of them does not restate.
func (d *doc) splitAfter(m mention) bool {
	s := d.sents[d.tokSent[m.first]]
	for k := m.last; k+2 < s.last && k < m.last+6; k++ {
		if d.f(k) == "," && d.f(k+1) == "of" && (d.f(k+2) == "which" || d.f(k+2) == "whom") {
			return true
		}
	}
	return false
}

// splitPart reports a count whose figure an earlier sentence gave as a
// part of a whole ("83 properties were flooded, of which 38 were homes"
// … "Of the 38 homes that flooded"): a part, which no count of the whole
// restates. It looks back over at most 64 mentions.
func (d *doc) splitPart(vi int) bool {
	m := d.ments[vi]
	for i := vi - 1; i >= 0 && i >= vi-64; i-- {
		p := d.ments[i]
		if p.val.Amount == m.val.Amount && p.first >= 3 && d.f(p.first-1) == "which" && d.f(p.first-2) == "of" && d.f(p.first-3) == "," {
			return true
		}
	}
	return false
}

// tollOf returns the toll a count of people is, by the nearest word of
// death or injury within four words of it in its sentence ("killed 12
// people", "12 people were killed", "the 21 people who died"; in "two
// died and five were hurt" the five were hurt), or "".
func (d *doc) tollOf(m mention) string {
	s := d.sents[d.tokSent[m.first]]
	best, dist := "", 5
	for k := max(s.first, m.first-3); k < min(s.last, m.last+4); k++ {
		if k >= m.first && k < m.last {
			continue
		}
		prop := ""
		switch {
		case d.in(deathWords, k):
			prop = PropertyDeaths
		case d.in(injuryWords, k):
			prop = PropertyInjuries
		default:
			continue
		}
		n := m.first - k // before the count
		if k >= m.last {
			n = k - m.last + 1 // after it, which wins a tie
		}
		if n < dist || n == dist && k >= m.last {
			best, dist = prop, n
		}
	}
	return best
}

// affectedOf returns what befell a count of things, by the word of
// affectVerbs right before its noun ("the 95 flooded homes") or within
// three words after it ("140 homes were flooded"), or "".
func (d *doc) affectedOf(m mention) string {
	s := d.sents[d.tokSent[m.first]]
	for k := m.first; k < m.last; k++ {
		if p, ok := affectVerbs.get(d.f(k)); ok {
			return p
		}
	}
	// a verb of cutting right before: "to cut 180 jobs", "axing 150 posts"
	if k := m.first - 1; k >= s.first {
		if p, ok := affectVerbs.get(d.f(k)); ok && p == "cut" && jobUnits[sameThing(m.val.Unit)] {
			return p
		}
	}
	for k := m.last; k < min(s.last, m.last+3); k++ {
		if p, ok := affectVerbs.get(d.f(k)); ok && (p != "cut" || jobUnits[sameThing(m.val.Unit)]) {
			return p
		}
		if d.toks[k].Kind == text.Punct {
			break
		}
	}
	return ""
}

// unitSynonyms map counted nouns, singular, that news uses for one another
// to the one a key is made with: "340 homes were evacuated" and "the 430
// evacuated households" count the same things.
var unitSynonyms = map[string]string{
	"household": "home", "house": "home", "property": "home", "dwelling": "home",
	"role": "job", "post": "job", "position": "job",
	"journey": "trip",
}

// sameThing returns the noun a key is made with for counted noun u.
func sameThing(u string) string {
	if s, ok := unitSynonyms[u]; ok {
		return s
	}
	return u
}

// jobUnits are what a company cuts: "cut 180 jobs", "150 roles being cut"
// (not "prices cut", "a budget cut by £5m").
var jobUnits = map[string]bool{"job": true, "worker": true, "employee": true, "staff": true}
