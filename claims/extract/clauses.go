package extract

// A clause is a range of tokens [first, last) inside one sentence, without
// the conjunction that introduced it or its final punctuation.
type clause struct {
	first, last int
	sent        int
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
		emit := func(end int) {
			d.addClause(start, end, si)
		}
		depth := 0 // inside quotes
		first := s.first
		for first < s.last && d.toks[first].kind == tPunct && d.f(first) == "\"" {
			first++
		}
		lead := first < s.last && leadingSubordinators.has(d.f(first))
		for i := s.first; i < s.last; i++ {
			f := d.f(i)
			if d.toks[i].kind != tPunct {
				continue
			}
			switch f {
			case "\"":
				depth ^= 1
			case ";":
				emit(i)
				start = i + 1
				lead = false
			case ",":
				if lead && depth == 0 {
					emit(i)
					start = i + 1
					lead = false
					continue
				}
				if i+1 < s.last && contrastJoints.has(d.f(i+1)) && d.f(i+1) != "while" {
					emit(i)
					start = i + 1
				}
			}
		}
		emit(s.last)
	}
}

// addClause adds the clause of tokens [first, last), trimmed of leading
// conjunctions and punctuation and of final punctuation.
func (d *doc) addClause(first, last, sent int) {
	for first < last {
		t := d.toks[first]
		f := d.f(first)
		if t.kind == tPunct && (f == "," || f == ";" || f == ":" || f == "-") ||
			t.kind == tWord && leadingDiscourse.has(f) && first+1 < last && !(d.toks[first+1].glued() && (d.toks[first+1].kind == tWord || d.f(first+1) == "-")) {
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
		if d.toks[last-1].kind == tPunct && (isTerminal(f) || f == "," || f == ";" || f == ":" || f == "-") {
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
func (d *doc) indexClauses() {
	d.tokClause = make([]int32, len(d.toks))
	for i := range d.tokClause {
		d.tokClause[i] = -1
	}
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
