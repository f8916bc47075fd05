package arithmetic

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/veracity-go/veracity/claims"
)

var (
	// foundedVerbs are the verbs of a founding; foundedCue ends the words
	// before a founding time with one: "founded in", "was built in",
	// "born on".
	foundedVerbs = []string{"founded", "established", "built", "opened", "born", "formed", "set up", "created",
		"launched", "incorporated", "constructed", "erected", "completed", "inaugurated"}
	foundedCue = regexp.MustCompile(`(?:^|[^a-z'-])(` + strings.Join(foundedVerbs, "|") + `)(?:\s+(?:back\s+)?(?:in|on))?\s*$`)
	// elapsedCue is the gap between an elapsed time and its founding time:
	// " after the club was founded in ", " since it opened in ".
	elapsedCue = regexp.MustCompile(`^\s*(?:after|since)\s+([a-z' -]{0,40}?)\s*(founded|established|built|opened|formed|set up|created|launched|incorporated|constructed|erected|completed|inaugurated)(?:\s+(?:in|on))?\s*$`)
	// ageText is how an age is written: "40-year-old", "40 years old".
	ageText = regexp.MustCompile(`(?i)[- ]years?[- ]old$`)
	// pastAnchor marks a sentence whose ages may be told at another time
	// than the publication date.
	pastAnchor = regexp.MustCompile(`\b(?:when|at the time|by then|until|would|will|next year|was then|had been|at that time|turns|turned|anniversary|in its|celebrat\w*)\b`)
	// kinWords mark a birth year that may be another person's.
	kinWords = regexp.MustCompile(`\b(?:father|mother|son|daughter|wife|husband|whose|parents?|brother|sister|grand\w*|partner|child|children|baby)\b`)

	// institutions are the things founded, built or opened, whose age an
	// article gives: "the 40-year-old charity".
	institutions = wordSet(`charity club company firm business organisation organization group band school
		university college hospital museum gallery theatre theater church cathedral chapel station building
		bridge pier hotel pub restaurant cafe shop store brand festival event competition tournament race
		institution society party newspaper paper magazine show programme program series tradition factory
		mill house castle tower stadium ground venue cinema library market zoo park garden chain label team
		league association trust foundation campaign charter scheme service centre center hall arena airport
		railway line tunnel canal dam ship lighthouse monument statue prize award fair carnival parade
		practice institute academy orchestra choir company's building's site plant works brewery distillery
		retailer grocer supermarket bank lender insurer airline carmaker publisher broadcaster manufacturer
		housebuilder`)
	// sorts group the institutions that may name the same thing: "the
	// station … the building".
	sorts = []map[string]bool{
		wordSet(`station building church cathedral chapel hall house hotel pub tower castle mill factory bridge
			pier theatre theater cinema library museum gallery stadium ground venue arena school college
			hospital lighthouse site plant works brewery distillery centre center airport railway tunnel
			canal dam ship monument statue market zoo park garden`),
		wordSet(`charity club company firm business organisation organization group band society party team
			league association trust foundation brand chain label newspaper paper magazine institution
			institute academy orchestra choir school college university museum theatre theater hospital
			service brewery distillery retailer grocer supermarket bank lender insurer airline carmaker
			publisher broadcaster manufacturer housebuilder`),
		wordSet(`festival event competition tournament race show programme program series tradition fair
			carnival parade prize award campaign scheme charter practice`),
	}
	// people are whom an age of a birth year belongs to.
	people = wordSet(`man woman boy girl person mother father son daughter player striker midfielder
		defender goalkeeper singer actor actress writer author artist driver rider runner musician
		star presenter politician minister mp leader chef teacher doctor nurse officer worker victim
		suspect resident pensioner student footballer cricketer golfer boxer captain manager coach
		founder owner director chief executive`)
)

// A founding is a time at which something was founded, built, opened or
// born, and the words that name what.
type founding struct {
	sent *sent
	time *figure
	verb string
	// subject holds the words around the founding: "the charity which
	// was", "shelter".
	subject map[string]bool
}

// findAges links ages and elapsed times to founding years and reports
// those that the publication date does not give.
func (a *analysis) findAges() {
	if a.published.IsZero() {
		return
	}
	var prev []founding // the foundings of the paragraph so far
	para := -1
	for _, s := range a.sents {
		if s.para != para {
			prev, para = prev[:0], s.para
		}
		here := a.foundings(s)
		for _, f := range s.figs {
			if age, ok := a.isAge(f); ok {
				a.checkAge(s, f, age, here, prev)
			} else if f.class == classDuration {
				a.checkElapsed(s, f)
			}
		}
		prev = append(prev, here...)
	}
}

// foundings returns the founding times of a sentence.
func (a *analysis) foundings(s *sent) []founding {
	var out []founding
	for _, t := range s.times {
		before := norm(a.text[clipStart(a.text, s.start, t.m.Span.Start):t.m.Span.Start])
		if !containsAny(before, foundedVerbs) {
			continue // (the regexp's scan, spared)
		}
		m := foundedCue.FindStringSubmatchIndex(before)
		if m == nil {
			continue
		}
		subj := make(map[string]bool)
		ws := words(before[:m[2]])
		for _, w := range ws[max(0, len(ws)-6):] {
			subj[w] = true
		}
		after := words(norm(a.text[t.m.Span.End:clipEnd(a.text, t.m.Span.End, s.end)]))
		for _, w := range after[:min(len(after), 6)] {
			if w == "by" {
				break // the founders, not the thing: "built in 1862 by a group of merchants"
			}
			subj[w] = true
		}
		out = append(out, founding{sent: s, time: t, verb: before[m[2]:m[3]], subject: subj})
	}
	return out
}

// isAge reports whether a figure is an age ("40-year-old", "40 years old",
// "aged 40") and returns the noun it is the age of, if any.
func (a *analysis) isAge(f *figure) (head string, ok bool) {
	switch {
	case f.class == classDuration && ageText.MatchString(strings.TrimSpace(f.text())):
	case f.class == classDuration && strings.HasPrefix(f.after, " old") || strings.HasPrefix(f.after, "-old"):
	case f.class == classAmount && f.unit == "" && strings.HasSuffix(strings.TrimSpace(f.before), "aged"):
	default:
		return "", false
	}
	for _, w := range words(f.after)[:min(4, len(words(f.after)))] {
		if institutions[w] || people[w] {
			return w, true
		}
	}
	bw := words(f.before)
	for i := len(bw) - 1; i >= max(0, len(bw)-4); i-- {
		if institutions[bw[i]] || people[bw[i]] {
			return bw[i], true
		}
	}
	return "", true
}

// checkAge reports an age that its founding year does not give: from a
// founding in the same sentence (error) or the nearest one before it in
// the paragraph (warning).
func (a *analysis) checkAge(s *sent, f *figure, head string, here, prev []founding) {
	if pastAnchor.MatchString(s.normText()) {
		return
	}
	var fd founding
	sev := errorSev
	switch {
	case len(here) == 1:
		fd = here[0]
		if len(s.times) > 1 {
			return // another time in the sentence may be the age's
		}
		if fd.verb == "born" {
			if institutions[head] || kinWords.MatchString(s.normText()) {
				return
			}
		} else if !institutions[head] && !fd.subject[head] || head == "" {
			return
		}
	case len(here) == 0 && len(prev) > 0:
		fd = prev[len(prev)-1]
		if fd.verb == "born" || !institutions[head] {
			return
		}
		for _, t := range s.times {
			if t.m.Value.Start.Year() < a.published.Year()-1 {
				return // the age may be told at that time
			}
		}
		if !fd.subject[head] {
			for w := range fd.subject {
				if institutions[w] && !sameSort(w, head) {
					return // the founding names another thing: the club, the stadium
				}
			}
		}
		sev = warningSev
	default:
		return
	}
	lo, hi, ok := fullYears(fd.time, a.published)
	if !ok {
		return
	}
	for k := lo; k <= hi; k++ {
		if float64(k) >= f.lo-1e-9 && float64(k) <= f.hi+1e-9 {
			return
		}
	}
	age := fmt.Sprint(a.published.Year() - fd.time.m.Value.Start.Year())
	switch {
	case lo == hi:
		age = fmt.Sprint(lo)
	case fd.verb == "born":
		age = fmt.Sprintf("%d or %d", lo, hi)
	}
	who := "it"
	switch {
	case head != "":
		who = "the " + head
	case fd.verb == "born":
		who = "the person"
	}
	a.report(sev, []*figure{fd.time, f}, "%s in %s, %s is %s years old in %d, not %s",
		fd.verb, fd.time.text(), who, age, a.published.Year(), statedAge(f))
}

// checkElapsed reports a time elapsed since a founding in the same
// sentence ("more than ten years after the club was founded in 2016")
// that does not reach the publication date. It is a warning: the time is
// taken to run up to the publication date.
func (a *analysis) checkElapsed(s *sent, f *figure) {
	if len(s.times) != 1 || pastAnchor.MatchString(s.normText()) {
		return
	}
	t := s.times[0]
	if t.m.Span.Start < f.m.Span.End {
		return
	}
	m := elapsedCue.FindStringSubmatch(norm(a.text[f.m.Span.End:t.m.Span.Start]))
	if m == nil {
		return
	}
	start, end := t.m.Value.Start, t.m.Value.End
	if !end.Before(a.published) {
		return
	}
	const day = 24 * time.Hour
	year := 365.2425 * float64(day)
	lo, hi := float64(a.published.Sub(end))/year, float64(a.published.Sub(start))/year
	if overlaps(lo, hi, f.lo, f.hi) {
		return
	}
	n := a.published.Year() - start.Year()
	a.report(warningSev, []*figure{f, t}, "from %s to %d is %d years, not %s", t.text(), a.published.Year(), n, f.text())
}

// fullYears returns the least and the greatest number of whole years
// between a time and the day pub, over the time's interval.
func fullYears(t *figure, pub time.Time) (lo, hi int, ok bool) {
	start, end := t.m.Value.Start, t.m.Value.End
	if start.IsZero() || end.IsZero() || !start.Before(pub) {
		return 0, 0, false
	}
	last := end.AddDate(0, 0, -1)
	if last.After(pub) {
		last = pub
	}
	return yearsBetween(last, pub), yearsBetween(start, pub), true
}

// yearsBetween returns the whole years from a to b, as an age is counted.
func yearsBetween(a, b time.Time) int {
	n := b.Year() - a.Year()
	if b.Month() < a.Month() || b.Month() == a.Month() && b.Day() < a.Day() {
		n--
	}
	return n
}

// statedAge returns the figure of an age as written, without its "years
// old": "40-year-old" is "40".
func statedAge(f *figure) string {
	t := strings.TrimSpace(f.text())
	if i := strings.Index(strings.ToLower(t), "-year"); i > 0 {
		return t[:i]
	}
	if i := strings.Index(strings.ToLower(t), " year"); i > 0 {
		return t[:i]
	}
	return t
}

// sameSort reports whether two institution nouns may name one thing.
func sameSort(a, b string) bool {
	for _, s := range sorts {
		if s[a] && s[b] {
			return true
		}
	}
	return a == b
}

// A person's age and birth, linked by the person's name.
var (
	// nameAt is a name written in capitals: "Darren Holloway", "Mendonça".
	nameAt = `(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})`
	// birthOf ends the words before a birth time, after the name of the
	// person born: "Holloway, who was born in", "Mendonça, born in Vila
	// Serrada in", "Smith was born on", "Hart, 64, was born in".
	birthOf = regexp.MustCompile(nameAt + `(?:\s*,\s*(?:\d{1,3}\s*,\s*)?(?:(?:who\s+)?(?:was|is)\s+)?|\s+was\s+)born(?:\s+(?:in|at|near)\s+[^,;:()\d]{1,40}?)?\s+(?:in|on)\s+$`)
	// ageOf ends the words before an age in apposition: "Darren Holloway, ",
	// "Ann Lee, aged ".
	ageOf = regexp.MustCompile(nameAt + `,\s*(?:aged\s+)?$`)
	// theAge ends the words before an age that refers back to a person:
	// "The ", "the ".
	theAge = regexp.MustCompile(`(?:^|\s)[Tt]he\s+$`)
	// notNames are capitalized words that start a sentence, not a name.
	notNames = wordSet(`the a an he she it they we i this that his her their its in on at but and
		mr mrs ms miss dr sir dame lord lady prof`)
)

// A person is a name as written: the surname (its last word) and the
// given name, if any.
type person struct{ given, surname string }

// personOf reads a person from a name: "Darren Holloway".
func personOf(name string) (person, bool) {
	ws := strings.Fields(name)
	if len(ws) == 0 || notNames[strings.ToLower(ws[0])] && len(ws) == 1 {
		return person{}, false
	}
	for len(ws) > 1 && (notNames[strings.ToLower(ws[0])] || roleWords[strings.ToLower(ws[0])] || people[strings.ToLower(ws[0])]) {
		ws = ws[1:]
	}
	sur := strings.TrimSuffix(strings.TrimSuffix(ws[len(ws)-1], "'s"), "’s")
	p := person{surname: sur}
	if len(ws) > 1 {
		p.given = ws[0]
	}
	return p, true
}

// same reports whether two names may be one person's: the surnames agree,
// and the given names when both have one.
func (p person) same(q person) bool {
	return p.surname == q.surname && (p.given == "" || q.given == "" || p.given == q.given)
}

// A birth is the birth time of a named person.
type birth struct {
	who  person
	sent *sent
	time *figure
}

// A birthIndex holds the births of a text by surname, and the sentences
// that give one.
type birthIndex struct {
	by map[string][]birth
	in map[*sent]bool
	// shared holds the surnames the text gives two people with other
	// given names ("Edith Carrow", "Peter Carrow"): a bare "Carrow" is
	// neither's for certain.
	shared map[string]bool
}

// of returns the births that may be p's; nil when the surname is too
// common in the text to tell.
func (x *birthIndex) of(p person) []birth {
	all := x.by[p.surname]
	if len(all) > 8 {
		return nil
	}
	var out []birth
	for _, b := range all {
		if b.who.same(p) && !(x.shared[p.surname] && (p.given == "" || b.who.given == "")) {
			out = append(out, b)
		}
	}
	return out
}

// sharedSurnames returns the surnames text gives with two or more given
// names.
func sharedSurnames(text string) map[string]bool {
	given := map[string]string{}
	out := map[string]bool{}
	for _, loc := range nameRe.FindAllStringSubmatchIndex(text, -1) {
		p, ok := personOf(text[loc[2]:loc[3]])
		if !ok || p.given == "" {
			continue
		}
		if g, seen := given[p.surname]; seen && g != p.given {
			out[p.surname] = true
		}
		given[p.surname] = p.given
	}
	return out
}

// tail returns the last n bytes of text before end, from start at the
// earliest, at a rune boundary.
func tail(text string, start, end, n int) string {
	return text[clipStart(text, max(start, end-n), end):end]
}

// findPersonAges links a person's age ("Darren Holloway, 34,", "the
// 23-year-old" after the person is named) to the person's birth time
// ("Holloway, who was born in 1982") anywhere in the text, and reports the
// ages the publication date does not give: an error in one sentence, a
// warning across sentences.
func (a *analysis) findPersonAges() {
	if a.published.IsZero() {
		return
	}
	var births []birth
	for k, s := range a.sents {
		for _, t := range s.times {
			var m []string
			if before := tail(a.text, s.start, t.m.Span.Start, 120); strings.Contains(before, "born") {
				m = birthOf.FindStringSubmatch(before)
			}
			if m == nil {
				if p, ok := a.bornLead(k, s, t); ok {
					births = append(births, birth{who: p, sent: s, time: t})
				} else if p, ok := a.pronounBorn(k, s, t); ok {
					births = append(births, birth{who: p, sent: s, time: t})
				} else if p, ok := a.roleBorn(k, s, t); ok {
					births = append(births, birth{who: p, sent: s, time: t})
				}
				continue
			}
			p, ok := personOf(m[1])
			if !ok {
				if p, ok := a.pronounBorn(k, s, t); ok { // "She was born in"
					births = append(births, birth{who: p, sent: s, time: t})
				}
				continue
			}
			before := norm(tail(a.text, s.start, t.m.Span.Start, 160))
			if i := strings.LastIndex(before, strings.ToLower(m[1])); i >= 0 && kinWords.MatchString(lastWords(before[:i], 3)) {
				continue // "his brother Mark, born in 1980"
			}
			births = append(births, birth{who: p, sent: s, time: t})
		}
	}
	if len(births) == 0 {
		return
	}
	idx := &birthIndex{by: make(map[string][]birth), in: make(map[*sent]bool), shared: sharedSurnames(a.text)}
	born := make(map[*figure]bool, len(births))
	for _, b := range births {
		born[b.time] = true
		idx.by[b.who.surname] = append(idx.by[b.who.surname], b)
		idx.in[b.sent] = true
	}
	linked := map[*figure]bool{}
	for k, s := range a.sents {
		// A sentence of another time ("joined in 1984") may give an age
		// then; an age in apposition beside the birth it is checked
		// against is the person's age now all the same ("Ms Ollerenshaw,
		// 64, was born in 1958 and joined the library in 1984").
		old := oldTime(s, a.published, born)
		// An age in apposition to a name is the person's age now unless
		// the sentence says otherwise; "the N-year-old" is left alone in
		// any sentence that may speak of another time.
		strict, loose := pastAnchor.MatchString(s.normText()), apposAnchor.MatchString(s.normText())
		for _, f := range s.figs {
			b, appos, ok := a.personAge(k, s, f, idx)
			if ok {
				linked[f] = true
			}
			if !ok || loose || !appos && strict {
				continue
			}
			switch {
			case !old || appos && b.sent == s:
				a.checkPersonAge(s, f, b)
			case appos && !ageFitsThen(s, f, b, born):
				// "Dinah Pryce, 47, … was dismissed in October 2023" and,
				// paragraphs later, "born in 1981": 47 is her age neither
				// now nor then.
				a.checkPersonAge(s, f, b)
			}
		}
	}
	a.findLeadAges(births, linked)
	a.findBirthdays(births)
}

// personAge returns the birth of the person whose age f is, if f is an
// age in apposition to a name or "the N-year-old" right after the person
// whose birth is known was named.
func (a *analysis) personAge(k int, s *sent, f *figure, births *birthIndex) (b birth, appos, ok bool) {
	b, ok = a.personAge1(k, s, f, births)
	appos = ok && f.class != classDuration
	return b, appos, ok
}

func (a *analysis) personAge1(k int, s *sent, f *figure, births *birthIndex) (birth, bool) {
	before := tail(a.text, s.start, f.m.Span.Start, 80)
	named := f.class == classDuration && ageText.MatchString(a.text[f.m.Span.Start:f.m.Span.End]) &&
		ageBefore.MatchString(a.text[f.m.Span.End:min(len(a.text), f.m.Span.End+60)]) // "18-year-old Rhys Okafor"
	if (f.count() || f.class == classDuration && diedAged.MatchString(before) || named) && f.amount() >= 1 && f.amount() <= 120 {
		p, ok := a.ageSubject(s, f, before)
		if !ok {
			return birth{}, false
		}
		found := births.of(p)
		if len(found) != 1 || found[0].sent == s && found[0].time.m.Span.Start < f.m.Span.Start {
			return birth{}, false
		}
		return found[0], true
	}
	head, ok := a.isAge(f)
	if ok && f.class == classDuration && people[head] && anAge.MatchString(a.text[s.start:f.m.Span.Start]) {
		// "A 19-year-old chef from Oakhurst has won …", the person named
		// at the start of the next sentence: "Ellie Brampton beat …".
		if p, ok := a.nextOpensWith(k); ok {
			if found := births.of(p); len(found) == 1 && found[0].sent != s {
				return found[0], true
			}
		}
		return birth{}, false
	}
	if !ok || f.class != classDuration || head != "" && !people[head] || !theAge.MatchString(before) {
		return birth{}, false
	}
	if births.in[s] {
		return birth{}, false // the sentence's own birth is checked with the age
	}
	// The person named before the age, in the sentence before and this
	// one: the only name there introduced as a person's.
	from := s.start
	if k > 0 {
		from = a.sents[k-1].start
	}
	from = clipStart(a.text, max(from, f.m.Span.Start-600), f.m.Span.Start)
	window := a.text[from:f.m.Span.Start]
	var found *birth
	for _, loc := range nameRe.FindAllStringSubmatchIndex(window, -1) {
		p, ok := personOf(window[loc[2]:loc[3]])
		if !ok {
			continue
		}
		var b *birth
		for i, c := range births.of(p) {
			if i > 0 && !c.who.same(b.who) {
				return birth{}, false
			}
			b = &c
		}
		switch {
		case b != nil:
			if found != nil && !found.who.same(b.who) {
				return birth{}, false
			}
			found = b
		case introduced(window[:loc[2]]):
			return birth{}, false // another person named there
		}
	}
	if found == nil {
		return birth{}, false
	}
	return *found, true
}

// ageSubject returns the person whose age figure f is written as: in
// apposition ("Hart, 64,", "Hart, aged 64,"), leading the sentence ("At
// 17, Callum Kerr has become …"), or of the person the sentence opens with
// who has died ("Eileen Forsythe, who ran a stall for four decades, has
// died aged 82").
func (a *analysis) ageSubject(s *sent, f *figure, before string) (person, bool) {
	after := a.text[f.m.Span.End:min(len(a.text), f.m.Span.End+60)]
	switch {
	case strings.HasPrefix(strings.TrimLeft(after, " "), ","):
		if m := ageOf.FindStringSubmatch(before); m != nil {
			return personOf(m[1])
		}
		if atAge.MatchString(a.text[s.start:f.m.Span.Start]) {
			if m := ledBy.FindStringSubmatch(after); m != nil {
				return personOf(m[1])
			}
		}
	case diedAged.MatchString(before):
		if m := sentenceName.FindStringSubmatch(a.text[s.start:f.m.Span.Start]); m != nil {
			return personOf(m[1])
		}
	case ageText.MatchString(a.text[f.m.Span.Start:f.m.Span.End]):
		// "a contract to 18-year-old Rhys Okafor": the name right after.
		if m := ageBefore.FindStringSubmatch(after); m != nil {
			if p, ok := personOf(m[1]); ok && p.given != "" {
				return p, true
			}
		}
	}
	return person{}, false
}

// ageBefore follows an age written before a name, up to the name: "
// Rhys Okafor".
var ageBefore = regexp.MustCompile(`^ ` + nameAt)

var (
	// atAge is the opening of a sentence led by an age: "At ".
	atAge = regexp.MustCompile(`^\s*At\s+$`)
	// ledBy follows such an age, up to the person: ", Callum Kerr".
	ledBy = regexp.MustCompile(`^\s*,\s*` + nameAt)
	// diedAged ends the words before an age at death: "has died aged ",
	// "died on Sunday aged ".
	diedAged = regexp.MustCompile(`\b(?:has|had)?\s*died\b[^.;]{0,30}?\baged\s+$`)
	// sentenceName is a name that opens a sentence.
	sentenceName = regexp.MustCompile(`^\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor)\.?\s+)?` + nameAt)
)

var (
	// apposAnchor marks a sentence whose ages in apposition may be told
	// at another time than the publication date.
	apposAnchor = regexp.MustCompile(`\b(?:when|at the time|by then|was then|at that time|turns|turned|next year|birthday|until)\b`)
	// bornLeadRe is the opening of a sentence on a person's birth, up to
	// the time: "Born in Sunderland in ", "Born on ".
	bornLeadRe = regexp.MustCompile(`^\s*Born(?:\s+(?:in|at|near)\s+[^,;:()\d]{1,40}?)?\s+(?:in|on)\s+$`)
	// bornSubject follows the time of such an opening, up to the person:
	// ", she", ", Prof Wragg", " in Leeds, he".
	bornSubject = regexp.MustCompile(`^(?:\s+(?:in|at|near)\s+[^,;:()\d]{1,40}?)?\s*,\s*(?:(she|he)\b|(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor)\.?\s+)?` + nameAt + `)`)
)

// bornLead returns the person born at t when the sentence opens with the
// birth, "Born in Sunderland in 1963, Prof Wragg became …"; a pronoun
// ("Born in 1963, she …") is the person whose age in apposition was given
// last in the four sentences before, when no other person was named after
// it.
func (a *analysis) bornLead(k int, s *sent, t *figure) (person, bool) {
	if t.m.Span.Start-s.start > 80 || !bornLeadRe.MatchString(a.text[s.start:t.m.Span.Start]) {
		return person{}, false
	}
	m := bornSubject.FindStringSubmatch(a.text[t.m.Span.End:min(s.end, t.m.Span.End+100)])
	if m == nil {
		return person{}, false
	}
	if m[1] == "" {
		return personOf(m[2])
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if p, found, ok := a.lastPerson(a.sents[j]); found {
			return p, ok
		}
	}
	return person{}, false
}

// pronounBornRe opens a sentence on the birth of the person just named:
// "She was born in the town in", "He was born on".
var pronounBornRe = regexp.MustCompile(`^\s*(?:She|He)\s+was\s+born(?:\s+(?:in|at|near)\s+[^,;:()\d]{1,40}?)?\s+(?:in|on)\s+$`)

// pronounBorn returns the person born at t when sentence k opens "She was
// born in …" right after a sentence whose last person is named with an
// age ("Joan Hart, 64, runs the shop. She was born in 1958").
func (a *analysis) pronounBorn(k int, s *sent, t *figure) (person, bool) {
	if k == 0 || t.m.Span.Start-s.start > 80 || !pronounBornRe.MatchString(a.text[s.start:t.m.Span.Start]) {
		return person{}, false
	}
	prev := a.sents[k-1]
	if kinWords.MatchString(prev.normText()) {
		return person{}, false // "runs the shop with her husband. He was born"
	}
	p, found, ok := a.lastPerson(prev)
	return p, found && ok
}

// roleBornRe opens a sentence on the birth of the person just named, by
// a role: "The midfielder, who was born in", "The singer was born on".
var roleBornRe = regexp.MustCompile(`^\s*The\s+(?:\p{Lu}[\p{L}'’-]+\s+)*([a-z-]+)(?:\s*,\s*who\s+was|\s+was)\s+born(?:\s+(?:in|at|near)\s+[^,;:()\d]{1,40}?)?\s+(?:in|on)\s+$`)

// roleBorn returns the person born at t when sentence k opens "The
// midfielder, who was born in …" (a noun of a person) right after a
// sentence that gives one person's age and names no kin: "At 17, Callum
// Kerr has become the youngest player to captain Redmarsh Rovers."
func (a *analysis) roleBorn(k int, s *sent, t *figure) (person, bool) {
	if k == 0 || t.m.Span.Start-s.start > 80 {
		return person{}, false
	}
	m := roleBornRe.FindStringSubmatch(a.text[s.start:t.m.Span.Start])
	if m == nil || !people[m[1]] && !strings.Contains(m[0], "who") {
		return person{}, false // ("The schoolboy, who was born": "who" is of a person)
	}
	prev := a.sents[k-1]
	if kinWords.MatchString(prev.normText()) {
		return person{}, false
	}
	var p person
	found := false
	for _, f := range prev.figs {
		q, ok := a.ageSubject(prev, f, tail(a.text, prev.start, f.m.Span.Start, 80))
		if !ok {
			continue
		}
		if found && !q.same(p) {
			return person{}, false
		}
		p, found = q, true
	}
	return p, found
}

// anAge is the opening of a sentence up to an age that introduces an
// unnamed person: "A ", "An ".
var anAge = regexp.MustCompile(`^\s*An?\s+$`)

// nextOpensWith returns the person whose name, a given name and a
// surname with no title or role before it, opens the sentence after
// sentence k: "Ellie Brampton beat five other finalists …".
func (a *analysis) nextOpensWith(k int) (person, bool) {
	if k+1 >= len(a.sents) {
		return person{}, false
	}
	n := a.sents[k+1]
	m := sentenceName.FindStringSubmatch(a.text[n.start:min(n.end, n.start+80)])
	if m == nil || m[0] != m[1] && strings.TrimSpace(m[0]) != m[1] {
		return person{}, false // a title: "Dr Ann Lee" may be another person
	}
	ws := strings.Fields(m[1])
	if len(ws) < 2 || roleWords[strings.ToLower(ws[0])] || people[strings.ToLower(ws[0])] || titles[ws[0]] {
		return person{}, false // a role: "Judge Marcus Thorne" is another person
	}
	p, ok := personOf(m[1])
	return p, ok && p.given != ""
}

// lastPerson returns the person named last in a sentence, if any (found):
// ok when the name is in apposition to an age ("Professor Jane Doe, 58,"),
// not when it is another person's ("Mr Smith", "manager Ian Dowd").
func (a *analysis) lastPerson(s *sent) (p person, found, ok bool) {
	text := a.text[s.start:s.end]
	if len(text) > 2000 {
		return person{}, true, false // too long to tell
	}
	for _, loc := range nameRe.FindAllStringSubmatchIndex(text, -1) {
		name := text[loc[2]:loc[3]]
		q, isName := personOf(name)
		if !isName {
			continue
		}
		rest := text[loc[3]:]
		aged := ageApposAfter.MatchString(rest) ||
			strings.TrimSpace(text[:loc[2]]) == "" && diedAtAge.MatchString(rest) // "Eileen Forsythe, who …, has died aged 82."
		first := strings.Fields(name)[0]
		if !aged && !titles[first] && first != "Professor" && !introduced(text[:loc[2]]) {
			continue // not plainly a person: "Under", "University"
		}
		p, found, ok = q, true, aged
	}
	return p, found, ok
}

// ageApposAfter follows a name in apposition to an age: ", 58,".
var ageApposAfter = regexp.MustCompile(`^,\s*(?:aged\s+)?\d{1,3}\s*,`)

// diedAtAge is in a sentence on a death at an age: "has died aged 82".
var diedAtAge = regexp.MustCompile(`\bdied\b[^.;]{0,30}?\baged\s+\d{1,3}\b`)

// introduced reports whether the words before a name introduce a person:
// "striker", "Mr".
func introduced(before string) bool {
	w := strings.TrimRight(before, " ")
	w = w[strings.LastIndexAny(w, " \n(\"")+1:]
	return people[strings.ToLower(w)] || titles[w]
}

var (
	nameRe = regexp.MustCompile(nameAt)
	// roleWords are titles and roles written before a name in capitals:
	// "Professor", "Vice-chancellor".
	roleWords = wordSet(`professor vice-chancellor chancellor councillor cllr judge inspector detective
		sergeant constable superintendent reverend bishop archbishop chairman chairwoman chair president
		governor senator mayor principal headteacher head dean rector provost commissioner chief`)
	titles = wordSet(`Mr Mrs Ms Miss Dr Sir Dame Lord Lady Prof`)
)

// checkPersonAge reports an age that a person's birth time does not give
// on the publication date.
func (a *analysis) checkPersonAge(s *sent, f *figure, b birth) {
	lo, hi, ok := fullYears(b.time, a.published)
	if !ok {
		return
	}
	for k := lo; k <= hi; k++ {
		if float64(k) >= f.lo-1e-9 && float64(k) <= f.hi+1e-9 {
			return
		}
	}
	age := fmt.Sprint(lo)
	if lo != hi {
		age = fmt.Sprintf("%d or %d", lo, hi)
	}
	sev := errorSev
	if b.sent != s {
		sev = warningSev
	}
	figs := []*figure{b.time, f}
	if f.m.Span.Start < b.time.m.Span.Start {
		figs = []*figure{f, b.time}
	}
	prep := "in"
	if b.time.m.Value.Granularity == claims.GranularityDay {
		prep = "on"
	}
	a.report(sev, figs, "born %s %s, %s is %s years old in %d, not %s",
		prep, b.time.text(), b.who.surname, age, a.published.Year(), statedAge(f))
}

// ageFitsThen reports whether age f of the person born at b may be their
// age at one of the other times sentence s names.
func ageFitsThen(s *sent, f *figure, b birth, born map[*figure]bool) bool {
	for _, t := range s.times {
		if born[t] || t.m.Value.Start.IsZero() {
			continue
		}
		lo, _, ok := fullYears(b.time, t.m.Value.Start)
		_, hi, ok2 := fullYears(b.time, t.m.Value.End.AddDate(0, 0, -1))
		if !ok || !ok2 {
			return true // a time that cannot be read: give the benefit of the doubt
		}
		for k := lo; k <= hi; k++ {
			if float64(k) >= f.lo-1e-9 && float64(k) <= f.hi+1e-9 {
				return true
			}
		}
	}
	return false
}

// oldTime reports whether a sentence holds a time before the year before
// publication, at which an age in it may be told, other than a birth.
func oldTime(s *sent, pub time.Time, born map[*figure]bool) bool {
	for _, t := range s.times {
		if t.m.Value.Start.Year() < pub.Year()-1 && !born[t] {
			return true
		}
	}
	return false
}

// lastWords returns the last n words of s.
func lastWords(s string, n int) string {
	ws := words(s)
	return strings.Join(ws[max(0, len(ws)-n):], " ")
}
