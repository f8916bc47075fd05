package extract

import (
	"strings"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// Keys of the open claims: what a figure, a time, a place or a decision
// is about when no knowledge base says so. See [builder.open].

var (
	// groupNouns name groups whose size an article may give: "the
	// 32-man squad", "a squad of 23 players".
	groupNouns = words(`squad team side party panel cabinet shortlist delegation line-up lineup crew
		jury board committee group`)
	// memberWords follow a number and a hyphen to give a group's size:
	// "32-man", "40-strong", "12-member".
	memberWords = words(`man woman member strong person player`)
	// selectionVerbs pick the members of a group: "will name 23 players".
	selectionVerbs = words(`name names named naming select selects selected pick picks picked choose
		chooses chose chosen call called`)
	// epistemicModifiers do not narrow what is counted: "five known phone
	// calls" are the phone calls.
	epistemicModifiers = words(`known reported estimated confirmed recorded official registered`)
	// startVerbs and endVerbs make a time an event's start or end.
	startVerbs = words(`kicks kick starts start started begins begin began opens open opened
		commences commence gets get underway`)
	endVerbs = words(`ends end ended finishes finish finished closes close closed concludes
		conclude concluded`)
	// lifeVerbs date what happened to a named subject: "the Booker Prize
	// was founded in 1969".
	lifeVerbs = lexicon(map[string]string{"founded": "founded", "established": "founded", "formed": "founded",
		"created": "founded", "born": "born", "died": "died", "launched": "launched",
		"opened": "opened", "released": "released", "built": "built", "published": "published"})
	// lifeQualifiers make a life verb another event than the thing's
	// one: "officially opened", "founded again", "first built".
	lifeQualifiers = map[string]bool{"again": true, "officially": true, "formally": true, "first": true,
		"originally": true, "initially": true, "partly": true, "partially": true, "fully": true, "finally": true, "re": true}
	// decisionVerbs are outcomes an article may affirm in one place and
	// deny in another: "the minister will resign", "will not resign".
	decisionVerbs = words(`resign quit retire stand attend sign leave join return appeal strike close
		run contest testify apologise apologize withdraw boycott veto play step accept reject
		approve cancel postpone`)
	// decisionFollowers may follow a decision verb used on its own: "will
	// resign on Friday", "will play alongside Massive Attack".
	decisionFollowers = words(`on at in for from as after before until over alongside with by next
		this tomorrow today immediately again and but , . ; "`)
	// instanceWords pick one of several events of a kind: "the last
	// election", "the first contest", "was last held".
	instanceWords = words(`first last previous next second third another every each earlier latest
		former`)
	// comparatives after a figure make it a difference: "£5m lower than
	// expected".
	comparatives = words(`lower higher more less fewer bigger smaller greater larger up down above
		below short`)
	// venueVerbs with a locative preposition are venue cues: "will be
	// played at Hampden Park", "held in Geneva".
	venueVerbs = words(`played held staged hosted play hold stage`)
	// venueNouns and dateNouns are what an undecided clause may leave
	// open: "organisers have yet to confirm a venue for the final".
	venueNouns = words(`venue location site host`)
	dateNouns  = words(`date kick-off time`)
)

// eventKey returns the key of the event noun at token e, with the plain
// words before it that say which event it is: "press conference" and
// "phone conference" are two conferences.
func (d *doc) eventKey(e int) string {
	parts := []string{nounKey(d.f(e))}
	// "next year's festival", "last year's final": another edition.
	if j := e - 1; j >= 2 && d.f(j) == "'s" && d.f(j-1) == "year" {
		switch w := d.f(j - 2); w {
		case "next", "last", "previous":
			return Slug(w + " year " + parts[0])
		}
	}
	for j := e - 1; j >= 0 && j >= e-2; j-- {
		t := d.toks[j]
		w := d.f(j)
		if t.Kind != text.Word || t.Has(text.Cap) && !(d.opensSentence(j) && !d.capSeen[w]) || d.in(functionWords, j) || d.tokMen[j] >= 0 {
			break
		}
		parts = append([]string{w}, parts...)
	}
	return Slug(strings.Join(parts, " "))
}

// headEvent returns the event noun heading clause x (only determiners,
// possessives and adjectives before it, no verb), or -1: "the final will
// be played…", "The tournament kicks off…".
func (b *builder) headEvent(x *clauseCtx) int {
	d := b.d
	for i := x.first; i < x.last && i < x.first+6; i++ {
		if b.openEvent(i) {
			if d.hasVerb(x.first, i) {
				return -1
			}
			return i
		}
	}
	return -1
}

// eventFor returns the event noun after "for" or "of" following token j
// ("a venue for the final"), else the clause's head event, or -1.
func (b *builder) eventFor(x *clauseCtx, j int) int {
	d := b.d
	if k := j + 1; k < x.last && (d.f(k) == "for" || d.f(k) == "of") {
		// up to six words on, a hyphened compound counting as one:
		// "a venue for the play-off final"
		for k++; k < x.last && k < j+8; k++ {
			if b.openEvent(k) {
				return k
			}
		}
	}
	return b.headEvent(x)
}

// openUnknown makes the unknown claims of an undecided clause: "organisers
// have yet to confirm a venue for the final" leaves the final's venue
// open.
func (b *builder) openUnknown(x *clauseCtx) {
	d := b.d
	for i := x.first; i < x.last; i++ {
		prop := ""
		switch {
		case d.in(venueNouns, i):
			prop = "venue"
		case d.in(dateNouns, i):
			prop = claims.PropertyDate
		default:
			continue
		}
		if e := b.eventFor(x, i); e >= 0 {
			b.emit(x, d.eventKey(e), prop, claims.Value{}, claims.ModalityUnknown, true)
			return
		}
	}
}

// openVenue makes the venue claim of "the final will be played at Hampden
// Park" and "the venue for the final is Hampden Park".
func (b *builder) openVenue(x *clauseCtx) {
	d := b.d
	for i := x.first; i+1 < x.last; i++ {
		w := d.f(i)
		var vi, e int = -1, -1
		switch {
		case d.in(venueVerbs, i) && d.in(locativePreps, i+1),
			w == "place" && i > x.first && strings.HasPrefix(d.f(i-1), "t") && d.in(locativePreps, i+1):
			vi, e = b.placeChain(x, i+2), b.headEvent(x)
			if vi < 0 {
				vi = b.namedVenue(x, i+2)
			}
		case venueNouns.has(w):
			vi, e = b.venueValue(x, cueHit{at: i, end: i + 1}), b.eventFor(x, i)
		default:
			continue
		}
		if vi < 0 || e < 0 {
			continue
		}
		x.use(vi)
		b.emit(x, d.eventKey(e), "venue", d.ments[vi].val, x.mod, true)
		return
	}
}

// openDecision makes the claim of a decision stated for the future: "the
// minister will resign" (asserted), "the minister will not resign"
// (negated), or in reported speech "he said the minister would not
// resign", "the club denied that the manager would leave". The subject is
// the named entity or the noun before "will", or what a pronoun there
// refers back to ("the mayor … she will not resign"); the property the
// verb. "Smith has ruled out standing again" denies "Smith will stand
// again".
func (b *builder) openDecision(x *clauseCtx) {
	d := b.d
	for i := x.first + 1; i+1 < x.last; i++ {
		w := d.f(i)
		if w == "out" {
			if b.ruledOut(x, i) {
				return
			}
			continue
		}
		// "would" in reported speech is "will": "a spokesman said she
		// would not resign"
		if w != "will" && w != "won't" && !strings.HasSuffix(w, "'ll") &&
			!((w == "would" || w == "wouldn't") && d.reportedWould(i, x.last)) {
			continue
		}
		j := i + 1
		for j < x.last && (d.f(j) == "not" || d.f(j) == "never") {
			j++
		}
		if j >= x.last || !d.in(decisionVerbs, j) {
			return
		}
		if j > i+1 && d.denialBefore(x.first, i) {
			return // "denied that she would not stand": which is it?
		}
		verb := d.f(j)
		next := j + 1
		if next < x.last && (d.f(next) == "down" || d.f(next) == "up") {
			verb += "-" + d.f(next)
			next++
		}
		if !d.decisionEnds(next, x.last) {
			// "will not play any new material": the negation is of
			// the object, not of the decision
			return
		}
		if subject := b.decisionSubject(i - 1); subject != "" {
			b.emit(x, subject, verb, claims.Value{Kind: claims.KindBool, Bool: true, Text: d.textOf(i, next)}, x.mod, true)
		}
		return
	}
}

// decisionEnds reports whether the decision verb ends before token next:
// the clause ends, or a word that may follow a verb used on its own
// comes, or a time.
func (d *doc) decisionEnds(next, last int) bool {
	return next >= last || d.in(decisionFollowers, next) || d.tokMen[next] >= 0 && d.ments[d.tokMen[next]].val.Kind == claims.KindTime
}

// decisionSubject returns the key of the subject ending at token k of a
// decision: a named entity, a common noun ("the minister", or the entity
// "the library" names again), or a pronoun's antecedent: a role noun
// ("the mayor … she") or else the last person named. It returns "" when
// there is none.
func (b *builder) decisionSubject(k int) string {
	d := b.d
	if k < 0 {
		return ""
	}
	k = d.appositionHead(k, d.sents[d.tokSent[k]].first)
	if mi := d.tokMen[k]; mi >= 0 && d.ments[mi].ent != nil {
		return d.ments[mi].ent.id
	}
	if d.toks[k].Kind == text.Word && !d.in(functionWords, k) && !d.toks[k].Has(text.Cap) {
		if named := d.namedBefore(k); named != nil {
			return named.id
		}
		return nounKey(d.f(k))
	}
	if role := b.roleFor(k); role != "" {
		return role
	}
	if d.in(personPronouns, k) && b.lastPerson != nil {
		return b.lastPerson.id
	}
	return ""
}

// ruledOut makes the claim of "X has ruled out standing again" at the
// token "out": the decision ("stand") denied. It reports whether the
// phrase was there.
func (b *builder) ruledOut(x *clauseCtx, out int) bool {
	d := b.d
	r := out - 1
	switch d.f(r) {
	case "ruled", "rules", "ruling", "rule":
	default:
		return false
	}
	g := out + 1
	verb := gerundBase(d.f(g))
	if verb == "" || !d.decisionEnds(g+1, x.last) {
		return false
	}
	if x.mod != claims.ModalityAsserted {
		return true // "has not ruled out standing", "may rule out": no denial
	}
	k := r - 1
	if k > x.first && (d.f(k) == "has" || d.f(k) == "have" || d.f(k) == "had") {
		k--
	}
	if k < x.first {
		return true
	}
	if subject := b.decisionSubject(k); subject != "" {
		b.emit(x, subject, verb, claims.Value{Kind: claims.KindBool, Bool: true, Text: d.textOf(r, g+1)}, claims.ModalityNegated, true)
	}
	return true
}

// gerundBase returns the decision verb whose -ing form w is ("standing":
// "stand", "resigning", "quitting", "retiring"), or "".
func gerundBase(w string) string {
	base, ok := strings.CutSuffix(w, "ing")
	if !ok || len(base) < 2 {
		return ""
	}
	if decisionVerbs.has(base) {
		return base
	}
	if decisionVerbs.has(base + "e") {
		return base + "e"
	}
	if n := len(base); base[n-1] == base[n-2] && decisionVerbs.has(base[:n-1]) {
		return base[:n-1]
	}
	return ""
}

// denialBefore reports whether a verb of denial comes in tokens [first,
// i): "the club denied that…".
func (d *doc) denialBefore(first, i int) bool {
	for j := first; j < i; j++ {
		switch d.f(j) {
		case "denied", "denies", "deny", "denying":
			return true
		}
	}
	return false
}

// namedBefore returns the entity that "the" and the common noun at token k
// refer back to: the nearest entity named before it whose name ends with
// that noun ("Eastfield Library … the library"), or nil.
func (d *doc) namedBefore(k int) *entityRef {
	if k < 1 || d.f(k-1) != "the" {
		return nil
	}
	noun := d.f(k)
	for j := k - 2; j >= 0; j-- {
		mi := d.tokMen[j]
		if mi < 0 {
			continue
		}
		m := d.ments[mi]
		if m.ent == nil || m.last-m.first < 2 || m.last != j+1 {
			continue
		}
		if d.f(m.last-1) == noun {
			return m.ent
		}
	}
	return nil
}

// figureTime returns the time a figure of clause x speaks of, for its
// as_of: the time nearest it with no other figure between them ("net
// income of $104m, compared with a loss of $793m a year ago": the year ago
// is the loss's), or "last season"; zero when none. A time that tells
// when something was said is not one.
func (b *builder) figureTime(x *clauseCtx, vi int) claims.Value {
	d := b.d
	m := d.ments[vi]
	best, dist := -1, 1<<30
	// only the values within 30 tokens, and between the two only those
	// that start after lo: windows of the clause's values, sorted by
	// position, so that a clause of n figures costs n log n, not n²
	// (issue 16)
	for _, ti := range x.valuesIn(m.first-30, m.last+30) {
		t := d.ments[ti]
		if t.val.Kind != claims.KindTime || t.val.Start.IsZero() || b.speechTime(t) || x.isUsed(ti) || t.first > m.last+30 || t.last < m.first-30 {
			continue
		}
		switch t.marker {
		case "since", "after", "before", "until", "till", "from":
			continue // "the lowest rate since June 2001": a reference, not the time spoken of
		}
		lo, hi := min(t.last, m.last), max(t.first, m.first)
		between := false
		for _, oi := range x.valuesIn(lo, hi) {
			o := d.ments[oi]
			if oi != vi && o.val.Kind != claims.KindTime && o.first >= lo && o.last <= hi {
				between = true
				break
			}
		}
		if between {
			continue
		}
		if dd := hi - lo; dd < dist {
			best, dist = ti, dd
		}
	}
	if best >= 0 {
		return d.ments[best].val
	}
	for i := max(x.first, m.first-30); i+1 < x.last && i < m.last+30; i++ {
		if (d.f(i) == "last" || d.f(i) == "previous" || d.f(i) == "past") && (d.f(i+1) == "season" || d.f(i+1) == "campaign") && !d.published.IsZero() {
			// twelve months centred a year before publication: a
			// season or campaign does not follow the calendar
			p := d.published
			return claims.Value{Kind: claims.KindTime, Text: d.textOf(i, i+2), Start: p.AddDate(0, -18, 0), End: p.AddDate(0, -6, 0), Granularity: claims.GranularityMonth}
		}
	}
	return claims.Value{}
}

// aboutNow reports whether the elapsed time m of clause x runs to the
// present: the clause has no past tense and the duration is not the length
// of something ("for three months after").
func (b *builder) aboutNow(x *clauseCtx, m mention) bool {
	d := b.d
	switch m.marker {
	case "for", "until", "within", "during":
		return false
	}
	for i := max(x.first, m.first-30); i < x.last && i < m.last+30; i++ {
		if d.tenseCue(i) < 0 {
			return false
		}
	}
	return true
}

// opensSentence reports whether token i begins its sentence, punctuation
// aside; unlike sentenceStart it looks back only over punctuation.
func (d *doc) opensSentence(i int) bool {
	first := d.sents[d.tokSent[i]].first
	k := i - 1
	for k >= first && d.toks[k].Kind == text.Punct {
		k--
	}
	return k < first
}

// openTime makes the claim of a time: the start, end or date of the event
// noun heading the clause ("the tournament runs from 3 to 9 June"), or
// when a named subject was founded, born, released…
func (b *builder) openTime(x *clauseCtx, vi int) {
	d := b.d
	m := d.ments[vi]
	if b.speechTime(m) || d.fAt(m.last) == "'s" || d.fAt(m.first-1) == "every" || m.val.Start.IsZero() {
		return
	}
	switch m.marker {
	case "in", "on", "at", "", "from", "to", "until", "till":
	default:
		return
	}
	e := b.headEvent(x)
	if e < 0 {
		b.lifeTime(x, vi)
		return
	}
	if m.last != e && (m.first < e || m.first-e > 7) {
		return // a time far from the event is another's: "ideal preparation for the qualifiers in the autumn"
	}
	for k := x.first; k < max(e, m.first); k++ {
		if d.in(instanceWords, k) {
			return // "the last election", "was last held": one of many
		}
	}
	if m.first > e && d.hasVerb(e+1, m.first) && !b.happens(e+1, m.first) {
		return // "the festival had given the charity £42,000 last year": the giving's time
	}
	prop := claims.PropertyDate
	for k := e + 1; k < m.first; k++ {
		switch w := d.f(k); {
		case d.in(startVerbs, k):
			prop = "start"
		case d.in(endVerbs, k):
			prop = "end"
		case lifeVerbs.at(w) != "":
			prop = lifeVerbs.at(w)
		}
	}
	switch m.marker {
	case "from":
		prop = "start"
		if m.ends != nil {
			// a range, "from 3 to 9 June": its start and its end
			x.use(vi)
			b.emit(x, d.eventKey(e), "start", m.ends[0].val, x.mod, true)
			b.emit(x, d.eventKey(e), "end", m.ends[1].val, x.mod, true)
			return
		}
	case "to", "until", "till":
		prop = "end"
		// "from 3 to 9 June": the start is the day before "to"
		if k := m.first - 2; k >= x.first && d.f(m.first-1) == "to" && m.val.Granularity == claims.GranularityDay {
			if ni := d.tokMen[k]; ni >= 0 && d.ments[ni].val.Kind == claims.KindNumber && d.ments[ni].marker == "from" {
				n := d.ments[ni].val.Amount
				s := m.val.Start
				if n >= 1 && n <= float64(s.Day()) && n == float64(int(n)) {
					start := time.Date(s.Year(), s.Month(), int(n), 0, 0, 0, 0, time.UTC)
					x.use(int(ni))
					b.emit(x, d.eventKey(e), "start", claims.Value{Kind: claims.KindTime, Text: d.textOf(k, k+1),
						Start: start, End: start.AddDate(0, 0, 1), Granularity: claims.GranularityDay}, x.mod, true)
				}
			}
		}
	}
	x.use(vi)
	b.emit(x, d.eventKey(e), prop, m.val, x.mod, true)
}

// happeningWords say that an event happens, or when: the verbs whose
// time after an event noun is the event's ("the festival will be held
// on", "the final takes place in", "the show returns in").
var happeningWords = wordMap(`be is was were are been being will would held hold holds take takes took taken taking place run runs ran
	return returns returned open opens opened reopen reopens reopened start starts started begin begins began begun end ends ended
	finish finishes finished close closes closed due scheduled set to go goes went ahead come comes came back move moves moved
	postponed delayed rescheduled cancelled staged launched launches launch kick kicks kicked off`)

// wordMap returns the set of the words of s.
func wordMap(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// happens reports whether every word of tokens [first, last) that may
// be a verb says that an event happens or when (happeningWords), so that
// a time after them is the event's.
func (b *builder) happens(first, last int) bool {
	d := b.d
	for i := first; i < last; i++ {
		if d.toks[i].Kind == text.Word && d.hasVerb(i, i+1) && !happeningWords[d.f(i)] && !d.in(startVerbs, i) && !d.in(endVerbs, i) && lifeVerbs.at(d.f(i)) == "" {
			return false
		}
	}
	return true
}

// lifeTime makes "the Booker Prize was founded in 1969": a subject heading
// the clause, a verb of founding, birth, death or release, and the time
// after it. The subject is a name, "the firm" for the organisation named
// before (see [builder.orgRef]), or an organisation by its kind ("the
// charity"); an organisation "launched" or "set up" was founded.
func (b *builder) lifeTime(x *clauseCtx, vi int) {
	d := b.d
	m := d.ments[vi]
	subject, at, org := "", -1, false
	if s := x.subjects; len(s) > 0 && s[0].at <= x.first+1 && s[0].mention >= 0 {
		subject, at = s[0].ref.id, d.ments[s[0].mention].last-1
		org = s[0].ref.kind == claims.EntityOrganization
	} else if ref := b.orgRef(x.first + 1); ref != nil {
		subject, at, org = ref.id, x.first+1, true // "the company was set up in 1995"
	} else if j := x.first + 1; j < m.first && d.f(x.first) == "the" && d.in(orgRoles, j) && d.roleNoun(j) {
		// "the charity was founded in 1990"
		subject, at, org = nounKey(d.f(j)), j, true
		if e := d.namedBefore(j); e != nil {
			subject = e.id // "Eastfield Council … the council"
		}
	}
	if subject == "" {
		return
	}
	prop := ""
	for k := m.first - 1; k > at && k >= m.first-3; k-- {
		if p, ok := lifeVerbs.get(d.f(k)); ok {
			prop = p
			// "was officially opened in 1969", "founded again in 1946":
			// another event than the thing's one (as frameonce.go reads it)
			// "opened at 9am on Saturday": the date follows the verb
			// with no more than its preposition between.
			for j := k - 1; j < m.first; j++ {
				if lifeQualifiers[d.f(j)] || j > k && d.f(j) != "in" && d.f(j) != "on" {
					prop = ""
				}
			}
		} else if org && d.f(k) == "up" && d.f(k-1) == "set" && k-1 > at {
			prop = "launched" // "set up in 1995"
		}
	}
	if org && prop == "launched" {
		// "was launched in", "Acme, set up in 1995,": the verb is the
		// subject's own, not another noun's ("the outcome, launched")
		prop = "founded"
		for k := at + 1; k < m.first-1 && prop != ""; k++ {
			switch d.f(k) {
			case ",", "was", "were", "is", "has", "had", "been", "first", "originally", "launched", "set", "up":
			default:
				prop = ""
			}
		}
	}
	// "St Mary's church in Ashby was built in 1120": a thing placed by a
	// name between the subject and the verb is one of several so named.
	for j := at + 1; prop != "" && j+1 < m.first; j++ {
		if (d.f(j) == "in" || d.f(j) == "at" || d.f(j) == "near") && d.toks[j+1].Has(text.Cap) {
			prop = ""
		}
	}
	if prop == "" {
		return
	}
	x.use(vi)
	b.emit(x, subject, prop, m.val, b.figureMod(x, vi, prop), true)
}

// groupSize makes the claim of a group's size: "the 32-man squad", "a
// squad of 23 players", and "will name 23 players" when the text around
// names the group ("squad"). It reports whether it made one.
func (b *builder) groupSize(x *clauseCtx, vi int) bool {
	d := b.d
	m := d.ments[vi]
	if m.val.Kind != claims.KindNumber && m.val.Kind != claims.KindCount {
		return false
	}
	group := ""
	j := m.last
	switch {
	case m.val.Kind == claims.KindNumber && d.fAt(j) == "-" && d.inAt(memberWords, j+1) && d.inAt(groupNouns, j+2):
		group = d.f(j + 2)
	case m.val.Kind == claims.KindCount && m.first >= x.first+2 && d.f(m.first-1) == "of" && d.in(groupNouns, m.first-2):
		group = d.f(m.first - 2)
	case m.val.Kind == claims.KindCount && m.last-m.first <= 2 && m.first > x.first &&
		(d.in(selectionVerbs, m.first-1) || m.first-2 >= x.first && d.f(m.first-1) == "up" && d.in(selectionVerbs, m.first-2)):
		group = b.nearbyGroup(x)
	}
	if group == "" {
		return false
	}
	x.use(vi)
	v := claims.Value{Kind: claims.KindCount, Text: m.val.Text, Amount: m.val.Amount, Unit: "member", Cmp: m.val.Cmp, Precision: m.val.Precision}
	if v.Text == "" {
		v.Text = d.textOf(m.first, m.last)
	}
	b.emit(x, nounKey(group), "size", v, x.mod, true)
	return true
}

// nearbyGroup returns the group noun named in the sentence of x or the two
// sentences either side, nearest first, or "".
func (b *builder) nearbyGroup(x *clauseCtx) string {
	if !x.groupDone {
		x.group, x.groupDone = b.findNearbyGroup(x), true
	}
	return x.group
}

// findNearbyGroup is nearbyGroup without the cache: a scan done once per
// clause, not once per count (issue 16).
func (b *builder) findNearbyGroup(x *clauseCtx) string {
	d := b.d
	si := int(d.tokSent[x.first])
	for _, off := range []int{0, 1, -1, 2, -2} {
		k := si + off
		if k < 0 || k >= len(d.sents) {
			continue
		}
		for i := max(d.sents[k].first, x.first-100); i < d.sents[k].last && i < x.last+100; i++ {
			if d.in(groupNouns, i) && d.toks[i].Kind == text.Word {
				return d.f(i)
			}
		}
	}
	return ""
}

// countKey returns the key of what a count counts, with the words that
// narrow it: "six uncapped players" counts uncapped players; "five known
// phone calls" counts phone calls.
func (d *doc) countKey(m mention) string {
	if m.val.Unit == "" {
		return ""
	}
	var mods []string
	for k := m.first + 1; k < m.last-1; k++ {
		w := d.f(k)
		if d.toks[k].Kind != text.Word || d.in(epistemicModifiers, k) || d.in(functionWords, k) || d.toks[k].Kind == text.Number ||
			d.toks[k].lex&lxNumberWord != 0 && (d.in(numJoints, k-1) || d.in(numJoints, k+1)) {
			continue
		}
		if strings.Contains(m.val.Unit, w) {
			break
		}
		mods = append(mods, w)
	}
	return Slug(strings.Join(append(mods, m.val.Unit), " "))
}

// owner returns what a figure's measured noun belongs to: the possessor
// ("Japan's trade surplus", "the club's revenue"), the noun after "of"
// ("the cost of the stadium"), else the clause's first named entity before
// the figure; "" when none.
//
// explicit is set when the owner is written with the noun, by a
// possessive or "of", rather than taken from the clause.
func (b *builder) owner(x *clauseCtx, m mention) (owner string, explicit bool) {
	d := b.d
	if np := d.measuredBefore(x.first, m); np >= 0 {
		for j := np - 1; j >= x.first && j >= np-4; j-- {
			if d.f(j) != "'s" || j == x.first {
				continue
			}
			if mi := d.tokMen[j-1]; mi >= 0 && d.ments[mi].ent != nil {
				return d.ments[mi].ent.id, true
			}
			if w := d.f(j - 1); d.toks[j-1].Kind == text.Word && !d.in(functionWords, j-1) {
				return nounKey(w), true
			}
		}
		if np+2 < m.first && d.f(np+1) == "of" {
			k := np + 2
			for k < m.first && (d.f(k) == "the" || d.f(k) == "a") {
				k++
			}
			if mi := d.tokMen[k]; mi >= 0 && d.ments[mi].ent != nil {
				return d.ments[mi].ent.id, true
			}
		}
	}
	for _, s := range x.subjects {
		if s.at < m.first && s.ref.kind != claims.EntityPlace {
			if s.mention >= 0 {
				if n := d.namedAfter(s.mention); n >= 0 && d.ments[n].first < m.first {
					continue // "US gaming consortium BLB will pay $339m": BLB's
				}
			}
			return s.ref.id, false
		}
	}
	return "", false
}

// qualifierPreps attach a qualifier to a measured noun: "sales at
// clothing stores", "spending on health", "appearances for Chelsea".
var qualifierPreps = words(`on at in for from among of`)

// qualified returns the key of a figure's measured noun with the words
// that narrow it, so that figures of different things do not share a key:
// "car sales" and "sales at restaurants" are not "sales"; "110
// appearances for Chelsea" are not "68 appearances". It takes the two
// plain words before the noun and the first words of a prepositional
// phrase after it (an entity by its id, other than the owner subject).
func (d *doc) qualified(x *clauseCtx, m mention, noun string) string {
	np := -1
	switch {
	case m.val.Kind == claims.KindCount:
		np = m.last - 1
	case m.last+1 < x.last && d.f(m.last) == "in" && d.in(measureNouns, m.last+1):
		np = m.last + 1
	default:
		np = d.measuredBefore(x.first, m)
	}
	if np < 0 {
		return noun
	}
	parts := []string{}
	if m.val.Kind != claims.KindCount {
		for j := np - 1; j >= x.first && j >= np-2; j-- {
			t := d.toks[j]
			w := d.f(j)
			if t.Kind != text.Word || t.Has(text.Cap) && !(d.opensSentence(j) && !d.capSeen[w]) && !demonym(w) || d.in(functionWords, j) || d.tokMen[j] >= 0 || d.in(changeVerbs, j) ||
				verbish(w) {
				break
			}
			parts = append([]string{w}, parts...)
		}
	}
	parts = append(parts, noun)
	j := np + 1
	if m.val.Kind == claims.KindCount {
		j = m.last
	} else if j < x.last && d.in(compoundHeads, j) {
		parts = append(parts, d.f(j))
		j++
	}
	// ("the takeover of Beta Ltd": "of" a name gives the owner, ownerAfter.)
	if j+1 < x.last && d.in(qualifierPreps, j) && !(j < m.first && j+1 >= m.first) && !(d.f(j) == "of" && d.tokMen[j+1] >= 0) {
		q := []string{d.f(j)}
		for k := j + 1; k < x.last && k < j+4; k++ {
			if mi := d.tokMen[k]; mi >= 0 {
				if e := d.ments[mi].ent; e != nil && len(q) == 1 {
					q = append(q, e.id)
				}
				break
			}
			w := d.f(k)
			if d.toks[k].Kind != text.Word || d.in(functionWords, k) && len(q) > 1 || d.in(changeVerbs, k) || d.in(speechVerbs, k) {
				break
			}
			if !d.in(functionWords, k) {
				q = append(q, w)
			}
		}
		if len(q) > 1 {
			parts = append(parts, q...)
		}
	}
	return Slug(strings.Join(parts, " "))
}

// genericNouns measure nothing in particular without an owner or a
// qualifier: "a rate of 20%", "the total".
var genericNouns = words(`rate rates number figure amount total level share proportion percentage
	value score points majority`)

// lengthNouns have a length a duration gives: "a three-year contract".
var lengthNouns = words(`contract deal sentence ban term lease loan suspension tenure career
	mandate warranty`)

// compoundHeads complete a measured noun: "prize money", "prize purse",
// "price tag".
var compoundHeads = words(`money purse pot fund tag bill package pool`)

// baselineCue reports whether w, two words before "from", makes the figure
// after "from" a baseline: "up from 831 cases", "rose from".
func baselineCue(w string) bool {
	return w == "up" || w == "down" || changeVerbs.has(w)
}

// circumstantial reports whether a count after w is circumstantial rather
// than asserted: after a preposition ("from 20 yards", "in 68
// appearances") or in a participle phrase ("scoring 18 goals").
func circumstantial(w string) bool {
	switch w {
	case "from", "in", "of", "with", "after", "within", "over", "among", "across", "by":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ing")
}

// verbish reports whether w looks like a verb rather than a noun modifier:
// "saw" in "the division saw sales rise", "seeks" in "seeks damages".
func verbish(w string) bool {
	return pastCues.has(w) || verbLike.has(w) || speechVerbs.has(w) ||
		len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
}

// definite reports whether w, before a count, makes it refer to things
// already known: "the two companies", "its three biggest cities".
func definite(w string) bool {
	switch w {
	case "the", "its", "their", "these", "those", "his", "her", "our", "your", "my", "'s", "both":
		return true
	}
	return false
}
