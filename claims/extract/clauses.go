package extract

import (
	"strings"

	"github.com/veracity-go/veracity/claims/extract/text"
)

// A clause is a range of tokens [first, last) inside one sentence, without
// the conjunction that introduced it or its final punctuation.
type clause struct {
	first, last int
	sent        int
	// rel is set for a relative clause ("which in 2023 issued …"), whose
	// antecedent ends at token ante (exclusive), before its comma.
	rel  bool
	ante int
}

// Words that join two clauses in contrast or concession.
var (
	contrastJoints = words(`but however although though whereas yet while`)
	// leadingSubordinators open a sentence whose first clause ends at the
	// first comma: "Although X, Y".
	leadingSubordinators = words(`although though while whereas despite even`)
	// leadingDiscourse are dropped from the start of a clause.
	leadingDiscourse = words(`but however although though whereas yet while and so besides despite even
		meanwhile moreover furthermore also still ultimately nevertheless nonetheless instead`)
)

// clauses splits every sentence into clauses at contrastive and concessive
// joints: "Although X, Y", "X, but Y", "X; Y", "X, however, Y".
func (d *doc) clauses() {
	for si, s := range d.sents {
		start := s.first
		relAt := -1 // the comma before the relative clause being read
		emit := func(end int) {
			n := len(d.clauseList)
			d.addClause(start, end, si)
			if relAt >= 0 && len(d.clauseList) > n {
				d.clauseList[n].rel, d.clauseList[n].ante = true, relAt
			}
			relAt = -1
		}
		depth := 0 // inside quotes
		first := s.first
		for first < s.last && d.toks[first].Kind == text.Punct && d.f(first) == "\"" {
			first++
		}
		lead := first < s.last && d.in(leadingSubordinators, first)
		// closeRel is set inside a relative clause that interrupts its
		// main clause ("For Putin, who has been isolated since the
		// invasion, the meeting is…"): the next comma ends it.
		closeRel := false
		for i := s.first; i < s.last; i++ {
			f := d.f(i)
			if d.toks[i].Kind != text.Punct {
				if depth == 0 && i > start+1 && d.subordinator(i, s.last) {
					emit(i)
					start = i
					closeRel = false
				}
				continue
			}
			switch f {
			case "\"":
				depth ^= 1
			case ";":
				emit(i)
				start = i + 1
				lead, closeRel = false, false
			case ",":
				if lead && depth == 0 {
					emit(i)
					start = i + 1
					lead = false
					continue
				}
				if i+1 < s.last && d.in(contrastJoints, i+1) && d.f(i+1) != "while" {
					emit(i)
					start = i + 1
					closeRel = false
					continue
				}
				if depth == 0 && i+1 < s.last && d.in(relativeWords, i+1) && i > start {
					interrupts := !d.hasVerb(start, i)
					emit(i)
					relAt = i
					start = i + 1
					closeRel = interrupts
					continue
				}
				if closeRel && depth == 0 {
					emit(i)
					start = i + 1
					closeRel = false
				}
			}
		}
		emit(s.last)
	}
}

// Words that open a clause of their own: relative pronouns after a comma
// ("…, which in 2023 issued a warrant"), and subordinators whose clause
// keeps its own modality ("not required to arrest him since it is not a
// member").
var (
	relativeWords = words(`which who whom whose where when`)
	// verbLike are auxiliaries and common verbs, evidence that a stretch
	// of text holds a verb and is a clause rather than a noun phrase.
	verbLike = words(`is are was were be been am has have had will would can could may might shall
		should must does do did wants want sees see says say makes make gets get thinks think`)
	subjectPronouns = words(`it he she they we i you there`)
)

// subordinator reports whether the word at token i opens a subordinate
// clause: "because" (not "because of"), and "since" before a pronoun or a
// determiner (a clause: "since it is not a member") rather than a time or
// an event ("since 2015", "since the invasion").
func (d *doc) subordinator(i, limit int) bool {
	if d.toks[i].Kind != text.Word || i+1 >= limit {
		return false
	}
	next := d.f(i + 1)
	switch d.f(i) {
	case "because":
		return next != "of"
	case "since":
		return d.in(subjectPronouns, i+1)
	}
	return false
}

// hasVerb reports whether tokens [first, last) hold a verb, by auxiliaries,
// speech verbs, common past forms and "-ed" words (not after a
// determiner).
func (d *doc) hasVerb(first, last int) bool {
	if last-first > 40 {
		return true // too long for a noun phrase; and the scan stays short
	}
	for i := first; i < last; i++ {
		if d.toks[i].Kind != text.Word {
			continue
		}
		w := d.f(i)
		if d.in(verbLike, i) || d.in(speechVerbs, i) || d.in(pastCues, i) && w != "last" && w != "earlier" ||
			len(w) > 4 && strings.HasSuffix(w, "ed") && !d.in(notPastEd, i) && !d.toks[i].Has(text.Cap) && !(i > first && d.in(determiners, i-1)) {
			return true
		}
	}
	return false
}

// determiners before an "-ed" word make it an adjective, not a verb: "a
// televised debate", "the delayed final".
var determiners = words(`a an the this that these those its their his her our your`)

// addClause adds the clause of tokens [first, last), trimmed of leading
// conjunctions and punctuation and of final punctuation.
func (d *doc) addClause(first, last, sent int) {
	for first < last {
		t := d.toks[first]
		f := d.f(first)
		if t.Kind == text.Punct && (f == "," || f == ";" || f == ":" || f == "-") ||
			t.Kind == text.Word && leadingDiscourse.has(f) && first+1 < last && !(d.toks[first+1].Glued() && (d.toks[first+1].Kind == text.Word || d.f(first+1) == "-")) {
			if f == "even" && first+1 < last && d.f(first+1) != "though" && d.f(first+1) != "if" {
				break
			}
			first++
			continue
		}
		break
	}
	for last > first {
		f := d.f(last - 1)
		if d.toks[last-1].Kind == text.Punct && (isTerminal(f) || f == "," || f == ";" || f == ":" || f == "-") {
			last--
			continue
		}
		break
	}
	// Drop an unbalanced quote mark at either edge.
	quotes := 0
	for i := first; i < last; i++ {
		if d.f(i) == "\"" {
			quotes++
		}
	}
	if quotes%2 == 1 {
		if d.f(first) == "\"" {
			first++
		} else if last > first && d.f(last-1) == "\"" {
			last--
		}
	}
	if last > first {
		d.clauseList = append(d.clauseList, clause{first: first, last: last, sent: sent})
	}
}

// clauseAt returns the index of the clause holding token i, or -1.
func (d *doc) clauseAt(i int) int {
	if i < 0 || i >= len(d.tokClause) {
		return -1
	}
	return int(d.tokClause[i])
}

// indexClauses records, for every token, its clause.
func (d *doc) indexClauses(buf []int32) {
	d.tokClause = int32s(buf, len(d.toks), -1)
	for ci, c := range d.clauseList {
		for i := c.first; i < c.last; i++ {
			d.tokClause[i] = int32(ci)
		}
	}
	// Tokens trimmed off a clause belong to the nearest clause of their
	// sentence, so tense and modality still apply to them.
	for si, s := range d.sents {
		cur := int32(-1)
		for i := s.first; i < s.last; i++ {
			if d.tokClause[i] >= 0 {
				cur = d.tokClause[i]
			} else if cur >= 0 && int(d.clauseList[cur].sent) == si {
				d.tokClause[i] = cur
			}
		}
		cur = -1
		for i := s.last - 1; i >= s.first; i-- {
			if d.tokClause[i] >= 0 {
				cur = d.tokClause[i]
			} else if cur >= 0 {
				d.tokClause[i] = cur
			}
		}
	}
}
