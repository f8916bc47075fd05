package extract

import (
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/frame"
	"github.com/veracity-go/veracity/claims/extract/syntax"
)

// The day of an incident. A crash, a fire or a stabbing happens once, on
// a day an article may give more than once, in other words each time:
// "the collision happened at about 8.15am on 3 February" … "the crash on
// 13 February"; "The blaze broke out … on Monday" … "the night of the
// 10 March blaze"; "his Corsa crashed on the B1287 … on 3 February" …
// "the crash on 8 February". The day is read from a clause that says the
// incident happened (its noun the subject of a verb of occurring, or its
// own verb: "crashed", "was stabbed") and from the incident's noun (a
// time after it, "the crash on 13 February"; before it, "the 10 March
// blaze"; or its possessor, "Monday's fire"), and keyed by the incident,
// whose noun the reference layer reads through its synonyms (the
// collision is the crash, the blaze the fire).
//
// What makes an incident one of several: its noun in the plural anywhere
// in the article ("two crashes"), or with a word that counts or sets it
// apart ("another fire", "a second attack", "the previous crash"), or
// brought in by "a" after the first time it is named ("a crash on 3
// March" after "the crash"). An incident of such a key is not read; nor
// one named apart ("memories of the Hungerford shooting") or dated with
// its year more than maxIncidentYears back. An incident has happened: a
// day its clause's tense put after publication is the one before
// (incidentDay); a day written without its year takes the year another
// claim of the incident gives it (sameYear).

// dayIncidents are the nouns of incidents of a day (framewords.txt
// [incident]; not a storm or a flood, which last days, as opentoll.go's
// incidentNouns may); dayIncidentVerbs maps the verbs that name one to
// its noun.
var dayIncidents, dayIncidentVerbs = func() (map[string]bool, map[string]string) {
	nouns, verbs := map[string]bool{}, map[string]string{}
	for n, v := range frameWords["incident"] {
		nouns[n] = true
		if v != "" {
			verbs[v] = n
		}
	}
	return nouns, verbs
}()

// occurVerbs say that their subject happened: "the collision happened",
// "the blaze broke out" (framewords.txt [occur]).
var occurVerbs = frame.Set(underscored(frameWords["occur"]))

// apartWords tell an incident from others of its noun: "another fire",
// "the second attack", "the previous crash".
var apartWords = frame.Set(frameWords["apart"])

// maxIncidentDays bounds the days of incidents read in one document.
const maxIncidentDays = 64

// incidentDays keys the day of each incident a clause or a noun dates.
func (fr *frameReader) incidentDays() {
	d := fr.b.d
	var many map[string]bool  // keys of incidents named as several
	first := map[string]int{} // key → the first word naming it
	n := 0
	start := len(fr.out)
	defer func() { sameYear(fr.out[start:]) }()
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.val.Kind != claims.KindTime || m.val.Start.IsZero() || m.val.Granularity != claims.GranularityDay ||
			fr.menWord[mi] < 0 || m.ends != nil {
			continue
		}
		noun, subject, f := fr.incidentOf(mi)
		if subject == "" {
			continue
		}
		if many == nil {
			many = fr.severalIncidents(first)
		}
		if many[subject] {
			continue
		}
		if noun >= 0 && !fr.incidentAlone(noun, mi, first[subject]) {
			continue
		}
		v, ok := fr.incidentDay(m.val)
		if !ok {
			continue
		}
		var names []string
		if noun >= 0 {
			names = fr.incidentNames(noun, mi)
			if len(names) > 0 && !sharesWord(names, fr.incidentNames(first[subject], -1)) {
				continue // a named incident the story did not open with: "memories of the Hungerford shooting"
			}
		}
		if f != nil {
			if f.Negated || f.Modality != frame.Asserted {
				continue
			}
			fr.addFrame(f, subject, "date", v, claims.ModalityAsserted, false)
		} else {
			k := len(fr.out)
			fr.addIn(noun, subject, "date", v, false, true)
			if len(fr.out) == k {
				continue
			}
		}
		c := &fr.out[len(fr.out)-1]
		c.meetsValues, c.names = true, names
		fr.widenLast(d.span(m.first, m.last))
		if n++; n >= maxIncidentDays {
			return
		}
	}
}

// maxIncidentYears bounds how long before publication an incident the
// story dates with its year may have happened and still be the story's:
// a court or an inquest may come two years after a crash; "memories of
// the attack on 7 July 2005" are of another attack.
const maxIncidentYears = 3

// incidentDay returns the day v of an incident as the story means it, or
// false when it cannot be the story's incident. An incident has
// happened: a day without a year that the clause's tense put after
// publication ("Sunday's explosion is being investigated", read as next
// Sunday) is the one before; a day with its year after publication, or
// more than maxIncidentYears before it, is not the story's incident.
func (fr *frameReader) incidentDay(v claims.Value) (claims.Value, bool) {
	pub := fr.b.d.published
	if pub.IsZero() {
		return v, true
	}
	if !v.Start.After(pub) {
		if !yearless(v.Text) && v.Start.Before(pub.AddDate(-maxIncidentYears, 0, 0)) {
			return v, false
		}
		return v, true
	}
	if !yearless(v.Text) {
		return v, false
	}
	text := v.Text
	if _, ok := weekdayNames.get(strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(strings.Fields(text)[0], "'s"), "’s"))); ok {
		v = dayValue(v.Start.AddDate(0, 0, -7))
	} else {
		v = dayValue(v.Start.AddDate(-1, 0, 0))
	}
	v.Text = text
	return v, !v.Start.After(pub)
}

// sameYear gives a day written without its year ("the crash on 3
// February") the year of another claim of its key that names the same
// day with one ("on 3 February last year"), or, when none does, that of
// the first that names it: the writer left the year out, and the day
// resolved by each clause's tense may fall in another year ("had been
// scheduled for March, weeks after the crash on 3 February").
func sameYear(cs []frameClaim) {
	for i := range cs {
		a := &cs[i].Claim
		if !yearless(a.Value.Text) {
			continue
		}
		var from *claims.Claim
		for j := range cs {
			b := &cs[j].Claim
			x, y := a.Value.Start, b.Value.Start
			if j == i || b.Subject != a.Subject || x.Month() != y.Month() || x.Day() != y.Day() || x.Year() == y.Year() {
				continue
			}
			if !yearless(b.Value.Text) {
				from = b
				break
			}
			if j < i && from == nil {
				from = b
			}
		}
		if from != nil {
			text := a.Value.Text
			a.Value = from.Value
			a.Value.Text = text
		}
	}
}

// yearless reports whether a time as written names no year: "3
// February", "Monday"; not "3 February 2024" or "3 February last year".
func yearless(text string) bool {
	for _, f := range strings.Fields(text) {
		if yearWord(f) || strings.EqualFold(f, "year") {
			return false
		}
	}
	return true
}

// incidentOf returns the incident that time mention mi dates, read from
// each of its words whose head is outside it and from a time of day it
// hangs on ("at about 8.15am on 3 February", whose head the parse may
// make "8.15am"): see incidentAt.
func (fr *frameReader) incidentOf(mi int) (noun int, subject string, f *frame.Frame) {
	sd := fr.t.Doc
	first, last := fr.firstWord(mi), fr.lastWord(mi)
	// The incident's noun right beside the time, wherever the parse hung
	// it: "the crash on 8 February", "the 10 March blaze", "Monday's fire".
	incident := func(k int) bool {
		return k >= 0 && k < sd.Len() && sd.UPOS[k] == syntax.NOUN && dayIncidents[strings.ToLower(sd.Lemma[k])]
	}
	if k := first - 2; first >= 2 && strings.EqualFold(sd.Word(first-1), "on") && incident(k) {
		return k, fr.incidentKey(k), nil
	}
	if k := last + 1; incident(k) || k < sd.Len() && first > 0 && strings.EqualFold(sd.Word(first-1), "the") &&
		dayIncidents[strings.ToLower(sd.Word(k))] {
		// (after "the" and a day, the incident's word is its noun, whatever
		// the tagger made of it: "the 8 August earthquake")
		return k, fr.incidentKey(k), nil
	}
	if k := last + 2; k < sd.Len() && sd.XPOS[last+1] == "POS" && incident(k) {
		return k, fr.incidentKey(k), nil
	}
	for w := first; w <= last; w++ {
		h := int(sd.Head[w])
		if h >= first && h <= last {
			continue
		}
		at := w
		switch {
		case h >= 0 && clockTime(sd.Word(h)) && sd.Rel[w].Universal() == syntax.RelNmod:
			at = h // "at about 8.15am on 3 February"
		case h >= 0 && partsOfDay[strings.ToLower(sd.Lemma[h])] && sd.Rel[w].Universal() == syntax.RelCompound:
			at = h // "on Tuesday morning"
		}
		if noun, subject, f = fr.incidentAt(at); subject != "" {
			return noun, subject, f
		}
	}
	return -1, "", nil
}

// incidentAt returns the incident that a time whose head word is w
// dates: its noun (or -1 when its own verb names it),
// its key, and the frame of the clause that says it happened (nil for a
// time of the noun itself).
func (fr *frameReader) incidentAt(w int) (noun int, subject string, f *frame.Frame) {
	sd := fr.t.Doc
	h := int(sd.Head[w])
	if h < 0 {
		return -1, "", nil
	}
	lem := strings.ToLower(sd.Lemma[h])
	switch r := sd.Rel[w]; {
	case sd.UPOS[h] == syntax.NOUN && dayIncidents[lem]:
		// "the crash on 13 February", "the 10 March blaze", "Monday's fire"
		switch {
		case r.Universal() == syntax.RelNmod && (r == relPoss || onceTimePreps[caseOfWord(fr.t, w)]),
			r.Universal() == syntax.RelCompound, r == syntax.RelNummod && w < h:
			return h, fr.incidentKey(h), nil
		}
	case sd.UPOS[h] == syntax.VERB && fr.frameOf[h] >= 0 && r.Universal() == syntax.RelObl &&
		(onceTimePreps[caseOfWord(fr.t, w)] || caseOfWord(fr.t, w) == "at"):
		g := &fr.frames[fr.frameOf[h]]
		lem := strings.ToLower(g.Lemma)
		if lem == "take" && g.Obj >= 0 && strings.EqualFold(sd.Lemma[g.Obj], "place") {
			lem = "take place"
		}
		if occurVerbs[lem] && g.Subj >= 0 {
			s := g.Subj
			if sd.UPOS[s] == syntax.PRON {
				if sd.Rel[g.Pred] == relRelcl && int(sd.Head[g.Pred]) < g.Pred {
					s = int(sd.Head[g.Pred]) // "The earthquake, which occurred on 6 November"
				} else {
					s = fr.itAntecedent(s)
				}
			}
			if s >= 0 && sd.UPOS[s] == syntax.NOUN && dayIncidents[strings.ToLower(sd.Lemma[s])] {
				return s, fr.incidentKey(s), g
			}
			if o := g.Obj; o >= 0 && sd.UPOS[o] == syntax.NOUN && dayIncidents[strings.ToLower(sd.Lemma[o])] {
				return o, fr.incidentKey(o), g // "Police carried out a raid on 2 April"
			}
			return -1, "", nil
		}
		if nn := dayIncidentVerbs[lem]; nn != "" && !g.Copula {
			return -1, incidentKeyOf(nn), g
		}
	}
	return -1, "", nil
}

// partsOfDay are the nouns of a part of a day a day names: "on Tuesday
// morning".
var partsOfDay = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true, "lunchtime": true}

// incidentKey returns the key of incident noun n: its lemma's synonym
// group ("the collision" is the crash, "the blaze" the fire), not a
// name that shares its word ("Humberside Fire and Rescue").
func (fr *frameReader) incidentKey(n int) string {
	return incidentKeyOf(strings.ToLower(fr.t.Doc.Lemma[n]))
}

// incidentKeyOf returns the key of an incident's noun.
func incidentKeyOf(noun string) string {
	if k := frame.SynonymKey(noun); k != "" {
		return k
	}
	return noun
}

// incidentAlone reports whether noun n names the one incident of its
// key, dated by mention mi: no word sets it apart ("another", "second"),
// not plural, and brought in by "a" only the first time its key is
// named (at word first).
func (fr *frameReader) incidentAlone(n, mi, first int) bool {
	sd := fr.t.Doc
	if sd.XPOS[n] == "NNS" || sd.XPOS[n] == "NNPS" {
		return false
	}
	for _, k := range fr.t.Kids(n) {
		k := int(k)
		if fr.inMention(k, mi) {
			continue
		}
		if apartWords[strings.ToLower(sd.Word(k))] {
			return false
		}
		if sd.Rel[k] == syntax.RelDet {
			if w := strings.ToLower(sd.Word(k)); (w == "a" || w == "an") && n != first {
				return false
			}
		}
	}
	return true
}

// inMention reports whether word k is one of mention mi's (mi < 0: none).
func (fr *frameReader) inMention(k, mi int) bool {
	return mi >= 0 && k >= fr.firstWord(mi) && k <= fr.lastWord(mi)
}

// incidentNames returns the names that place or own noun n's incident
// ("the A614 crash", "the fire at Rectory Field"): two incidents named
// by different places are two.
func (fr *frameReader) incidentNames(n, mi int) []string {
	sd := fr.t.Doc
	var out []string
	for _, k := range fr.t.Kids(n) {
		k := int(k)
		if fr.inMention(k, mi) || fr.isTime(k) || sd.UPOS[k] != syntax.PROPN && !fr.nameLike(k) {
			continue
		}
		if r := sd.Rel[k].Universal(); r == syntax.RelCompound || r == syntax.RelNmod {
			out = append(out, strings.ToLower(sd.Word(k)))
		}
	}
	return out
}

// severalIncidents returns the keys of incidents the document names as
// more than one: in the plural, counted, or set apart from another
// ("another fire", "a second crash"). It fills first with the word that
// first names each incident key.
func (fr *frameReader) severalIncidents(first map[string]int) map[string]bool {
	sd := fr.t.Doc
	many := map[string]bool{}
	for n := 0; n < sd.Len(); n++ {
		if sd.UPOS[n] != syntax.NOUN || !dayIncidents[strings.ToLower(sd.Lemma[n])] {
			continue
		}
		k := fr.incidentKey(n)
		if _, ok := first[k]; !ok {
			first[k] = n
		}
		if sd.XPOS[n] == "NNS" {
			many[k] = true
			continue
		}
		for _, c := range fr.t.Kids(n) {
			if apartWords[strings.ToLower(sd.Word(int(c)))] {
				many[k] = true
			}
		}
	}
	// An incident's verb in a clause of its own counts as a mention too:
	// "crashed" names the crash.
	for _, f := range fr.frames {
		if nn := dayIncidentVerbs[strings.ToLower(f.Lemma)]; nn != "" {
			k := incidentKeyOf(nn)
			if _, ok := first[k]; !ok {
				first[k] = f.Pred
			}
			for _, c := range fr.t.Kids(f.Pred) {
				if apartWords[strings.ToLower(sd.Word(int(c)))] {
					many[k] = true // "crashed again"
				}
			}
		}
	}
	return many
}
