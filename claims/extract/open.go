package extract

import (
	"slices"
	"strings"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// changeVerbs before a figure make it a change rather than a level: "rose
// 15%".
var changeVerbs = words(`rise rises rose risen rising fall falls fell fallen falling
	increase increases increased increasing decrease decreases decreased decreasing
	grow grows grew grown growing growth jump jumps jumped jumping climb climbs climbed climbing
	drop drops dropped dropping decline declines declined declining slip slips slipped slipping
	gain gains gained gaining lost surge surges surged surging plunge plunges plunged plunging
	soar soars soared soaring slump slumps slumped slumping tumble tumbles tumbled tumbling
	dip dips dipped dipping slide slides slid sliding sink sinks sank sunk sinking
	plummet plummets plummeted plummeting rocket rockets rocketed rocketing up down`)

// changeByVerbs change a thing by a figure: "cut prices by 24%", "raise
// fees by £2,000". Without "by" their figure is what they act on ("will
// cut 180 jobs", "raised £18m"), no change.
var changeByVerbs = words(`cut cuts cutting reduce reduces reduced reducing reduction raise raises raised raising
	boost boosts boosted boosting slash slashes slashed slashing trim trims trimmed trimming
	hike hikes hiked lift lifts lifted lower lowers lowered lowering`)

// kindNames name the open property of a value of each kind.
var kindNames = map[claims.Kind]string{
	claims.KindMoney: "amount", claims.KindPercent: "percent", claims.KindDuration: "duration",
	claims.KindQuantity: "quantity", claims.KindNumber: "number", claims.KindCount: "count",
	claims.KindTime: claims.PropertyDate,
}

// open makes claims without a knowledge base, keyed so that two claims
// share a subject and property only when they speak of the same thing:
//
//   - a figure is keyed by its measured noun (the property: "revenue",
//     "uncapped-player" for "six uncapped players") and what the noun
//     belongs to (the subject: "Japan's trade surplus" is Japan's, else the
//     clause's first named entity, else the noun itself); a time in the
//     clause that is not the value becomes the claim's as_of, so that "£30m
//     last season" and "£40m this year" do not conflict;
//   - a group's size ("the 32-man squad", "will name 23 players") is the
//     size of the group noun;
//   - a time is a date of an event noun ("the final", "the tournament"):
//     its start, end or date by the verb ("kicks off on", "runs from A to
//     B", "will be played on");
//   - a place is an event's venue only with a venue cue ("will be played
//     at", "held in", "the venue");
//   - "the minister will resign" and "the minister will not resign" are
//     one statement, affirmed and denied.
//
// A figure with no measured noun, a person's "date" and a duration with
// nothing it measures make no claim: they would key unrelated figures
// together.
func (b *builder) open(x *clauseCtx) {
	d := b.d
	if x.mod == claims.ModalityUnknown {
		if !b.whenUnknown(x) && !b.causeUnknown(x) && !b.figureUnknown(x) {
			n := len(b.out)
			if b.openUnknown(x); len(b.out) == n {
				b.futureUnknown(x)
			}
		}
		return
	}
	if x.has(noWords) && d.noDecision(x.first, x.last) {
		b.futureUnknown(x) // "no decision has been made on the future of the site"
		return
	}
	if x.has(causeVerbs) {
		b.openCause(x)
	}
	future := x.has(futureAux)
	if future {
		b.openFuture(x)
	}
	if !x.has(pleaVerbs) || !b.openPlea(x) {
		if x.has(whenAux) {
			b.openWhen(x) // "will close in April": when,
		}
		if !future || !b.openThing(x) {
			b.openDecision(x) // and that it will
		}
		if x.has(statementAux) {
			b.openStatement(x) // "had not been wearing a seatbelt"
		}
	}
	b.openVenue(x)
	// an age is presupposed whatever the clause says: "the 45-year-old
	// Smith denied it", "Smith, 54, said"
	for _, vs := range [][]int{x.aside, x.values} {
		for _, vi := range vs {
			if !x.isUsed(vi) {
				b.openAge(x, vi)
			}
		}
	}
	if x.mod == claims.ModalityNegated {
		// "the two firms did not say…": a figure in a denied clause is
		// presupposed, not denied, and not asserted either
		return
	}
	for _, vi := range x.values {
		m := d.ments[vi]
		if x.isUsed(vi) || m.ordinal || m.age {
			continue
		}
		if m.val.Kind == claims.KindTime {
			b.openTime(x, vi)
			continue
		}
		if m.marker == "from" && (b.hasTo(x, m.val.Kind) || baselineCue(d.fAt(m.first-2))) {
			continue // "rose to $1.2bn from $1.1bn", "up from 831 cases": the earlier figure
		}
		if b.groupSize(x, vi) || b.openToll(x, vi) || b.openTerm(x, vi) || b.openSize(x, vi) || b.openStaff(x, vi) || b.openClosure(x, vi) {
			continue
		}
		if m.val.Kind == claims.KindNumber || d.hyphenJoined(m) {
			// "two of the world's biggest suppliers": what is counted is
			// not said; "F-16 fighter jets", "a 3-2 victory": no count
			continue
		}
		if m.val.Kind == claims.KindCount && m.first > x.first && (circumstantial(d.f(m.first - 1))) {
			continue // "from 20 yards", "scoring 18 goals": not what the clause asserts
		}
		if m.val.Kind == claims.KindCount && (m.val.Amount == 1 || m.first > x.first && definite(d.f(m.first-1))) {
			continue // "the two companies", "its three biggest cities", "one example": a reference, not a count
		}
		if m.val.Kind == claims.KindDuration && m.first > x.first && d.in(pointPreps, m.first-1) {
			continue // "a review after 12 months", "every six months": when, not how long
		}
		noun := d.measureNoun(x.first, x.last, m)
		if m.val.Kind == claims.KindDuration && !lengthNouns.has(noun) {
			continue // "a three-month low", "for a second day": no length of anything
		}
		if m.val.Kind == claims.KindCount {
			// a count's property is what it counts
			noun = d.countKey(m)
		}
		if noun == "" {
			continue
		}
		subject, explicit := b.owner(x, m)
		if of := d.ownerAfter(x, m); of != "" {
			subject, explicit = of, true // "the £2.3bn takeover of Delta"
		}
		if subject == "" && m.val.Kind == claims.KindCount {
			continue // "12,500 jobs", "200 jobs": counts of nothing in particular
		}
		base := noun
		noun = d.qualified(x, m, noun)
		definite := d.definiteFigure(x, m)
		prev, seen := b.owners[noun]
		switch {
		case definite && !explicit && prev != "":
			// "the £2.3bn takeover" after "Acme agreed a £3.2bn
			// takeover": the one already named, and whose it is
			subject = prev
		case seen && prev == subject && !definite && d.indefiniteFigure(x, m):
			continue // "the SEC agreed a $375m deal … it had reached a $140m deal": another one
		default:
			b.owners[noun] = subject
		}
		prop := noun
		if subject == "" {
			subject = d.clauseHeadNoun(x, m.first)
			if thing := d.verbSubject(x); thing != "" && subject == noun {
				subject = thing // "the new console will cost about 19,800 yen": the console's cost
			}
			if subject == "" {
				subject = noun
			}
			if genericNouns.has(noun) {
				continue // "a rate of 20% every year": a rate of what?
			}
			if noun == subject {
				if m.val.Kind == claims.KindDuration {
					continue // "oil prices reach three-month low": no length of anything
				}
				prop = kindNames[m.val.Kind]
			}
		}
		if d.isChange(m) || d.inAt(comparatives, m.last) {
			prop += "-change"
		}
		x.use(vi)
		n := len(b.out)
		b.emit(x, subject, prop, m.val, b.figureMod(x, vi, prop), true)
		if asOf := b.figureTime(x, vi); len(b.out) > n && !asOf.IsZero() && (!dayOrFiner(asOf) || levelNouns.has(base)) {
			b.out[n].AsOf = asOf
		}
	}
}

// pointPreps put a duration at a point of time or a recurrence, not
// give the length of anything.
var pointPreps = words(`after within every before`)

// hasTo reports whether the clause has a value of kind k introduced by "to".
func (b *builder) hasTo(x *clauseCtx, k claims.Kind) bool {
	for _, vi := range x.values {
		if m := b.d.ments[vi]; m.val.Kind == k && m.marker == "to" {
			return true
		}
	}
	return false
}

// isChange reports whether a figure states a change: "rose 15%", "up 3%",
// "an increase of 5%".
func (d *doc) isChange(m mention) bool {
	j := m.first - 1
	for j >= 0 && j >= m.first-4 {
		if d.in(changeVerbs, j) {
			return true
		}
		switch d.f(j) {
		case "of", "an", "a", "average", "by":
			j--
			continue
		}
		break
	}
	// "cut prices by an average of 24%", "increase tuition fees for
	// students by £2,000": "by" a figure, with a verb of change before it
	// in the sentence.
	if j+1 < m.first && d.f(j+1) == "by" || j >= 0 && d.f(j) == "by" {
		for k := j; k >= 0 && k >= m.first-12 && d.tokSent[k] == d.tokSent[m.first]; k-- {
			if (d.in(changeVerbs, k) || d.in(changeByVerbs, k)) && d.toks[k].Kind == text.Word {
				return true
			}
		}
	}
	// "closed down 247p, or 18%", "rose 15 cents - 1.1% -", "fell 3p (2%)":
	// the same change, put another way
	if k := m.first - 2; k >= 0 && d.tokMen[k] >= 0 && (d.f(m.first-1) == "-" || d.f(m.first-1) == "(") {
		return d.isChange(d.ments[d.tokMen[k]])
	}
	if k := m.first - 3; k >= 0 && d.f(m.first-1) == "or" && d.f(m.first-2) == "," && d.tokMen[k] >= 0 {
		return d.isChange(d.ments[d.tokMen[k]])
	}
	return false
}

// measureNoun returns the measured noun of a value, singular: the nearest
// measure noun before it in the clause ("profits rose 5% to $1bn"), or the
// noun after "in" ("$5bn in sales").
func (d *doc) measureNoun(first, last int, m mention) string {
	if m.last+1 < last && d.f(m.last) == "in" && d.in(measureNouns, m.last+1) {
		return nounKey(d.f(m.last + 1))
	}
	modified := d.modifiedNoun(last, m)
	if modified != "" && d.in(measureNouns, m.last) {
		return modified // "vote on the £2.3bn takeover": the takeover's amount
	}
	if j := d.measuredBefore(first, m); j >= 0 {
		return nounKey(d.f(j))
	}
	return modified
}

// modifiedNoun returns the noun a figure stands before as its modifier,
// singular: "the £2.3bn takeover", "a $21 million bridge", "a 5% stake",
// "a £20 council tax rebate" (the last noun of a compound), "a 1.5bn euro
// one-time charge". A sum of money is the amount of whatever noun it
// modifies; a percentage or other quantity only of a measure noun ("a 5%
// rise" is no level).
func (d *doc) modifiedNoun(last int, m mention) string {
	head, measured := -1, -1
	for j, n := m.last, 0; j < last && n < 4; j++ {
		if d.toks[j].Kind == text.Punct && d.f(j) == "-" && d.toks[j].Glued() && j+1 < last && d.toks[j+1].Glued() {
			continue // "one-time"
		}
		if !d.compoundWord(j) {
			break
		}
		head, n = j, n+1
		if d.in(measureNouns, j) {
			measured = j
		}
	}
	if head < 0 {
		return ""
	}
	w := d.f(head)
	if measured >= 0 && (measured == head || strings.HasSuffix(w, "s")) {
		return nounKey(d.f(measured)) // "the £3.2bn settlement includes"
	}
	if m.val.Kind != claims.KindMoney {
		return ""
	}
	if adjectiveLike(w) || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "wide") ||
		strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return "" // "£5.05 gives", "$20bn worldwide": a verb or an adverb, likely
	}
	return nounKey(w)
}

// levelNouns measure levels that move from day to day, so that a day in
// their clause is the time their figure holds ("the share price closed at
// 247p on Tuesday"). The day in a clause about other things is the day of
// an event ("shareholders will vote on the £2.3bn takeover on 3 April"),
// not a time the figure is limited to.
var levelNouns = words(`price prices rate rates share shares stock stocks index yield yields temperature
	temperatures unemployment inflation fare fares rent rents premium premiums`)

// dayOrFiner reports whether a time is a day or part of one.
func dayOrFiner(t claims.Value) bool {
	return t.Granularity == claims.GranularityDay || t.End.Sub(t.Start) <= 24*time.Hour && !t.Start.IsZero()
}

// ownerAfter returns the entity named by "of" or "by" after the noun a
// figure modifies, which says whose it is: "a £3.2bn takeover of Beta
// Ltd", "the £2.3bn takeover of Delta". "" when there is none.
func (d *doc) ownerAfter(x *clauseCtx, m mention) string {
	j := m.last
	for j < x.last && d.compoundWord(j) {
		j++
	}
	if j == m.last || j+1 >= x.last || d.f(j) != "of" && d.f(j) != "by" {
		return ""
	}
	j++
	if d.f(j) == "the" && j+1 < x.last {
		j++
	}
	if mi := d.tokMen[j]; mi >= 0 && d.ments[mi].ent != nil && d.ments[mi].first == j {
		if n := d.namedAfter(int(mi)); n >= 0 {
			mi = int32(n) // "its acquisition of US firm ISG": ISG's
		}
		return d.ments[mi].ent.id
	}
	return ""
}

// kindNoun reports whether token k may be a common noun between a name
// and the name it describes ("firm", "gaming consortium"): a lower-case
// word that is no function word, verb or figure.
func (d *doc) kindNoun(k int) bool {
	t := d.toks[k]
	if t.Kind != text.Word || t.Has(text.Cap) || d.tokMen[k] >= 0 || len(d.f(k)) < 3 || strings.HasSuffix(d.f(k), "ed") {
		return false
	}
	return !d.in(functionWords, k) && !d.in(verbLike, k) && !d.in(pastCues, k) && !d.in(speechVerbs, k) && !d.in(changeVerbs, k)
}

// namedAfter returns the name that a place or an acronym (mention mi)
// modifies through a common noun, "US firm ISG", "US gaming consortium BLB": the place says
// what kind of firm ISG is, and ISG is what the clause speaks of. It returns -1 when there is none, or when that name is a
// person's ("Acme chief Jo Bloggs": a role, whose company stays Acme's).
func (d *doc) namedAfter(mi int) int {
	if m := d.ments[mi]; m.ent.kind != claims.EntityPlace && !(m.last-m.first == 1 && d.toks[m.first].Has(text.Upper)) {
		return -1 // "The Tories accuse Labour …", "The Grudge cost Sony …"
	}
	j := d.ments[mi].last
	k := j
	for k < len(d.toks) && k < j+3 && d.kindNoun(k) {
		k++
	}
	if k == j || k >= len(d.toks) || d.tokSent[k] != d.tokSent[j-1] {
		return -1
	}
	if n := d.tokMen[k]; n >= 0 && d.ments[n].first == k && d.ments[n].ent != nil && d.ments[n].ent.kind != claims.EntityPerson {
		return int(n)
	}
	return -1
}

// compoundWord reports whether token j may be a word of a noun compound
// after a figure: a lower-case word that is no function word, verb or
// figure.
func (d *doc) compoundWord(j int) bool {
	t := d.toks[j]
	if t.Kind != text.Word || t.Has(text.Cap) || d.tokMen[j] >= 0 || len(d.f(j)) < 3 {
		return false
	}
	w := d.f(j)
	return !strings.HasSuffix(w, "ing") && !d.in(functionWords, j) && !d.in(verbLike, j) && !d.in(pastCues, j) &&
		!d.in(speechVerbs, j) && !d.in(changeVerbs, j) && !d.in(comparatives, j) && !d.in(figureFollowers, j)
}

// figureFollowers are words that follow a figure without being what it
// measures: "£4.99 per month", "$55.67 set in October", "£150m each".
var figureFollowers = words(`per each apiece a an the set paid spent raised earned made offered agreed owed
	needed invested lost saved given cast seen worth plus more less versus vs against cheaper dearer back ago
	earlier later`)

// headNoun returns the first measure noun of tokens [first, last), the
// subject of a clause without a named one: "The club's squad of 23 players
// has cost £500m" is about the squad.
func (d *doc) headNoun(first, last int) string {
	for j := first; j < last; j++ {
		if w := d.f(j); d.in(measureNouns, j) && d.tokMen[j] < 0 {
			return nounKey(w)
		}
	}
	return ""
}

// clauseHeadNoun is headNoun(x.first, last), with the clause's first
// measure noun looked for once per clause, not once per figure (issue 16).
func (d *doc) clauseHeadNoun(x *clauseCtx, last int) string {
	if !x.measureDone {
		x.measure, x.measureDone = -1, true
		for j := x.first; j < x.last; j++ {
			if d.in(measureNouns, j) && d.tokMen[j] < 0 {
				x.measure = j
				break
			}
		}
	}
	if x.measure < 0 || x.measure >= last {
		return ""
	}
	return nounKey(d.f(x.measure))
}

// verbSubject returns the key of the thing a measure word used as a verb
// is said of: in "the gadget will cost about 19,800 yen" "cost" follows a
// modal, so it is a verb, and the noun before the modal ("gadget") is
// what costs. It returns "" when the clause's first measure word is no
// such verb or no plain noun stands before it.
func (d *doc) verbSubject(x *clauseCtx) string {
	k := x.measure
	if k < 0 || k-2 < x.first {
		return ""
	}
	switch d.f(k - 1) {
	case "will", "would", "could", "may", "might", "should", "must", "to", "can", "does", "did":
	default:
		return ""
	}
	n := k - 2
	for n > x.first && n > k-6 {
		switch d.f(n) {
		case "expected", "likely", "set", "due", "estimated", "forecast", "going", "is", "are", "was", "were",
			"be", "been", "has", "have", "had", "now", "also", "still", "only":
			n-- // "the bridge is expected to cost"
			continue
		}
		break
	}
	head := ""
	for range 3 {
		if !d.compoundWord(n) || d.in(measureNouns, n) || strings.HasSuffix(d.f(n), "ed") {
			return head
		}
		det := d.determinerOf(x, n)
		if det < 0 {
			return head
		}
		head = nounKey(d.f(n))
		// "the leisure centre on the former bus depot site will cost": the
		// noun of a phrase after a preposition is not the head.
		if p := det - 1; p-1 > x.first && (d.in(qualifierPreps, p) || d.f(p) == "near" || d.f(p) == "with") {
			n = p - 1
			continue
		}
		return head
	}
	return head
}

// determinerOf returns the determiner of the noun phrase that noun n
// ends ("the gadget", "each remote hunting session", "the long-awaited
// handheld gadget"), or -1 when there is none: "in order to pay", "of
// people would vote".
func (d *doc) determinerOf(x *clauseCtx, n int) int {
	for j := n - 1; j >= x.first && j >= n-8; j-- {
		switch d.f(j) {
		case "the", "a", "an", "each", "every", "its", "their", "his", "her", "this", "that", "these", "those":
			return j
		case "-":
			continue // "long-awaited"
		}
		if !d.kindNoun(j) && !demonym(d.f(j)) && !(d.toks[j].Kind == text.Word && strings.HasSuffix(d.f(j), "ed") && d.toks[j].Glued()) {
			return -1
		}
	}
	return -1
}

// nounKey is the key of a measure noun: singular, as a slug.
func nounKey(w string) string {
	if w == "sales" || w == "earnings" || w == "damages" || w == "savings" || w == "assets" || w == "reserves" {
		return w
	}
	if isPlural(w) {
		return singular(w)
	}
	return w
}

// indefiniteFigure reports whether the figure m comes with an indefinite
// article, or the noun it measures does: "a $140m deal", "a deal worth
// $140m", which speak of a new one.
func (d *doc) indefiniteFigure(x *clauseCtx, m mention) bool {
	for _, at := range []int{m.first, d.measuredBefore(x.first, m)} {
		for j := at - 1; at >= 0 && j >= x.first && j >= at-2; j-- {
			if w := d.f(j); w == "a" || w == "an" || w == "another" {
				return true
			}
			if !d.compoundWord(j) {
				break
			}
		}
	}
	return false
}

// measuredBefore returns the token of the nearest measure noun no mention
// has taken, within ten tokens before figure m and not before token first
// (its clause's start), or -1: "profits rose 5% to $1bn".
func (d *doc) measuredBefore(first int, m mention) int {
	for j := m.first - 1; j >= first && j >= m.first-10; j-- {
		if d.in(measureNouns, j) && d.tokMen[j] < 0 {
			return j
		}
	}
	return -1
}

// figureMod returns the modality of the claim of figure vi: its
// clause's, except that a figure in a definite noun phrase ("the 11-day
// closure", "its £4.8m scheme") is presupposed, so a hedge on the clause
// ("sought assurances that the 11-day closure would not be extended")
// does not reach it.
// The claim must be of that noun phrase's own noun: in "if it hits the
// £6.00 mark" the mark is presupposed, not a wage of £6.00.
func (b *builder) figureMod(x *clauseCtx, vi int, property string) claims.Modality {
	if x.mod == claims.ModalityHedged && b.d.presupposedFigure(b.d.ments[vi], property) {
		return claims.ModalityAsserted
	}
	return x.mod
}

// presupposedFigure reports whether figure m stands between a definite
// word and the noun it measures, a noun the property names: "the 11-day
// closure", "its £4.8m scheme".
func (d *doc) presupposedFigure(m mention, property string) bool {
	if m.first == 0 || m.last >= len(d.toks) || d.tokSent[m.first-1] != d.tokSent[m.first] {
		return false
	}
	if !definiteWords[d.f(m.first-1)] || !d.compoundWord(m.last) {
		return false
	}
	return slices.Contains(strings.Split(property, "-"), Slug(d.f(m.last)))
}

// definiteFigure reports whether the figure m, or the noun it measures,
// comes with a definite article: "the £2.3bn takeover", "the takeover was
// worth £2.3bn", "the deal, worth £2bn".
func (d *doc) definiteFigure(x *clauseCtx, m mention) bool {
	at := m.first
	if m.last >= x.last || !d.compoundWord(m.last) {
		// the measured noun comes before the figure
		if at = d.measuredBefore(x.first, m); at < 0 {
			return false
		}
	}
	for j := at - 1; j >= x.first && j >= at-2; j-- {
		switch d.f(j) {
		case "the", "this", "that":
			return true
		}
		if !d.compoundWord(j) {
			return false
		}
	}
	return false
}
