package extract

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/frame"
	"github.com/veracity-go/veracity/claims/extract/syntax"
)

// Figures given again. A definite noun phrase with a figure in it ("the
// £5.4 million investment", "the 64 passengers on board", "the
// school's 1,350 pupils", "the six-week closure") presupposes that the
// reader has met its referent: when an earlier clause gave a figure of
// the same kind and unit for what the words of the phrase name ("£4.5
// million", "carrying 46 passengers", "close for eight weeks"), the two
// are one fact stated twice, and the value-conflict check compares them.
//
// The earlier figure is the antecedent only when the words support it:
// the phrase's head or one of its modifiers is the antecedent's own noun,
// the verb or subject that governs it, one of their synonyms, or of one
// stem with it ("closure" and "close", "contribution" and "contribute");
// or the two figures are written with the same digits in another order,
// the signature of a figure mistyped. An earlier figure equal to the
// phrase's settles it: the phrase refers to that one. Figures that are
// ends of a change ("up from 140") or set in a contrast of times ("last
// year", "originally") are never antecedents, and the phrase must not be
// one either.

// A figureRef is one figure mention read for back-reference.
type figureRef struct {
	mi      int      // the mention
	w       int      // its head word
	sent    int      // where its syntactic sentence starts
	unit    string   // kind and unit: "money:GBP", "count:passenger"
	def     bool     // in a definite noun phrase
	head    int      // the head noun of its noun phrase (npHead)
	mod     bool     // the figure modifies its head ("the 4km race"), not counts it
	owner   string   // the referent of a possessor of its phrase ("men's", "BSkyB's", "of Delta Group"), or ""
	post    []string // words of what follows and restricts its head ("competing in the fiction section")
	np      []string // words of its noun phrase, as an anaphor
	ctx     []string // words it is said of, as an antecedent
	usable  bool     // neither an end of a change nor in a contrast of times, or the level a change reached (reached)
	anaphor bool     // neither an end of a change nor in a contrast of times: a figure that may restate one
	reached bool     // the level a change reached: "rose to 8.4%"
	set     string   // a word that picks a set of its noun's things ("new", "existing", "remaining"), or ""
	shareOf string   // what a percentage is the share of ("Electric models made up 22% of sales"), or ""
	// partOf is the verb that a part of a set undergoes ("close 14 of
	// its 52 branches"), or "": such a part is restated only by a phrase
	// that names that verb's event ("the 19 branch closures").
	partOf string
}

// maxFigureLookback bounds how many earlier figures of one unit each
// definite figure is compared with, which keeps the work linear.
const maxFigureLookback = 64

// figureRefs keys each definite figure whose supported antecedent gives
// another value.
func (fr *frameReader) figureRefs() {
	d := fr.b.d
	fr.indexClaimed()
	byUnit := map[string][]int{} // unit → indexes into refs, in order
	var refs []figureRef
	counted := map[float64]int{} // a bare number or count → its first mention
	for mi := range d.ments {
		if k := d.ments[mi].val.Kind; k == claims.KindNumber || k == claims.KindCount {
			if _, ok := counted[d.ments[mi].val.Amount]; !ok {
				counted[d.ments[mi].val.Amount] = mi
			}
		}
		r, ok := fr.figureRef(mi)
		if !ok {
			continue
		}
		byUnit[r.unit] = append(byUnit[r.unit], len(refs))
		refs = append(refs, r)
	}
	for _, list := range byUnit {
		for i, ri := range list {
			r := &refs[ri]
			if !r.anaphor || !r.def && !d.insideQuotation(d.ments[r.mi].first) {
				continue
			}
			// A count said before as a bare number settles the phrase:
			// "two of a total of 10 domains" … "the two domains".
			if strings.HasPrefix(r.unit, "count:") {
				if first, ok := counted[d.ments[r.mi].val.Amount]; ok && first < r.mi {
					continue
				}
			}
			fr.backRef(r, refs, list[:i], list[i+1:])
		}
	}
}

// backRef finds the antecedent of definite figure r among the earlier
// figures of its unit (prior, indexes into refs) and keys the two when
// their values differ.
func (fr *frameReader) backRef(r *figureRef, refs []figureRef, prior, after []int) {
	d := fr.b.d
	v := d.ments[r.mi].val
	// Figures of one unit side by side are a comparison or a list ("26%
	// … compared to 30% in Frankfurt"), not a figure given again.
	if len(after) > 0 && refs[after[0]].sent == r.sent {
		return // (figures come in order: the next is the only one to look at)
	}
	best, bestScore, supported := -1, 0, 0
	only, others := -1, 0 // the one close sum before, when no words tie one
	for k := len(prior) - 1; k >= 0 && k >= len(prior)-maxFigureLookback; k-- {
		a := &refs[prior[k]]
		av := d.ments[a.mi].val
		if a.sent == r.sent {
			return
		}
		if sameFigure(av, v) {
			return // the phrase refers to a figure given before, and agrees
		}
		if nearFigure(av, v) && (only < 0 || !sameFigure(av, d.ments[refs[only].mi].val)) {
			if only >= 0 || !a.usable || contrastive(a, r) {
				others++ // (a near sum that cannot be the one makes the guess unsafe)
			}
			only = prior[k]
		} else if only >= 0 && a.usable && !contrastive(a, r) && sameFigure(av, d.ments[refs[only].mi].val) {
			only = prior[k] // the same sum given earlier: where the story first gives it
		}
		if !a.usable || !comparable(av, v) || contrastive(a, r) || fr.groupApart(a, r) {
			continue
		}
		s := support(r.np, a.ctx)
		if eventCountNouns[r.headLemma()] && fr.wholeOfPart(a.head) {
			continue // "the 17 branch closures" are not "its 40 branches" of which 12 close
		}
		if a.partOf != "" {
			// A part of a set is restated only by the event its verb
			// names, of the same doer: not "England lost nine of their 14
			// matches" … "Wales lost all five matches".
			if support(r.np, []string{a.partOf}) == 0 {
				continue
			}
			if x, y := fr.sayerOf(a.w), fr.sayerOf(r.w); x != "" && y != "" && x != y && y != fr.key(r.head) {
				continue // (a phrase that is its own clause's subject names no other doer)
			}
		}
		if !r.def {
			// A figure a speaker gives in a quotation restates one the
			// story gave when its words tie it to that one and it is near:
			// "The tenor weighs 2.3 tonnes" … "The tenor takes longest,
			// because at 1.9 tonnes there is so much metal".
			if !nearFigure(av, v) && !permutedDigits(av, v) {
				continue
			}
			x, y := fr.subjectWords(a.w), fr.subjectWords(r.w)
			if len(x) == 0 {
				x = quotedWords(a.ctx, av)
			}
			if len(y) == 0 {
				y = quotedWords(r.ctx, v)
			}
			if support(x, y) == 0 || distinctThings(fr.subjectNames(a.w), fr.subjectNames(r.w)) {
				continue // "gamers spending 15 hours a day" … "my husband spent 11 hours"
			}
			s = support(quotedWords(append(fr.topicWords(r.w), r.ctx...), v), quotedWords(a.ctx, av))
		}
		if r.unit == "percent" && s < 2 {
			// Shares of one thing are many ("growth of 2.2%", "its 1.4%
			// growth target"): the words must agree more.
			s = 0
		}
		if permutedDigits(av, v) {
			s++
		}
		if s == 0 {
			continue
		}
		if bestScore > 0 && !sameFigure(av, d.ments[refs[best].mi].val) {
			supported++
		}
		if s > bestScore {
			best, bestScore = prior[k], s
		}
	}
	if best < 0 && only >= 0 && others == 0 && r.unit != "percent" && r.def && !fr.groupApart(&refs[only], r) && ((r.mod || fr.countRestates(r, &refs[only])) &&
		(!strings.HasPrefix(r.unit, "money:") || sumThings[strings.ToLower(fr.t.Doc.Lemma[r.head])] || sumThings[frame.SynonymKey(strings.ToLower(fr.t.Doc.Lemma[r.head]))]) ||
		fr.bareDefinite(r) && barePlausible(d.ments[refs[only].mi].val, v)) {
		// "Storm claims cost the insurer £61 million" … "the £67 million
		// storm bill": no word ties the two, but a definite figure in a
		// noun phrase restates one, and only one before is near it; a sum
		// must name a sum ("the £50 million stand" restates no fee paid for
		// a striker). "You stole the £270,000" names nothing else at all:
		// it can only be a figure the reader has met.
		best = only
	}
	if best < 0 || supported > 0 {
		// None, or several figures the phrase could mean.
		return
	}
	a := &refs[best]
	subject := fr.key(fr.npHead(r.w))
	if fr.bareDefinite(r) || !r.def {
		// "the £270,000" names nothing, nor does "at 1.9 tonnes" in a
		// quotation: it is the figure of whatever the antecedent's
		// clause says it of.
		subject = fr.sayerOf(a.w)
		if a.mod && a.head > fr.lastWord(a.mi) {
			subject = fr.key(a.head) // (not the unit: "14 minutes")
		}
	}
	if a.shareOf != "" && (subject == "" || shareNouns[subject]) {
		subject = a.shareOf // "the 27% electric share" of "Electric models made up 22%"
	}
	if subject == "" && len(r.np) > 0 {
		subject = Slug(r.np[0])
	}
	if subject == "" || fr.keyedTogether(a.mi, r.mi) {
		return
	}
	property := figureProperty(r.unit)
	fr.addFigure(a.mi, subject, property, a.mod, r.unit) // (a figure that describes a noun holds whatever the clause does with it: "wants to build on a 45-hectare site")
	fr.addFigure(r.mi, subject, property, true, r.unit)
}

// groupApart reports whether two counts of people count two roles
// (framewords.txt [peoplerole]): "leaving 64 residents" … "the home's
// 46 staff", "24 patients" … "the 28 remaining staff", even when a verb
// is said of both ("will be moved"). A noun of
// no role ("people", "adults") or a gathering's number ("a crowd of
// 14,300") may count any group, and counts of homes one group.
func (fr *frameReader) groupApart(a, r *figureRef) bool {
	if r.unit != "count:people" {
		return false
	}
	x, y := peopleRoles[fr.countedNoun(a)], peopleRoles[fr.countedNoun(r)]
	return x != "" && y != "" && x != y
}

// countedNoun returns the lemma of the noun figure r counts: a count's
// own unit ("24 patients"), or the head of its noun phrase ("the 28
// remaining staff").
func (fr *frameReader) countedNoun(r *figureRef) string {
	if v := fr.b.d.ments[r.mi].val; v.Kind == claims.KindCount && v.Unit != "" {
		return v.Unit[strings.LastIndexByte(v.Unit, ' ')+1:]
	}
	return strings.ToLower(fr.t.Doc.Lemma[r.head])
}

// peopleRoles maps a noun that counts people to its role.
var peopleRoles = frameWords["peoplerole"]

// setWords pick one set of a noun's things from another (framewords.txt
// [sets]): "new homes", "existing properties".
var setWords = frameSet("sets")

// countRestates reports whether definite count r ("the 11,400
// spectators", its noun its unit) may restate count a near it with no
// word to tie them: "the" before it (not "all seven matches", a set of
// its own), and a not a part of a set ("nine of their 14 matches").
func (fr *frameReader) countRestates(r, a *figureRef) bool {
	sd := fr.t.Doc
	first := fr.firstWord(r.mi)
	return strings.HasPrefix(r.unit, "count:") && a.partOf == "" && first > 0 && strings.EqualFold(sd.Word(first-1), "the")
}

// barePlausible reports whether a bare "the £N" can restate the sum a
// before it: not when it is smaller, which is more often the part of a
// sum still owed, kept or lent ("stole £48,000 … ordered to pay the
// £42,000"), unless its digits are a's in another order.
func barePlausible(a, v claims.Value) bool {
	x, y := magnitudes(a, v)
	return y > x || permutedDigits(a, v)
}

// bareDefinite reports whether sum or measure r stands alone after
// "the", naming no noun: "the £270,000", "the 4.5 tonnes" — a figure that
// can only be one the reader has met. (Spans of time are not: "the last
// three years", "the three days" frame a time.)
func (fr *frameReader) bareDefinite(r *figureRef) bool {
	if r.mod || r.owner != "" || !strings.HasPrefix(r.unit, "money:") && !strings.HasPrefix(r.unit, "quantity:") {
		return false
	}
	sd := fr.t.Doc
	first := fr.firstWord(r.mi)
	if first <= int(sd.SentenceOf(r.w).Start) || !strings.EqualFold(sd.Word(first-1), "the") {
		return false
	}
	// A clause after it makes it a new one: "the £3.2m Harbury paid for
	// Boyce", "the £3.2m spent on Boyce".
	if fr.t.Kid(r.w, relAcl) >= 0 {
		return false
	}
	if n := fr.lastWord(r.mi) + 1; n < int(sd.SentenceOf(r.w).End) {
		switch sd.UPOS[n] {
		case syntax.NOUN, syntax.PROPN, syntax.PRON, syntax.DET, syntax.NUM:
			return false
		}
		if sd.XPOS[n] == "VBN" || sd.XPOS[n] == "VBD" {
			return false
		}
	}
	return true
}

// sayerOf returns the key of the subject of the predicate above figure
// word w ("A warehouse manager who siphoned £240,000" → the manager), or
// the predicate's lemma when its subject has no key.
func (fr *frameReader) sayerOf(w int) string {
	sd := fr.t.Doc
	s, k := fr.subjectAbove(w)
	switch {
	case s < 0 && k >= 0:
		return "" // the speaker is not what the figure is of
	case s < 0:
		if k := fr.predicateOf(w); k >= 0 {
			return Slug(strings.ToLower(sd.Lemma[k]))
		}
		return ""
	}
	if key := fr.key(s); key != "" {
		return key
	}
	if sd.UPOS[s] != syntax.NOUN {
		return Slug(strings.ToLower(sd.Lemma[k]))
	}
	// "The average time taken … was 14 minutes": the subject with its
	// modifiers.
	var words []string
	for _, c := range fr.t.Kids(s) {
		if int(c) < s && (sd.Rel[c] == syntax.RelAmod || sd.Rel[c] == syntax.RelCompound) {
			words = append(words, strings.ToLower(sd.Lemma[c]))
		}
	}
	return Slug(strings.Join(append(words, strings.ToLower(sd.Lemma[s])), " "))
}

// topicWords returns the words of the subject of the main clause of
// word w's sentence: what a speaker talks about ("The tenor takes
// longest, because at 1.9 tonnes …").
func (fr *frameReader) topicWords(w int) []string {
	sd := fr.t.Doc
	var out []string
	for k, steps := int(sd.Head[w]), 0; k >= 0 && steps < 8; k, steps = int(sd.Head[k]), steps+1 {
		out = append(out, fr.nounWords(fr.t.Kid(k, syntax.RelNsubj))...)
	}
	return out
}

// quotedWords returns the words of a quoted figure's context that can
// tie it to a figure before: not its unit ("at 1.9 tonnes" is tied by
// "tenor", not "tonne"), nor words of time ("11 hours today").
func quotedWords(ctx []string, v claims.Value) []string {
	var out []string
	for _, w := range ctx {
		if _, unit := claims.DurationUnitDays(w); unit || w == v.Unit || w == v.Unit+"s" || frame.IsTimeNoun(w) || w == "today" {
			continue
		}
		out = append(out, w)
	}
	return out
}

// subjectWords returns the words of the subject nearest above figure
// word w (see sayerOf), with its modifiers; nil when there is none
// before a verb of saying. A figure a quotation restates must be said
// of what the first was said of: "The tenor weighs 2.3 tonnes" … "The
// tenor takes longest, because at 1.9 tonnes …"; not "gamers spending
// 15 hours a day" … "my husband spent 11 hours".
func (fr *frameReader) subjectWords(w int) []string {
	s, _ := fr.subjectAbove(w)
	if s < 0 {
		return nil
	}
	sd := fr.t.Doc
	words := append(fr.nounWords(s), strings.ToLower(sd.Lemma[s]))
	if ap := fr.t.Kid(s, syntax.RelAppos); ap >= 0 {
		words = append(words, fr.nounWords(ap)...) // "The largest bell, the tenor,"
	}
	if key := fr.key(s); key != "" {
		words = append(words, key)
	}
	return words
}

// subjectAbove returns the subject nearest above figure word w and the
// word it is the subject of: a predicate, or a verb the tagger took for a
// noun ("The tenor weighs 2.3 tonnes"). Past a verb of saying it stops
// (the speaker is not what the figure is of) and returns -1 and that
// verb; with no subject within five steps, -1, -1.
func (fr *frameReader) subjectAbove(w int) (subj, pred int) {
	sd := fr.t.Doc
	for k, steps := w, 0; k >= 0 && steps < 5; k, steps = int(sd.Head[k]), steps+1 {
		switch {
		case fr.t.Kid(k, relExpl) >= 0:
			continue // "there is so much metal": what is, not what it is said of
		case reportingVerbs[strings.ToLower(sd.Lemma[k])]:
			return -1, k
		}
		if s := fr.t.KidRel(k, syntax.RelNsubj); s >= 0 {
			return s, k
		}
	}
	return -1, -1
}

// subjectNames returns the names that tell the subject above figure word
// w from others of its noun, with the places its clause names
// (thingNames, placeNames): "The average house price in Leeds" is not
// the one in Harrogate.
func (fr *frameReader) subjectNames(w int) []string {
	s, p := fr.subjectAbove(w)
	if s < 0 {
		return nil
	}
	return append(fr.thingNames(s), fr.placeNames(p)...)
}

// addFigure adds the claim of figure mention mi (presupposed for the
// definite phrase, see addIn), its text widened to
// hold the whole mention and a determiner or possessive right before it
// and the noun it modifies ("the £2.4m infrastructure contribution"),
// which a parse may hang elsewhere.
func (fr *frameReader) addFigure(mi int, subject, property string, presupposed bool, unit string) {
	d, sd := fr.b.d, fr.t.Doc
	n := len(fr.out)
	v := d.ments[mi].val
	if u, ok := strings.CutPrefix(unit, "count:"); ok {
		// Counts of one group in other nouns ("1,420 adults", "the 1,240
		// patients"), or a bare number of them ("14,300 current and
		// former employees"), compare as counts in the group's unit.
		v.Kind, v.Unit = claims.KindCount, u
	}
	fr.addIn(int(fr.menWord[mi]), subject, property, v, false, presupposed)
	if len(fr.out) == n {
		return
	}
	c := &fr.out[n].Claim
	m := d.ments[mi]
	sp := d.span(m.first, m.last)
	if first := fr.firstWord(mi); first > int(sd.SentenceOf(first).Start) && definiteWords[strings.ToLower(sd.Word(first-1))] {
		sp.Start = int(sd.Start[first-1])
		if w := sd.Word(first - 1); (w == "'s" || w == "’s") && first >= 2 {
			sp.Start = int(sd.Start[first-2])
		}
	}
	if h := fr.npHead(int(fr.menWord[mi])); int(sd.End[h]) > sp.End {
		sp.End = int(sd.End[h]) // "the £4.8 million scheme"
	}
	if sp.Start < c.Span.Start || sp.End > c.Span.End {
		c.Span.Start, c.Span.End = min(c.Span.Start, sp.Start), max(c.Span.End, sp.End)
		c.Text = d.text[c.Span.Start:c.Span.End]
	}
}

// contrastive reports whether antecedent a and phrase r are two of a
// set rather than one thing: both definite phrases whose figures pick
// out one of several of a noun ("won the 9.2km race" … "the 4km race",
// "its six-year run" … "its 10-year run"), or phrases of different
// owners ("the men's 200m race", "the women's 60m race"; "100m relay
// gold" and "the women's 60m race"), or of one noun restricted in
// parallel and differently.
func contrastive(a, r *figureRef) bool {
	if a.owner != r.owner && (a.owner != "" && r.owner != "" || a.mod && r.mod ||
		strings.HasPrefix(a.owner, "pronoun-") || strings.HasPrefix(r.owner, "pronoun-")) {
		// (an owner named only by a pronoun we cannot resolve, "their 12
		// principal dancers", may be anyone's: not the one named before)
		return true
	}
	if a.def && a.mod && r.mod && a.headLemma() != "" && a.headLemma() == r.headLemma() {
		return true
	}
	// "120 new homes" … "the 210 existing properties": words that pick two
	// sets of a noun's things.
	if a.set != "" && r.set != "" && a.set != r.set {
		return true
	}
	// "Twelve films competing in the documentary section" … "the 16
	// films competing in the fiction section": one frame, two sets. A
	// phrase that says less of its noun restates it ("a 23-mile journey
	// to Ridgeway General Hospital" … "the 18-mile trip to Ridgeway").
	return len(a.post) > 0 && len(r.post) > 0 && sharesWord(a.post, r.post) &&
		!subsetOf(a.post, r.post) && !subsetOf(r.post, a.post)
}

func sharesWord(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

func subsetOf(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// postWords returns the content lemmas of the clauses and phrases that
// follow noun np and restrict it, at most eight.
func (fr *frameReader) postWords(np int) []string {
	t := fr.t
	sd := t.Doc
	var out []string
	for _, c := range t.Kids(np) {
		k := int(c)
		if k < np {
			continue
		}
		switch sd.Rel[k].Universal() {
		case relAcl, syntax.RelNmod:
		default:
			continue
		}
		first, last := t.Extent(k, true)
		for j := max(first, np+1); j < last && len(out) < 8; j++ {
			if contentWord(sd, j) {
				out = append(out, strings.ToLower(sd.Lemma[j]))
			}
		}
	}
	return out
}

// headLemma returns the lemma of the head of a figure's phrase, the
// first of its words.
func (r *figureRef) headLemma() string {
	if len(r.np) == 0 {
		return ""
	}
	return r.np[0]
}

// figureProperty names the property a figure of a unit keys under: "sum",
// "share", "duration", "size-hectare", "count-passenger".
func figureProperty(unit string) string {
	kind, u, _ := strings.Cut(unit, ":")
	switch kind {
	case "money":
		return "sum"
	case "percent":
		return "share"
	case "duration":
		return "duration"
	case "quantity":
		return "size-" + Slug(u)
	}
	return "count-" + Slug(u)
}

// keyedTogether reports whether the claims read before the figures
// (fr.claimed) hold mentions a and b under one subject and property
// already, so that the checks compare them without a second pair of
// claims.
func (fr *frameReader) keyedTogether(a, b int) bool {
	ka := fr.claimed[a]
	for _, k := range fr.claimed[b] {
		if slices.Contains(ka, k) {
			return true
		}
	}
	return false
}

// indexClaimed records, for each figure mention, the keys of the claims
// read so far that state it: a claim whose span holds the mention's and
// whose value is its figure. Claims and mentions both come in document
// order, so one merge-like pass with a short window does it.
func (fr *frameReader) indexClaimed() {
	d := fr.b.d
	all := make([]claims.Claim, 0, len(fr.b.out)+len(fr.out))
	all = append(all, fr.b.out...)
	for i := range fr.out {
		all = append(all, fr.out[i].Claim)
	}
	slices.SortStableFunc(all, func(x, y claims.Claim) int { return x.Span.Start - y.Span.Start })
	fr.claimed = make(map[int][]string)
	lo := 0
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.isEntity() {
			continue
		}
		sp := d.span(m.first, m.last)
		for lo < len(all) && all[lo].Span.Start < sp.Start-maxClauseBytes {
			lo++
		}
		for i := lo; i < len(all) && all[i].Span.Start <= sp.Start; i++ {
			c := &all[i]
			if sp.End <= c.Span.End && c.Value.Amount == m.val.Amount && c.Value.Kind == m.val.Kind {
				fr.claimed[mi] = append(fr.claimed[mi], c.Subject+"\x00"+c.Property)
			}
		}
	}
}

// figureRef reads mention mi for back-reference; false when it is not a
// figure that could refer or be referred to.
func (fr *frameReader) figureRef(mi int) (figureRef, bool) {
	d := fr.b.d
	m := &d.ments[mi]
	w := int(fr.menWord[mi])
	if w < 0 || m.relative || m.ordinal || m.age || m.ends != nil || m.isEntity() || d.hyphenJoined(*m) {
		return figureRef{}, false
	}
	sd := fr.t.Doc
	r := figureRef{mi: mi, w: w, sent: int(sd.SentenceOf(w).Start)}
	v := m.val
	switch v.Kind {
	case claims.KindMoney:
		r.unit = "money:" + v.Unit
	case claims.KindPercent:
		if v.Unit != "" && v.Unit != "%" {
			return figureRef{}, false // percentage points are changes
		}
		r.unit = "percent"
	case claims.KindDuration:
		if _, ok := claims.DurationUnitDays(v.Unit); !ok {
			return figureRef{}, false
		}
		r.unit = "duration"
	case claims.KindQuantity:
		r.unit = "quantity:" + v.Unit
	case claims.KindCount:
		if r.unit = countUnit(v.Unit); r.unit == "" {
			return figureRef{}, false
		}
	case claims.KindNumber:
		// A bare number counts the noun it modifies ("52 branches" is a
		// count already), or the noun it is a part "of": "close 14 of its
		// 52 branches" counts branches closed.
		h := int(sd.Head[w])
		if v.Amount < 2 || v.Amount != math.Trunc(v.Amount) || v.Amount >= 1900 && v.Amount <= 2100 {
			return figureRef{}, false
		}
		if p := fr.partitiveOf(w); p >= 0 {
			h = p
			if k := fr.predicateOf(w); k >= 0 {
				r.partOf = strings.ToLower(sd.Lemma[k])
			} else {
				return figureRef{}, false
			}
		} else if h >= 0 && sd.Rel[w].Universal() == syntax.RelNmod && caseOfWord(fr.t, w) == "of" && crowdNouns[strings.ToLower(sd.Lemma[h])] {
			// "a crowd of 14,300" counts people.
			if r.unit = countUnit("people"); r.unit == "" {
				return figureRef{}, false
			}
			break
		} else if h < 0 || sd.Rel[w] != syntax.RelNummod || sd.UPOS[h] != syntax.NOUN {
			return figureRef{}, false
		}
		noun := strings.ToLower(sd.Lemma[h])
		if c := fr.t.Kid(h, syntax.RelCompound); c >= 0 && c < h {
			noun = strings.ToLower(sd.Lemma[c]) + " " + noun // "19 branch closures"
		}
		if r.unit = countUnit(noun); r.unit == "" {
			return figureRef{}, false
		}
	default:
		return figureRef{}, false
	}
	if v.Amount == 0 {
		return figureRef{}, false
	}
	first := fr.firstWord(mi)
	r.def = first > int(sd.SentenceOf(w).Start) && definiteWords[strings.ToLower(sd.Word(first-1))]
	np := fr.npHead(w)
	r.head, r.mod = np, np != w
	p := fr.possessorBefore(first)
	if p < 0 {
		// "the £2.3 billion takeover of Delta Group"
		for _, c := range fr.t.Kids(np) {
			if int(c) > np && sd.Rel[c].Universal() == syntax.RelNmod && caseOfWord(fr.t, int(c)) == "of" && sd.UPOS[c] == syntax.PROPN {
				p = int(c)
				break
			}
		}
	}
	if k := fr.t.KidRel(np, relPoss); p < 0 && k >= 0 && sd.UPOS[k] == syntax.PRON {
		// "their 12 principal dancers": someone's, if not whose.
		if r.owner = fr.key(k); r.owner == "" {
			r.owner = "pronoun-" + strings.ToLower(sd.Word(k))
		}
	}
	if p >= 0 {
		r.owner = fr.key(p)
		if r.owner == "" {
			r.owner = strings.ToLower(sd.Lemma[p])
		}
	}
	r.np = fr.npWords(np, mi)
	for k := fr.firstWord(mi); k <= max(np, fr.lastWord(mi)) && k < sd.Len(); k++ {
		if w := strings.ToLower(sd.Word(k)); setWords[w] {
			r.set = w
		}
	}
	r.post = fr.postWords(np)
	r.ctx = fr.figureContext(w, np, mi)
	if r.unit == "percent" {
		r.np, r.ctx, r.shareOf = fr.shareWords(w, np, r.np, r.ctx)
	}
	inChange := fr.figureInChange(mi)
	plain := !fr.contrastOfTimes(w) && !fr.restOfSet(w)
	r.anaphor = !inChange && plain
	// The level a change reached ("its market share rose to 8.4%") is
	// the thing's figure now, which a later phrase may restate; it is
	// never a phrase that restates one.
	r.reached = inChange && plain && fr.reachedLevel(mi)
	r.usable = r.anaphor || r.reached
	return r, true // (a figure no word ties is still one a phrase may restate: backRef)
}

// shareWords adds "share" to the words of a percentage that is one: a
// noun phrase headed by "share" or "proportion" ("the 27% electric
// share"), or the object of a verb of making up a whole ("Electric models
// made up 22% of sales", "accounted for", "represented"), whose subject
// is then what the share is of.
func (fr *frameReader) shareWords(w, np int, words, ctx []string) (_, _ []string, of string) {
	sd := fr.t.Doc
	if shareNouns[strings.ToLower(sd.Lemma[np])] {
		words = append(words, "share")
	}
	k := fr.predicateOf(w)
	if k < 0 {
		return words, ctx, ""
	}
	switch strings.ToLower(sd.Lemma[k]) {
	case "make", "account":
		// "made up", "accounted for": the word right after the verb
		if k+1 >= sd.Len() {
			return words, ctx, ""
		}
		if prt := strings.ToLower(sd.Word(k + 1)); prt != "up" && prt != "for" {
			return words, ctx, ""
		}
	case "represent", "comprise", "constitute":
	default:
		return words, ctx, ""
	}
	ctx = append(ctx, "share")
	subj := fr.t.Kid(k, syntax.RelNsubj)
	if h := int(sd.Head[k]); subj < 0 && h >= 0 && sd.Rel[k].Universal() == relAcl && sd.UPOS[h] == syntax.NOUN {
		subj = h // "models made up 22% of sales" read as a noun and its clause
	}
	if subj < 0 {
		return words, ctx, ""
	}
	if of = fr.key(subj); of == "" {
		of = Slug(strings.ToLower(sd.Lemma[subj]))
	}
	return words, append(ctx, fr.nounWords(subj)...), of
}

// shareNouns name a percentage as a share of a whole.
var shareNouns = map[string]bool{"share": true, "proportion": true, "percentage": true}

// countUnit returns the unit a count of a noun is compared in: the
// noun's synonym group, or "people" for the nouns that count people and
// "homes" for those that count homes, whose figures the words or the
// digits must then tie together.
func countUnit(noun string) string {
	last := noun[strings.LastIndexByte(noun, ' ')+1:]
	if eventCountNouns[last] && strings.Contains(noun, " ") {
		// "210 job losses", "180 job cuts", "19 branch closures": counts
		// of jobs and branches.
		noun = noun[:strings.LastIndexByte(noun, ' ')]
		last = noun[strings.LastIndexByte(noun, ' ')+1:]
	}
	if timesNouns[last] {
		return "" // "four-time": no count of things
	}
	if peopleNouns[last] {
		return "count:people"
	}
	if homeNouns[last] {
		return "count:homes"
	}
	if k := frame.SynonymKey(last); k != "" {
		return "count:" + k
	}
	return "count:" + noun
}

var (
	// crowdNouns are nouns of a gathering whose number, after "of",
	// counts people: "a crowd of 14,300" (framewords.txt [crowd]).
	crowdNouns  = frameSet("crowd")
	peopleNouns = frameSet("people")
	homeNouns   = frameSet("homes")
)

// eventCountNouns are nouns of an event done to a thing, which a count
// of them counts: "19 branch closures" are 19 branches closed.
var eventCountNouns = map[string]bool{"loss": true, "cut": true, "closure": true, "opening": true, "redundancy": true}

// wholeOfPart reports whether noun n is the whole a number is a part
// of: "branches" in "12 of its 40 branches".
func (fr *frameReader) wholeOfPart(n int) bool {
	sd := fr.t.Doc
	h := int(sd.Head[n])
	return h >= 0 && fr.partitiveOf(h) == n
}

// partitiveOf returns the noun that number word w is a part "of" ("14 of
// its 52 branches"), or -1: a plural noun with a possessive or definite
// determiner.
func (fr *frameReader) partitiveOf(w int) int {
	sd := fr.t.Doc
	if sd.UPOS[w] != syntax.NUM || sd.Rel[w] == syntax.RelNummod {
		return -1
	}
	for _, c := range fr.t.Kids(w) {
		n := int(c)
		if n < w || sd.Rel[n].Universal() != syntax.RelNmod || sd.UPOS[n] != syntax.NOUN || sd.XPOS[n] != "NNS" || caseOfWord(fr.t, n) != "of" {
			continue
		}
		for _, k := range fr.t.Kids(n) {
			switch strings.ToLower(sd.Word(int(k))) {
			case "its", "their", "the", "our", "his", "her":
				return n
			}
		}
	}
	return -1
}

// definiteWords are the words before a figure that make its noun phrase
// definite: "the 64 passengers", "its 52 branches", "Ellery's 62.41m",
// "all six candidates" ("that" is more often a conjunction).
var (
	relAcl, _  = syntax.ParseRel("acl")
	relExpl, _ = syntax.ParseRel("expl")
)

var definiteWords = map[string]bool{
	"the": true, "this": true, "these": true, "those": true, "all": true,
	"its": true, "their": true, "his": true, "her": true, "our": true, "'s": true, "’s": true,
}

// firstWord returns the syntactic word where mention mi starts.
func (fr *frameReader) firstWord(mi int) int {
	d, sd := fr.b.d, fr.t.Doc
	start := d.span(d.ments[mi].first, d.ments[mi].last).Start
	w := int(fr.menWord[mi])
	for w > 0 && int(sd.Start[w-1]) >= start {
		w--
	}
	return w
}

// npHead returns the head noun of the noun phrase figure word w stands
// in: the noun it modifies, through compounds ("the 430-hectare fire"),
// or w itself.
func (fr *frameReader) npHead(w int) int {
	sd := fr.t.Doc
	mi := fr.wordMen[w]
	last := w
	if mi >= 0 {
		last = fr.lastWord(int(mi))
	}
	end := int(sd.SentenceOf(w).End)
	head := -1
	for k := last + 1; k < end && k <= last+5; k++ {
		switch sd.UPOS[k] {
		case syntax.NOUN:
			head = k
			continue
		case syntax.NUM:
			// A noun the tagger took for a number: "the £4.7m penalty".
			if w := sd.Word(k); strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) < 0 {
				head = k
				continue
			}
		case syntax.ADJ:
			if head < 0 {
				continue
			}
		case syntax.VERB:
			if head < 0 && (sd.XPOS[k] == "VBN" || sd.XPOS[k] == "VBG") {
				// "the 95 flooded homes"; but "the £5.4m signing showed":
				// a gerund before a verb is the head.
				if n := k + 1; n < end && (sd.UPOS[n] == syntax.VERB || sd.UPOS[n] == syntax.AUX) {
					head = k
					break
				}
				continue
			}
		case syntax.PUNCT:
			if sd.XPOS[k] == "HYPH" {
				continue
			}
		}
		break
	}
	if head >= 0 {
		return head
	}
	return w
}

// lastWord returns the syntactic word where mention mi ends.
func (fr *frameReader) lastWord(mi int) int {
	d, sd := fr.b.d, fr.t.Doc
	end := d.span(d.ments[mi].first, d.ments[mi].last).End
	w := int(fr.menWord[mi])
	for w+1 < sd.Len() && int(sd.End[w+1]) <= end {
		w++
	}
	return w
}

// reachedLevel reports whether figure mention mi, an end of a change, is
// the level the change reached, after "to" and a verb of change: "rose
// to 8.4%", "has grown to 1,200 members" (not "by", the change itself,
// nor "from", the level before).
func (fr *frameReader) reachedLevel(mi int) bool {
	sd := fr.t.Doc
	first := fr.firstWord(mi)
	s := sd.SentenceOf(first)
	k := first - 1
	if k > int(s.Start) && sd.UPOS[k] == syntax.DET {
		k--
	}
	if k <= int(s.Start) || !strings.EqualFold(sd.Word(k), "to") || strings.EqualFold(sd.Word(k-1), "up") || sd.UPOS[k-1] == syntax.NUM {
		return false
	}
	for j := k - 1; j >= int(s.Start) && j >= k-3; j-- {
		if frameChangeWords[strings.ToLower(sd.Lemma[j])] {
			return true
		}
	}
	return false
}

// figureInChange reports whether figure mention mi is one end of a
// change or a comparison, read from the words right beside it, which
// parse errors do not move: "up from 140", "rose to 8.4%", "by 3%",
// "140, up from", "£3m more than".
func (fr *frameReader) figureInChange(mi int) bool {
	sd := fr.t.Doc
	first, last := fr.firstWord(mi), fr.lastWord(mi)
	s := sd.SentenceOf(first)
	if k := first - 1; k >= int(s.Start) {
		if sd.UPOS[k] == syntax.DET && k > int(s.Start) {
			k--
		}
		switch w := strings.ToLower(sd.Word(k)); {
		case w == "to" && k > int(s.Start) && strings.EqualFold(sd.Word(k-1), "up"):
			// "up to 180 jobs": a most, not the end of a change.
		case w == "to" && k > int(s.Start) && sd.UPOS[k-1] == syntax.NUM:
			// "10 to 15 hours": the end of a range.
			return true
		case w == "to" || w == "by":
			// "rose to", "cut by"; not "committing to a £4.5m brewhouse"
			// or "funded by".
			for j := k - 1; j >= int(s.Start) && j >= k-3; j-- {
				if l := strings.ToLower(sd.Lemma[j]); frameChangeWords[l] || l == "up" || l == "down" {
					return true
				}
			}
		case changeBefore[w]:
			return true
		}
	}
	for k := last + 1; k < int(s.End) && k <= last+2; k++ {
		if w := strings.ToLower(sd.Word(k)); changeAfter[w] && (k == last+1 || w == "up" || w == "down") {
			// "£5m, up from £4m"; but "was 14 minutes, above the
			// target of 12 minutes" is a level the target is set beside.
			return true
		}
		if sd.Word(k) != "," {
			break
		}
	}
	// The figure, or the noun it modifies, is what a verb of change
	// moves: "cut 180 jobs", "raised £600,000".
	x := int(fr.menWord[mi])
	if h := fr.npHead(x); h != x {
		x = h
	}
	switch sd.Rel[x].Universal() {
	case syntax.RelObl, syntax.RelNmod:
		// "rose to 8.4%", "down from 140": the level before or after;
		// but what a change moves ("cut 180 jobs", "raised £600,000")
		// is an amount, which may be told again.
		switch caseOfWord(fr.t, x) {
		case "to", "from", "by":
			return fr.changeVerb(x)
		}
	}
	return false
}

// changeVerb reports whether the head of word w is a verb or noun of
// change ("rose", "cut", "increase").
func (fr *frameReader) changeVerb(w int) bool {
	sd := fr.t.Doc
	if k := int(sd.Head[w]); k >= 0 {
		return frameChangeWords[strings.ToLower(sd.Lemma[k])]
	}
	return false
}

var (
	changeBefore = map[string]bool{"from": true, "to": true, "by": true, "than": true, "between": true, "and": true, "versus": true, "vs": true}
	changeAfter  = map[string]bool{"up": true, "down": true, "more": true, "less": true, "fewer": true, "higher": true, "lower": true, "above": true, "below": true, "than": true}
)

// npWords returns the lemmas that name what noun phrase np is: its head,
// its compounds and adjectives, what it is "of", and the clause it is
// the argument or head of — leaving out mention mi's own words.
func (fr *frameReader) npWords(np, mi int) []string {
	t := fr.t
	sd := t.Doc
	var out []string
	in := func(k int) bool { return fr.wordMen[k] == int32(mi) || k == int(fr.menWord[mi]) }
	add := func(k int) {
		if k >= 0 && contentWord(sd, k) {
			out = append(out, strings.ToLower(sd.Lemma[k]))
		}
	}
	switch {
	case !in(np) && sd.UPOS[np] == syntax.NUM:
		// A noun the tagger took for a number (npHead): "the £4.7m penalty".
		out = append(out, strings.ToLower(sd.Lemma[np]))
	case !in(np) || sd.UPOS[np] == syntax.NOUN:
		add(np)
	}
	for _, c := range t.Kids(np) {
		k := int(c)
		switch sd.Rel[k].Universal() {
		case syntax.RelCompound, syntax.RelAmod:
			if !in(k) {
				add(k)
			}
		case syntax.RelNmod:
			add(k)
		case relAcl:
			add(k)
		}
	}
	if h := int(sd.Head[np]); h >= 0 && sd.UPOS[h] == syntax.VERB {
		add(h)
	}
	return out
}

// figureContext returns the lemmas a figure is said of: the noun it
// counts or modifies and that noun's modifiers, or the verb it is an
// argument of, with that verb's subject and object.
func (fr *frameReader) figureContext(w, np, mi int) []string {
	t := fr.t
	sd := t.Doc
	out := fr.npWords(np, mi)
	add := func(k int) {
		if k >= 0 && contentWord(sd, k) {
			out = append(out, fr.nounWords(k)...) // the word and its modifiers
		}
	}
	// "The average time taken was 14 minutes": what a figure is said to be.
	for _, x := range []int{np, fr.lastWord(mi)} {
		if t.Kid(x, syntax.RelCop) >= 0 {
			// (a vague subject still has modifiers: "the average time")
			out = append(out, fr.nounWords(t.Kid(x, syntax.RelNsubj))...)
			break
		}
	}
	// "a deficit of £14.6m": the noun the figure is "of".
	h := int(sd.Head[np])
	if h >= 0 && sd.Rel[np].Universal() == syntax.RelNmod && sd.UPOS[h] == syntax.NOUN {
		add(h)
		h = int(sd.Head[h])
	}
	for steps := 0; h >= 0 && steps < 3; steps++ {
		if sd.UPOS[h] == syntax.NOUN && steps == 0 && sd.Rel[np].Universal() == syntax.RelObj {
			// A noun with an object is a verb the tagger took for one:
			// "The upgrade cost £12 million" read as "upgrade cost";
			// "The tenor weighs 2.3 tonnes" with "weighs" a noun and
			// "tenor" its subject.
			add(h)
			add(t.Kid(h, syntax.RelNsubj))
			break
		}
		if sd.UPOS[h] == syntax.VERB || sd.UPOS[h] == syntax.ADJ && t.Kid(h, syntax.RelCop) >= 0 {
			add(h)
			for _, c := range t.Kids(h) {
				switch sd.Rel[c].Universal() {
				case syntax.RelNsubj, syntax.RelObj:
					if int(c) == np {
						continue
					}
					add(int(c))
					if l := strings.ToLower(sd.Lemma[c]); sd.UPOS[c] == syntax.NOUN && vagueNouns[l] {
						// "Its share of the grocery market rose to 8.4%": a
						// share of what its "of" names.
						if shareNouns[l] {
							out = append(out, "share")
						}
						for _, k := range t.Kids(int(c)) {
							if sd.Rel[k].Universal() == syntax.RelNmod && caseOfWord(t, int(k)) == "of" {
								add(int(k))
							}
						}
					}
				}
			}
			break
		}
		h = int(sd.Head[h])
	}
	return out
}

// contentWord reports whether word k can support a reference: a noun,
// proper noun, verb or adjective that says more than "be" or "year".
func contentWord(sd *syntax.Doc, k int) bool {
	switch sd.UPOS[k] {
	case syntax.NOUN, syntax.PROPN, syntax.VERB, syntax.ADJ:
	default:
		return false
	}
	l := strings.ToLower(sd.Lemma[k])
	if sd.UPOS[k] == syntax.VERB && (lightVerbs[l] || reportingVerbs[l]) {
		return false // (the nouns "plan" and "report" say what a figure is of)
	}
	return len(l) > 2 && !vagueNouns[l] && !figureStopWords[l]
}

// figureStopWords are words too common beside figures to tie one figure
// to another.
var figureStopWords = frameSet("figurestop")

// contrastOfTimes reports whether the clause of figure word w sets it in
// another time than the article's present ("last year", "originally",
// "previous"): a word of contrast whose nearest predicate is the
// figure's own, so that "fined £4.2m after a main burst last autumn"
// keeps its figure.
func (fr *frameReader) contrastOfTimes(w int) bool {
	sd := fr.t.Doc
	first, last := fr.clauseOf(w)
	own := fr.predicateOf(w)
	for k := first; k < last; k++ {
		word := strings.ToLower(sd.Word(k))
		switch {
		case word == "last":
			if k+1 >= last || !frame.IsTimeNoun(strings.ToLower(sd.Lemma[k+1])) {
				continue
			}
		case !contrastWords[word]:
			continue
		case fr.withPresent(k):
			continue // "current and former employees": all of them
		}
		if fr.predicateOf(k) == own {
			return true
		}
	}
	return false
}

// withPresent reports whether the word of another time at k is joined by
// "and" or "or" to a word of the present: "current and former", "former
// and serving", "past and present" — all times, not another one.
func (fr *frameReader) withPresent(k int) bool {
	sd := fr.t.Doc
	for _, j := range [][2]int{{k - 1, k - 2}, {k + 1, k + 2}} {
		c, o := j[0], j[1]
		if o < 0 || o >= sd.Len() {
			continue
		}
		if cc := strings.ToLower(sd.Word(c)); (cc == "and" || cc == "or") && presentWords[strings.ToLower(sd.Word(o))] {
			return true
		}
	}
	return false
}

var presentWords = map[string]bool{"current": true, "present": true, "existing": true, "serving": true, "new": true}

// restOfSet reports whether the figure at word w counts what is left of
// a set: "where about 90 staff will remain", "the remaining 40 stores" —
// a part, not the whole a later phrase names.
func (fr *frameReader) restOfSet(w int) bool {
	np := fr.npHead(w)
	if fr.partOfSet(np) {
		return true
	}
	k := fr.predicateOf(w)
	if k < 0 {
		return false
	}
	switch strings.ToLower(fr.t.Doc.Lemma[k]) {
	case "remain", "stay":
		return fr.t.Kid(k, syntax.RelNsubj) == np
	}
	return false
}

// predicateOf returns the nearest predicate above word w, or -1.
func (fr *frameReader) predicateOf(w int) int {
	k, _ := fr.predicateAbove(w)
	return k
}

var (
	contrastWords = frameSet("contrast")
)

// clauseOf returns the extent of the clause that holds word w: that of
// the nearest predicate above it.
func (fr *frameReader) clauseOf(w int) (first, last int) {
	k, top := fr.predicateAbove(w)
	if k >= 0 {
		f := &fr.frames[fr.frameOf[k]]
		return f.First, f.Last
	}
	return fr.t.Extent(top, true)
}

// predicateAbove returns the nearest predicate at or above word w, or -1,
// and the highest word below it on the way (top): the root of w's tree
// when there is no predicate. The climb stops after 64 steps, which no
// parse of a sentence needs.
func (fr *frameReader) predicateAbove(w int) (k, top int) {
	sd := fr.t.Doc
	k, top = w, w
	for steps := 0; k >= 0 && fr.frameOf[k] < 0; steps++ {
		if steps == 64 {
			return -1, top
		}
		top = k
		k = int(sd.Head[k])
	}
	return k, top
}

// support scores how well the words of a definite phrase name what an
// earlier figure is said of: one for each word of the phrase that is a
// word of the context, its synonym or of its stem.
func support(np, ctx []string) int {
	n := 0
	for _, a := range np {
		for _, c := range ctx {
			if a == c || stem(a) == stem(c) || frame.SynonymKey(a) != "" && frame.SynonymKey(a) == frame.SynonymKey(c) ||
				eventWord(a) == eventWord(c) {
				n++
				break
			}
		}
	}
	return n
}

// stem strips one derivational or inflectional ending, leaving at least
// four letters: "closure" and "close" → "clos", "contribution" and
// "contribute" → "contribut", "signing" → "sign".
func stem(w string) string {
	for _, suf := range stemEndings {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

var stemEndings = []string{"ations", "ation", "ions", "ion", "ments", "ment", "ures", "ure", "ings", "ing", "als", "al", "ers", "er", "es", "ed", "e", "s"}

// sameFigure reports whether two figures of one unit can be the same:
// their ranges, with the precision they were written to, meet.
func sameFigure(a, b claims.Value) bool {
	if a.Cmp != claims.CmpEqual || b.Cmp != claims.CmpEqual {
		// "more than £600,000" settles no figure.
		return a.Cmp == b.Cmp && a.Amount == b.Amount
	}
	if a.Kind == claims.KindDuration && b.Kind == claims.KindDuration && a.Unit != b.Unit {
		da, _ := claims.DurationUnitDays(a.Unit)
		db, _ := claims.DurationUnitDays(b.Unit)
		// Months and weeks convert roughly: allow a tenth.
		x, y := a.Amount*da, b.Amount*db
		return math.Abs(x-y) <= 0.1*math.Max(x, y)
	}
	alo, ahi, _, _ := a.Bounds()
	blo, bhi, _, _ := b.Bounds()
	return alo <= bhi && blo <= ahi
}

// comparable reports whether two figures of one unit are near enough in
// size to be one figure misstated — digits swapped or mistyped, a
// figure updated — within a factor of two and a half: "20 minutes" is
// never the "six-week closure", nor "12,575 net cafes" closed "the
// 100,000 or so net cafes" of a country.
func comparable(a, b claims.Value) bool {
	x, y := magnitudes(a, b)
	return x > 0 && y > 0 && math.Max(x, y) <= 2.5*math.Min(x, y)
}

// magnitudes returns the sizes of two figures of one unit, durations in
// days.
func magnitudes(a, b claims.Value) (x, y float64) {
	x, y = math.Abs(a.Amount), math.Abs(b.Amount)
	if a.Kind == claims.KindDuration {
		da, _ := claims.DurationUnitDays(a.Unit)
		db, _ := claims.DurationUnitDays(b.Unit)
		x, y = x*da, y*db
	}
	return x, y
}

// nearFigure reports whether two figures are near enough for one to be the
// other mistyped or misremembered: within a third of the larger.
// Figures with a comparator ("over three days") are near none.
func nearFigure(a, b claims.Value) bool {
	if a.Cmp != claims.CmpEqual || b.Cmp != claims.CmpEqual {
		return false
	}
	x, y := magnitudes(a, b)
	return x > 0 && y > 0 && math.Abs(x-y) <= math.Max(x, y)/3
}

// permutedDigits reports whether two figures are written with the same
// digits in another order ("£4.5m" and "£5.4m", "1,420" and "1,240"),
// the signature of a figure mistyped.
func permutedDigits(a, b claims.Value) bool {
	da, db := digitsOf(a.Amount), digitsOf(b.Amount)
	if len(da) < 2 || da == db || len(da) != len(db) {
		return false
	}
	var ca, cb [10]int
	for i := range len(da) {
		ca[da[i]-'0']++
		cb[db[i]-'0']++
	}
	return ca == cb
}

// digitsOf returns the significant digits of x: 8400000 → "84", 1.9 → "19".
func digitsOf(x float64) string {
	return strings.Trim(strings.ReplaceAll(strconv.FormatFloat(math.Abs(x), 'f', -1, 64), ".", ""), "0")
}
