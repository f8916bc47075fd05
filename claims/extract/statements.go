package extract

import (
	"math"
	"slices"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
	"github.com/veracity-go/veracity/claims/extract/worthiness"
)

// Every sentence is scored by the check-worthiness model of package
// worthiness (trained on ClaimBuster's debate sentences). A claim's
// Worthiness is the higher of its sentence's score and the score of its
// own cues (worthiness.go): a figure, a date or a place the extractor is
// confident about is worth checking even in a sentence the model,
// trained on speech, scores low.
//
// A sentence the model finds check-worthy that yields no typed claim
// becomes a statement claim: property statement, its text (the sentence
// without its attribution) as a text value, with the attribution and
// modality any claim of the sentence would have. A statement has no figure
// to hold on to, so some sentences make none, however they score:
// questions, headlines and labelled lines ("Goals: Rooney 68"); opinions
// and states of mind (an opinion word; a verb of knowing, believing,
// hoping, wanting or refusing; a word or two in
// scare quotes: the price tag was "eye-watering"); what is only supposed or
// not known (hedged or unknown modality: costs could rise); and direct
// quotations ("We have seen this film before," he said), the speaker's own
// words, which a typed claim may still come from; and the classes of
// statementsfilter.go: the rest of a quotation, what will be, calls, vows
// and reactions, feelings and stances, fragments, imperatives, a film's
// plot and a match's play.

// scoreSentences scores every sentence of d with model m.
func (d *doc) scoreSentences(m *worthiness.Model) []float64 {
	out := make([]float64, len(d.sents))
	for si, s := range d.sents {
		if s.last > s.first {
			out[si] = m.Score(worthiness.Sentence{Text: d.textOf(s.first, s.last)})
		}
	}
	return out
}

// round2 rounds a score to two decimals: 0.7, not 0.7000000000000001.
func round2(w float64) float64 { return math.Round(min(1, max(0, w))*100) / 100 }

// statementClaim adds to b.out the statement claim of sentence si when it
// is check-worthy and made no claim: n is the number of claims before its
// clauses were read.
func (b *builder) statementClaim(si, n int) {
	d := b.d
	if si >= len(b.scores) || len(b.out) > n {
		return
	}
	s := d.sents[si]
	w := round2(b.scores[si])
	if w < b.threshold || s.question || s.headline || d.opinionated(s.first, s.last) {
		return
	}
	if d.scareQuoted(s.first, s.last) || d.labelled(s.first, s.last) || d.pronounMind(s.first, s.last) {
		return
	}
	if c, ok := b.statement(si, w); ok {
		b.out = append(b.out, c)
	}
}

// dropStatementsBeside drops the statement claims of sentences that
// keepStatements gave a claim: "he had not been wearing a seatbelt", both
// affirmed and denied in the article, is that claim, not a statement.
func (b *builder) dropStatementsBeside() {
	d := b.d
	claimed := map[int]bool{}
	for _, c := range b.out {
		if c.Property != claims.PropertyStatement {
			if si, ok := d.sentenceAt(c.Span.Start); ok {
				claimed[si] = true
			}
		}
	}
	out := b.out[:0]
	for _, c := range b.out {
		if c.Property == claims.PropertyStatement {
			if si, ok := d.sentenceAt(c.Span.Start); ok && claimed[si] {
				continue
			}
		}
		out = append(out, c)
	}
	b.out = out
}

// pronounMind reports whether tokens [first, last) have a pronoun that
// knows, hopes or wants: a verb of mindWords right after a pronoun, or one
// word after it ("they now wanted").
func (d *doc) pronounMind(first, last int) bool {
	for i := first; i < last; i++ {
		if !d.in(mindWords, i) {
			continue
		}
		if i-1 >= first && d.in(mindSubjects, i-1) || i-2 >= first && d.in(mindSubjects, i-2) && d.toks[i-1].Kind == text.Word {
			return true
		}
	}
	return false
}

// labelled reports whether tokens [first, last) are a labelled line, a
// colon among their first four tokens: "Goals: Rooney 68, Dunne 75 og",
// "Man Utd: Carroll, Gary Neville…", a list rather than a statement.
func (d *doc) labelled(first, last int) bool {
	for i := first; i < min(last, first+4); i++ {
		if d.f(i) == ":" {
			return true
		}
	}
	return false
}

// scareQuoted reports whether tokens [first, last) hold a quotation of at
// most three words that is not the whole sentence: the price tag was
// "eye-watering".
func (d *doc) scareQuoted(first, last int) bool {
	open := -1
	for i := first; i < last; i++ {
		if d.f(i) != "\"" {
			continue
		}
		if open < 0 {
			open = i
			continue
		}
		words := 0
		for j := open + 1; j < i; j++ {
			if d.toks[j].Kind == text.Word {
				words++
			}
		}
		if words > 0 && words <= 3 {
			return true
		}
		open = -1
	}
	return false
}

// statement makes the statement claim of sentence si, scored w.
func (b *builder) statement(si int, w float64) (claims.Claim, bool) {
	d := b.d
	s := d.sents[si]
	attr := b.attrs[si]
	first, last := b.trimPunct(s.first, s.last)
	if attr.first >= 0 {
		if attr.first <= first && attr.last > first {
			first = attr.last
		}
		if attr.first < last && attr.last >= last && attr.first > first {
			last = attr.first
		}
		first, last = b.trimPunct(first, last)
	}
	words, quoted := 0, false
	for i := first; i < last; i++ {
		if d.toks[i].Kind == text.Word {
			words++
		} else if d.f(i) == "\"" {
			quoted = true
		}
	}
	if words < 3 || quoted || first > s.first && d.f(first-1) == "\"" {
		return claims.Claim{}, false // "Yes, he said."; a quotation
	}
	if d.dismissal(si, first, last) != "" {
		return claims.Claim{}, false // not what a fact-checker checks (statementsfilter.go)
	}
	mod := d.modalityOf(first, last)
	if attr.hedge && mod == claims.ModalityAsserted {
		mod = claims.ModalityHedged
	}
	if mod == claims.ModalityHedged || mod == claims.ModalityUnknown {
		return claims.Claim{}, false
	}
	sp := d.span(first, last)
	text := d.text[sp.Start:sp.End]
	c := claims.Claim{
		Text:        text,
		Span:        sp,
		Subject:     b.statementSubject(first, last),
		Property:    claims.PropertyStatement,
		Value:       claims.Value{Kind: claims.KindText, Text: text},
		Modality:    mod,
		Attribution: attr.who,
		Worthiness:  w,
	}
	return c, true
}

// trimPunct narrows tokens [first, last) to leave out punctuation at
// either end, but for quotation marks, an opening bracket or a currency
// sign at the start and a closing bracket or a percent sign at the end.
func (b *builder) trimPunct(first, last int) (int, int) {
	d := b.d
	for first < last && d.toks[first].Kind == text.Punct && d.f(first) != "\"" && d.f(first) != "$" && d.f(first) != "(" {
		first++
	}
	for last > first && d.toks[last-1].Kind == text.Punct && d.f(last-1) != "%" && d.f(last-1) != ")" && d.f(last-1) != "\"" {
		last--
	}
	// a whole quotation: "We lost the vote," he said
	if last-first > 2 && d.f(first) == "\"" && d.f(last-1) == "\"" {
		inner := true
		for i := first + 1; i < last-1; i++ {
			if d.f(i) == "\"" {
				inner = false
				break
			}
		}
		if inner {
			return b.trimPunct(first+1, last-1)
		}
	}
	return first, last
}

// statementSubject is the first entity named in tokens [first, last) (a
// knowledge-base entity when the knowledge base has any), or "".
func (b *builder) statementSubject(first, last int) string {
	d := b.d
	for i := first; i < last; i++ {
		mi := d.tokMen[i]
		if mi < 0 {
			continue
		}
		if e := d.ments[mi].ent; e != nil && (!b.kbMode || e.kb) {
			return e.id
		}
	}
	return ""
}

// sentenceAt returns the sentence holding byte offset off.
func (d *doc) sentenceAt(off int) (int, bool) {
	return slices.BinarySearchFunc(d.sents, off, func(s sentence, off int) int {
		switch {
		case s.last <= s.first || int(d.toks[s.last-1].End) <= off:
			return -1
		case int(d.toks[s.first].Start) > off:
			return 1
		}
		return 0
	})
}
