package extract

import (
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/frame"
	"github.com/veracity-go/veracity/claims/extract/syntax"
)

// openSlot keys the question a frame leaves open: "have not decided where
// the summit will take place" leaves the summit's venue open, "a date for
// the hearing has yet to be set" the hearing's date, "the burials had not
// yet been dated" theirs.
func (fr *frameReader) openSlot(f *frame.Frame) {
	t := fr.t
	d := t.Doc
	if fr.datedSaying(f.Pred) {
		return // open when it was said, weeks ago: "In January, the board said no date had been set"
	}
	lem := f.Lemma
	unsure := unsureWords[strings.ToLower(d.Lemma[f.Pred])] && (f.Copula || lem == "remain") ||
		f.Copula && f.Negated && sureWords[strings.ToLower(d.Lemma[f.Pred])] // "it is not clear how many…"

	if lem == "remain" {
		// "remains unclear"; "remains a mystery", its noun read as an object
		if x := t.Kid(f.Pred, syntax.RelXcomp); x >= 0 && unsureWords[strings.ToLower(d.Lemma[x])] {
			unsure = true
		}
		if x := t.Kid(f.Pred, syntax.RelObj); x >= 0 && unsureWords[strings.ToLower(d.Lemma[x])] {
			unsure = true
		}
	}
	// "will be determined", "is to be announced": not yet.
	later := f.Passive && f.Tense == frame.Future && !f.Negated && f.Modality == frame.Asserted
	denied := openVerbs[lem] && (f.Negated || fr.yetTo(f) || fr.noDeterminer(f) || later || fr.awaited(f))
	if !unsure && !denied && !fr.deliberating(f) {
		fr.openDecision(f)
		return
	}
	// A clause asked about — "whether the board will sign off the plan",
	// "who would run the market" — leaves its statement open.
	for _, c := range fr.openKids(f) {
		switch d.Rel[c].Universal().String() {
		case "ccomp", "csubj", "advcl", "xcomp":
			if fr.asked(c) {
				fr.openStatement(f, c)
			}
		}
	}
	// A wh-clause names the slot: where, when, who, how much.
	for _, c := range fr.openKids(f) {
		r := d.Rel[c].Universal().String()
		if r != "ccomp" && r != "csubj" && r != "advcl" {
			continue
		}
		if slot, ok := fr.whSlot(c); ok {
			if n := fr.whSubject(c); n >= 0 && (slot == "amount" || slot == "price" || slot == "cost") && fr.timeMarked(n) {
				return // "how much the autumn appeal raised": one time's sum
			}
			fr.addOpenWith(f, fr.editionKey(fr.whSubject(c)), slot, c)
			fr.describeLast(fr.clauseWords(c))
			return
		}
		if n := fr.howMany(c); n >= 0 && fr.key(n) != "" {
			fr.addOpenWith(f, fr.key(n), fr.countProperty(n), c) // "how many jobs will be affected"
			names := append(fr.thingNames(n), fr.placeNames(c)...)
			if s := t.Kid(c, syntax.RelNsubj); s >= 0 && s != n && fr.key(s) != "" {
				names = append(names, fr.key(s)) // whose count: "how many pupils Hillside School has"
			}
			names = append(names, fr.thereNames(c, n)...)
			fr.nameLast(names)
			return
		}
	}
	// The parser may attach the wh-clause elsewhere: "where" right after
	// the predicate opens it.
	if s := f.Sent; f.Pred+1 < int(s.End) {
		for k := f.Pred + 1; k < int(s.End) && k <= f.Pred+2; k++ {
			if w := strings.ToLower(d.Word(k)); w == "where" || w == "when" {
				if c := int(d.Head[k]); c > k && fr.frameOf[c] >= 0 {
					if slot, ok := fr.whSlot(c); ok {
						fr.addOpenWith(f, fr.key(fr.whSubject(c)), slot, c)
						fr.describeLast(fr.clauseWords(c))
						return
					}
				}
			}
		}
	}
	// A slot noun: its object, or its subject when passive or unsure.
	on := -1 // "had not yet decided on the level of the dividend"
	for _, o := range f.Obliques {
		if o.Prep == "on" || o.Prep == "about" || o.Prep == "for" && fr.lookingFor(f) {
			on = o.Head // (or "looking for a venue")
			break
		}
	}
	for _, n := range []int{f.Obj, f.Subj, on} {
		if n < 0 || n == f.Subj && !(f.Passive || unsure || f.Copula && d.XPOS[f.Pred] == "JJ") {
			continue
		}
		if fr.askedHowMany(n) && fr.key(n) != "" {
			// "does not know how many pupils the school has", "how many
			// tickets the festival sold is yet to be tallied"
			fr.addOpen(f, fr.key(n), fr.countProperty(n))
			fr.nameLast(append(append(fr.thingNames(n), fr.askedOwner(n)...), fr.thereNames(n)...))
			return
		}
		slot, ok := slotNouns[strings.ToLower(d.Lemma[n])]
		if !ok {
			continue
		}
		words := fr.nounWords(n)
		of := fr.ofWhat(n)
		if of >= 0 && fr.partOfSet(of) {
			return // "a closing date for the remaining branches": not the first ones'
		}
		for _, o := range f.Obliques {
			if (o.Prep == "for" || o.Prep == "of") && fr.partOfSet(o.Head) {
				return // "No closing date has been set for the remaining branches"
			}
		}
		if of >= 0 {
			words = append(words, fr.nounWords(of)...)
			if d.UPOS[of] == syntax.VERB {
				words = append(words, fr.clauseWords(of)...) // "a timetable for closing the barracks"
			}
		}
		for _, o := range f.Obliques {
			// "no date had yet been fixed for the relighting"
			if o.Prep == "for" || o.Prep == "of" {
				words = append(words, fr.nounWords(o.Head)...)
			}
		}
		words = append(words, fr.forWords(n)...)
		words = append(words, fr.forWords(f.Pred)...)
		for _, k := range t.Kids(n) {
			if d.Rel[k].Universal().String() == "acl" && fr.frameOf[k] >= 0 {
				words = append(words, fr.clauseWords(int(k))...) // "the amount each household will get"
			}
		}
		if slot == "count" {
			// "the number of homes": a count of the homes
			if of < 0 || fr.key(of) == "" || d.UPOS[of] != syntax.NOUN {
				return
			}
			fr.addOpen(f, fr.key(of), fr.countProperty(of))
			fr.nameLast(append(fr.thingNames(of), fr.placeNames(f.Pred)...))
			return
		}
		fr.addOpen(f, fr.editionKey(of), slot) // ("Dates for next year's festival": another festival's)
		fr.describeLast(words)
		if slot == "cost" || slot == "amount" || slot == "price" {
			fr.nameLast(fr.modifierNames(of)) // "the cost of the road repair": not the bridge repair's
		}
		return
	}
	// A passive verb of the slot: "had not yet been dated".
	if f.Passive && denied {
		if slot, ok := slotVerbs[lem]; ok {
			fr.addOpen(f, fr.key(f.Subj), slot)
			fr.describeLast(append(fr.nounWords(f.Subj), lem))
		}
	}
}

// openKids returns the dependents of the predicate of f, with the
// clausal subject of the "has" or "is" of "has yet to", "is still to"
// above it: "how much the appeal brought in has yet to be counted".
func (fr *frameReader) openKids(f *frame.Frame) []int {
	t := fr.t
	var out []int
	for _, c := range t.Kids(f.Pred) {
		out = append(out, int(c))
	}
	if fr.yetTo(f) {
		for _, c := range t.Kids(int(t.Doc.Head[f.Pred])) {
			if t.Doc.Rel[c].Universal().String() == "csubj" {
				out = append(out, int(c))
			}
		}
	}
	if x := t.Kid(f.Pred, syntax.RelXcomp); x >= 0 && unsureWords[strings.ToLower(t.Doc.Lemma[x])] {
		// "It remains unclear how much the hall sold for", the question
		// hung on "unclear"
		for _, c := range t.Kids(x) {
			switch t.Doc.Rel[c].Universal().String() {
			case "ccomp", "advcl", "csubj":
				out = append(out, int(c))
			}
		}
	}
	return out
}

// awaited reports a clause of "once" or "until" that something still to
// happen waits on: "tickets would go on sale once a reopening date had
// been confirmed" has not confirmed the date. (A clause of the past, "once
// the date was confirmed, tickets sold out", has.)
func (fr *frameReader) awaited(f *frame.Frame) bool {
	d := fr.t.Doc
	h := int(d.Head[f.Pred])
	if h < 0 || d.Rel[f.Pred].Universal().String() != "advcl" || fr.frameOf[h] < 0 || f.Negated {
		return false
	}
	// "once" or "until" opens the clause (the parse may hang "once" as
	// an adverb: its first word is what counts).
	first, _ := fr.t.Extent(f.Pred, false)
	switch strings.ToLower(d.Word(first)) {
	case "once", "until", "till":
	default:
		return false
	}
	if fr.saidBefore(h) {
		return false // "Last autumn the trust said it would only take bookings once …"
	}
	if fr.frames[fr.frameOf[h]].Tense == frame.Future {
		return true
	}
	for _, k := range fr.t.Kids(h) { // "would go on sale", said of the past
		if d.Rel[k].Universal() == syntax.RelAux {
			switch strings.ToLower(d.Word(int(k))) {
			case "will", "would", "shall", "'ll", "can", "could", "may", "might":
				return true
			}
		}
	}
	return false
}

// saidBefore reports whether the clause at h was said at a time now
// past: under a verb of saying in the past perfect ("had said"), or one
// dated a week or more before publication (datedSaying), or in a
// sentence that sets its saying in the past ("Last autumn", "two weeks
// ago").
func (fr *frameReader) saidBefore(h int) bool {
	d := fr.t.Doc
	for k, steps := int(d.Head[h]), 0; k >= 0 && steps < 8; k, steps = int(d.Head[k]), steps+1 {
		if !reportingVerbs[strings.ToLower(d.Lemma[k])] {
			continue
		}
		for _, a := range fr.t.Kids(k) {
			if d.Rel[a].Universal() == syntax.RelAux && strings.EqualFold(d.Word(int(a)), "had") {
				return true
			}
		}
	}
	if fr.datedSaying(h) {
		return true
	}
	s := d.SentenceOf(h)
	for k := int(s.Start); k < int(s.End); k++ {
		switch strings.ToLower(d.Word(k)) {
		case "ago":
			return true
		case "last":
			if k+1 < int(s.End) && frame.IsTimeNoun(strings.ToLower(d.Lemma[k+1])) {
				return true
			}
		}
	}
	return false
}

// openDecision reads a decision not taken: "a final decision on where to
// build the battery plant had not yet been taken", "no decision has been
// made on whether the ward will close": the question the decision noun
// holds is left open.
func (fr *frameReader) openDecision(f *frame.Frame) {
	t := fr.t
	d := t.Doc
	switch f.Lemma {
	case "take", "make", "reach":
	default:
		return
	}
	for _, n := range []int{f.Subj, f.Obj} {
		if n < 0 || !decisionNouns[strings.ToLower(d.Lemma[n])] {
			continue
		}
		if !(f.Negated || fr.yetTo(f) || fr.noDet(n)) {
			return
		}
		// The question: a clause under the noun, or under its "on" phrase.
		var qs []int
		for _, k := range t.Kids(n) {
			qs = append(qs, int(k))
			for _, j := range t.Kids(int(k)) {
				qs = append(qs, int(j))
			}
		}
		for _, c := range qs {
			if fr.frameOf[c] < 0 || c < n {
				continue
			}
			if slot, ok := fr.whSlot(c); ok {
				fr.addOpenWith(f, fr.key(fr.whSubject(c)), slot, c)
				fr.describeLast(fr.clauseWords(c))
				return
			}
			if fr.asked(c) {
				fr.openStatement(f, c)
				return
			}
		}
		return
	}
}

// asked reports whether the clause at c is a question put indirectly:
// "whether …", "if …", "who would …", "which insurer …".
func (fr *frameReader) asked(c int) bool {
	d := fr.t.Doc
	if fr.frameOf[c] < 0 {
		return false
	}
	first, _ := fr.t.Extent(c, true)
	for k := first; k <= c && k < first+3; k++ {
		// ("how my body will react" asks how, not whether.)
		if w := strings.ToLower(d.Word(k)); w == "whether" || w == "if" || interrogatives[w] {
			return true
		}
	}
	return false
}

// openStatement keys the statement of the clause at c as left open: the
// claims statement would make of it, of unknown modality, which meet the
// same statement asserted elsewhere ("The board approved the plan" …
// "it is not yet known whether the board will approve the plan").
func (fr *frameReader) openStatement(f *frame.Frame, c int) {
	g := fr.frames[fr.frameOf[c]]
	g.Modality, g.Negated = frame.Asserted, false
	g.Finite = true
	n := len(fr.out)
	fr.statement(&g)
	fr.eventAsked(&g)
	sd := fr.t.Doc
	for i := n; i < len(fr.out); i++ {
		fr.out[i].Modality = claims.ModalityUnknown
		// The claim's text is the question with what leaves it open: "it
		// was not yet known whether the defences were overtopped".
		first, last := min(f.First, g.First), max(f.Last, g.Last)
		fr.widenAt(i, claims.Span{Start: int(sd.Start[first]), End: int(sd.End[last-1])})
	}
}

// whSubject returns what a wh-clause is about: its subject ("where the
// summit will take place"), or the object of an infinitive ("where to
// build the plant").
func (fr *frameReader) whSubject(c int) int {
	t := fr.t
	if s := t.Kid(c, syntax.RelNsubj); s >= 0 && !fr.whatCaused(c) {
		return s
	}
	return t.Kid(c, syntax.RelObj)
}

// causingVerbs are the verbs of causing a thing: "a heater caused the
// fire", "what sparked the fire".
var causingVerbs = map[string]bool{"cause": true, "spark": true, "trigger": true}

// whatCaused reports whether clause c asks what caused a thing: "what
// sparked the fire", "what caused the fault" (the thing its object).
func (fr *frameReader) whatCaused(c int) bool {
	d := fr.t.Doc
	s := fr.t.Kid(c, syntax.RelNsubj)
	return s >= 0 && strings.EqualFold(d.Word(s), "what") && causingVerbs[strings.ToLower(d.Lemma[c])] &&
		fr.t.Kid(c, syntax.RelObj) >= 0
}

// whSlot returns the slot a wh-clause at c asks about: "where" its
// venue, "when" the date of what its verb says happens, "what caused"
// the cause of its object.
func (fr *frameReader) whSlot(c int) (string, bool) {
	t := fr.t
	d := t.Doc
	if fr.whatCaused(c) {
		// The cause of a thing named plainly: not "what caused the fire
		// in Hill Street", one fire of several.
		if o := t.Kid(c, syntax.RelObj); fr.markedApart(o, o) || !fr.definiteThe(o) && d.UPOS[o] != syntax.PROPN {
			return "", false
		}
		return "cause", true
	}
	if fr.howBig(c) {
		return "amount", true // "how big the gap in the care budget was"
	}
	if fr.howMuch(c) {
		// "how much the hall sold for": its price; "how much the repairs
		// will cost": their cost; else an amount
		switch lem := strings.ToLower(d.Lemma[c]); {
		case priceVerbs[lem]:
			return "price", true
		case lem == "cost":
			return "cost", true
		}
		return "amount", true
	}
	for _, k := range t.Kids(c) {
		switch strings.ToLower(d.Word(int(k))) {
		case "where":
			return "venue", true
		case "when":
			if fr.statesTime(c) {
				// "will be decided later, when the council sets its budget
				// in February": a clause of time, which says when, not a
				// question of when
				return "", false
			}
			lem := strings.ToLower(d.Lemma[c])
			if k := fr.frameOf[c]; k >= 0 {
				lem = fr.frames[k].Lemma
				if lem == "take" && fr.frames[k].Obj >= 0 && strings.EqualFold(d.Lemma[fr.frames[k].Obj], "place") {
					lem = "take place"
				}
			}
			return dateProperty(lem), true
		}
	}
	return "", false
}

// howMuch reports whether clause c asks how much: "how much the appeal
// brought in", "how much the trust will receive" ("much" its object or
// adverb, with "how" its own).
func (fr *frameReader) howMuch(c int) bool {
	t := fr.t
	d := t.Doc
	for _, k := range t.Kids(c) {
		if k := int(k); strings.EqualFold(d.Word(k), "much") && k > 0 && strings.EqualFold(d.Word(k-1), "how") {
			return true
		}
	}
	return false
}

// thereNames returns "there" when a question of how many asks of another
// place than the one the sentence before names ("it was not clear how
// many jobs there would be affected"): "there" among the words under
// the given words or their clauses, bounded to their sentence.
func (fr *frameReader) thereNames(ws ...int) []string {
	d := fr.t.Doc
	for _, w := range ws {
		first, last := fr.t.Extent(w, true)
		for k := first; k < last && k < first+32; k++ {
			if strings.EqualFold(d.Word(k), "there") && d.Rel[k].Universal().String() != "expl" {
				return []string{"there"}
			}
		}
	}
	return nil
}

// modifierNames returns the lemmas of the compounds and adjectives of
// noun n ("road" of "the road repair"), no figures; nil for n < 0.
func (fr *frameReader) modifierNames(n int) []string {
	if n < 0 {
		return nil
	}
	sd := fr.t.Doc
	var out []string
	for _, k := range fr.t.Kids(n) {
		if r := sd.Rel[k]; (r == syntax.RelCompound || r == syntax.RelAmod) && sd.UPOS[k] != syntax.NUM && sd.UPOS[k] != syntax.SYM {
			out = append(out, strings.ToLower(sd.Lemma[k]))
		}
	}
	return out
}

// statesTime reports whether clause c names a time of its own: a time
// mention among its words (at most 32 after its verb).
func (fr *frameReader) statesTime(c int) bool {
	first, last := fr.t.Extent(c, true)
	for k := first; k < last && k < c+32; k++ {
		if mi := fr.wordMen[k]; mi >= 0 && fr.b.d.ments[mi].val.Kind == claims.KindTime {
			return true
		}
	}
	return false
}

// howBig reports a clause that asks how big its subject is: "how big
// the gap was", "how large the deficit will be".
func (fr *frameReader) howBig(c int) bool {
	t := fr.t
	d := t.Doc
	switch strings.ToLower(d.Lemma[c]) {
	case "big", "large":
	default:
		return false
	}
	return c > 0 && strings.EqualFold(d.Word(c-1), "how") && t.Kid(c, syntax.RelNsubj) >= 0
}

// ofWhat returns what a slot noun is of: "a date for the hearing", "the
// cause of the fire", "the hearing's date"; -1 when none.
func (fr *frameReader) ofWhat(n int) int {
	t := fr.t
	d := t.Doc
	for _, k := range t.Kids(n) {
		k := int(k)
		if d.Rel[k] == relPoss {
			return k
		}
		if d.Rel[k].Universal() == syntax.RelNmod {
			switch caseOfWord(t, k) {
			case "for", "of":
				return k
			}
		}
	}
	// The parser may attach "for the meeting" elsewhere (the commonest
	// of its errors): read the words right after the noun instead.
	s := d.SentenceOf(n)
	if k := n + 1; k < int(s.End) && d.UPOS[k] == syntax.ADP {
		switch strings.ToLower(d.Word(k)) {
		case "for", "of":
			noun := -1
			for j := k + 1; j < int(s.End) && j <= k+5; j++ {
				switch {
				case d.UPOS[j] == syntax.NOUN || d.UPOS[j] == syntax.PROPN:
					noun = j
					continue
				case d.UPOS[j] == syntax.VERB && d.XPOS[j] == "VBG" && noun < 0:
					// "a timetable for closing the barracks"
					return j
				}
				switch d.UPOS[j] {
				case syntax.DET, syntax.ADJ, syntax.NUM, syntax.PUNCT:
					if noun < 0 || d.UPOS[j] == syntax.PUNCT && d.Word(j) == "-" {
						continue
					}
				}
				break
			}
			return noun
		}
	}
	return -1
}

// partOfSet reports whether noun n names the rest of a set, not the set:
// "the remaining branches", "other stores", "further sites".
// restWords name a part of a set beside the part said before: "the
// remaining branches", "other sites", "the rest", "further closures".
var restWords = map[string]bool{"remaining": true, "other": true, "others": true, "rest": true, "further": true,
	"additional": true, "outstanding": true, "some": true, "several": true}

func (fr *frameReader) partOfSet(n int) bool {
	d := fr.t.Doc
	for _, k := range fr.t.Kids(n) {
		if d.Rel[k].Universal() == syntax.RelAmod || d.Rel[k] == syntax.RelDet || d.Rel[k].Universal().String() == "acl" {
			if restWords[strings.ToLower(d.Word(int(k)))] {
				return true
			}
		}
	}
	return false
}

// forWords returns the content lemmas of a "for" or "of" phrase right
// after word w, read from the words, for when a parse hangs it
// elsewhere: "a date had been fixed for the relighting of the lamp".
func (fr *frameReader) forWords(w int) []string {
	d := fr.t.Doc
	s := d.SentenceOf(w)
	k := w + 1
	if k >= int(s.End) {
		return nil
	}
	if x := strings.ToLower(d.Word(k)); x != "for" && x != "of" {
		return nil
	}
	var out []string
	for j := k + 1; j < int(s.End) && j <= k+6; j++ {
		switch d.UPOS[j] {
		case syntax.PUNCT, syntax.AUX, syntax.SCONJ, syntax.CCONJ:
			return out
		case syntax.VERB:
			if d.XPOS[j] != "VBG" {
				return out
			}
		}
		if contentWord(d, j) {
			out = append(out, fr.nounWords(j)...)
		}
	}
	return out
}

// yetTo reports "has yet to", "is yet to", "remains to be" above the
// frame: "the venue has yet to be confirmed".
func (fr *frameReader) yetTo(f *frame.Frame) bool {
	t := fr.t
	d := t.Doc
	if d.Rel[f.Pred] != syntax.RelXcomp {
		return false
	}
	if m := t.Kid(f.Pred, syntax.RelMark); m < 0 || !strings.EqualFold(d.Word(m), "to") {
		return false // "will remain suspended": no infinitive
	}
	h := int(d.Head[f.Pred])
	switch strings.ToLower(d.Lemma[h]) {
	case "have", "be", "remain":
	default:
		return false
	}
	for _, k := range t.Kids(h) {
		if w := strings.ToLower(d.Word(int(k))); w == "yet" || w == "still" {
			return true
		}
	}
	for _, k := range t.Kids(f.Pred) {
		// "yet" hung on the infinitive: "has yet to be calculated"
		if w := strings.ToLower(d.Word(int(k))); (w == "yet" || w == "still") && h < int(k) && int(k) < f.Pred {
			return true
		}
	}
	return strings.ToLower(d.Lemma[h]) == "remain"
}

// noDeterminer reports a slot noun with "no" as the frame's object or
// passive subject: "no date has been set".
func (fr *frameReader) noDeterminer(f *frame.Frame) bool {
	t := fr.t
	d := t.Doc
	for _, n := range []int{f.Obj, f.Subj} {
		if n < 0 {
			continue
		}
		if k := t.Kid(n, syntax.RelDet); k >= 0 && strings.EqualFold(d.Word(k), "no") {
			_, ok := slotNouns[strings.ToLower(d.Lemma[n])]
			return ok
		}
	}
	return false
}

func (fr *frameReader) addOpen(f *frame.Frame, subject, slot string) {
	fr.addOpenWith(f, subject, slot, -1)
}

// addOpenWith adds an open slot whose clause takes in the wh-clause at c
// ("have not decided where the summit will take place").
func (fr *frameReader) addOpenWith(f *frame.Frame, subject, slot string, c int) {
	if subject == "" {
		// What is open is told only by its words ("a date for the first
		// paying guests"): kept only if matchSlots finds its value.
		subject = unkeyedSlot
	}
	g := *f
	if c >= 0 {
		first, last := fr.t.Extent(c, true)
		g.First, g.Last = min(g.First, first), max(g.Last, last)
	}
	if fr.yetTo(f) {
		// "a final closing date … had yet to be fixed": the clause of
		// "had yet", which holds what is open.
		first, last := fr.t.Extent(int(fr.t.Doc.Head[f.Pred]), true)
		g.First, g.Last = min(g.First, first), max(g.Last, last)
	}
	fr.addFrame(&g, subject, slot, claims.Value{}, claims.ModalityUnknown, false)
}

// slotValue keys what an open question asks, where a frame settles it:
// "will be held in Geneva" gives the summit's venue, "will reopen on 1
// June" the date.
func (fr *frameReader) slotValue(f *frame.Frame) {
	t := fr.t
	d := t.Doc
	if f.Modality != frame.Asserted || f.Negated || f.Subj < 0 {
		return
	}
	if f.Copula {
		fr.copulaSlot(f)
		return
	}
	if causingVerbs[f.Lemma] || f.Lemma == "start" && f.Passive {
		fr.causeValue(f)
		return
	}
	subj := fr.speakerOf(f, f.Subj)
	if subj == "" || d.UPOS[f.Subj] == syntax.PRON && subj == "" {
		return
	}
	if e := fr.edition(f.Subj); e != "" {
		subj = e + "-" + subj // "Next year's festival will be held in Wrexham": another festival's venue
	}
	lem := f.Lemma
	if lem == "take" && f.Obj >= 0 && strings.EqualFold(d.Lemma[f.Obj], "place") {
		lem = "take place"
	}
	if f.Passive && lem == "hold" {
		lem = "be held"
	}
	for _, o := range f.Obliques {
		switch {
		case venuePredicates[lem] && (o.Prep == "in" || o.Prep == "at" || o.Prep == "to" || o.Prep == "into"):
			place := o.Head
			if !fr.isName(place) {
				// "into new studios in the former Corn Exchange", "at its
				// existing site in Halbury": the name the place is in.
				place = -1
				for _, k := range t.Kids(o.Head) {
					if d.Rel[k].Universal() == syntax.RelNmod && fr.isName(int(k)) {
						switch caseOfWord(t, int(k)) {
						case "in", "at", "on":
							place = int(k)
						}
					}
				}
				if place < 0 {
					place = fr.nameRightAfter(o.Head)
				}
			}
			if place < 0 || fr.key(place) == "" || fr.isTime(place) {
				continue // (a time is no venue: "will take place in August")
			}
			fr.addFrame(f, subj, "venue", fr.placeValue(place), claims.ModalityAsserted, false)
			fr.describeLast(fr.clauseWords(f.Pred))
		case (whenPredicates[lem] || f.Tense == frame.Future) && f.Tense != frame.Past && (o.Prep == "on" || o.Prep == "in" || o.Prep == ""):
			mi := fr.wordMen[o.Head]
			if mi < 0 {
				continue
			}
			m := fr.b.d.ments[mi]
			if m.val.Kind != claims.KindTime || m.val.Granularity == claims.GranularityUnknown || m.val.Granularity > claims.GranularityMonth {
				continue
			}
			fr.addFrame(f, subj, dateProperty(lem), m.val, claims.ModalityAsserted, false)
			fr.describeLast(fr.clauseWords(f.Pred))
		}
	}
}

// causeValue keys what a clause says caused a thing: "A faulty sensor
// caused the overrun", "the fire was caused by a heater", "sparked by",
// "was started by a faulty tumble dryer" (not by a person: a starter). Its words
// (the effect's and the cause's) let matchSlots meet it with "the cause
// of the braking failure had not yet been established".
func (fr *frameReader) causeValue(f *frame.Frame) {
	t := fr.t
	d := t.Doc
	effect, cause := f.Obj, f.Subj
	if f.Passive {
		effect, cause = f.Subj, -1
		for _, o := range f.Obliques {
			if o.Prep == "by" {
				cause = o.Head
			}
		}
	}
	if cause >= 0 && d.UPOS[cause] == syntax.PRON && strings.HasPrefix(strings.ToLower(d.Word(cause)), "wh") {
		return // "what sparked the fire" asks
	}
	if effect < 0 || cause < 0 {
		return
	}
	if f.Lemma == "start" && (d.UPOS[cause] == syntax.PROPN || fr.refs.Person[cause] || peopleNouns[strings.ToLower(d.Lemma[cause])] ||
		fr.isTime(cause) || !fr.definiteThe(effect) || fr.markedApart(effect, effect)) {
		// "the race was started by the mayor": a starter, no cause; "had
		// been started by the time they arrived"; "A separate fire in
		// Canal Road was started by …": another fire
		return
	}
	subject := fr.key(effect)
	if subject == "" {
		return
	}
	first, last := t.Extent(cause, true)
	text := fr.b.d.text[d.Start[first]:d.End[last-1]]
	fr.addFrame(f, subject, "cause", claims.Value{Kind: claims.KindEntity, Text: text, Entity: Slug(text)}, claims.ModalityAsserted, false)
	words := append(fr.nounWords(effect), fr.nounWords(cause)...)
	fr.describeLast(append(words, "cause"))
	// A thing may have several causes: a cause is read only to settle a
	// cause left open, never against another cause.
	fr.out[len(fr.out)-1].forSlot = true
	fr.out[len(fr.out)-1].cause = fr.key(cause)
}

// dateProperty returns the property a predicate's date keys: "date" for
// when an event happens ("will be held on"), "date-reopen" for when a
// thing reopens, so that a school's closing and reopening days are two
// properties.
func dateProperty(lem string) string {
	switch lem {
	case "hold", "be held", "take place", "stage", "host", "meet", "happen", "occur", "date":
		return "date"
	}
	return "date-" + Slug(lem)
}

// copulaSlot keys a slot stated by a copula: "Anchorage is the venue for
// the meeting", "The venue for the meeting is Anchorage", "The date of the
// hearing is 9 May".
func (fr *frameReader) copulaSlot(f *frame.Frame) {
	d := fr.t.Doc
	for _, p := range [][2]int{{f.Pred, f.Subj}, {f.Subj, f.Pred}} {
		noun, val := p[0], p[1]
		slot, ok := slotNouns[strings.ToLower(d.Lemma[noun])]
		if !ok {
			continue
		}
		of := fr.ofWhat(noun)
		if of < 0 {
			return
		}
		switch slot {
		case "venue":
			if !fr.isName(val) || fr.key(val) == "" {
				return
			}
			fr.addFrame(f, fr.key(of), slot, fr.placeValue(val), claims.ModalityAsserted, false)
		case "date":
			if mi := fr.wordMen[val]; mi >= 0 && fr.b.d.ments[mi].val.Kind == claims.KindTime {
				fr.addFrame(f, fr.key(of), slot, fr.b.d.ments[mi].val, claims.ModalityAsserted, false)
			}
		case "cause":
			// "The cause of the fire was an electrical fault": the
			// cause settled, read like "was caused by" (causeValue).
			if noun != f.Subj || d.UPOS[val] != syntax.NOUN || fr.key(of) == "" || unsureWords[strings.ToLower(d.Lemma[val])] {
				return
			}
			first := val // the noun phrase alone, not the clause it heads
			for _, k := range fr.t.Kids(val) {
				switch d.Rel[k].String() {
				case "det", "amod", "compound", "nummod", "nmod:poss":
					first = min(first, int(k))
				}
			}
			text := fr.b.d.text[d.Start[first]:d.End[val]]
			fr.addFrame(f, fr.key(of), "cause", claims.Value{Kind: claims.KindEntity, Text: text, Entity: Slug(text)}, claims.ModalityAsserted, false)
			fr.describeLast(append(append(fr.nounWords(of), fr.nounWords(val)...), "cause"))
			fr.out[len(fr.out)-1].forSlot = true
		}
		return
	}
}

// isName reports whether word n heads a name: a proper noun, or a
// capitalized noun the tagger took for a common one ("Anchorage").
func (fr *frameReader) isName(n int) bool {
	d := fr.t.Doc
	switch d.UPOS[n] {
	case syntax.PROPN:
		return true
	case syntax.NOUN:
		w := d.Word(n)
		return w != "" && w[0] >= 'A' && w[0] <= 'Z'
	}
	return false
}

// placeValue returns the place a name at n gives: the name's words, its
// flat and compound parts with it.
func (fr *frameReader) placeValue(n int) claims.Value {
	t := fr.t
	d := t.Doc
	first, last := n, n+1
	for _, k := range t.Kids(n) {
		k := int(k)
		switch d.Rel[k].String() {
		case "flat", "compound":
			first, last = min(first, k), max(last, k+1)
		}
	}
	text := d.Text[d.Start[first]:d.End[last-1]]
	key := fr.key(n)
	if last-first > 1 && capitalized(text) {
		// "Brackwell Town Hall" is that hall, not any "hall" (a name the
		// tagger read as common nouns).
		key = Slug(text)
	}
	return claims.Value{Kind: claims.KindPlace, Entity: key, Text: text}
}

// editionKey returns the key of noun n with its edition before it:
// "next-year-festival" for "next year's festival", the key alone for
// this year's; "" for no noun.
func (fr *frameReader) editionKey(n int) string {
	k := fr.key(n)
	if e := fr.edition(n); e != "" && k != "" {
		return e + "-" + k
	}
	return k
}

// edition returns the edition of another time that noun n names, as a
// key's prefix (as eventKey makes it): "next-year" for "next year's
// festival", "2023" for "the festival in 2023"; "" for none or this
// year's.
func (fr *frameReader) edition(n int) string {
	if n < 0 {
		return ""
	}
	for _, m := range fr.marks(n) {
		f := strings.Fields(m)
		switch {
		case len(f) == 2 && (f[0] == "next" || f[0] == "last" || f[0] == "previous") && frame.IsTimeNoun(f[1]):
			return f[0] + "-" + f[1]
		case yearWord(m):
			return m
		}
	}
	return ""
}

// nameRightAfter returns the head of a name that "at" or "in" brings in
// right after noun n, wherever the parse hung it ("into new studios at
// the Corn Exchange, its owners said", the name taken for the saying's),
// or -1.
func (fr *frameReader) nameRightAfter(n int) int {
	d := fr.t.Doc
	k := n + 1
	if k >= d.Len() || !strings.EqualFold(d.Word(k), "at") && !strings.EqualFold(d.Word(k), "in") {
		return -1
	}
	k++
	if k < d.Len() && strings.EqualFold(d.Word(k), "the") {
		k++
	}
	end := int(d.SentenceOf(n).End)
	for ; k < end && k <= n+6 && fr.isName(k); k++ {
		if k+1 >= end || !fr.isName(k+1) {
			return k // the name's last word, its head
		}
	}
	return -1
}

// capitalized reports whether every word of s starts with a capital.
func capitalized(s string) bool {
	for _, w := range strings.Fields(s) {
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return s != ""
}

// deliberating reports a verb of weighing a question still under way,
// which leaves the question open as a denied verb of deciding does: "is
// still considering whether to bring charges", "are reviewing whether
// the branch should close"; so does a search ("are still seeking a
// venue") and a verb of deciding in the passive under way ("the route is
// being finalised"). A past one ("considered whether") may since
// have been settled.
func (fr *frameReader) deliberating(f *frame.Frame) bool {
	d := fr.t.Doc
	still := false
	for _, k := range fr.t.Kids(f.Pred) {
		still = still || strings.EqualFold(d.Word(int(k)), "still")
	}
	// (A past with "still" is reported speech of what is still under way:
	// "a venue for the final was still being considered".)
	if f.Negated || f.Tense == frame.Past && !still || f.Modality != frame.Asserted {
		return false
	}
	if f.Passive && (deliberateVerbs[f.Lemma] || openVerbs[f.Lemma]) {
		// Under way, passive: "a venue is still being sought", "the route
		// is being finalised".
		for _, k := range fr.t.Kids(f.Pred) {
			if strings.EqualFold(d.Word(int(k)), "being") && d.Rel[k] == relAuxPass {
				return true
			}
		}
	}
	if !deliberateVerbs[f.Lemma] && !fr.lookingFor(f) {
		return false
	}
	return d.XPOS[f.Pred] == "VBG" || still // "is considering", "still weighs whether"
}

// lookingFor reports "look for" a thing: a search, as "seek" is ("were
// still looking for a venue").
func (fr *frameReader) lookingFor(f *frame.Frame) bool {
	if f.Lemma != "look" {
		return false
	}
	for _, o := range f.Obliques {
		if o.Prep == "for" {
			return true
		}
	}
	return false
}

// datedSaying reports whether the clause at h is said under a verb of
// saying dated a week or more before the document's publication: "In
// January this year, the health board said no date had been set". What
// was open then may be settled now.
func (fr *frameReader) datedSaying(h int) bool {
	pub := fr.b.d.published
	if pub.IsZero() {
		return false
	}
	d := fr.t.Doc
	for k, steps := int(d.Head[h]), 0; k >= 0 && steps < 8; k, steps = int(d.Head[k]), steps+1 {
		if !reportingVerbs[strings.ToLower(d.Lemma[k])] {
			continue
		}
		before := func(mi int32) bool {
			v := fr.b.d.ments[mi].val
			return v.Kind == claims.KindTime && !v.End.IsZero() && v.End.Before(pub.AddDate(0, 0, -6))
		}
		for _, a := range fr.t.Kids(k) {
			if mi := fr.wordMen[a]; mi >= 0 && d.Rel[a].Universal() == syntax.RelObl && before(mi) {
				return true
			}
		}
		// A time that opens the sentence of the verb of saying, however
		// the parse hangs it: "In January the health board said".
		if s := d.SentenceOf(k); d.Head[k] < 0 {
			for a := int(s.Start); a < k && a <= int(s.Start)+3; a++ { // "Three weeks ago the trust said"
				if mi := fr.wordMen[a]; mi >= 0 && before(mi) {
					return true
				}
			}
		}
		return false
	}
	return false
}
