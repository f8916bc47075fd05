package extract

import "github.com/veracity-go/veracity/claims/extract/text"

// A sentence is a range of tokens [first, last).
type sentence struct {
	first, last int
	// question is set when the sentence ends with "?".
	question bool
	// headline is set for a line without final punctuation.
	headline bool
	// cut is set when the sentence was cut at maxSentenceTokens and its
	// run goes on in the next one.
	cut bool
}

// maxSentenceTokens bounds a sentence's length in tokens. The longest of
// the 43,975 sentences of the BBC corpus (2004–2005) has 242.
const maxSentenceTokens = 512

func isTerminal(f string) bool { return f == "." || f == "!" || f == "?" }

func isCloser(f string) bool {
	return f == "\"" || f == "'" || f == ")" || f == "]" || f == "}"
}

// sentences splits the tokens into sentences. A line break always ends a
// sentence, except a single break inside a hard-wrapped paragraph (the line
// does not end in punctuation and the next begins in lower case).
func (d *doc) sentences() {
	toks := d.toks
	n := len(toks)
	start := 0
	brk := 0 // the token after the last comma, semicolon or colon
	emit := func(end int) {
		if end > start {
			d.sents = append(d.sents, d.newSentence(start, end))
		}
		start = end
	}
	for i := 0; i < n; i++ {
		t := toks[i]
		if i-start >= maxSentenceTokens {
			// a run without a full stop is cut, at its last comma when
			// there is one in the second half: every later stage scans
			// sentences and clauses, and a bound on their length keeps
			// its cost linear in the text (issue 16)
			end := i
			if brk > start+maxSentenceTokens/2 && brk < i {
				end = brk
			}
			s := d.newSentence(start, end)
			s.cut = true
			d.sents = append(d.sents, s)
			start = end
		}
		if t.Kind == text.Punct {
			if f := d.f(i); f == "," || f == ";" || f == ":" {
				brk = i + 1
			}
		}
		if i > start && t.Has(text.Newline) {
			prev := d.f(i - 1)
			wrapped := !t.Has(text.Para) && t.Kind == text.Word && !t.Has(text.Cap) &&
				!isTerminal(prev) && !isCloser(prev) && prev != ":"
			if !wrapped {
				emit(i)
			}
		}
		if t.Kind != text.Punct || !isTerminal(d.f(i)) {
			continue
		}
		j := i + 1
		for j < n && toks[j].Glued() && toks[j].Kind == text.Punct && (isTerminal(d.f(j)) || isCloser(d.f(j))) {
			j++
		}
		if j == n {
			break
		}
		if d.f(i) == "." && j == i+1 && d.abbreviation(i) {
			continue
		}
		next := toks[j]
		if next.Has(text.Newline) {
			i = j - 1
			continue // the line break ends it
		}
		if next.Kind == text.Word && !next.Has(text.Cap) {
			continue // "e.g. the", "?" he asked
		}
		if next.Kind == text.Punct && (d.f(j) == "," || d.f(j) == ";" || d.f(j) == ")") {
			continue
		}
		emit(j)
		i = j - 1
	}
	emit(n)
	// The pieces of a cut run are headlines when the run is: a run of
	// words that ends without a full stop.
	for si := len(d.sents) - 2; si >= 0; si-- {
		if d.sents[si].cut {
			d.sents[si].headline = d.sents[si+1].headline
		}
	}
}

// abbreviation reports whether the period at token i belongs to an
// abbreviation or an initial rather than ending a sentence.
func (d *doc) abbreviation(i int) bool {
	if i == 0 || !d.toks[i].Glued() || d.toks[i-1].Kind != text.Word {
		return false
	}
	w := d.f(i - 1)
	next, nextCap := "", false
	if i+1 < len(d.toks) {
		next, nextCap = d.f(i+1), d.toks[i+1].Has(text.Cap)
	}
	starter := nextCap && sentenceStarters.has(next)
	if runeCount(w) == 1 && i >= 2 && d.toks[i-1].Glued() && d.toks[i-2].Kind == text.Number {
		return false // a unit glued to a figure: "cost £54m."
	}
	if runeCount(w) == 1 {
		// An initial ("J. K. Rowling") or a dotted abbreviation ("U.S.",
		// "e.g."). A dotted abbreviation may end a sentence before a
		// sentence starter.
		dotted := i >= 2 && d.f(i-2) == "." && d.toks[i-1].Glued() ||
			i+2 < len(d.toks) && d.toks[i+1].Glued() && d.toks[i+1].Kind == text.Word && len(d.f(i+1)) == 1
		if dotted && (w == "g" || w == "e") && i >= 3 && (d.f(i-3) == "e" || d.f(i-3) == "i") {
			return true // e.g., i.e.
		}
		if dotted {
			return !starter
		}
		return true
	}
	switch {
	case w == "no":
		return i+1 < len(d.toks) && d.toks[i+1].Kind == text.Number
	case abbrevNoEnd.has(w):
		return true
	case abbrevMayEnd.has(w):
		return !starter
	}
	return false
}

func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

// newSentence makes the sentence of tokens [first, last).
func (d *doc) newSentence(first, last int) sentence {
	s := sentence{first: first, last: last}
	end := last
	for end > first && d.toks[end-1].Kind == text.Punct && isCloser(d.f(end-1)) {
		end--
	}
	if end > first {
		lf := d.f(end - 1)
		s.question = lf == "?"
		s.headline = !isTerminal(lf) && lf != ":" && lf != ";" && lf != ","
	}
	return s
}
