package extract

import (
	"sort"
	"strconv"
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// Properties the extractor names when the knowledge base declares none
// that fits: "for the first time since 2015" and "the first meeting in over
// four years".
const (
	// PropertyLastOccurrence is when the subject last happened before:
	// "for the first time since 2015" (a time).
	PropertyLastOccurrence = "last-occurrence"
	// PropertyTimeSinceLast is how long ago the subject last happened:
	// "the first meeting … in over four years" (a duration).
	PropertyTimeSinceLast = "time-since-last"
)

// A builder turns the clauses of an analysed document into claims.
type builder struct {
	d          *doc
	kbMode     bool // the knowledge base has entities: subjects come from it
	out        []claims.Claim
	lastPerson *entityRef
	lastThing  *entityRef
	lastEvent  *entityRef // the last knowledge-base event named: the topic
	events     []kbEvent
	// threshold is the worthiness a claim needs to be kept; keepAll
	// (threshold 0) keeps every claim found.
	threshold float64
	keepAll   bool
	// scores holds each sentence's check-worthiness, by the model.
	scores []float64
	// scratch is reused by every clause.
	scratch clauseCtx
	// attrs holds each sentence's attribution.
	attrs []attribution
	// incident is the key of the last incident a toll was of ("the
	// fire"), for tolls in later sentences that do not name it.
	incident     string
	incidentSent int
	// incidentOf caches sentenceIncident for sentence sent-1.
	incidentOf struct {
		sent int
		key  string
	}
	// statements are the statements of openStatement, kept only when the
	// article both affirms and denies one.
	statements []claims.Claim
	// owners maps a measured noun of an open claim to the subject it was
	// last said to belong to ("Acme's takeover"), for later definite
	// mentions of it ("the takeover").
	owners map[string]string
	// things maps a structure noun to the key of the one last named ("the
	// new bridge"), for later mentions of it ("the 2.1-mile bridge").
	things map[string]string
	// lastOrg is the last organisation named, in sentence orgSent; it is
	// ambiguous when another was named in that sentence.
	lastOrg      *entityRef
	orgSent      int
	orgAmbiguous bool
	// opinionSent is the sentence whose opinion is cached in opinion.
	opinionSent int
	opinion     bool
}

// A kbEvent is an event entity of the knowledge base with the folded
// tokens of its names, to find it from "X sold Y".
type kbEvent struct {
	ref   *entityRef
	names [][]string
}

// A subj is a candidate subject in a clause: an entity mention or a
// resolved pronoun, at token at.
type subj struct {
	ref     *entityRef
	at      int
	mention int // index in d.ments, -1 for a pronoun
}

func newBuilder(d *doc) *builder {
	return &builder{d: d, kbMode: d.kb != nil && len(d.kb.Entities) > 0, opinionSent: -1, events: d.gaz.events,
		owners: map[string]string{}}
}

// build makes the claims of every clause, in document order, each with its
// worthiness, and the statement claims of check-worthy sentences without
// one; it keeps those with worthiness at least threshold.
func (b *builder) build(threshold float64, scores []float64) []claims.Claim {
	d := b.d
	b.threshold, b.keepAll, b.scores = threshold, threshold <= 0, scores
	ci := 0
	for si := range d.sents {
		if d.stopped(si) {
			return nil
		}
		attr := d.attributionOf(si, b.lastPerson)
		if strings.EqualFold(attr.who, "it") {
			attr.who, attr.speaker = b.lastBody(si)
		}
		b.attrs = append(b.attrs, attr)
		n := len(b.out)
		for ; ci < len(d.clauseList) && d.clauseList[ci].sent == si; ci++ {
			b.clause(d.clauseList[ci], attr)
		}
		b.statementClaim(si, n)
		if attr.speaker != nil && attr.speaker.kind == claims.EntityPerson {
			b.lastPerson = attr.speaker
		}
	}
	if b.keepStatements() {
		b.dropStatementsBeside()
	}
	if !b.kbMode {
		b.frameClaims()
	}
	b.out = b.dedupe(pruneFutures(b.out))
	for i := range b.out {
		b.out[i].ID = "c" + strconv.Itoa(i+1)
	}
	return b.out
}

// lastBody returns the speaker that "It added that …" in sentence si
// stands for: the speaker of one of the two sentences before, when that
// is no person ("The society said …"); "" when there is none.
func (b *builder) lastBody(si int) (string, *entityRef) {
	for j := si - 1; j >= 0 && j >= si-2 && j < len(b.attrs); j-- {
		a := b.attrs[j]
		if a.who == "" {
			continue
		}
		if a.speaker != nil && a.speaker.kind == claims.EntityPerson || strings.EqualFold(a.who, "it") {
			return "", nil
		}
		return a.who, a.speaker
	}
	return "", nil
}

// A clauseCtx gathers what one clause offers to its claims.
type clauseCtx struct {
	first, last int
	// rel and ante describe a relative clause and where its antecedent
	// ends (the comma before it).
	rel      bool
	ante     int
	sent     sentence
	mod      claims.Modality
	attr     attribution
	subjects []subj
	// sets holds the bits of the word sets any token of the clause is in
	// (vocab.go), so that a scan for a word no token has is skipped.
	sets   [2]uint64
	values []int // indexes in d.ments of quantities and times
	aside  []int // those of the clause's attribution, outside [first, last)
	places []int // entity mentions usable as values
	used   []int
	cues   []cueHit
	// usedMark[mi] is set when mention mi is in used; it spans the
	// document's mentions and is cleared, entry by entry, per clause.
	usedMark []bool
	// ments is the document's mentions, which values index.
	ments []mention
	// derived caches derivedEvent, which depends only on the clause.
	derived     *entityRef
	derivedDone bool
	// group caches nearbyGroup.
	group     string
	groupDone bool
	// measure caches the clause's first measure noun (clauseHeadNoun).
	measure     int
	measureDone bool
}

// context returns the builder's scratch context, reset for tokens [first,
// last) of clause c; its slices keep their arrays from clause to clause.
func (b *builder) context(c clause, first, last int, attr attribution) *clauseCtx {
	x := &b.scratch
	mark := x.usedMark
	if len(mark) != len(b.d.ments) {
		mark = make([]bool, len(b.d.ments))
	} else {
		for _, u := range x.used {
			if u >= 0 && u < len(mark) {
				mark[u] = false
			}
		}
	}
	*x = clauseCtx{usedMark: mark, ments: b.d.ments, first: first, last: last, rel: c.rel, ante: c.ante, sent: b.d.sents[c.sent], attr: attr,
		subjects: x.subjects[:0], values: x.values[:0], aside: x.aside[:0], places: x.places[:0], used: x.used[:0],
		cues: x.cues[:0]}
	for i := first; i < last; i++ {
		e := &vocab[b.d.toks[i].wid]
		x.sets[0] |= e.sets[0]
		x.sets[1] |= e.sets[1]
	}
	return x
}

// has reports whether some token of the clause is in s.
func (x *clauseCtx) has(s *wordSet) bool { return x.sets[s.bit>>6]&(1<<(s.bit&63)) != 0 }

// valuesIn returns the clause's values that end at or after token lo and
// start before or at token hi: a window of x.values, which are in text
// order, found by binary search.
func (x *clauseCtx) valuesIn(lo, hi int) []int {
	ms := x.ments
	i := sort.Search(len(x.values), func(k int) bool { return ms[x.values[k]].last >= lo })
	j := i + sort.Search(len(x.values)-i, func(k int) bool { return ms[x.values[i+k]].first > hi })
	return x.values[i:j]
}

// use marks mention mi as the value of a claim.
func (x *clauseCtx) use(mi int) {
	if x.usedMark != nil && mi >= 0 && mi < len(x.usedMark) {
		if x.usedMark[mi] {
			return
		}
		x.usedMark[mi] = true
	}
	x.used = append(x.used, mi)
}

// isUsed reports whether mention mi is already a claim's value: a lookup
// in usedMark, so that a clause of n values costs n, not n² (issue 16).
func (x *clauseCtx) isUsed(mi int) bool {
	if x.usedMark != nil && mi >= 0 && mi < len(x.usedMark) {
		return x.usedMark[mi]
	}
	for _, u := range x.used {
		if u == mi {
			return true
		}
	}
	return false
}

func (b *builder) clause(c clause, attr attribution) {
	d := b.d
	first, last := c.first, c.last
	if attr.first >= 0 {
		if attr.first <= first && attr.last > first {
			first = attr.last
		}
		if attr.first < last && attr.last >= last && attr.first > first {
			last = attr.first
		}
		for first < last && d.toks[first].Kind == text.Punct && d.f(first) != "\"" && d.f(first) != "$" {
			first++
		}
		for last > first && d.toks[last-1].Kind == text.Punct && d.f(last-1) != "\"" && d.f(last-1) != "%" && d.f(last-1) != ")" {
			last--
		}
	}
	if last <= first {
		b.swallowedAges(c, attr) // "Ms Jones, who is 58, said"
		return
	}
	x := b.context(c, first, last, attr)
	x.cues = d.cuesIn(first, last, x.cues[:0])
	x.mod = d.modalityOf(first, last)
	if attr.hedge && x.mod == claims.ModalityAsserted {
		x.mod = claims.ModalityHedged
	}
	personSeen := false
	for i := c.first; i < c.last; i++ {
		if mi := d.tokMen[i]; mi >= 0 {
			m := &d.ments[mi]
			if i != m.first {
				continue
			}
			if m.ent != nil {
				if i >= first && i < last {
					x.subjects = append(x.subjects, subj{ref: m.ent, at: i, mention: int(mi)})
					x.places = append(x.places, int(mi))
				}
				if m.ent.kind == claims.EntityPerson {
					// the clause's first person is its subject: "he"
					// later is Rubio, not Sid Rosenberg in "Rubio spoke
					// to Sid Rosenberg"
					if !personSeen {
						b.lastPerson = m.ent
					}
					personSeen = true
				} else {
					b.lastThing = m.ent
					if m.ent.kind == claims.EntityOrganization {
						b.noteOrg(m.ent, c.sent)
					}
				}
				if m.ent.kb && m.ent.kind == claims.EntityEvent {
					b.lastEvent = m.ent
				}
			} else if i >= first && i < last {
				x.values = append(x.values, int(mi))
			} else {
				x.aside = append(x.aside, int(mi)) // in the attribution: "Smith, 54, said"
			}
			continue
		}
		if d.toks[i].Kind != text.Word || i < first || i >= last {
			continue
		}
		if d.in(personPronouns, i) && b.lastPerson != nil {
			x.subjects = append(x.subjects, subj{ref: b.lastPerson, at: i, mention: -1})
		} else if d.in(thingPronouns, i) && b.lastThing != nil {
			x.subjects = append(x.subjects, subj{ref: b.lastThing, at: i, mention: -1})
		}
	}
	b.timeSince(x)
	b.firstSince(x)
	b.cued(x)
	if b.kbMode {
		b.kindFit(x)
		b.kbAges(x)
	} else {
		b.open(x)
	}
}

// emit records a claim about clause x.
func (b *builder) emit(x *clauseCtx, subject, property string, v claims.Value, mod claims.Modality, cue bool) {
	d := b.d
	if mod == claims.ModalityUnknown && d.saidWeeksBefore(x.sent) {
		return // "In 2019 the council said the cause … was unknown": open then, maybe settled since
	}
	sp := d.span(x.first, x.last)
	cl := claims.Claim{
		Text:        d.text[sp.Start:sp.End],
		Span:        sp,
		Subject:     subject,
		Property:    property,
		Value:       v,
		Modality:    mod,
		Attribution: x.attr.who,
	}
	if property == claims.PropertyTimeSince || property == PropertyTimeSinceLast || property == PropertyLastOccurrence {
		if !d.published.IsZero() {
			cl.AsOf = dayValue(d.published)
		}
	}
	b.keep(x, cl, cue)
}

// timeSince reads "N after EVENT" and "N since EVENT": "more than three and
// a half years after Moscow's invasion" is subject invasion, property
// time-since. The elapsed time is presupposed, so the claim is asserted
// whatever the clause's modality.
func (b *builder) timeSince(x *clauseCtx) {
	d := b.d
	for _, vi := range x.values {
		m := d.ments[vi]
		if m.val.Kind != claims.KindDuration || m.last+1 >= x.last {
			continue
		}
		if w := d.f(m.last); w != "after" && w != "since" && w != "following" {
			continue
		}
		if !b.kbMode && !b.aboutNow(x, m) {
			// "wore a cast for three months after the accident",
			// "arrived nine hours after the accident": elapsed times of
			// past events, whose as_of the text does not give
			continue
		}
		j := m.last + 1
		for j < x.last && (d.f(j) == "the" || d.f(j) == "a") {
			j++
		}
		if j >= x.last {
			continue
		}
		subject := ""
		if mi := d.tokMen[j]; mi >= 0 && d.ments[mi].ent != nil {
			e := d.ments[mi].ent
			if !b.kbMode || e.kb {
				subject = e.id
			}
		} else if !b.kbMode && d.toks[j].Kind == text.Word && !d.in(functionWords, j) {
			subject = Slug(d.f(j))
		}
		if subject == "" {
			continue
		}
		x.use(vi)
		b.emit(x, subject, claims.PropertyTimeSince, m.val, claims.ModalityAsserted, true)
	}
}

// cued makes the claims of the knowledge base's property cues in the
// clause: the value of the property's kind nearest the cue, or, when the
// clause calls the property unknown, a claim without a value.
func (b *builder) cued(x *clauseCtx) {
	d := b.d
	seen := map[int]bool{}
	for _, h := range x.cues {
		if seen[h.prop] {
			continue
		}
		seen[h.prop] = true
		p := d.gaz.props[h.prop]
		if x.mod == claims.ModalityUnknown {
			if s := b.subjectOrTopic(x, p.Kind); s != nil {
				b.emit(x, s.id, p.ID, claims.Value{}, claims.ModalityUnknown, true)
			}
			continue
		}
		if p.Kind == claims.KindEntity {
			b.agent(x, h, p.ID)
			continue
		}
		var vi int
		if p.Kind == claims.KindPlace {
			vi = b.venueValue(x, h)
		} else {
			vi = b.pickValue(x, p.Kind, h.at)
		}
		if vi < 0 {
			continue
		}
		v := d.ments[vi]
		s := b.cueOwner(h)
		if s == nil {
			s = b.subject(x, entityID(v), p.Kind == claims.KindPlace || p.Kind == claims.KindTime, p.Kind)
		}
		if s == nil && len(x.subjects) == 0 {
			s = b.topic()
		}
		if s == nil {
			continue
		}
		x.use(vi)
		n := len(b.out)
		b.emit(x, s.id, p.ID, v.val, x.mod, true)
		if len(b.out) > n && v.val.Kind != claims.KindTime && p.Kind != claims.KindPlace {
			// "a population of 2.8 million in 2015": the figure is of 2015
			if t := b.figureTime(x, vi); !t.Start.IsZero() {
				b.out[n].AsOf = t
			}
		}
	}
}

// subjectOrTopic is the clause's subject, or, when the clause names no
// entity at all ("the venue has not been confirmed"), the topic: the last
// event the text named.
func (b *builder) subjectOrTopic(x *clauseCtx, k claims.Kind) *entityRef {
	if s := b.subject(x, "", true, k); s != nil {
		return s
	}
	if len(x.subjects) == 0 {
		return b.topic()
	}
	return nil
}

// topic returns the last event named, when it comes from the knowledge
// base.
func (b *builder) topic() *entityRef {
	return b.lastEvent
}

func entityID(m mention) string {
	if m.ent != nil {
		return m.ent.id
	}
	return ""
}

// kindFit gives the clause's remaining values a property by their kind:
// a time "in 1867" or "on Friday" becomes the date of the clause's event;
// a place attached to an event ("the meeting … in Alaska") or put forward
// as the choice ("X was their only option") its venue, when the knowledge
// base has exactly one place-valued property. Figures and counts need a
// cue: a kind alone does not say which property they give.
func (b *builder) kindFit(x *clauseCtx) {
	d := b.d
	// "Friday's summit": an event named with its time
	for _, c := range x.subjects {
		if c.mention < 0 || c.ref.kind != claims.EntityEvent || x.mod == claims.ModalityUnknown {
			continue
		}
		m := d.ments[c.mention]
		tm, ok := d.matchTime(m.first, m.last)
		if !ok || tm.last >= m.last || d.f(tm.last) != "'s" || tm.val.Kind != claims.KindTime {
			continue
		}
		if tm.val.Text == "" {
			tm.val.Text = d.textOf(tm.first, tm.last)
		}
		b.emit(x, c.ref.id, claims.PropertyDate, tm.val, x.mod, false)
	}
	// times: the built-in date of an event
	for _, vi := range x.values {
		m := d.ments[vi]
		if x.isUsed(vi) || m.val.Kind != claims.KindTime || b.speechTime(m) || x.mod == claims.ModalityUnknown {
			continue
		}
		switch m.marker {
		case "in", "on", "at", "":
		default:
			continue
		}
		s := b.subject(x, "", true, claims.KindTime)
		if s == nil || s.kind != claims.EntityEvent {
			continue
		}
		x.use(vi)
		b.emit(x, s.id, claims.PropertyDate, m.val, x.mod, false)
	}
	if x.mod == claims.ModalityUnknown {
		return
	}
	b.premodifier(x)
	// places: the venue of the event they are attached to
	var prop *claims.Property
	n := 0
	for i := range d.kb.Properties {
		if d.kb.Properties[i].Kind == claims.KindPlace {
			prop = &d.kb.Properties[i]
			n++
		}
	}
	if n != 1 {
		return
	}
	vi, ev := b.attachedPlace(x)
	if vi < 0 {
		vi, ev = b.choicePlace(x), -1
	}
	if vi < 0 {
		return
	}
	v := d.ments[vi]
	var s *entityRef
	if ev >= 0 {
		s = d.ments[d.tokMen[ev]].ent
	} else {
		s = b.subject(x, entityID(v), true, claims.KindPlace)
	}
	if s == nil || s.kind != claims.EntityEvent || !s.kb || !b.mentionsEvent(x, s) {
		return
	}
	x.use(vi)
	b.emit(x, s.id, prop.ID, v.val, x.mod, false)
}

// mentionsEvent reports whether the clause names event s itself, by name
// or pronoun.
func (b *builder) mentionsEvent(x *clauseCtx, s *entityRef) bool {
	for _, c := range x.subjects {
		if c.ref == s || c.ref.id == s.id && c.ref.kind == claims.EntityEvent {
			return true
		}
	}
	return false
}

// speechTime reports whether a time tells when something was said: "said
// on Saturday".
func (b *builder) speechTime(m mention) bool {
	d := b.d
	j := m.first - 1
	if j >= 0 && (d.f(j) == "on" || d.f(j) == "in") {
		j--
	}
	if j >= 0 && d.in(speechVerbs, j) {
		return true
	}
	return b.openingSpeechTime(m)
}

// openingSpeechTime reports whether the time m opens its sentence before
// a comma, the speaker and a speech verb: "On Thursday, a spokesman said
// …", "But on Wednesday, the chair, Martin Ede, said …". The speech verb
// must come within ten tokens of the comma, with no figure between.
func (b *builder) openingSpeechTime(m mention) bool {
	d := b.d
	start := m.first
	if start > 0 && (d.f(start-1) == "on" || d.f(start-1) == "in") {
		start--
	}
	if start > 0 && (d.f(start-1) == "but" || d.f(start-1) == "and") {
		start--
	}
	if start >= len(d.toks) || !d.sentenceStart(start) || m.last >= len(d.toks) || d.f(m.last) != "," {
		return false
	}
	si := d.tokSent[m.first]
	for k := m.last + 1; k < len(d.toks) && k <= m.last+10 && d.tokSent[k] == si; k++ {
		if mi := d.tokMen[k]; mi >= 0 && d.ments[mi].ent == nil {
			return false // a figure or time before any speech verb
		}
		if d.in(speechVerbs, k) {
			return true
		}
	}
	return false
}

// pickValue chooses the value of kind k for a property cued at token at:
// for places the most specific candidate (Joint Base Elmendorf-Richardson
// over Anchorage over Alaska, by part_of), else the nearest after the cue,
// else before it.
func (b *builder) pickValue(x *clauseCtx, k claims.Kind, at int) int {
	d := b.d
	best := -1
	if k == claims.KindPlace || k == claims.KindEntity {
		for _, mi := range x.places {
			m := d.ments[mi]
			if x.isUsed(mi) || m.ent.kind == claims.EntityPerson || m.ent.kind == claims.EntityEvent {
				continue
			}
			if k == claims.KindPlace && b.kbMode && m.val.Kind != claims.KindPlace {
				continue
			}
			if best < 0 || b.partOf(m.ent.id, d.ments[best].ent.id) {
				best = mi
			}
		}
		return best
	}
	dist := 1 << 30
	for _, vi := range x.values {
		m := d.ments[vi]
		if x.isUsed(vi) || m.ordinal || !kindFits(k, m.val.Kind) {
			continue
		}
		dd := m.first - at
		if dd < 0 {
			dd = -dd + 1000
		}
		if dd < dist {
			best, dist = vi, dd
		}
	}
	return best
}

func kindFits(want, got claims.Kind) bool {
	switch want {
	case claims.KindUnknown:
		return true
	case claims.KindNumber:
		return got == claims.KindNumber || got == claims.KindCount
	case claims.KindCount:
		return got == claims.KindCount || got == claims.KindNumber
	}
	return want == got
}

// partOf reports whether entity a lies in entity b, directly or not.
func (b *builder) partOf(a, bb string) bool {
	if b.d.kb == nil {
		return false
	}
	seen := map[string]bool{}
	queue := []string{a}
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		if seen[id] {
			continue
		}
		seen[id] = true
		e, ok := b.d.kb.Entity(id)
		if !ok {
			continue
		}
		for _, p := range e.PartOf {
			if p == bb {
				return true
			}
			queue = append(queue, p)
		}
	}
	return false
}

// subject chooses the clause's subject, other than the entity exclude: an
// event when preferEvent, then an event the clause's verb names ("X sold
// Y" is the "Y Purchase"), then the first entity; a place is not the
// subject of a place-valued property. With a knowledge base, only its
// entities are subjects.
func (b *builder) subject(x *clauseCtx, exclude string, preferEvent bool, k claims.Kind) *entityRef {
	ok := func(s subj) bool {
		if s.ref.id == exclude || b.kbMode && !s.ref.kb {
			return false
		}
		if k == claims.KindPlace && s.ref.kind == claims.EntityPlace {
			return false
		}
		return true
	}
	if preferEvent {
		for _, s := range x.subjects {
			if ok(s) && s.ref.kind == claims.EntityEvent {
				return s.ref
			}
		}
	}
	if ev := b.derivedEvent(x); ev != nil {
		return ev
	}
	for _, s := range x.subjects {
		if ok(s) && (s.ref.kind != claims.EntityPerson || k != claims.KindPlace) {
			return s.ref
		}
	}
	return nil
}

// derivedEvent finds a knowledge-base event named after an entity of the
// clause and the event of one of its verbs: "Czar Alexander II sold it
// [Alaska]" finds "Alaska Purchase".
func (b *builder) derivedEvent(x *clauseCtx) *entityRef {
	if x.derivedDone {
		return x.derived
	}
	x.derived, x.derivedDone = b.findDerivedEvent(x), true
	return x.derived
}

// findDerivedEvent is derivedEvent without the cache: a scan of the
// clause, done once per clause, not once per value.
func (b *builder) findDerivedEvent(x *clauseCtx) *entityRef {
	if len(b.events) == 0 {
		return nil
	}
	d := b.d
	for i := x.first; i < x.last; i++ {
		nouns := eventNouns[d.f(i)]
		if len(nouns) == 0 || d.tokMen[i] >= 0 {
			continue
		}
		for _, ev := range b.events {
			for _, name := range ev.names {
				if !containsAny(name, nouns) {
					continue
				}
				for _, s := range x.subjects {
					if s.ref.kind == claims.EntityEvent {
						continue
					}
					if containsSeq(name, foldTokens(s.ref.name)) {
						return ev.ref
					}
				}
			}
		}
	}
	return nil
}

func containsAny(toks, words []string) bool {
	for _, t := range toks {
		for _, w := range words {
			if t == w {
				return true
			}
		}
	}
	return false
}

func containsSeq(toks, seq []string) bool {
	if len(seq) == 0 {
		return false
	}
outer:
	for i := 0; i+len(seq) <= len(toks); i++ {
		for k := range seq {
			if toks[i+k] != seq[k] {
				continue outer
			}
		}
		return true
	}
	return false
}

// saidWeeksBefore reports whether sentence s opens with a time a week or
// more before the document's publication ("In 2019 the council said …",
// "Three weeks ago the trust said …"): what it calls unknown was unknown
// then. (The frame layer reads the same of a time on the verb of saying:
// datedSaying.)
func (d *doc) saidWeeksBefore(s sentence) bool {
	if d.published.IsZero() {
		return false
	}
	for i := s.first; i < s.last && i <= s.first+3; i++ {
		mi := d.tokMen[i]
		if mi < 0 {
			continue
		}
		v := d.ments[mi].val
		return v.Kind == claims.KindTime && !v.End.IsZero() && v.End.Before(d.published.AddDate(0, 0, -6))
	}
	return false
}
