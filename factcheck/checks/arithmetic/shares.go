package arithmetic

import (
	"regexp"
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
)

// The words around the figures of a share and of a breakdown.
var (
	// ofWhole ends the words before the whole: "out of", "of the", "in".
	ofWhole = regexp.MustCompile(`^\s*(?:out of|of|in)(?:\s+(?:the|its|their|all|all the|a total of|the total of))?(?:\s+total)?\s*$`)
	// ofWholeLead begins a sentence or clause with the whole: "Of the",
	// "Of the group's", "Of Acme's".
	ofWholeLead = regexp.MustCompile(`(?:^|[,;:]\s*)(?:out of|of)\s+(?:the|its|their|all|all the|a total of|the total of)?(?:\s*\pL[\pL-]*(?:'s|’s|s'))?\s*$`)
	// shareOpen ends the words before the share's percentage: " (", ", or".
	shareOpen = regexp.MustCompile(`^(.*?)(?:\(|,\s*or|\s-|,\s*that is|,\s*equivalent to|,\s*representing)\s*$`)
	// listHead ends the words between a whole and its first part.
	listComma = regexp.MustCompile(`^(.*?),\s*$`)
	listColon = regexp.MustCompile(`^(.*?):\s*$`)
	listLead  = regexp.MustCompile(`^([^,]*),([^,]*)$`)
	// partsDoubt marks a breakdown whose parts may overlap or leave some
	// out.
	partsDoubt = []string{"including", "of whom", "of which", "among them", "at least", "more than", "both",
		"also", "as well as", "each", "respectively", "other than", "aged", "under", "over", "either",
		"about", "around", "nearly", "almost", "some", "roughly", "or"}
	// remainder words make a breakdown complete: "and 8 others".
	remainder = regexp.MustCompile(`\b(?:others?|the rest|remaining|remainder)\b`)
)

// findShares finds "X out of Y (Z%)", "X, or Z% of the Y" and "of the Y,
// X (Z%)" in one sentence and reports the shares that do not compute.
func (a *analysis) findShares(s *sent) {
	figs := s.figs
	for i := 0; i+2 < len(figs); i++ {
		x, y, z := figs[i], figs[i+1], figs[i+2]
		switch {
		case z.class == classPercent && compatible(x, y) && ofWhole.MatchString(y.before) && openShare(z.before, 5):
			a.checkShare(x, y, z) // 12 out of 40 councils (30%)
		case y.class == classPercent && compatible(x, z) && openShare(y.before, 3) && ofWhole.MatchString(z.before):
			a.checkShare(x, z, y) // 411 seats, or 63% of the 650
		case z.class == classPercent && compatible(x, y) && ofWholeLead.MatchString(x.before) &&
			listCommaGap(y.before, 4) && openShare(z.before, 4):
			a.checkShare(y, x, z) // Of the 40 councils, 12 (30%)
		case z.class == classPercent && compatible(x, y) && ofThem.MatchString(z.before) && shortGap(y.before, 10):
			a.checkShare(y, x, z) // manages 12,400 homes and found damp in 3,100 of them, about 18%
		case z.class == classPercent && compatible(x, y) && ofWhole.MatchString(y.before) && shareNamed.MatchString(z.before):
			a.checkShare(x, y, z) // 31,000 of the 48,000 voters cast a ballot, a turnout of 72%
		}
	}
}

// shareNamed is the gap after "X of the Y …" before the share it names:
// ", a turnout of ", ", a proportion of ".
var shareNamed = regexp.MustCompile(`^[a-z' -]{0,40},\s*(?:a|an)\s+(?:turnout|proportion|take-up|uptake|response rate|pass rate|success rate)\s+of\s*$`)

// ofThem is the gap between a part and its percentage when the part is
// "of them", the whole just named: " of them, about ", " of them (".
var ofThem = regexp.MustCompile(`^\s*of (?:them|these|those)\s*(?:,|\(|-)\s*(?:or\s+)?$`)

// shortGap reports whether gap is at most n words with no figure and no
// break of a list (";", ":", brackets): "them" may reach back over a
// clause ("manages 12,400 homes and has found damp in 3,100 of them").
func shortGap(gap string, n int) bool {
	return len(words(gap)) <= n && !strings.ContainsAny(gap, "0123456789;:()")
}

// findNextShare finds a part "of them" and its percentage at the start
// of a sentence whose whole the sentence before gave: "The association
// manages 12,400 homes. Inspectors found damp in 3,100 of them, about
// 18%." The whole is the only figure of the part's kind there.
func (a *analysis) findNextShare(prev, s *sent) {
	if prev == nil || len(s.figs) < 2 {
		return
	}
	part, pct := s.figs[0], s.figs[1]
	if pct.class != classPercent || !ofThem.MatchString(pct.before) || !shortGap(part.before, 10) {
		return
	}
	if whole := onlyWhole(prev, part); whole != nil {
		a.checkShare(part, whole, pct)
	}
}

// openShare reports whether gap opens a share after at most n plain
// words: " councils (", ", or".
func openShare(gap string, n int) bool {
	m := shareOpen.FindStringSubmatch(gap)
	return m != nil && filler(m[1], n)
}

// listCommaGap reports whether gap is at most n plain words and a comma.
func listCommaGap(gap string, n int) bool {
	m := listComma.FindStringSubmatch(gap)
	return m != nil && filler(m[1], n)
}

// checkShare reports a part of a whole whose stated percentage the two
// do not give.
func (a *analysis) checkShare(part, whole, pct *figure) {
	if whole.lo <= 0 || part.lo < 0 || whole.amount() <= 0 {
		return
	}
	lo, hi := part.lo/whole.hi*100, part.hi/whole.lo*100
	if overlaps(lo, hi, pct.lo, pct.hi) {
		return
	}
	mid := part.amount() / whole.amount() * 100
	a.report(errorSev, []*figure{part, whole, pct}, "%s of %s is %s%%, not %s",
		part.text(), whole.text(), fmtOutside(mid, pct.lo, pct.hi), pct.text())
}

// findParts finds a whole followed by the parts it is broken down into,
// "of the 48 candidates, 20 are women and 30 are men", "the 120 seats: 60
// for A, 40 for B and 25 for C", and reports parts that add up to more
// than the whole (or, with "others" among them, to less).
func (a *analysis) findParts(s *sent) {
	if len(s.figs) < 3 {
		return // a whole and two parts at least
	}
	padded := " " + strings.Join(words(s.normText()), " ") + " "
	for _, d := range partsDoubt {
		if strings.Contains(padded, " "+d+" ") {
			return
		}
	}
	figs := s.figs
	for i, t := range figs {
		if t.class != classAmount || t.m.Value.Cmp != 0 || i+2 >= len(figs) {
			continue
		}
		first := figs[i+1]
		lead := false
		if m := listLead.FindStringSubmatch(first.before); m != nil && ofWholeLead.MatchString(t.before) {
			lead = filler(m[1], 4) && filler(m[2], 3) // of the 20 games, they won 12
		}
		if m := listWith.FindStringSubmatch(first.before); m != nil && allLead.MatchString(t.before) {
			lead = filler(m[1], 6) // all 48 members voted, with 27 for
		}
		colon := false
		if m := listColon.FindStringSubmatch(first.before); m != nil && filler(m[1], 3) {
			colon = true
		}
		stated, from := statedCount(first.before), i+1
		if n, ok := countColon(figs, i+1); ok && filler(first.before, 3) {
			colon, stated, from = true, n, i+2 // raised £2.5m from three sources: …
		}
		appos := false
		if m := apposHead.FindStringSubmatch(first.before); m != nil && filler(m[1], 5) && !listed(t.before) &&
			(len(words(m[1])) > 0 || len(words(norm(t.text()))) > 1) {
			appos = true // seven goals for the season, four in the league and …
		}
		made := false
		if m := madeOf.FindStringSubmatch(first.before); m != nil && filler(m[1], 4) && !listed(t.before) {
			made = true // the 182km stage was made up of a 64km loop, …
		}
		if !lead && !colon && !appos && !made {
			continue
		}
		parts, ok := partList(figs[from:])
		if !ok {
			continue
		}
		complete := stated == len(parts) || made
		// A total with a category of its own is one of a list: "59 litres
		// in France, 12 litres in the US and three litres in Japan".
		if appos && from == i+1 && categories(parts) && firstWord(t.after) != firstWord(first.after) {
			complete = true // the parts of a total, each in or for a category
		} else if !lead && !colon && !made {
			continue
		}
		a.checkParts(t, parts, errorSev, complete)
	}
}

// findNextParts finds a total in one sentence broken down in the next,
// whose opening words introduce the parts as the total's: "the £38m
// scheme …. The money comes from three sources: £21m from A, £9m from B
// and £5m from C." The total is the only figure of the parts' kind in the
// sentence before. It is a warning: the link is inferred.
//
// After "Of the total," the total may stand a few sentences back ("raised
// £186,000 …. A total of 412 walkers took part …. Of the total, £98,000
// came from …"): the nearest of the three sentences before that gives a
// figure of the parts' kind, when it gives only one.
func (a *analysis) findNextParts(k int) {
	if k == 0 {
		return
	}
	prev, s := a.sents[k-1], a.sents[k]
	if len(s.figs) < 2 {
		return
	}
	first, lead, from := s.figs[0], s.figs[0].before, 0
	if _, ok := countColon(s.figs, 0); ok { // from three sources: …
		first, from = s.figs[1], 1
		lead = s.figs[0].before + " " + norm(s.figs[0].text()) + ":"
	}
	stated, whole0 := 0, false
	if ofThat.MatchString(lead) || metBy.MatchString(lead) {
		// "Of the total, £98,000 came from …, £61,000 from … and £17,000
		// from …": the whole of the figure before, broken down; "The cost
		// has been met by £6m from …, £4.5m from … and £2m from …": all
		// of it
		whole0 = true
	} else if m := listColon.FindStringSubmatch(lead); m == nil || !filler(m[1], 8) || !partsIntro.MatchString(m[1]) {
		return
	} else {
		stated = statedCount(m[1])
	}
	padded := " " + strings.Join(words(s.normText()), " ") + " "
	for _, d := range partsDoubt {
		if strings.Contains(padded, " "+d+" ") {
			return
		}
	}
	parts, ok := partList(s.figs[from:])
	if !ok {
		return
	}
	whole := onlyWhole(prev, first)
	for j := k - 2; whole == nil && whole0 && j >= 0 && j >= k-3 && !hasCompatible(a.sents[j+1], first); j-- {
		whole = onlyWhole(a.sents[j], first)
	}
	if whole == nil {
		return
	}
	a.checkParts(whole, parts, warningSev, whole0 || stated == len(parts))
}

// hasCompatible reports whether sentence s gives a figure that part may
// be a part of.
func hasCompatible(s *sent, part *figure) bool {
	for _, f := range s.figs {
		if compatible(f, part) {
			return true
		}
	}
	return false
}

// onlyWhole returns the one figure of sentence prev that part may be a
// part of, stated without a comparator; nil when there is none or more
// than one to choose from.
func onlyWhole(prev *sent, part *figure) *figure {
	var whole *figure
	for _, f := range prev.figs {
		if compatible(f, part) {
			if whole != nil {
				return nil
			}
			whole = f
		}
	}
	if whole == nil || whole.m.Value.Cmp != 0 {
		return nil
	}
	return whole
}

// metBy opens a sentence that says how all of a cost the sentence before
// gave was paid: "The cost has been met by", "The bill was paid by".
var metBy = regexp.MustCompile(`(?i)^\s*(?:the|this|that|its|their)\s+(?:money|funding|cost|costs|bill|budget|price|investment|spending|package)\s+(?:has been|have been|was|were|is|are|will be)\s+(?:met|paid|covered|funded|financed|paid for)\s+(?:by|from|with|through)\s*$`)

// ofThat opens a sentence of parts of the figure the sentence before gave:
// "Of the total,", "Of that,", "Of the money raised,".
var ofThat = regexp.MustCompile(`(?i)^\s*of\s+(?:that|this|it|(?:the|this|that)\s+(?:total|sum|money|amount|figure|cost|bill)(?:\s+[a-z]+)?)\s*,\s*$`)

// listed reports whether the words before a figure make it a part of a
// list: ", ", ": ", " and ".
func listed(before string) bool {
	b := strings.TrimSpace(before)
	return strings.HasSuffix(b, ",") || strings.HasSuffix(b, ":") || b == "and" || strings.HasSuffix(b, " and")
}

// categories reports whether each part of a breakdown is given in or
// for a category, with the same preposition: "four in the league and two
// in cup competitions", "40 for social rent and 22 for shared ownership".
func categories(parts []*figure) bool {
	prep := firstWord(parts[0].after)
	if prep != "in" && prep != "for" {
		return false
	}
	for _, p := range parts[1:] {
		if firstWord(p.after) != prep {
			return false
		}
	}
	return true
}

var (
	// apposHead is the gap between a total and the first of its parts
	// listed right after it: " goals for the season, ", ", made up of ",
	// ": ".
	apposHead = regexp.MustCompile(`^([^,:]*)[,:]\s*(?:made up of|comprising|consisting of|split between|split into|divided into|broken down into)?\s*$`)
	// madeOf is the gap between a whole and its first part when a verb
	// says the parts make all of it: " stage was made up of a ", " budget
	// is split between ".
	madeOf = regexp.MustCompile(`^([^,:;]*?)\s*(?:was|were|is|are|will be|has been)\s+(?:made up of|composed of|comprised of|divided into|split into|split between|broken down into)\s*(?:an?\s*)?$`)
	// allLead ends the words before a whole all of which is broken down:
	// "All", "all the".
	allLead = regexp.MustCompile(`(?:^|[^a-z'-])all(?:\s+(?:the|its|their))?\s*$`)
	// listWith is the gap between such a whole and its first part:
	// " councillors voted, with".
	listWith = regexp.MustCompile(`^(.*?),\s*with\s*$`)
	// partsIntro opens a sentence of parts that belong to a total given
	// before: "The money comes from three sources", "The cost is split".
	partsIntro = regexp.MustCompile(`^\s*(?:the|this|that|its|their)\s+(?:money|funding|funds|cost|costs|total|sum|budget|bill|amount|cash|investment|spending|figure|grant|package|fund)\b`)
	// countWords are the numbers of parts a lead may state.
	countWords = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
)

// countColon reports whether figs[i] is a count of things right before a
// colon that opens a list, "three sources:", and returns it.
func countColon(figs []*figure, i int) (int, bool) {
	if i+1 >= len(figs) {
		return 0, false
	}
	f := figs[i]
	if f.m.Kind != claims.KindCount || !f.count() || len(words(norm(f.text()))) < 2 {
		return 0, false
	}
	if m := listColon.FindStringSubmatch(figs[i+1].before); m == nil || strings.TrimSpace(m[1]) != "" {
		return 0, false
	}
	return int(f.amount()), true
}

// statedCount returns the number of parts the words before a list state,
// "three sources", or 0.
func statedCount(lead string) int {
	n := 0
	for _, w := range words(lead) {
		if k, ok := countWords[w]; ok {
			if n != 0 {
				return 0
			}
			n = k
		}
	}
	return n
}

// partList reads the parts of a breakdown from figs: two or more amounts
// joined by commas and a final "and", each with the same kind of label
// after it, the last one ending the sentence or followed by a comment
// after a comma ("lost 9, finishing third"), whose figures are no parts.
func partList(figs []*figure) ([]*figure, bool) {
	var parts []*figure
	// The labels agree as written ("are women", "are men") or without
	// the verb the parts share ("were in A", "in B").
	label, labelS := "", ""
	sameRaw, sameS := true, true
	final := false // the part after "and", which ends the list
	for k, p := range figs {
		if p.class != classAmount || p.m.Value.Cmp != 0 {
			return nil, false
		}
		parts = append(parts, p)
		post, join, rest, ok := splitJoin(p.after, false)
		end := final || k+1 == len(figs)
		if end {
			switch {
			case !ok && (fillerEnd(p.after, 5) || tailPreps[firstWord(p.after)] && fillerEnd(p.after, 7)):
				// (a label that opens with a preposition may carry a phrase
				// of its own: "£17,000 from bucket collections along the route")
				post = p.after
			case final && commentAfter(p.after, 5):
				post, _, _ = strings.Cut(p.after, ",")
			default:
				return nil, false // "… and" with nothing after, or more words than a label
			}
			if !final {
				return nil, false // the final part, and only it, follows "and"
			}
		} else {
			if !ok || !filler(post, 5) || !filler(rest, 4) {
				return nil, false
			}
			final = join == "and"
		}
		l, ls := partLabel(p, post)
		if k == 0 {
			label, labelS = l, ls
		} else {
			sameRaw = sameRaw && l == label
			sameS = sameS && ls == labelS
			if !sameRaw && !sameS {
				return nil, false // "12 are from England and 10 play in …": not one breakdown
			}
		}
		if end {
			return parts, len(parts) >= 2
		}
	}
	return nil, false
}

// partLabel returns the kind of label a part has: the first word of the
// words after it, without a verb the parts share ("14 were in A and 9 in
// B": "in"); "vote" for the sides of a vote ("27 in favour, 19 against and
// four abstentions").
func partLabel(p *figure, post string) (raw, stripped string) {
	ws := words(post)
	if len(ws) == 0 { // the part's own noun: "four abstentions"
		if tw := words(norm(p.text())); len(tw) > 1 {
			ws = tw[1:]
		}
	}
	label := func(ws []string) string {
		if len(ws) == 0 {
			return ""
		}
		if voteWords[ws[0]] || ws[0] == "in" && len(ws) > 1 && (ws[1] == "favour" || ws[1] == "favor") {
			return "vote"
		}
		return ws[0]
	}
	raw = label(ws)
	if len(ws) > 0 && copulas[ws[0]] {
		ws = ws[1:]
	}
	if len(ws) > 1 && gappedPreps[ws[1]] {
		// The verb the first part has and the others leave out: "£98,000
		// came from sponsorship, £61,000 from donors".
		ws = ws[1:]
	}
	return raw, label(ws)
}

// gappedPreps follow a verb that the later parts of a breakdown leave out.
var gappedPreps = wordSet(`from on in for to by at through via`)

var (
	// copulas are the verbs the parts of a breakdown share.
	copulas = wordSet(`were are was is had have has`)
	// voteWords name the sides of a vote.
	voteWords = wordSet(`for against abstained abstaining abstention abstentions abstain voted yes no
		backed opposed supported spoiled spoilt`)
)

// commentAfter reports whether s, the words after the last part of a
// breakdown, are a label of at most n plain words, a comma and a comment
// that starts with a word, not a number or "and": ", finishing third",
// ", most of them franchised".
func commentAfter(s string, n int) bool {
	head, tail, ok := strings.Cut(s, ",")
	if !ok || !filler(head, n) {
		return false
	}
	ws := words(tail)
	if len(ws) > 1 && ws[0] == "and" && (commentVerbs[ws[1]] || presentVerb(ws[1:])) {
		return true // ", and is attracting interest", ", and expects to reach 1,250"
	}
	w := firstWord(tail)
	return w != "" && w != "and" && w != "or" && !strings.ContainsAny(w, "0123456789")
}

// presentVerb reports whether ws opens with a verb in the present tense
// and its complement, not a part of a list: "expects to", "plans to",
// "hopes to", "needs a" (a word in -s before "to", "a", "the" or "its").
func presentVerb(ws []string) bool {
	if len(ws) < 2 || len(ws[0]) < 4 || !strings.HasSuffix(ws[0], "s") || strings.HasSuffix(ws[0], "ss") {
		return false
	}
	switch ws[1] {
	case "to", "a", "an", "the", "its", "their", "his", "her", "that":
		return true
	}
	return false
}

// commentVerbs follow the "and" of a comment after a breakdown, not a
// further part: ", and is attracting interest".
var commentVerbs = wordSet(`is was are were has had have will would could can may might must should now also`)

// splitJoin splits the words between two parts at the comma or "and" that
// joins them: " are women and " is "are women", "and", "". With lastComma
// the join is the last comma when there is one, so that a part's own
// "and" stays in its words ("140 glass and amber beads, 51 …").
func splitJoin(gap string, lastComma bool) (post, join, rest string, ok bool) {
	padded := " " + gap + " "
	if i := strings.Index(padded, " and "); i >= 0 && !strings.Contains(padded[:i], ",") && !(lastComma && strings.Contains(gap, ",")) {
		return strings.TrimSpace(padded[:i]), "and", strings.TrimSpace(padded[i+len(" and "):]), true
	}
	i := strings.Index(gap, ",")
	if lastComma {
		i = strings.LastIndex(gap, ",")
	}
	if i >= 0 {
		rest := strings.TrimSpace(gap[i+1:])
		if r, ok := strings.CutPrefix(rest, "and "); ok || rest == "and" {
			return gap[:i], "and", r, true
		}
		return gap[:i], ",", rest, true
	}
	return "", "", "", false
}

// fillerEnd reports whether the words after the last part are a plain
// label up to the end of the sentence: " are men.", " for C".
func fillerEnd(s string, n int) bool {
	s = strings.TrimRight(strings.TrimSpace(s), `.!?"')`)
	return filler(s, n)
}

// firstWord returns the first word of s, or "".
func firstWord(s string) string {
	ws := words(s)
	if len(ws) == 0 {
		return ""
	}
	return ws[0]
}

// checkParts reports parts that add up to more than their whole, or to
// less when a remainder ("others") is among them.
//
// sev is the severity of parts that exceed the whole; parts short of it
// are a warning, reported only when a remainder is among them or the
// words before the list state their number (complete).
func (a *analysis) checkParts(whole *figure, parts []*figure, sev factcheck.Severity, complete bool) {
	short, ok := partsOff(whole, parts)
	if !ok {
		return
	}
	if short {
		last := parts[len(parts)-1]
		if !complete && !remainder.MatchString(last.after) && !remainder.MatchString(last.before) {
			return // the list may leave some out
		}
		sev = warningSev
	}
	a.reportParts(sev, whole, parts)
}

// partsOff reports whether parts of the whole's unit cannot make it (ok),
// and whether they make less (short) rather than more. Whole numbers of
// things, stated to the unit, are exact; other figures count with the
// precision they were written to.
func partsOff(whole *figure, parts []*figure) (short, ok bool) {
	var lo, hi, sum float64
	exact := whole.count()
	for _, p := range parts {
		if !compatible(whole, p) {
			return false, false
		}
		lo, hi, sum = lo+p.lo, hi+p.hi, sum+p.amount()
		exact = exact && p.count()
	}
	wlo, whi := whole.lo, whole.hi
	if exact {
		lo, hi, wlo, whi = sum, sum, whole.amount(), whole.amount()
	}
	if overlaps(lo, hi, wlo, whi) {
		return false, false
	}
	return hi < wlo, true
}

// reportParts reports parts that do not make their whole: "140 beads, 51
// coins and 16 rings make 207, not the 212 stated".
func (a *analysis) reportParts(sev factcheck.Severity, whole *figure, parts []*figure) {
	var sum float64
	names := make([]string, len(parts))
	for i, p := range parts {
		names[i] = p.text()
		sum += p.amount()
	}
	list := strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	// The sum is written as finely as the finest part: £6m, £4.5m and £2m
	// make £12.5m, not "£12m".
	like := parts[0]
	for _, p := range parts[1:] {
		if decimals(p.text()) > decimals(like.text()) {
			like = p
		}
	}
	a.report(sev, append([]*figure{whole}, parts...), "%s make %s, not the %s stated", list, fmtLike(sum, like), fmtLike(whole.amount(), whole))
}

var (
	// restJoin is the gap before the last part of a complete list, after
	// the label of the part before: " from network rail, with the
	// remaining ", " and the rest, ".
	restJoin = regexp.MustCompile(`^(.*?)(?:,\s*|\s+)(?:with|and|while|whereas)\s+the\s+(?:remaining|rest|remainder|balance)(?:\s+of\s+(?:the\s+)?(?:money|funding|funds|cost|costs|it|sum|total|bill|budget))?\s*,?\s*(?:of\s+)?$`)
	// partJoin is the gap between two parts before the last: " from a, ",
	// " from a and ".
	partJoin = regexp.MustCompile(`^(.*?)(?:,|,?\s+and)\s*$`)
	// totalLead ends the words before a total that parts joined by "the
	// remaining" make up: "The ", "a total of ", "costs ".
	totalLead = regexp.MustCompile(`(?:^|[^a-z'-])(?:the|a|an|its|their|this|total of|costs?|costing|totall?ing|worth)\s*$`)
	// clauseBreak separates a total from parts that are not its own.
	clauseBreak = regexp.MustCompile(`[;:()]|\b(?:but|while|whereas|although|though|however|after|before|compared)\b`)
)

// findRest finds a total followed by parts the last of which is "the
// remaining" one, which makes the list complete: "The £48m project is
// being paid for with £30m from Network Rail, with the remaining £12m
// coming from the council". The total is the figure right before the
// parts, written as the thing's amount ("the £48m project", "costs £48m").
func (a *analysis) findRest(s *sent) {
	figs := s.figs
	for i := 2; i < len(figs); i++ {
		last := figs[i]
		m := restJoin.FindStringSubmatch(last.before)
		if m == nil || !filler(m[1], 6) {
			continue
		}
		// The parts before the last, joined by commas or "and".
		k := i - 1
		for k > 1 && i-k < 8 { // a few parts: the walk stays linear
			j := partJoin.FindStringSubmatch(figs[k].before)
			if j == nil || !filler(j[1], 6) || !compatible(figs[k-1], last) {
				break
			}
			k--
		}
		total := figs[k-1]
		parts := figs[k : i+1]
		if !compatible(total, last) || total.m.Value.Cmp != 0 || !totalLead.MatchString(total.before) {
			continue
		}
		if clauseBreak.MatchString(figs[k].before) || figs[k].m.Span.Start-total.m.Span.End > gapLimit {
			continue
		}
		if i+1 < len(figs) && compatible(figs[i+1], last) {
			continue // more amounts after the list: not plainly its end
		}
		rest := " " + strings.Join(words(norm(a.text[figs[k].m.Span.Start:s.end])), " ") + " "
		doubt := false
		for _, d := range partsDoubt {
			doubt = doubt || strings.Contains(rest, " "+d+" ")
		}
		ok := !doubt
		for _, p := range parts {
			ok = ok && p.class == classAmount && p.m.Value.Cmp == 0 && compatible(p, total)
		}
		if ok {
			a.checkParts(total, parts, errorSev, true)
		}
	}
}
