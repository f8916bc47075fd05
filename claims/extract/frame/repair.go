package frame

import (
	"strings"

	"github.com/veracity-go/veracity/claims/extract/syntax"
)

// Mends of the parse. Each repair* function below mends one kind of
// mistake the statistical parser makes that the frame layer would
// misread, and changes no parse that Universal Dependencies calls right;
// repair runs them all before a Tree is indexed.

// repair mends the parse's known mistakes (the repair* functions below).
// A repair that left a word its own ancestor would send every walk up the
// heads round for ever: if the mended tree has a cycle, the parse is
// restored as it was.
func repair(d *syntax.Doc) {
	head := append([]int32(nil), d.Head...)
	rel := append([]syntax.Rel(nil), d.Rel...)
	repairAppositions(d)
	repairYetTo(d)
	repairReportingTails(d)
	repairUpTo(d)
	repairZeroRelatives(d)
	repairGluedTimes(d)
	repairPossessives(d)
	repairCoordinatedClauses(d)
	repairHyphenModifiers(d)
	repairBarePossessors(d)
	repairPastTense(d)
	repairFreeRelativeSubjects(d)
	repairQuestionSubjects(d)
	repairStrandedComplements(d)
	if hasCycle(d) {
		copy(d.Head, head)
		copy(d.Rel, rel)
	}
}

// hasCycle reports whether some word of d is its own ancestor. Each word
// is visited once: linear in the words.
func hasCycle(d *syntax.Doc) bool {
	const (
		unseen = iota
		onPath
		done
	)
	state := make([]uint8, d.Len())
	for i := range state {
		if state[i] != unseen {
			continue
		}
		// Walk up, marking the path, until a word seen before or the root.
		j := i
		for j >= 0 && j < len(state) && state[j] == unseen {
			state[j] = onPath
			j = int(d.Head[j])
		}
		if j >= 0 && j < len(state) && state[j] == onPath {
			return true
		}
		for k := i; k >= 0 && k < len(state) && state[k] == onPath; k = int(d.Head[k]) {
			state[k] = done
		}
	}
	return false
}

// repairAppositions mends a parse that gives one predicate two subjects,
// a role noun and a name. No predicate has two nominal subjects in
// Universal Dependencies, so the repair changes no right parse. A name
// set off by commas after the role is its apposition ("The minister, Sara
// Holt, will open the conference"); a role right before the name is a
// compound of it ("Labour leader Ann Reid will resign").
func repairAppositions(d *syntax.Doc) {
	n := d.Len()
	for i := 0; i+2 < n; i++ {
		if d.Word(i+1) != "," || d.Rel[i] != syntax.RelNsubj && !describedNoun(d, i) {
			continue
		}
		j := i + 2
		if d.Rel[j] != syntax.RelNsubj || d.Head[j] != d.Head[i] || d.UPOS[j] != syntax.PROPN {
			continue
		}
		// The name ends at a comma before the predicate's words.
		k := j + 1
		for k < n && d.Head[k] == int32(j) && d.Word(k) != "," {
			k++
		}
		if k >= n || d.Word(k) != "," {
			continue
		}
		d.Head[j], d.Rel[j] = int32(i), syntax.RelAppos
		d.Rel[i] = syntax.RelNsubj
		d.Head[k] = int32(i)
	}
	// A title the parse gives the name's place ("Ms" and "Pryce" both
	// subjects of "raised"): a part of the name.
	for i := 0; i+1 < n; i++ {
		if !titles[strings.ToLower(strings.TrimSuffix(d.Word(i), "."))] || d.UPOS[i+1] != syntax.PROPN ||
			d.Head[i] != d.Head[i+1] || d.Rel[i] != d.Rel[i+1] {
			continue
		}
		d.Head[i], d.Rel[i] = int32(i+1), syntax.RelCompound
	}
	// A role noun right before the name: a compound of the name's last
	// word, as in "Culture minister Sara Holt".
	for i := 0; i+1 < n; i++ {
		if w := d.Word(i); d.Rel[i] != syntax.RelNsubj || d.UPOS[i] != syntax.NOUN || d.UPOS[i+1] != syntax.PROPN ||
			w == "" || w[0] < 'a' || w[0] > 'z' {
			continue // (a capitalized "noun" is more often a name the tagger missed: "Miriam Okafor")
		}
		j := i + 1 // the name runs to its head, the predicate's other subject
		for j < n && d.UPOS[j] == syntax.PROPN && d.Rel[j] != syntax.RelNsubj {
			j++
		}
		if j >= n || d.Rel[j] != syntax.RelNsubj || d.Head[j] != d.Head[i] || d.UPOS[j] != syntax.PROPN {
			continue
		}
		d.Head[i], d.Rel[i] = int32(j), syntax.RelCompound
	}
}

// describedNoun reports whether word i is a noun with a determiner or a
// possessor, taken by the parse for an oblique or left unattached ("The
// minister, Sara Holt, will …" with "minister" an oblique): a
// description that may stand in apposition to a name.
func describedNoun(d *syntax.Doc, i int) bool {
	if d.UPOS[i] != syntax.NOUN {
		return false
	}
	switch d.Rel[i].Universal().String() {
	case "obl", "dep", "nmod":
	default:
		return false
	}
	for k := i - 1; k >= 0 && i-k <= 4; k-- {
		if int(d.Head[k]) == i && (d.Rel[k] == syntax.RelDet || d.Rel[k].String() == "nmod:poss") {
			return true
		}
	}
	return false
}

// repairYetTo mends "has yet to V", "is still to V", whose infinitive the
// parser may hang as an adverbial clause ("had yet to decide where the
// station would relocate"): it is the complement of "have", "be" or
// "remain", as in Universal Dependencies, so that the clause is read as
// one predicate not yet done.
func repairYetTo(d *syntax.Doc) {
	advcl, _ := syntax.ParseRel("advcl")
	for c := 0; c < d.Len(); c++ {
		h := int(d.Head[c])
		if d.Rel[c] != advcl || h < 0 || h >= c || c-h > 5 {
			continue
		}
		switch strings.ToLower(d.Lemma[h]) {
		case "have", "be", "remain":
		default:
			continue
		}
		to, yet := false, false
		for k := h + 1; k < c; k++ {
			switch strings.ToLower(d.Word(k)) {
			case "to":
				to = to || int(d.Head[k]) == c && d.Rel[k] == syntax.RelMark
			case "yet", "still":
				yet = yet || int(d.Head[k]) == h
			}
		}
		if to && yet {
			d.Rel[c] = syntax.RelXcomp
		}
	}
	// The infinitive hung elsewhere ("A date … has yet to be fixed, the
	// Crown Prosecution Service said" with "fixed" on "said"): it is the
	// complement of the "has" before it.
	for c := 0; c < d.Len(); c++ {
		h := int(d.Head[c])
		if d.UPOS[c] != syntax.VERB || h >= 0 && h > c-3 && h < c || d.Rel[c] == syntax.RelXcomp {
			continue
		}
		to, yet, have := -1, -1, -1
		for k := c - 1; k >= 0 && k >= c-5; k-- {
			switch w := strings.ToLower(d.Word(k)); {
			case w == "to" && int(d.Head[k]) == c && to < 0:
				to = k
			case (w == "yet" || w == "still") && to >= 0 && yet < 0:
				yet = k
			case yet >= 0 && have < 0:
				switch strings.ToLower(d.Lemma[k]) {
				case "have", "be", "remain":
					have = k
				}
			}
		}
		if have < 0 || have+1 != yet || h < 0 && int(d.Head[have]) != c {
			continue // (a root infinitive is mended only with its "has")
		}
		if int(d.Head[have]) == c {
			// "has" hung on the infinitive as its auxiliary (a parse
			// that reads "has yet to be counted" as one verb, as it may
			// when the subject is a clause): "has" takes its place, with
			// the words before it, and the infinitive is its complement.
			if d.Rel[have].Universal() != syntax.RelAux {
				continue
			}
			d.Head[have], d.Rel[have] = d.Head[c], d.Rel[c]
			for k := 0; k < d.Len(); k++ {
				if int(d.Head[k]) == c && (k < have || k > c && d.UPOS[k] == syntax.PUNCT) {
					d.Head[k] = int32(have)
				}
			}
			if d.Head[have] < 0 {
				d.Rel[have], _ = syntax.ParseRel("root")
			}
			if int(d.Head[yet]) == c {
				d.Head[yet] = int32(have)
			}
		}
		d.Head[c], d.Rel[c] = int32(have), syntax.RelXcomp
	}
}

// repairReportingTails mends a clause of saying set after what was said
// ("The clinic will open on 4 May, the trust said.") that the parse hangs
// on the clause before as a nominal dependent, an oblique or a modifier,
// with words of that clause under it. In Universal Dependencies such a
// clause is a parataxis of the one it reports, and the words before its
// comma belong to the reported clause.
func repairReportingTails(d *syntax.Doc) {
	parataxis, _ := syntax.ParseRel("parataxis")
	dep, _ := syntax.ParseRel("dep")
	for v := 0; v < d.Len(); v++ {
		h := int(d.Head[v])
		if h < 0 || h >= v || d.UPOS[v] != syntax.VERB || !reportVerbs[strings.ToLower(d.Lemma[v])] {
			continue
		}
		switch d.Rel[v].Universal() {
		case syntax.RelObl, syntax.RelNmod, syntax.RelObj, syntax.RelNsubj, syntax.RelAppos, syntax.RelCompound, syntax.RelAmod, dep:
		default:
			continue
		}
		// The clause of saying is a comma, its subject and the verb.
		comma, subj := -1, -1
		for k := v - 1; k > h && v-k <= 6; k-- {
			if int(d.Head[k]) == v && d.Rel[k].Universal() == syntax.RelNsubj {
				subj = k
			}
			if d.Word(k) == "," {
				comma = k
				break
			}
		}
		if comma < 0 || subj < comma {
			continue
		}
		d.Rel[v] = parataxis
		for k := int(d.SentenceOf(v).Start); k < comma; k++ {
			if int(d.Head[k]) == v {
				d.Head[k] = int32(h)
			}
		}
	}
}

// repairUpTo mends "cut up to 180 jobs" parsed as the verb "cut up" with
// an oblique "to 180 jobs": "up to" before a number bounds the number
// (in Universal Dependencies "up" is its advmod and "to" fixed to it),
// and the noun counted is the verb's object when the verb has none.
func repairUpTo(d *syntax.Doc) {
	fixed, _ := syntax.ParseRel("fixed")
	for u := 0; u+2 < d.Len(); u++ {
		to := u + 1
		if !strings.EqualFold(d.Word(u), "up") || !strings.EqualFold(d.Word(to), "to") {
			continue
		}
		num := to + 1
		if d.UPOS[num] == syntax.SYM && num+1 < d.Len() {
			num++ // "up to £40m"
		}
		if d.UPOS[num] != syntax.NUM {
			continue
		}
		n := int(d.Head[to]) // the noun "to" was taken to mark
		if d.Rel[to] != syntax.RelCase || n < num {
			continue
		}
		v := int(d.Head[n])
		d.Head[u], d.Rel[u] = int32(num), syntax.RelAdvmod
		d.Head[to], d.Rel[to] = int32(u), fixed
		if v >= 0 && d.UPOS[v] == syntax.VERB && d.Rel[n].Universal() == syntax.RelObl && !hasKid(d, v, syntax.RelObj) {
			d.Rel[n] = syntax.RelObj
		}
	}
}

// hasKid reports whether word h has a dependent of universal relation r
// within 32 words of it, for repairs before the tree is indexed (bounded,
// so that a sentence of many repairs stays linear).
func hasKid(d *syntax.Doc, h int, r syntax.Rel) bool {
	s := d.SentenceOf(h)
	for k := max(int(s.Start), h-32); k < min(int(s.End), h+33); k++ {
		if int(d.Head[k]) == h && d.Rel[k].Universal() == r {
			return true
		}
	}
	return false
}

// repairZeroRelatives mends a clause reported by a verb of saying that the
// parse hangs on its subject as a relative clause ("said no date had yet
// been fixed", with "date" the object of "said" and "had been fixed" a
// relative clause on it). A relative clause with neither a relative
// pronoun nor a subject of its own must have its gap in the subject, and
// so a relative pronoun; one with an auxiliary right after the noun is
// the complement, and the noun its subject.
func repairZeroRelatives(d *syntax.Doc) {
	relcl, _ := syntax.ParseRel("acl:relcl")
	nsubjPass, _ := syntax.ParseRel("nsubj:pass")
	auxPass, _ := syntax.ParseRel("aux:pass")
	for v := 0; v < d.Len(); v++ {
		n := int(d.Head[v])
		if d.Rel[v] != relcl || n < 0 || n >= v || d.Rel[n] != syntax.RelObj {
			continue
		}
		h := int(d.Head[n])
		if h < 0 || d.UPOS[h] != syntax.VERB || !reportVerbs[strings.ToLower(d.Lemma[h])] {
			continue
		}
		// The clause's words before its verb: auxiliaries and adverbs
		// only, right after the noun's phrase.
		first, aux, pass := v, false, false
		for k := v - 1; k > n; k-- {
			if int(d.Head[k]) != v {
				break
			}
			switch {
			case d.Rel[k].Universal() == syntax.RelAux:
				aux = true
				pass = pass || d.Rel[k] == auxPass
			case d.Rel[k] == syntax.RelAdvmod:
			default:
				k = n // (a subject, a relative pronoun, a mark: not the case)
				aux = false
				continue
			}
			first = k
		}
		if !aux || !nounPhraseUpTo(d, n, first) {
			continue
		}
		d.Head[v], d.Rel[v] = int32(h), syntax.RelCcomp
		d.Head[n], d.Rel[n] = int32(v), syntax.RelNsubj
		if pass {
			d.Rel[n] = nsubjPass
		}
	}
}

// nounPhraseUpTo reports whether the words between noun n and word end
// all belong to n's phrase (each reaches n through its heads).
func nounPhraseUpTo(d *syntax.Doc, n, end int) bool {
	for j := n + 1; j < end; j++ {
		h, steps := int(d.Head[j]), 0
		for h >= 0 && h != n && h > n && h < end && steps < 8 {
			h, steps = int(d.Head[h]), steps+1
		}
		if h != n {
			return false
		}
	}
	return true
}

// repairGluedTimes mends a noun phrase and a time after it parsed as one
// phrase headed by the time ("would demolish the Fenwick Court tower next
// year" with "tower" a compound of "year"): the words before "next",
// "last" or "this" are a phrase of their own, headed by its last word,
// the verb's object when the verb has none, and the time its modifier.
func repairGluedTimes(d *syntax.Doc) {
	tmod, _ := syntax.ParseRel("obl:tmod")
	iobj, _ := syntax.ParseRel("iobj")
	for t := 2; t < d.Len(); t++ {
		m := t - 1
		if !timeNouns[strings.ToLower(d.Lemma[t])] || int(d.Head[m]) != t {
			continue
		}
		switch strings.ToLower(d.Word(m)) {
		case "next", "last", "this":
		default:
			continue
		}
		n := m - 1 // the other phrase's head
		if d.UPOS[n] != syntax.NOUN && d.UPOS[n] != syntax.PROPN {
			continue
		}
		if v := d.Head[t]; v >= 0 && d.Head[n] == v && d.Rel[n] == iobj && d.Rel[t].Universal() == syntax.RelObj {
			// "includes shutting the depot next spring" with "depot" an
			// indirect object and "spring" the object.
			d.Rel[n], d.Rel[t] = syntax.RelObj, tmod
			continue
		}
		if int(d.Head[n]) != t {
			continue
		}
		v := int(d.Head[t])
		for k := int(d.SentenceOf(t).Start); k < n; k++ {
			if int(d.Head[k]) == t {
				d.Head[k] = int32(n)
			}
		}
		d.Head[n], d.Rel[n] = int32(v), d.Rel[t]
		if v >= 0 && d.UPOS[v] == syntax.VERB && d.Rel[t].Universal() == syntax.RelObl && !hasKid(d, v, syntax.RelObj) {
			d.Rel[n] = syntax.RelObj
		}
		d.Head[t], d.Rel[t] = int32(v), tmod
		if v < 0 {
			d.Head[t] = int32(n)
		}
	}
}

// under reports whether word w hangs, directly or not, on a word of
// [first, last]; the walk up is bounded.
func under(d *syntax.Doc, w, first, last int) bool {
	for steps := 0; w >= 0 && steps < 64; steps++ {
		w = int(d.Head[w])
		if w >= first && w <= last {
			return true
		}
	}
	return false
}

// repairPossessives mends a possessor the parse takes for the head of its
// phrase ("sell the town's Grade II-listed Corn Exchange" with "town" the
// object and "Exchange" under "listed"; "the barracks' firing range …
// would remain open" with "barracks" the object of "said"). A noun with
// a possessive "'s", or a plural with a bare apostrophe, is the possessor
// of the last noun of the run of modifiers and nouns after it; that noun
// takes the phrase's place in the clause: the place of the word of the
// phrase hung outside it, the one before a verb after the phrase when two
// are (its subject), and what hung on the phrase's inner words from
// outside hangs on the clause.
func repairPossessives(d *syntax.Doc) {
	poss, _ := syntax.ParseRel("nmod:poss")
	nsubj := syntax.RelNsubj
	for x := 0; x+2 < d.Len(); x++ {
		m := x + 1
		if d.UPOS[x] != syntax.NOUN && d.UPOS[x] != syntax.PROPN || d.Rel[x] == poss || int(d.Head[m]) != x {
			continue // (a marker on another word: a name's head, "Mr" of "Mr Pyke's")
		}
		if w := d.Word(m); w != "'s" && w != "’s" && !(w == "'" || w == "’") || (w == "'" || w == "’") && !strings.HasSuffix(strings.ToLower(d.Word(x)), "s") {
			continue
		}
		s := d.SentenceOf(x)
		head := -1
		j := m + 1
		for ; j < int(s.End) && j <= m+8; j++ {
			u := d.UPOS[j]
			if u == syntax.NOUN || u == syntax.PROPN {
				head = j
				continue
			}
			if u == syntax.ADJ || u == syntax.NUM || d.Word(j) == "-" || u == syntax.VERB && (d.XPOS[j] == "VBN" || d.XPOS[j] == "VBG") {
				continue
			}
			break
		}
		if head < 0 || j > m+8 || head != j-1 {
			continue // (no noun closes the run)
		}
		in := func(k int) bool { return k >= x && k <= head }
		// The place of the phrase in its clause.
		ph, pr, found := -1, syntax.NoRel, false
		for k := x; k <= head; k++ {
			if h := int(d.Head[k]); !in(h) {
				if !found || h > head && (d.Rel[k].Universal() == syntax.RelNsubj || d.Rel[k].String() == "csubj") {
					ph, pr, found = h, d.Rel[k], true
				}
			}
		}
		if pr.String() == "csubj" {
			pr = nsubj
		}
		if ph == head || ph >= 0 && in(ph) || under(d, ph, x, head) {
			continue // (the place is inside the phrase's own subtree)
		}
		for k := x; k <= head; k++ {
			if k == head || d.Word(k) == "-" {
				continue
			}
			if h := int(d.Head[k]); !in(h) || h == x && k > m {
				switch d.UPOS[k] {
				case syntax.NOUN, syntax.PROPN:
					d.Head[k], d.Rel[k] = int32(head), syntax.RelCompound
				case syntax.PART, syntax.PUNCT:
					d.Head[k], d.Rel[k] = int32(x), syntax.RelCase
				default:
					d.Head[k], d.Rel[k] = int32(head), syntax.RelAmod
				}
			}
		}
		d.Head[x], d.Rel[x] = int32(head), poss
		d.Head[m], d.Rel[m] = int32(x), syntax.RelCase
		d.Head[head], d.Rel[head] = int32(ph), pr
		// What hung on the inner words from outside the phrase: on the clause.
		for k := int(s.Start); k < int(s.End); k++ {
			if h := int(d.Head[k]); k != ph && !in(k) && in(h) && h != head && h != x {
				d.Head[k] = int32(ph)
			}
		}
	}
}

// repairCoordinatedClauses mends two clauses joined by "and" that the
// parse reads as one verb's complement: in "after it failed its final
// test and a bracket had to be replaced" it makes "its final test and a
// bracket" the subject of "had", a clause "failed" takes without "that".
// A verb takes such a clause only when it says, thinks or finds
// ([bareclause]); any other verb with no object of its own takes the
// first noun as its object, and the second clause is the first's conjunct.
func repairCoordinatedClauses(d *syntax.Doc) {
	cc, _ := syntax.ParseRel("cc")
	for c := 0; c < d.Len(); c++ {
		h := int(d.Head[c])
		if d.Rel[c] != syntax.RelCcomp || h < 0 || h >= c || c-h > 30 || d.UPOS[h] != syntax.VERB ||
			bareClauses[strings.ToLower(d.Lemma[h])] {
			continue
		}
		subj, second, and, free := -1, -1, -1, true
		for k := h + 1; k < c; k++ {
			switch {
			case int(d.Head[k]) == h && d.Rel[k] == syntax.RelObj:
				free = false
			case int(d.Head[k]) == c && d.Rel[k] == syntax.RelMark:
				free = false
			case int(d.Head[k]) == c && d.Rel[k].Universal() == syntax.RelNsubj:
				subj = k
			}
		}
		if !free || subj < 0 || subj < h {
			continue
		}
		for k := subj + 1; k < c; k++ {
			if int(d.Head[k]) == subj && d.Rel[k] == syntax.RelConj && (d.UPOS[k] == syntax.NOUN || d.UPOS[k] == syntax.PROPN) {
				second = k
			}
		}
		if second < 0 {
			continue
		}
		for k := subj + 1; k < second; k++ {
			if int(d.Head[k]) == second && d.Rel[k] == cc {
				and = k
			}
		}
		if and < 0 {
			continue
		}
		d.Head[subj], d.Rel[subj] = int32(h), syntax.RelObj
		d.Head[second], d.Rel[second] = int32(c), syntax.RelNsubj
		d.Head[c], d.Rel[c] = int32(h), syntax.RelConj
		d.Head[and] = int32(c)
	}
}

// repairHyphenModifiers mends a hyphened modifier the parse splits at its
// hyphen ("sell the town's Grade II-listed Corn Exchange" read as "sell
// Grade II" and "listed Corn Exchange"): a participle written against a
// hyphen, with the object the words before the hyphen should modify, is a
// modifier of that object, and the object takes the phrase's place,
// with the phrase's determiner or possessor; what else hung on the
// participle after its object is the verb's ("to a developer").
func repairHyphenModifiers(d *syntax.Doc) {
	if d.Form != nil {
		return // words of a CoNLL-U file have no spans to be written against
	}
	punct, _ := syntax.ParseRel("punct")
	obl, _ := syntax.ParseRel("obl")
	for p := 2; p+1 < d.Len(); p++ {
		dash := p - 1
		if d.XPOS[p] != "VBN" || d.Word(dash) != "-" || d.End[dash] != d.Start[p] || d.End[dash-1] != d.Start[dash] {
			continue
		}
		// The phrase before the hyphen: its top word, a sibling of the
		// participle with the same head.
		g := dash - 1
		for g >= 0 && d.Head[g] >= 0 && int(d.Head[g]) < dash && int(d.Head[g]) != int(d.Head[p]) {
			g = int(d.Head[g])
		}
		h := int(d.Head[p])
		if g < 0 || h < 0 || int(d.Head[g]) != h || g >= p {
			continue
		}
		obj := -1
		for k := p + 1; k < d.Len() && k <= p+6 && int(d.Head[k]) != -1; k++ {
			if int(d.Head[k]) == p && d.Rel[k] == syntax.RelObj && (d.UPOS[k] == syntax.NOUN || d.UPOS[k] == syntax.PROPN) {
				obj = k
				break
			}
		}
		if obj < 0 {
			continue
		}
		d.Head[obj], d.Rel[obj] = int32(h), d.Rel[g]
		for k := max(g-4, 0); k < g; k++ {
			if int(d.Head[k]) == g && (d.Rel[k] == syntax.RelDet || d.Rel[k].String() == "nmod:poss") {
				d.Head[k] = int32(obj) // "the town's" is the object's
			}
		}
		for k := obj + 1; k < d.Len() && k <= obj+12 && d.Head[k] >= 0; k++ {
			if int(d.Head[k]) == p {
				d.Head[k] = int32(h) // "to a developer" is the verb's
			}
		}
		d.Head[p], d.Rel[p] = int32(obj), syntax.RelAmod
		d.Head[g], d.Rel[g] = int32(p), obl
		d.Head[dash], d.Rel[dash] = int32(p), punct
	}
}

// repairBarePossessors mends a noun the parse takes for a possessor with
// no possessive mark ("the front counters at Hadley police stations would
// close" with "counters" the possessor of "stations"): in Universal
// Dependencies a possessor noun has its "'s" or apostrophe, so the noun
// is the head of the phrase, in the place of the noun it was hung on,
// which becomes its modifier.
func repairBarePossessors(d *syntax.Doc) {
	poss, _ := syntax.ParseRel("nmod:poss")
	for n := 0; n < d.Len(); n++ {
		h := int(d.Head[n])
		if d.Rel[n] != poss || h <= n || d.UPOS[n] != syntax.NOUN || d.UPOS[h] != syntax.NOUN || h-n > 10 {
			continue
		}
		marked := false
		for k := n + 1; k <= h && !marked; k++ {
			switch d.Word(k) {
			case "'s", "’s", "'", "’", "s'", "s’":
				marked = int(d.Head[k]) == n || k == n+1
			}
		}
		if marked || strings.HasSuffix(d.Word(n), "'") || strings.HasSuffix(d.Word(n), "’") {
			continue
		}
		d.Head[n], d.Rel[n] = d.Head[h], d.Rel[h]
		d.Head[h], d.Rel[h] = int32(n), syntax.RelNmod
	}
}

// repairPastTense mends a past tense the tagger took for a participle
// ("The council granted planning permission", "granted" VBN): a verb
// with a subject of its own and no auxiliary or copula is finite, so its
// -ed form is the past tense. In UD English EWT train, 2 of 1,455 such
// verbs heading a sentence are participles (VBN), and none of the 1,600
// heading other clauses.
func repairPastTense(d *syntax.Doc) {
	for i := range d.Len() {
		if d.XPOS[i] != "VBN" {
			continue
		}
		subject, finite := false, false
		s := d.SentenceOf(i)
		for k := max(int(s.Start), i-32); k < min(int(s.End), i+33); k++ {
			if int(d.Head[k]) != i {
				continue
			}
			switch u := d.Rel[k]; {
			case u == syntax.RelNsubj: // (not nsubj:pass)
				subject = true
			case u.Universal() == syntax.RelAux || u.Universal() == syntax.RelCop:
				finite = true
			}
		}
		if subject && !finite {
			d.XPOS[i] = "VBD"
		}
	}
}

// repairFreeRelativeSubjects mends a sentence whose subject is a clause
// of "what" that the parse reads as the main clause: "What caused the
// fire is still unknown" with "caused" the root and "the fire is still
// unknown" its complement. In Universal Dependencies the clause is the
// subject (csubj) of "unknown", and "the fire" the object of "caused".
// Only a "what" right before its verb, whose complement has its subject
// between that verb and the complement, is mended.
func repairFreeRelativeSubjects(d *syntax.Doc) {
	ccomp, _ := syntax.ParseRel("ccomp")
	csubj, _ := syntax.ParseRel("csubj")
	root, _ := syntax.ParseRel("root")
	for _, s := range d.Sents {
		for w := int(s.Start); w+3 < int(s.End); w++ {
			if strings.EqualFold(d.Word(w), "what") && d.Rel[w] == syntax.RelNsubj {
				mendFreeRelative(d, s, w, ccomp, csubj, root)
			}
		}
	}
}

// mendFreeRelative mends the clause of "what" at w in sentence s, for
// repairFreeRelativeSubjects.
func mendFreeRelative(d *syntax.Doc, s syntax.Range, w int, ccomp, csubj, root syntax.Rel) {
	v := int(d.Head[w])
	if v != w+1 || d.UPOS[v] != syntax.VERB {
		return
	}
	for c := v + 2; c < int(s.End); c++ {
		if int(d.Head[c]) != v || d.Rel[c] != ccomp {
			continue
		}
		n := -1
		for k := v + 1; k < c; k++ {
			if int(d.Head[k]) == c && d.Rel[k] == syntax.RelNsubj {
				n = k
			}
		}
		if n < 0 {
			break
		}
		// The complement takes the clause's place: the root, or the
		// complement of "said" in "He said that what sparked the
		// fire is still unknown".
		d.Head[n], d.Rel[n] = int32(v), syntax.RelObj
		d.Head[c], d.Rel[c] = d.Head[v], d.Rel[v]
		if d.Head[c] < 0 {
			d.Rel[c] = root
		}
		d.Head[v], d.Rel[v] = int32(c), csubj
		for k := int(s.Start); k < v; k++ {
			if int(d.Head[k]) == v && k != w { // "that" of the clause
				d.Head[k] = int32(c)
			}
		}
		for k := c + 1; k < int(s.End); k++ {
			if int(d.Head[k]) == v { // the full stop, and what follows
				d.Head[k] = int32(c)
			}
		}
		break
	}
}

// repairQuestionSubjects mends a sentence whose subject is a question
// clause ("how much the trust will receive", "whether schools open")
// that the parse reads as a complement: in "A spokesman said how much the
// trust will receive is not yet known" the parse may hang "known" on
// "receive", or "receive" on "known" as its complement. In Universal
// Dependencies the question is the subject (csubj, csubj:pass) of the
// predicate that says it is open. Only a clause opened by a question
// word, whose supposed complement follows it with no subject of its own
// and with an auxiliary or copula ("is not yet known", "has yet to be
// counted"), is mended.
func repairQuestionSubjects(d *syntax.Doc) {
	csubj, _ := syntax.ParseRel("csubj")
	csubjPass, _ := syntax.ParseRel("csubj:pass")
	ccomp, _ := syntax.ParseRel("ccomp")
	advcl, _ := syntax.ParseRel("advcl")
	root, _ := syntax.ParseRel("root")
	for _, s := range d.Sents {
		for v := int(s.Start); v < int(s.End); v++ {
			if d.UPOS[v] != syntax.VERB {
				continue
			}
			first := questionStart(d, s, v)
			if first < 0 {
				continue
			}
			// The predicate the question is the subject of: a complement
			// of v after it, or v's head after it, of which the parse
			// made v a complement or (but for "when" and "where", which
			// do open adverbial clauses) an adverbial clause.
			c := -1
			adverbial := d.Rel[v] == advcl && !strings.EqualFold(d.Word(first), "when") && !strings.EqualFold(d.Word(first), "where")
			if h := int(d.Head[v]); h > v && (d.Rel[v] == ccomp || adverbial) {
				c = h
			} else {
				for k := v + 1; k < int(s.End) && k < v+48; k++ {
					// (or, tensed, anything: "remains" of "whether the
					// school will reopen remains unclear" taken for an
					// object)
					if int(d.Head[k]) == v && (d.Rel[k] == ccomp || d.Rel[k] == advcl || d.UPOS[k] == syntax.VERB && tensed(d, k)) {
						c = k
						break
					}
				}
			}
			if c < 0 || !subjectless(d, s, c) {
				continue
			}
			rel := csubj
			for k := int(s.Start); k < c; k++ {
				if int(d.Head[k]) == c && d.Rel[k].String() == "aux:pass" {
					rel = csubjPass
				}
			}
			if int(d.Head[c]) == v {
				// "known" hung on "receive": it takes receive's place.
				d.Head[c], d.Rel[c] = d.Head[v], d.Rel[v]
				if d.Head[c] < 0 {
					d.Rel[c] = root
				}
				for k := c + 1; k < int(s.End); k++ {
					if int(d.Head[k]) == v { // the full stop
						d.Head[k] = int32(c)
					}
				}
			}
			d.Head[v], d.Rel[v] = int32(c), rel
			for k := int(s.Start); k < int(s.End); k++ {
				// "that" of "said that how much …", and what follows the
				// predicate ("unclear" of "remains unclear")
				if int(d.Head[k]) == v && (k < first || k > c) {
					d.Head[k] = int32(c)
				}
			}
		}
		for q := int(s.Start); q < int(s.End); q++ {
			if questionWords[strings.ToLower(d.Word(q))] && (q == int(s.Start) || clauseOpeners[strings.ToLower(d.Word(q-1))]) {
				mendReducedQuestion(d, s, q, csubj, csubjPass)
			}
		}
	}
}

// mendReducedQuestion mends the question at word q that the parse took
// for the subject noun of the predicate after it with its verb a reduced
// relative: "How much the sale raised has not been disclosed" with
// "sale" the subject of "disclosed" and "raised" its modifier. The verb
// becomes the predicate's clausal subject and the noun its own subject.
func mendReducedQuestion(d *syntax.Doc, s syntax.Range, q int, csubj, csubjPass syntax.Rel) {
	m := q
	for n := 0; n < 3 && m >= 0 && m < int(s.End) && (m == q || m < q+3); n++ {
		m = int(d.Head[m]) // "How" → "much" → the predicate
	}
	if m <= q || m >= int(s.End) {
		return
	}
	subj, verb := -1, -1
	for k := q + 1; k < m; k++ {
		switch {
		case int(d.Head[k]) == m && d.Rel[k].Universal() == syntax.RelNsubj && subj < 0:
			subj = k
		case subj >= 0 && int(d.Head[k]) == subj && d.Rel[k].Universal().String() == "acl" && d.UPOS[k] == syntax.VERB && k > subj:
			verb = k
		}
	}
	if verb < 0 {
		return
	}
	for k := verb + 1; k < m; k++ {
		if int(d.Head[k]) == m && d.Rel[k].Universal() != syntax.RelAux && d.Rel[k].Universal().String() != "advmod" {
			return // words of the predicate's own before it: not the shape
		}
	}
	rel := csubj
	for k := verb + 1; k < m; k++ {
		if int(d.Head[k]) == m && d.Rel[k].String() == "aux:pass" {
			rel = csubjPass
		}
	}
	d.Head[verb], d.Rel[verb] = int32(m), rel
	// The supposed subject is the question's: its subject ("the sale" of
	// "how much the sale raised"), or, when it has one, its object ("how
	// much" of "how much the trust will receive").
	subjRel := syntax.RelNsubj
	for k := subj + 1; k < verb; k++ {
		if int(d.Head[k]) == verb && d.Rel[k].Universal() == syntax.RelNsubj {
			subjRel = syntax.RelObj
		}
	}
	d.Head[subj], d.Rel[subj] = int32(verb), subjRel
	if d.XPOS[verb] == "VBN" {
		d.XPOS[verb] = "VBD" // "raised" of "the sale raised" is a past tense
	}
	for k := q; k < subj; k++ {
		if int(d.Head[k]) == m { // "much" of "how much"
			d.Head[k] = int32(verb)
		}
	}
}

// clauseOpeners may stand before a question clause's first word: "said
// that how much …", "so how much the trust will receive …".
var clauseOpeners = map[string]bool{"that": true, "so": true, "and": true, "but": true}

// questionWords open a clause that asks: "how much the trust will
// receive", "whether the school will close", "who will run the club".
var questionWords = map[string]bool{"how": true, "whether": true, "who": true, "what": true, "where": true,
	"when": true, "why": true, "which": true}

// questionStart returns the first word of verb v's clause when it is a
// question word that belongs to the clause ("how" of "how much the
// appeal brought in"), else -1. A "that" before it is not the clause's
// first word: "said that how much …".
func questionStart(d *syntax.Doc, s syntax.Range, v int) int {
	first := v
	for k := v - 1; k >= int(s.Start) && k >= v-12 && dominates(d, v, k); k-- {
		first = k
	}
	for first < v && clauseOpeners[strings.ToLower(d.Word(first))] {
		first++ // "said that how much …", "so how much the trust will receive …"
	}
	if first < v && questionWords[strings.ToLower(d.Word(first))] {
		return first
	}
	return -1
}

// dominates reports whether word a is an ancestor of word k (at most a
// sentence's depth away).
func dominates(d *syntax.Doc, a, k int) bool {
	for n := 0; k >= 0 && n < 64; n++ {
		k = int(d.Head[k])
		if k == a {
			return true
		}
	}
	return false
}

// subjectless reports whether predicate c has no subject of its own and
// an auxiliary or copula before it: "is not yet known", "has yet to be
// counted", "remains unclear" (a verb of staying, with no auxiliary).
func subjectless(d *syntax.Doc, s syntax.Range, c int) bool {
	aux := strings.EqualFold(d.Lemma[c], "remain")
	for k := int(s.Start); k < int(s.End); k++ {
		if int(d.Head[k]) != c {
			continue
		}
		switch d.Rel[k].Universal().String() {
		case "nsubj", "csubj", "expl":
			return false
		case "aux", "cop":
			aux = aux || k < c && tensed(d, k)
		case "xcomp": // "has yet to be counted", mended by repairYetTo
			aux = aux || (strings.EqualFold(d.Lemma[c], "have") || strings.EqualFold(d.Lemma[c], "be")) && tensed(d, c)
		}
	}
	return aux && (tensed(d, c) || !strings.EqualFold(d.Lemma[c], "remain"))
}

// tensed reports whether word k is a finite verb or auxiliary: "is",
// "has", "remains", "will" (not "being", "to be").
func tensed(d *syntax.Doc, k int) bool {
	switch d.XPOS[k] {
	case "VBZ", "VBD", "VBP", "MD":
		return true
	}
	return false
}

// repairStrandedComplements mends the complement of a verb of remaining
// that the parse hangs on a clause of saying after it: in "The cost of
// the repairs remains unknown, a spokeswoman said" with "unknown" a
// complement or modifier of "said", it is the complement (xcomp) of "remains", as
// in Universal Dependencies.
func repairStrandedComplements(d *syntax.Doc) {
	for v := 0; v+1 < d.Len(); v++ {
		switch strings.ToLower(d.Lemma[v]) {
		case "remain", "stay", "seem", "appear", "become":
		default:
			continue
		}
		k := v + 1
		h := int(d.Head[k])
		if d.UPOS[k] != syntax.ADJ || h <= k || !reportVerbs[strings.ToLower(d.Lemma[h])] {
			continue
		}
		has := false // (its dependents lie in its sentence: a bounded look)
		s := d.SentenceOf(v)
		for j := max(int(s.Start), v-64); j < min(int(s.End), v+64) && !has; j++ {
			has = int(d.Head[j]) == v && d.Rel[j] == syntax.RelXcomp
		}
		if !has {
			d.Head[k], d.Rel[k] = int32(v), syntax.RelXcomp
		}
	}
}
