package extract

import (
	"iter"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// A mention is a quantity, time or entity found at tokens [first, last).
type mention struct {
	first, last int
	val         claims.Value
	marker      string
	relative    bool
	ordinal     bool
	age         bool // a duration stated as an age: "62-year-old", "aged 62"
	// twin is a second reading of the same words, a mention only and
	// never the value of a claim: the range of time "for the past week"
	// covers, beside its duration.
	twin *claims.Value
	// ends are the two times a range joins ("3" and "9 June" in "from 3
	// to 9 June"), for claims of its start and end.
	ends *[2]mention
	// ent describes an entity mention.
	ent *entityRef
}

// An entityRef is what an entity mention names.
type entityRef struct {
	id   string
	name string
	kind claims.EntityKind
	kb   bool // from the knowledge base
}

func (m *mention) isEntity() bool { return m.ent != nil }

// addMention records m unless one of its tokens is taken, and returns
// whether it did.
func (d *doc) addMention(m mention) bool {
	if m.last <= m.first {
		return false
	}
	for j := m.first; j < m.last; j++ {
		if d.tokMen[j] >= 0 {
			return false
		}
	}
	m.val.Text = d.textOf(m.first, m.last)
	if m.marker == "" && !m.isEntity() {
		m.marker = d.markerBefore(m.first)
	}
	idx := int32(len(d.ments))
	for j := m.first; j < m.last; j++ {
		d.tokMen[j] = idx
	}
	d.ments = append(d.ments, m)
	return true
}

// hyphenJoined reports whether number m is glued by a hyphen to a word or
// another number: a name ("F-16 fighter jets", "Covid-19", "a 737-800
// jet") or a score ("a 3-2 victory"); a mention still, but no count of
// anything.
func (d *doc) hyphenJoined(m mention) bool {
	t := d.toks
	if k := m.first; k >= 2 && t[k].Kind == text.Number && t[k].Glued() && d.f(k-1) == "-" && t[k-1].Glued() && t[k-2].Kind != text.Punct {
		return true
	}
	if k := m.first; k+2 < len(t) && t[k].Kind == text.Number && m.last == k+1 && t[k+1].Glued() && d.f(k+1) == "-" && t[k+2].Glued() && t[k+2].Kind == text.Number {
		return true
	}
	return false
}

// markerBefore returns the preposition before token i that ties a time or
// quantity to its clause: "since" in "since 2015", "after" in "after the
// war", skipping "the", "early", "late", "mid".
func (d *doc) markerBefore(i int) string {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		w := d.f(j)
		switch w {
		case "the", "early", "late", "mid", "-", "a", "this":
			continue
		case "year":
			if d.toks[i].Kind == text.Number {
				continue // "after the year 2020"
			}
		case "than":
			return d.thanMarker(j)
		case "starting", "beginning", "commencing":
			return "starting"
		}
		if w == "as" && j >= 2 && d.f(j-2) == "as" {
			switch d.f(j - 1) {
			case "late":
				return "by" // "as late as tomorrow"
			case "early":
				return "from"
			}
		}
		if timeMarkers.has(w) {
			return w // "starting on 8 September" keeps "on": an event's date
		}
		return ""
	}
	return ""
}

// thanMarker returns the marker of "later than", "earlier than", "no
// later than" ending at "than" at token j: the open range they bound.
func (d *doc) thanMarker(j int) string {
	if j == 0 {
		return ""
	}
	no := j >= 2 && (d.f(j-2) == "no" || d.f(j-2) == "not")
	switch d.f(j - 1) {
	case "later", "after":
		if no {
			return "by"
		}
		return "after"
	case "earlier", "sooner", "before":
		if no {
			return "from"
		}
		return "before"
	}
	return ""
}

// openEnd extends a time mention over "or later", "and later", "or
// after", "onwards", "or earlier" after it: "2018 or later" is open from
// 2018, marked "from"; "2018 or earlier" open until its end, marked "by".
func (d *doc) openEnd(m mention, limit int) mention {
	k := m.last
	if k >= limit {
		return m
	}
	marker := ""
	switch w := d.f(k); {
	case w == "onwards" || w == "onward":
		marker, k = "from", k+1
	case (w == "or" || w == "and") && k+1 < limit && (k+2 >= limit || d.toks[k+2].Kind != text.Number && d.toks[k+2].lex&lxValueStart == 0):
		// "2018 or later", but not "before 2010 or after 2018", "2016
		// and before 2018" or "2015 or after the war"
		switch d.f(k + 1) {
		case "later", "after":
			if w == "and" && d.f(k+1) == "after" {
				return m // "on 1/1/2016 and after my work is done"
			}
			marker, k = "from", k+2
		case "earlier", "before":
			marker, k = "by", k+2
		}
	}
	if marker == "" || k < limit && d.toks[k].Kind == text.Word && d.f(k) == "than" {
		return m
	}
	m.last, m.marker = k, marker
	return m
}

// findValues finds the times and quantities of every sentence, in order.
func (d *doc) findValues() {
	for si, s := range d.sents {
		if d.stopped(si) {
			return
		}
		for i := s.first; i < s.last; i++ {
			if d.tokMen[i] >= 0 {
				continue
			}
			t := d.toks[i]
			switch t.Kind {
			case text.Punct:
				f := d.f(i)
				neg := f == "-" && (!t.Glued() || i == s.first) && i+1 < s.last && d.toks[i+1].Kind == text.Number && d.toks[i+1].Glued()
				sign := f == ">" || f == "<" || f == "=" && (d.fAt(i+1) == ">" || d.fAt(i+1) == "<") // "=>": at least
				if f != "'" && !sign && currencySymbols.at(f) == "" && !neg {
					continue
				}
			case text.Word:
				if t.lex&lxValueStart == 0 && (t.Flags&text.Upper == 0 || t.FoldEnd-t.FoldStart < 4) && !isDigit(d.fold[t.FoldEnd-1]) {
					continue
				}
			}
			if m, ok := d.matchTime(i, s.last); ok && (m.val.Kind == claims.KindTime || m.twin != nil) {
				if m.val.Kind == claims.KindTime {
					if r, ok := d.timeRange(m); ok {
						m = r
					}
					m = d.dayRangeAfter(m, s.last)
					m = d.yearAfter(m, s.last)
					m = d.nowRange(m, s.last)
					m = d.openEnd(m, s.last)
				}
				if d.addMention(m) {
					if !m.val.Start.IsZero() && m.val.Kind == claims.KindTime {
						d.lastTime = m.val
					}
					i = m.last - 1
					continue
				}
			}
			if t.Kind == text.Word && t.lex&timeOnly != 0 && t.lex&(lxNumberWord|lxOrdinal) == 0 {
				continue // "Friday", "mid", "Christmas" start no quantity
			}
			if n := d.clockTimeAt(i, s.last); n > i {
				i = n - 1
				continue // "8.15am", "11 pm", "8:15am": a time of day, no figure
			}
			if d.in(noQuantityStart, i) {
				continue // "the": no comparator, currency, number or unit of time starts with it
			}
			if d.in(comparatorOnlyStart, i) {
				if _, j := d.comparatorAt(i, s.last); j == i {
					continue // "in", "as", "at" start a quantity only as "in excess of", "as many as", "at least"
				}
			}
			if m, ok := d.matchQuantity(i, s.last); ok {
				m = d.numRange(m, s.last)
				if d.addMention(m) {
					i = m.last - 1
				}
			}
		}
	}
}

// clockTimeAt returns the end of a time of day written with "am" or "pm"
// that starts at token i ("8.15am", "11 pm", "8:15am", "10.30p.m."), or
// i when there is none. Limit bounds the sentence.
func (d *doc) clockTimeAt(i, limit int) int {
	if d.toks[i].Kind != text.Number {
		return i
	}
	k := i + 1
	if k+1 < limit && d.f(k) == ":" && d.toks[k+1].Kind == text.Number {
		k += 2
	}
	if k < limit {
		switch d.f(k) {
		case "am", "pm", "a.m.", "p.m.", "a.m", "p.m":
			return k + 1
		}
	}
	return i
}

// yearAfter reads a day or month written without a year and followed by
// the year it is of, told from the publication date, as one time: "on 3
// February last year", "in March next year". (Read apart, the day would
// be the nearest 3 February by the clause's tense, and "last year" a
// second time.) Limit bounds the sentence.
func (d *doc) yearAfter(m mention, limit int) mention {
	k := m.last
	if k+1 >= limit || d.published.IsZero() || !m.relative || m.ends != nil || m.val.Start.IsZero() || d.f(k+1) != "year" {
		return m
	}
	g := m.val.Granularity
	if g != claims.GranularityDay && g != claims.GranularityMonth {
		return m
	}
	y := d.published.Year()
	switch d.f(k) {
	case "last":
		y--
	case "next":
		y++
	case "this":
	default:
		return m
	}
	month := false
	for j := m.first; j < m.last; j++ {
		if yearWord(d.f(j)) {
			return m // a year of its own
		}
		month = month || d.toks[j].lex&lxMonth != 0
	}
	if !month {
		return m // "on Monday last year" says no day
	}
	s := m.val.Start
	if g == claims.GranularityDay {
		if !validDate(y, s.Month(), s.Day()) {
			return m
		}
		m.val = dayValue(day(y, s.Month(), s.Day()))
	} else {
		m.val = monthValue(y, s.Month())
	}
	m.last = k + 2
	return m
}

// rangeJoints join the two ends of a range of times.
var rangeJoints = words(`to and - through until till thru ~`)

// timeRange joins a time to the time just before it into one range: "from
// 2014 to 2018", "between August and October", "2014 through May 2nd
// 2018". The range spans both ends and the word that opens it; its
// marker is that word. It takes the earlier mention's place.
func (d *doc) timeRange(m mention) (mention, bool) {
	j := m.first - 1
	if j < 1 || !d.in(rangeJoints, j) {
		return m, false
	}
	pi := d.tokMen[j-1]
	if pi < 0 || int(pi) != len(d.ments)-1 {
		return m, false
	}
	p := d.ments[pi]
	// a month or day written without a year takes the year of the end;
	// one anchored by a word ("this May", "next Friday") keeps its own
	yearless := (p.relative && d.toks[p.first].lex&lxMonth != 0) || d.toks[p.first].Kind == text.Number || d.toks[p.first].lex&lxOrdinal != 0
	if p.relative && yearless && !m.relative && p.val.Granularity == claims.GranularityMonth && !m.val.Start.IsZero() && !p.val.Start.IsZero() {
		// "between August and October 2024": August of 2024
		y := m.val.Start.Year()
		if p.val.Start.Month() > m.val.Start.Month() {
			y--
		}
		p.val = monthValue(y, p.val.Start.Month())
	}
	if p.relative && yearless && m.relative && p.val.Granularity == claims.GranularityMonth && m.val.Granularity == claims.GranularityMonth &&
		!m.val.Start.IsZero() && !p.val.Start.IsZero() && m.first == j+1 {
		// "from May to September", "from November to March": the
		// start in the same year as the end, or the year before
		y := m.val.Start.Year()
		if p.val.Start.Month() > m.val.Start.Month() {
			y--
		}
		p.val = monthValue(y, p.val.Start.Month())
	}
	if p.relative && yearless && !m.relative && p.val.Granularity == claims.GranularityDay && m.val.Granularity == claims.GranularityDay &&
		!m.val.Start.IsZero() && !p.val.Start.IsZero() {
		// "Nov 18-Dec 19, 2015": November of 2015
		y := m.val.Start.Year()
		ps, ms := p.val.Start, m.val.Start
		if ps.Month() > ms.Month() || ps.Month() == ms.Month() && ps.Day() > ms.Day() {
			y--
		}
		if validDate(y, ps.Month(), ps.Day()) {
			p.val = dayValue(day(y, ps.Month(), ps.Day()))
		}
	}
	if m.relative && p.val.Granularity == claims.GranularityDay && !p.val.Start.IsZero() && m.last == m.first+1 {
		// "from next Monday to Friday": the Friday after that Monday
		wd, ok := weekdayNames.get(d.f(m.first))
		if !ok {
			wd, ok = weekdayAbbrevs.get(d.f(m.first)) // "Mon-Fri"
		}
		if ok {
			ps := p.val.Start
			m.val = dayValue(ps.AddDate(0, 0, (int(wd)-int(ps.Weekday())+7)%7))
		}
	}
	if p.val.Kind != claims.KindTime || p.val.Start.IsZero() || m.val.Start.IsZero() {
		return m, false
	}
	// "from the end of March to the middle of September": from one point
	// to the other
	start, end := p.val.Start, m.val.End
	pb, pPart := d.partBound(p)
	if pPart {
		start = pb
	}
	mb, mPart := d.partBound(m)
	if mPart {
		end = mb
	}
	if !start.Before(end) && p.relative && m.relative && (pPart || seasonal(p.val)) && (mPart || seasonal(m.val)) {
		// "will run from the end of March to the middle of September",
		// read in August: each resolved on its own falls in a different
		// year; the range runs forward into the next September, or in
		// the past back from the last March
		if d.forward(m.first) {
			end = end.AddDate(1, 0, 0)
			m.val.Start, m.val.End = m.val.Start.AddDate(1, 0, 0), m.val.End.AddDate(1, 0, 0)
		} else {
			start = start.AddDate(-1, 0, 0)
			p.val.Start, p.val.End = p.val.Start.AddDate(-1, 0, 0), p.val.End.AddDate(-1, 0, 0)
		}
	}
	if !start.Before(end) {
		return m, false
	}
	opener := ""
	first := p.first
	if k := p.first - 1; k >= 0 && d.tokSent[k] == d.tokSent[p.first] {
		switch w := d.f(k); {
		case w == "from" || w == "between":
			opener, first = w, k
		}
	}
	joint := d.f(j)
	years := p.val.Granularity == claims.GranularityYear && m.val.Granularity == claims.GranularityYear
	// "May to March" and "26 June to 28 June" join two times of one
	// kind side by side; "moved it to March" has no time before "to"
	pair := joint == "to" && p.last == j && p.val.Granularity == m.val.Granularity &&
		(p.val.Granularity == claims.GranularityDay || p.val.Granularity == claims.GranularityMonth)
	if joint == "and" && opener != "between" || (joint == "to" || joint == "until" || joint == "till") && opener == "" && p.marker != "from" && !years && !pair {
		return m, false
	}
	// the earlier mention gives way to the range
	for k := p.first; k < p.last; k++ {
		d.tokMen[k] = -1
	}
	d.ments = d.ments[:pi]
	r := mention{first: first, last: m.last, relative: p.relative || m.relative, marker: opener, ends: &[2]mention{p, m}}
	r.val = claims.Value{Kind: claims.KindTime, Start: start, End: end, Granularity: p.val.Granularity}
	if opener == "" {
		r.marker = p.marker
	}
	return r, true
}

// seasonal reports whether a time without a year is one that recurs
// each year: a month or a season.
func seasonal(v claims.Value) bool {
	return v.Granularity == claims.GranularityMonth || v.Granularity == claims.GranularitySeason
}

// valueStarters are the words a time or quantity can start with.
var valueStarters = func() *wordSet {
	s := words(`ad aged minus negative a an another couple the today within previous upcoming following all full week w final calendar h1 h2 weekend tonight yesterday tomorrow earlier later last next this coming past half
		q1 q2 q3 q4 hundred nought naught percent per`)
	for _, l := range []iter.Seq[string]{monthNames.all(), weekdayNames.all(), seasonStart.all(), ordinalWords.all(),
		unitWords.all(), cmpBefore.all(), dollarPrefixes.all(), decadeWords.all(), partWords.all(),
		weekdayAbbrevs.all(), holidays.all(), currencyCodes.all()} {
		for w := range l {
			s.add(w)
		}
	}
	return s
}()

// sortMentions puts the mentions in document order and reindexes them.
func (d *doc) sortMentions() {
	// Mentions never share a token, so ordering by first token orders
	// them; the ones whose tokens were taken by a later mention (a range
	// that absorbed its ends) are dropped. Walking the tokens finds them
	// in order, into the spare buffer, without comparing large structs:
	// the mention whose first token is i, if it still holds it, is the
	// next one.
	sorted := d.spareMentions()
	for i, k := range d.tokMen {
		if i&(1<<14-1) == 0 && d.stopped(0) {
			return // cancelled: d is thrown away
		}
		if k >= 0 && d.ments[k].first == i {
			sorted = append(sorted, d.ments[k])
		}
	}
	clear(d.ments)
	d.ments, sorted = sorted, d.ments[:0]
	if d.buf != nil {
		d.buf.spare = sorted
	}
	for k, m := range d.ments {
		for j := m.first; j < m.last; j++ {
			d.tokMen[j] = int32(k)
		}
	}
}

// spareMentions returns an empty slice with room for d's mentions.
func (d *doc) spareMentions() []mention {
	if d.buf != nil && cap(d.buf.spare) >= len(d.ments) {
		return d.buf.spare[:0]
	}
	return make([]mention, 0, len(d.ments))
}

// public converts a mention to its exported form.
func (d *doc) public(m mention) Mention {
	sp := d.span(m.first, m.last)
	return Mention{
		Text:     d.text[sp.Start:sp.End],
		Span:     sp,
		Kind:     m.val.Kind,
		Value:    m.val,
		Marker:   m.marker,
		Relative: m.relative,
		Ordinal:  m.ordinal,
	}
}

// figurelessPercents returns the words "percent" and "percentage" that no
// mention covers, as percent mentions without a figure ("a small
// percent"): Kind percent, Unit "%", no Amount. They are mentions only,
// never the values of claims.
func (d *doc) figurelessPercents() []mention {
	var out []mention
	for i, t := range d.toks {
		if t.Kind != text.Word || d.tokMen[i] >= 0 {
			continue
		}
		if w := d.f(i); w != "percent" && w != "percentage" {
			continue
		}
		if d.fAt(i+1) == "point" || d.fAt(i+1) == "points" {
			continue // "percentage points" without a figure
		}
		m := mention{first: i, last: i + 1}
		m.val = claims.Value{Kind: claims.KindPercent, Unit: "%", Text: d.textOf(i, i+1)}
		out = append(out, m)
	}
	return out
}

// publicMentions returns the exported mentions in document order, with
// the figureless percentages among them.
func (d *doc) publicMentions() []Mention {
	extra := d.figurelessPercents()
	out := make([]Mention, 0, len(d.ments)+len(extra))
	k := 0
	for _, m := range d.ments {
		for k < len(extra) && extra[k].first < m.first {
			out = append(out, d.public(extra[k]))
			k++
		}
		out = append(out, d.public(m))
		if m.twin != nil {
			t := m
			t.val, t.twin = *m.twin, nil
			t.val.Text = m.val.Text
			t.relative = true
			out = append(out, d.public(t))
		}
	}
	for ; k < len(extra); k++ {
		out = append(out, d.public(extra[k]))
	}
	return out
}

// nowRange joins a time to "now" in "between now and November 15th",
// "between August 2019 and now", "from 2010 until today", "from 2010 to
// the present day", "from 2010 to date": the range from the publication
// day to the end of the time, or from the time's start to the
// publication day.
func (d *doc) nowRange(m mention, limit int) mention {
	p := d.published
	if m.val.Start.IsZero() || p.IsZero() {
		return m
	}
	if k := m.first; k >= 3 && d.f(k-1) == "and" && d.f(k-2) == "now" && d.f(k-3) == "between" && d.tokMen[k-3] < 0 && d.tokMen[k-2] < 0 {
		if p.Before(m.val.End) {
			m.first, m.marker, m.relative = k-3, "between", true
			m.val = claims.Value{Kind: claims.KindTime, Start: p, End: m.val.End, Granularity: claims.GranularityDay}
		}
		return m
	}
	if m.first == 0 || m.last+1 >= limit || d.tokMen[m.first-1] >= 0 {
		return m
	}
	opener, k := d.f(m.first-1), m.last
	switch j := d.f(k); {
	case opener == "between" && j == "and":
	case opener == "from" && (j == "to" || j == "until" || j == "till" || j == "through"):
	default:
		return m
	}
	if e := d.nowAt(k+1, limit); e > k+1 && m.val.Start.Before(p) {
		m.first, m.last, m.marker, m.relative = m.first-1, e, opener, true
		m.val = claims.Value{Kind: claims.KindTime, Start: m.val.Start, End: p.AddDate(0, 0, 1), Granularity: claims.GranularityDay}
	}
	return m
}

// nowAt reads the present at token k as the end of a range, "now",
// "today", "date" (after "to" or "till"), "the present (day)", and
// returns the token after it, or k.
func (d *doc) nowAt(k, limit int) int {
	if k >= limit {
		return k
	}
	switch d.f(k) {
	case "now", "today":
		return k + 1
	case "date":
		if w := d.f(k - 1); w == "to" || w == "till" || w == "until" {
			return k + 1
		}
	case "the":
		if d.fAt(k+1) != "present" || k+1 >= limit {
			return k
		}
		e := k + 2
		if d.fAt(e) == "day" && e < limit {
			e++
		}
		if e < limit && d.toks[e].Kind == text.Word {
			return k // "the present owners"
		}
		return e
	}
	return k
}

// noQuantityStart are value starters (for times: "the 1990s", "the past
// week") that no quantity starts with: matchQuantity reads a comparator,
// a currency, a number or "a"/"all" before a unit, none of which they are.
var noQuantityStart = words(`the`)

// comparatorOnlyStart are value starters only as the first words of a
// comparator of several words ("in excess of", "as many as", "at least",
// "no fewer than", "up to", "just over", "well below", "close to").
var comparatorOnlyStart = words(`in as at up just well close upwards`)
