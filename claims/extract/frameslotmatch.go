package extract

import (
	"slices"
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/frame"
	"github.com/veracity-go/veracity/claims/extract/syntax"
)

// Slots met by their words. An open question and the value that settles
// it are often told in other words: "the lamp would be relit on 21 June"
// and "no date had yet been fixed for the relighting"; "the Marlowe will
// reopen on 1 June" and "has not yet fixed a reopening date"; "will close
// in 2029" and "a timetable for closing the barracks had not yet been
// decided". When an open slot's key meets no value, the words of its
// phrase (the slot noun's modifiers, what it is "for" or "of", the verb
// of its wh-clause) are matched with those of the clauses that give a
// value of its kind — a lemma, its stem ("relighting" and "relit" →
// "relight") or a synonym — and a slot met by exactly one value's key is
// keyed with it too.

// unkeyedSlot is the subject of an open slot whose phrase names no
// referent; such a claim is kept only when matchSlots keys it anew.
const unkeyedSlot = "\x00open"

// maxSlotMatches bounds the open slots and values compared, which keeps
// the work a small constant per document.
const maxSlotMatches = 64

// describeLast sets the words of the claim added last.
func (fr *frameReader) describeLast(words []string) {
	if len(fr.out) > 0 {
		fr.out[len(fr.out)-1].words = words
	}
}

// matchSlots adds, for each open slot whose key no value shares, a copy
// keyed with the one value its words name.
func (fr *frameReader) matchSlots() {
	type key struct{ subject, property string }
	valued := map[key]bool{}
	var values, opens []int
	for i := range fr.out {
		c := &fr.out[i]
		if c.polar || len(c.words) == 0 {
			continue
		}
		switch c.Modality {
		case claims.ModalityUnknown:
			if len(opens) < maxSlotMatches {
				opens = append(opens, i)
			}
		case claims.ModalityAsserted:
			valued[key{c.Subject, c.Property}] = true
			if len(values) < maxSlotMatches {
				values = append(values, i)
			}
		}
	}
	for _, oi := range opens {
		o := fr.out[oi]
		if valued[key{o.Subject, o.Property}] {
			continue // met by its own key
		}
		var found *frameClaim
		best, ambiguous := 0, false
		for _, vi := range values {
			v := &fr.out[vi]
			if slotKind(v.Property) != slotKind(o.Property) || v.cause != "" && v.cause == o.Subject {
				continue
			}
			s := support(notSlotNouns(o.words), notSlotNouns(v.words))
			switch {
			case s == 0 || s < best:
			case s > best:
				found, best, ambiguous = v, s, false
			case found != nil && (found.Subject != v.Subject || found.Property != v.Property):
				ambiguous = true
			}
		}
		if found == nil || ambiguous {
			continue
		}
		if found.forSlot && found.Property == o.Property && slices.Contains(found.words, o.Subject) && !slices.Contains(o.words, found.Subject) {
			// A sum kept only for a slot ("has been fined £20,000", keyed
			// by who was fined) takes the slot's key when that is a word of
			// the sum's clause and the question does not name the sum's
			// own: "the size of the fine".
			v := *found
			v.Subject = o.Subject
			v.words = nil
			v.matched = true
			fr.out = append(fr.out, v)
			continue
		}
		o.Subject, o.Property = found.Subject, found.Property
		o.words = nil
		o.matched = true
		fr.out = append(fr.out, o)
	}
}

// notSlotNouns returns words without the nouns and verbs that name
// slots ("date", "cause", "venue"; "caused"): every slot of a kind has its noun, and two slots of
// one kind meet by what they are of, not by the noun they share ("the
// collision was caused by fog" and "the cause of the fire").
func notSlotNouns(words []string) []string {
	out := make([]string, 0, len(words))
	for _, w := range words {
		_, noun := slotNouns[w]
		if _, verb := slotVerbs[w]; !noun && !verb && w != "cause" {
			out = append(out, w)
		}
	}
	return out
}

// slotKind returns the kind of slot a property is: "date" for every
// date ("date", "date-reopen", "start-date"), else the property.
func slotKind(property string) string {
	if strings.HasPrefix(property, "date") || strings.HasSuffix(property, "-date") {
		return "date"
	}
	return property
}

// nounWords returns the lemmas of noun n and of its compounds and
// adjectives: "the first paying guests" → guest, pay; "a reopening
// date" → date, reopening.
func (fr *frameReader) nounWords(n int) []string {
	if n < 0 {
		return nil
	}
	t := fr.t
	sd := t.Doc
	var out []string
	if contentWord(sd, n) {
		out = append(out, strings.ToLower(sd.Lemma[n]))
	}
	for _, c := range t.Kids(n) {
		switch sd.Rel[c].Universal() {
		case syntax.RelCompound, syntax.RelAmod:
			if contentWord(sd, int(c)) && !fr.headsClause(int(c)) {
				out = append(out, strings.ToLower(sd.Lemma[c]))
			}
			// and the compounds of a compound: "brake" of "brake pressure
			// sensor"
			for _, g := range t.Kids(int(c)) {
				if sd.Rel[g] == syntax.RelCompound && contentWord(sd, int(g)) {
					out = append(out, strings.ToLower(sd.Lemma[g]))
				}
			}
		}
	}
	// A modifier the tagger took for a verb: "the relighting".
	if sd.UPOS[n] == syntax.NOUN && strings.HasSuffix(strings.ToLower(sd.Word(n)), "ing") {
		out = append(out, strings.TrimSuffix(strings.ToLower(sd.Word(n)), "ing"))
	}
	return out
}

// headsClause reports whether a word the parse hung on a noun as a
// modifier has an auxiliary or a subject of its own: a clause misread
// ("networks" with "operators have now launched" as its adjective), whose
// words say nothing of the noun.
func (fr *frameReader) headsClause(c int) bool {
	return fr.t.Doc.UPOS[c] == syntax.VERB && (fr.t.Kid(c, syntax.RelAux) >= 0 || fr.t.Kid(c, syntax.RelNsubj) >= 0)
}

// clauseWords returns the lemmas of the clause at predicate p: its verb,
// its subject and object with their modifiers.
func (fr *frameReader) clauseWords(p int) []string {
	t := fr.t
	sd := t.Doc
	out := []string{strings.ToLower(sd.Lemma[p])}
	for _, c := range t.Kids(p) {
		switch sd.Rel[c].Universal() {
		case syntax.RelNsubj, syntax.RelObj:
			out = append(out, fr.nounWords(int(c))...)
		case syntax.RelXcomp:
			out = append(out, strings.ToLower(sd.Lemma[c]))
		}
	}
	return out
}

// datedEvents keys the date of each event a clause puts at a time to
// come, read from the time itself rather than from the clause's
// obliques, which a parse may hang on the wrong word: "the Marlowe will
// reopen to paying guests on 1 June", "the rocket is scheduled to lift
// off on 18 March". Its claims are values for matchSlots; like every
// frame claim they are kept only when another claim shares their key.
func (fr *frameReader) datedEvents() {
	d := fr.b.d
	sd := fr.t.Doc
	n := 0
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.val.Kind != claims.KindTime || m.val.Granularity == claims.GranularityUnknown ||
			m.val.Granularity > claims.GranularityYear || fr.menWord[mi] < 0 {
			continue
		}
		w := int(fr.menWord[mi])
		if f := fr.firstWord(mi); f > 0 {
			switch strings.ToLower(sd.Word(f - 1)) {
			case "until", "till", "til":
				continue // the end of what the clause says, not its date: "run until 28 February"
			}
		}
		p := fr.saidClause(fr.predicateOf(w), w, fr.firstWord(mi))
		if p < 0 || fr.timeOfSaying(mi) {
			continue
		}
		words := fr.clauseWords(p)
		// Up to the finite clause: "scheduled to lift off", "will reopen
		// to paying guests".
		for steps := 0; steps < 3 && !fr.frames[fr.frameOf[p]].Finite; steps++ {
			h := int(sd.Head[p])
			if h < 0 {
				break
			}
			if q := fr.predicateOf(h); q >= 0 {
				p = q
				words = append(words, fr.clauseWords(p)...)
			}
		}
		f := &fr.frames[fr.frameOf[p]]
		if f.Modality != frame.Asserted || f.Negated || f.Tense == frame.Past || !f.Finite || f.Subj < 0 {
			continue
		}
		subject := fr.key(f.Subj)
		if subject == "" {
			continue
		}
		fr.addFrame(f, subject, dateProperty(f.Lemma), m.val, claims.ModalityAsserted, false)
		fr.describeLast(words)
		fr.widenLast(d.span(m.first, m.last))
		fr.out[len(fr.out)-1].forSlot = true
		if n++; n >= maxSlotMatches {
			return
		}
	}
}

// saidClause returns the clause a time belongs to when the parse hung
// it (w, the time's head word; first, its first word) on a verb after
// it, p: "The clinic will open on 4 May, the trust said" — the time is
// the opening's, the complement of "said" before the time; "will reopen
// on Saturday 23 May, …, with concerts planned" — a time phrase is the
// clause's before it that the later verb hangs on. Otherwise it returns
// p.
func (fr *frameReader) saidClause(p, w, first int) int {
	sd := fr.t.Doc
	if p < 0 || w > p {
		return p
	}
	if !frame.IsReportVerb(strings.ToLower(sd.Lemma[p])) {
		// A time phrase hung on a clause after it that hangs on a clause
		// before it: "will reopen … on Saturday 23 May, …, with concerts
		// planned" is the reopening's. (A time that modifies a noun,
		// "Clapton's 1991 hit", stays where it is.)
		if first <= 0 || sd.UPOS[first-1] != syntax.ADP {
			return p
		}
		for q, steps := int(sd.Head[p]), 0; q >= 0 && steps < 8; q, steps = int(sd.Head[q]), steps+1 {
			if q < w && fr.frameOf[q] >= 0 {
				return q
			}
		}
		return p
	}
	for _, c := range fr.t.Kids(p) {
		c := int(c)
		if c >= w || sd.Rel[c] != syntax.RelCcomp || fr.frameOf[c] < 0 {
			continue
		}
		for k := c + 1; k < w; k++ {
			if sd.Word(k) == "," {
				return p // a comma between: the time may be the speaker's
			}
		}
		return c
	}
	return p
}

// timeOfSaying reports whether time mention mi dates a saying, not what
// was said: "the mutual announced on Monday", "said on Tuesday".
func (fr *frameReader) timeOfSaying(mi int) bool {
	sd := fr.t.Doc
	k := fr.firstWord(mi) - 1
	if k >= 0 && sd.UPOS[k] == syntax.ADP {
		k--
	}
	return k >= 0 && (reportingVerbs[strings.ToLower(sd.Lemma[k])] || frame.IsReportVerb(strings.ToLower(sd.Lemma[k])))
}

// widenLast widens the text of the claim added last to take in span sp
// ("the Marlowe will reopen to paying guests on 1 June", whose time a
// parse may hang outside the clause).
func (fr *frameReader) widenLast(sp claims.Span) {
	if len(fr.out) > 0 {
		fr.widenAt(len(fr.out)-1, sp)
	}
}

// widenAt widens the text of claim i of fr.out to take in span sp.
func (fr *frameReader) widenAt(i int, sp claims.Span) {
	c := &fr.out[i].Claim
	if sp.Start < c.Span.Start || sp.End > c.Span.End {
		c.Span.Start, c.Span.End = min(c.Span.Start, sp.Start), max(c.Span.End, sp.End)
		c.Text = fr.b.d.text[c.Span.Start:c.Span.End]
	}
}
