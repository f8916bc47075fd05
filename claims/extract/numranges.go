package extract

import (
	"strconv"
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// Two-sided ranges of figures: "between 20 and 30 people", "£5m-£7m",
// "3 to 4%", "from 200 to 3,000 homes", "20 through 100", "no more than
// 50 and no less than 20". A range [a, b] is one mention whose value is
// the midpoint with the half-width as its precision: Amount (a+b)/2,
// Precision (b-a)/2, Cmp "=". A claim of it is true when the fact lies
// within it (DESIGN.md: "within the claim's own precision"). The value
// keeps no open or closed ends: "more than 10 and less than 20" is
// [10, 20] like "between 10 and 20".

var (
	// numJoints join the two ends of a range of figures.
	numJoints = words(`to and - through thru ~`)
	// rangeChangeWords before a range's first end make "from A to B" or
	// "A to B" a change from one figure to another, which the arithmetic
	// check reads as two figures: "rose from 1,000 to 1,150", "doubled
	// from 40 to 90", "went from 3,000 to 3,900", "cut from 5% to 4%".
	rangeChangeWords = words(`rose rise rises rising risen up increased increase increases increasing grew grow
		grows growing grown climbed climb climbs climbing jumped jump jumps jumping soared soar soars
		soaring surged surge surges surging gained gain gains gaining rallied leapt leaped higher
		boosted boost widened widen widens widening swelled swollen expanded expand expands expanding
		raised raise raises raising hiked rocketed upped lifted
		fell fall falls falling fallen down decreased decrease decreases decreasing declined decline
		declines declining dropped drop drops dropping narrowed narrow narrows narrowing cut cuts cutting
		shrank shrink shrinks shrinking shrunk slumped slump slumps slumping slid slide slides sliding
		plunged plunge plunges plunging tumbled tumble tumbles tumbling sank sink sinks sinking dipped dip
		dips dipping eased eases easing lower lowered reduced reduce reduces reducing slashed slash slipped
		slip slips slipping contracted contracts contracting retreated lost trimmed
		growth doubled halved tripled trebled quadrupled went go goes going gone moved move moves moving
		changed change changes changing shifted switched swung swing improved worsened recovered rebounded
		extended`)
	// rangeChangeNouns after a range make it a change: "from 3,000 to
	// 3,900, a rise of 20%".
	rangeChangeNouns = words(`rise increase jump gain growth hike surge climb boost uplift fall drop decline
		decrease cut reduction slump dip contraction`)
)

// numRange joins the quantity m to the quantity mention just before it
// into one range, when a joint between them and the word before the
// first make one, and returns the range; otherwise it returns m as it is.
// The earlier mention gives way to the range.
func (d *doc) numRange(m mention, limit int) mention {
	j := m.first - 1
	if j < 1 || m.ordinal || m.age || len(d.ments) == 0 {
		return m
	}
	joint := d.f(j)
	pj := j // where the first end must stop
	// "from 10 up to 20": the second end's "up to" is the joint
	upTo := d.f(m.first) == "up" && d.fAt(m.first+1) == "to" && m.val.Cmp == claims.CmpAtMost
	switch {
	case upTo:
		j, pj, joint = m.first, m.first, "to"
	case joint == "and" && d.f(j-1) == ",":
		pj = j - 1 // "more than 10, and less than 20"
	case d.in(numJoints, j):
	case joint == "but" || joint == "yet" || joint == ",":
		// "larger than 20 but less than 35", "higher than 100, lower
		// than 300": only two bounds are joined so (below)
		if joint != "," && d.f(j-1) == "," {
			pj = j - 1
		}
		joint = "but"
	default:
		return m
	}
	pi := len(d.ments) - 1
	p := d.ments[pi]
	if p.last != pj || p.ordinal || p.age || p.isEntity() || d.tokSent[p.first] != d.tokSent[j] {
		return m
	}
	if joint == "-" && d.text[d.toks[j].Start] != '-' && d.text[d.toks[j].Start:d.toks[j].End] != "\u2013" {
		return m // an em dash sets off a clause: "in 2019 — 3,000 people"
	}
	pv, mv := p.val, m.val
	if upTo {
		mv.Cmp = claims.CmpEqual
	}
	if pv.Kind == claims.KindTime {
		// "1000-5000", "between 1000 and 5000": a plain four-digit figure
		// read as a year, before a larger plain figure that is none
		if !d.plainYear(p) || mv.Kind != claims.KindNumber || m.last != m.first+1 || d.toks[m.first].Kind != text.Number {
			return m
		}
		pv = claims.Value{Kind: claims.KindNumber, Amount: float64(pv.Start.Year()), Precision: 0.5}
	}
	if k := p.first - 1; k >= 0 && d.toks[k].Kind == text.Number {
		return m // "10 737-800 planes": a figure before the first end
	}
	if d.hasDigits(p) != d.hasDigits(m) {
		return m // "fell by a third to 300": figures of two kinds
	}
	opener := ""
	first := p.first
	if k := p.first - 1; k >= 0 && d.tokSent[k] == d.tokSent[p.first] {
		if w := d.f(k); (w == "from" || w == "between") && d.tokMen[k] < 0 {
			opener, first = w, k
		}
	}
	if upTo && opener != "from" {
		return m // "10 up to 20": a figure and a bound
	}
	lo, hi, ok := d.rangeEnds(&pv, &mv, p, m)
	if !ok {
		return m
	}
	bounds := pv.Cmp != claims.CmpEqual
	switch joint {
	case "and":
		if !bounds && opener != "between" {
			return m
		}
	case "-":
		if bounds {
			return m
		}
		// "lost 1-3", "won 0-2 four seasons ago": a score; "+1-222-2222": a
		// phone number; "Boeing 737-800": a name
		if p.val.Kind == claims.KindNumber && (mv.Kind == claims.KindNumber && hi < 100 || mv.Kind == claims.KindCount && hi <= 10) {
			return m
		}
		if k := p.first - 1; k >= 0 && d.tokSent[k] == d.tokSent[j] && d.toks[k].Kind == text.Word && d.toks[k].Has(text.Cap) && !d.sentenceStart(k) {
			return m
		}
		if k := p.first - 1; k >= 0 && d.toks[p.first].Glued() && d.toks[k].Kind == text.Punct && d.f(k) != "(" {
			return m
		}
		if k := m.last; k < limit && d.toks[k].Glued() && (d.f(k) == "-" || d.f(k) == "/") {
			return m
		}
	case "but":
		if !bounds {
			return m
		}
	default: // to, through
		if bounds {
			return m
		}
	}
	// "up by 3 to 4%", "growth of 2-3%": the size of a change is a range;
	// "rise by $19bn to $419.3bn" the size and the new level
	size := opener == "" && (d.fAt(first-1) == "by" || d.fAt(first-1) == "of") && lo > 0 && hi <= 3*lo
	if lo >= hi || !bounds && opener != "between" && !size && d.changeBefore(first) || opener == "from" && d.changeAfter(m.last, limit) {
		return m
	}
	if bounds {
		opener, first = "", p.first
	}
	for k := p.first; k < p.last; k++ {
		d.tokMen[k] = -1
	}
	d.ments = d.ments[:pi]
	r := mention{first: first, last: m.last, marker: opener}
	r.val = mv
	r.val.Amount, r.val.Precision, r.val.Cmp = (lo+hi)/2, (hi-lo)/2, claims.CmpEqual
	if opener == "" {
		r.marker = p.marker
	}
	return r
}

// rangeEnds gives the two ends of a range the same kind, unit and scale
// ("5-7 million pounds": the 5 is in millions of pounds; "£5-7m": the 7
// in pounds) and returns its bounds: the figures themselves, or for two
// bounds joined ("no more than 50 and no less than 20") the two bounds.
func (d *doc) rangeEnds(pv, mv *claims.Value, p, m mention) (lo, hi float64, ok bool) {
	if !rangeKind(pv.Kind) || !rangeKind(mv.Kind) {
		return 0, 0, false
	}
	switch {
	case pv.Kind == claims.KindNumber && mv.Kind != claims.KindNumber:
		// "20 to 30 people", "3 to 4%", "5-7 million pounds"
		if s := d.scaleIn(m); s != 0 && d.scaleIn(p) == 0 && pv.Amount*s < mv.Amount {
			pv.Amount *= s
			pv.Precision *= s
		}
		// "between 1 and 150p": the second end's unit scales the first
		// as it scales its own figure (150p is £1.50)
		if mv.Kind == claims.KindMoney || mv.Kind == claims.KindQuantity {
			r, ok := d.unitRatio(m, *mv)
			if !ok {
				return 0, 0, false
			}
			pv.Amount *= r
			pv.Precision *= r
		}
		pv.Kind, pv.Unit = mv.Kind, mv.Unit
	case pv.Kind == claims.KindMoney && mv.Kind == claims.KindNumber:
		// "£5-7m", "£5m-7m"
		if s := d.scaleIn(m); s != 0 && d.scaleIn(p) == 0 && pv.Amount*s < mv.Amount {
			pv.Amount *= s
			pv.Precision *= s
		}
		mv.Kind, mv.Unit = pv.Kind, pv.Unit
	case pv.Kind == claims.KindNumber && mv.Kind == claims.KindNumber:
		if s := d.scaleIn(m); s != 0 && d.scaleIn(p) == 0 && pv.Amount*s < mv.Amount {
			pv.Amount *= s // "5-7 million"
			pv.Precision *= s
		}
	case pv.Kind != mv.Kind || pv.Unit != mv.Unit:
		return 0, 0, false
	}
	if pv.Kind != mv.Kind || pv.Unit != mv.Unit {
		return 0, 0, false
	}
	pc, mc := pv.Cmp, mv.Cmp
	switch {
	case pc == claims.CmpEqual && mc == claims.CmpEqual:
		return pv.Amount, mv.Amount, true
	case upperBound(pc) && lowerBound(mc):
		return mv.Amount, pv.Amount, true
	case lowerBound(pc) && upperBound(mc):
		return pv.Amount, mv.Amount, true
	}
	return 0, 0, false
}

// rangeKind reports whether figures of kind k make ranges. Durations and
// ages belong to the time code.
func rangeKind(k claims.Kind) bool {
	switch k {
	case claims.KindNumber, claims.KindCount, claims.KindMoney, claims.KindPercent, claims.KindQuantity:
		return true
	}
	return false
}

func upperBound(c claims.Comparator) bool { return c == claims.CmpLess || c == claims.CmpAtMost }
func lowerBound(c claims.Comparator) bool { return c == claims.CmpGreater || c == claims.CmpAtLeast }

// unitRatio returns what the unit of mention m multiplies its written
// figure by: 0.01 for "150p" (£1.50), 1 for "30 people" or "£7m" (its
// scale word aside). It reports false when m has no figure in digits.
func (d *doc) unitRatio(m mention, v claims.Value) (float64, bool) {
	for k := m.first; k < m.last; k++ {
		if d.toks[k].Kind != text.Number {
			continue
		}
		fig, err := strconv.ParseFloat(strings.ReplaceAll(d.f(k), ",", ""), 64)
		if err != nil || fig == 0 {
			return 0, false
		}
		if s := d.scaleIn(m); s != 0 {
			fig *= s
		}
		return v.Amount / fig, true
	}
	return 0, false
}

// scaleIn returns the scale word or suffix of a mention's figure: 1e6 for
// "7 million pounds" or "£7m", 0 when it has none.
func (d *doc) scaleIn(m mention) float64 {
	for k := m.first; k < m.last; k++ {
		if d.toks[k].Kind != text.Word {
			continue
		}
		if s := scaleWords.at(d.f(k)); s != 0 && s != 100 {
			return s
		}
		if k > m.first && d.toks[k].Glued() && d.toks[k-1].Kind == text.Number {
			if s := scaleSuffixes.at(d.f(k)); s != 0 {
				return s
			}
		}
	}
	return 0
}

// plainYear reports whether a time mention is a year written as four
// plain digits and nothing else: "1000".
func (d *doc) plainYear(p mention) bool {
	return p.last == p.first+1 && d.toks[p.first].Kind == text.Number && len(d.f(p.first)) == 4 &&
		p.val.Granularity == claims.GranularityYear
}

// changeBefore reports whether a word of change comes before token k:
// anywhere in the sentence's last 15 words before "from" ("raised the
// limit for foreign investment in telecoms from 49% to 74%", "upped its
// target, from £35 to £36.20"), in the clause's last four words before a
// bare range ("rose 5% to 10%", "cut its stake in half to 10%"), over the
// figures between ("increased by 6% from").
func (d *doc) changeBefore(k int) bool {
	from := d.f(k) == "from"
	n, figures := 0, 0
	for j := k - 1; j >= 0 && d.tokSent[j] == d.tokSent[k]; j-- {
		if mi := d.tokMen[j]; mi >= 0 {
			// a figure between: "increased by 6% from"; skipped whole,
			// and at most maxFiguresBetween of them, so that a run of
			// ranges is not rescanned per range (issue 16)
			if figures++; figures > maxFiguresBetween {
				return false
			}
			j = min(j, d.ments[mi].first)
			continue
		}
		if d.toks[j].Kind == text.Punct {
			if w := d.f(j); !from && w != "'s" && w != "'" && w != "-" {
				return false
			}
			continue
		}
		if d.in(rangeChangeWords, j) {
			return true
		}
		if n++; n >= 15 || !from && n >= 4 {
			return false
		}
	}
	return false
}

// maxFiguresBetween is how many figures changeBefore looks past.
const maxFiguresBetween = 15

// changeAfter reports whether a noun of change follows token k closely:
// "from 3,000 to 3,900, a rise of 20%".
func (d *doc) changeAfter(k, limit int) bool {
	for j := k; j < limit && j < k+4; j++ {
		if d.in(rangeChangeNouns, j) {
			return true
		}
	}
	return false
}

// moreCmpBefore are comparators before a figure beyond the common ones of
// cmpBefore: signs ("> 30", ">= 30", "<= -30") and verbs of passing a
// figure ("exceeding 150", "surpass 3000"). Comparisons in words come
// from comparisonPhrases.
var moreCmpBefore = map[string]int{
	">": cmpGT, "> =": cmpGE, "= >": cmpGE, "≥": cmpGE, "<": cmpLT, "< =": cmpLE, "= <": cmpLE, "≤": cmpLE,
	"exceeding": cmpGT, "exceeds": cmpGT, "exceeded": cmpGT, "exceed": cmpGT,
	"surpassing": cmpGT, "surpasses": cmpGT, "surpassed": cmpGT, "surpass": cmpGT,
}

// comparatives name the direction of a comparison: +1 above a figure, -1
// below it. The adjectives take "than"; the prepositions do not.
var (
	cmpAdjectives   = map[string]int{"more": 1, "greater": 1, "larger": 1, "bigger": 1, "higher": 1, "less": -1, "fewer": -1, "smaller": -1, "lower": -1}
	cmpPrepositions = map[string]int{"above": 1, "over": 1, "below": -1, "under": -1}
)

// comparisonPhrases builds the comparisons in words before a figure from
// the comparatives, by one grammar: a comparative alone is strict ("larger
// than 30", "above 30"); joined to "equal" either way, or after "at or",
// it includes the figure ("larger than or equal to 30", "smaller or equal
// than 100", "bigger or equal to 3965", "equal to or greater than 30",
// "equal to or above 30", "above or equal to 30", "at or above 30");
// negated it bounds the other side, figure included ("not more than 30",
// "no greater than 30", "not above 30", "not exceeding 30": at most 30). "to" and "than" after "equal" are
// both read, as writers use both.
func comparisonPhrases() map[string]int {
	out := map[string]int{}
	incl := func(dir int) int {
		if dir > 0 {
			return cmpGE
		}
		return cmpLE
	}
	for c, dir := range cmpAdjectives {
		strict := cmpGT
		if dir < 0 {
			strict = cmpLT
		}
		out[c+" than"] = strict
		for _, eq := range []string{"to", "than"} {
			out[c+" than or equal "+eq] = incl(dir)
			out[c+" or equal "+eq] = incl(dir)
			out["equal "+eq+" or "+c+" than"] = incl(dir)
		}
		out[c+" than or equals"] = incl(dir)
		out["equal to or "+c] = incl(dir)
		// negated, the other side and the figure: "not more than 30",
		// "no greater than 30" are at most 30
		out["not "+c+" than"] = incl(-dir)
		out["no "+c+" than"] = incl(-dir)
	}
	for c, dir := range cmpPrepositions {
		for _, eq := range []string{"to", "than"} {
			out[c+" or equal "+eq] = incl(dir)
		}
		out["equal to or "+c] = incl(dir)
		out["at or "+c] = incl(dir) // "at or above 30"
		out["not "+c] = incl(-dir)  // "not above 30"
	}
	for _, v := range []string{"exceeding", "exceed", "to exceed"} {
		out["not "+v] = cmpLE // "not exceeding 30"
	}
	return out
}

// afterComparisons are the comparisons in words after a figure: "or" or
// "and" and a comparative, "500 or more", "five hundred and more", "65
// and over", "300 or fewer", "12 and under", "10 or upwards". They include
// the figure.
func afterComparisons() []cmpSeq {
	var out []cmpSeq
	add := func(c string, dir int) {
		cmp := cmpGE
		if dir < 0 {
			cmp = cmpLE
		}
		out = append(out, cmpSeq{[]string{"or", c}, cmp}, cmpSeq{[]string{"and", c}, cmp})
	}
	for c, dir := range cmpAdjectives {
		add(c, dir)
	}
	for c, dir := range cmpPrepositions {
		add(c, dir)
	}
	add("up", 1)
	add("upwards", 1)
	out = append(out, cmpSeq{[]string{"or", "so"}, cmpAbout}, cmpSeq{[]string{"plus"}, cmpGE})
	return out
}

// andComparisonFollows reports whether the token at k may follow "and
// more", "and over" (the comparative c) after a figure. After a
// preposition anything but a time or thing it governs may ("12 and under
// go free", not "won 20 and over the years"); after an adjective, which
// may begin a clause of its own ("scored 20 and more will follow", "and
// more importantly"), only the end, a mark or a preposition ("five
// hundred and more in these products").
func (d *doc) andComparisonFollows(c string, k, limit int) bool {
	if k >= limit || d.toks[k].Kind == text.Punct {
		return true
	}
	if _, prep := cmpPrepositions[c]; prep || c == "up" || c == "upwards" {
		return d.toks[k].Kind != text.Number && !determiners.has(d.f(k))
	}
	switch d.f(k) {
	case "in", "of", "at", "for", "on", "per", "among", "across", "from", "to", "each", "a", "an":
		return true
	}
	return false
}

// hasDigits reports whether a mention's figure is written in digits.
func (d *doc) hasDigits(m mention) bool {
	for k := m.first; k < m.last; k++ {
		if d.toks[k].Kind == text.Number {
			return true
		}
	}
	return false
}
