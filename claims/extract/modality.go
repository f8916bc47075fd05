package extract

import (
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// undecidedPhrases say that someone has yet to settle a matter:
// "organisers have yet to confirm a venue". Each starts with a word the
// lexicon flags as a modality cue ("yet").
var undecidedPhrases = phrases("yet to confirm", "yet to decide", "yet to announce", "yet to name",
	"yet to choose", "yet to determine", "yet to agree", "yet to reveal", "yet to set", "yet to select",
	"yet to finalise", "yet to finalize", "yet to fix", "yet to pick")

// modalityOf returns how the clause of tokens [first, last) is put: unknown
// ("not yet known", "unclear", "yet to be decided"), hedged ("may",
// "reportedly", "it remains to be seen if"), negated ("not", "never",
// "denied", "refused to", "n't") or asserted. Unknown wins over hedged,
// hedged over negated: "may not attend" is uncertain rather than denied.
func (d *doc) modalityOf(first, last int) claims.Modality {
	if d.noneSettled(first, last) {
		return claims.ModalityUnknown
	}
	hedged, negated := false, false
	for i := first; i < last; i++ {
		t := d.toks[i]
		if t.lex&lxModal == 0 {
			continue
		}
		w := d.f(i)
		if d.in(unknownWords, i) {
			return claims.ModalityUnknown
		}
		if _, ok := d.phraseAt(unknownPhrases, i, last); ok {
			return claims.ModalityUnknown
		}
		if _, ok := d.phraseAt(undecidedPhrases, i, last); ok {
			return claims.ModalityUnknown
		}
		if _, ok := d.phraseAt(hedgePhrases, i, last); ok {
			hedged = true
			continue
		}
		if w == "would" && d.reportedWould(i, last) {
			continue
		}
		if hedgeWords.has(w) && d.tokMen[i] < 0 && !(w == "may" && t.Has(text.Cap) && !d.sentenceStart(i)) {
			hedged = true
			continue
		}
		if j, ok := d.phraseAt(notNegation, i, last); ok {
			i = j - 1
			continue
		}
		if _, ok := d.phraseAt(negationPhrases, i, last); ok {
			negated = true
			continue
		}
		if negationWords.has(w) || strings.HasSuffix(w, "n't") {
			negated = true
		}
	}
	if !hedged && (d.forecast(first, last) || d.headlineFuture(first, last) || d.conditional(first, last)) {
		hedged = true
	}
	switch {
	case hedged:
		return claims.ModalityHedged
	case negated:
		return claims.ModalityNegated
	}
	return claims.ModalityAsserted
}

// pastSpeech are the past-tense reporting verbs after which "would" is the
// backshifted "will" of reported speech.
var pastSpeech = words(`said told added stated announced explained confirmed insisted wrote
	warned claimed noted argued reported revealed declared maintained replied stressed denied`)

// conditionWords make a "would" conditional rather than reported.
var conditionWords = words(`if unless otherwise could might should`)

// reportedWould reports whether the "would" at token i, in a clause ending
// before token last, is the backshifted "will" of reported speech: "a
// spokesman said the programme would cost £54m" asserts what "the
// programme will cost £54m" does. It takes a past-tense speech verb at most
// ten tokens before it in the sentence (or an earlier "would" that is
// reported), no condition ("if", "unless", "could") between them or after
// it in the clause, and no "would have", which is counterfactual.
func (d *doc) reportedWould(i, last int) bool {
	if i+1 < len(d.toks) && d.f(i+1) == "have" {
		return false
	}
	s := d.sents[d.tokSent[i]]
	end := min(last, s.last)
	for j := i + 1; j < end; j++ {
		if d.in(conditionWords, j) {
			return false
		}
	}
	for j := i - 1; j >= s.first && j >= i-10; j-- {
		w := d.f(j)
		if d.in(conditionWords, j) {
			return false
		}
		if w == "would" {
			// "said she would not stand, and that the party would
			// choose": reported as the first is
			return d.reportedWould(j, last)
		}
		if pastSpeech.has(w) {
			return true
		}
	}
	return false
}

// phraseAt matches one of the phrases of set at token i, returning the
// token after it.
func (d *doc) phraseAt(set phraseSet, i, last int) (int, bool) {
	for _, p := range set[d.f(i)] {
		if j, ok := d.matchSeq(i, last, p); ok {
			return j, true
		}
	}
	return i, false
}

// opinionated reports whether tokens [first, last) hold an opinion word.
func (d *doc) opinionated(first, last int) bool {
	for i := first; i < last; i++ {
		if d.toks[i].lex&lxOpinion != 0 {
			return true
		}
	}
	return false
}

// forecastVerbs put a figure in the future as a forecast: "spending is
// forecast to grow by 3.5%", "is also set to rise", "borrowing is tipped
// to fall".
var forecastVerbs = words(`forecast tipped projected predicted expected set poised estimated`)

// conditional reports whether the clause of tokens [first, last) is a
// condition: it opens with "if" or "unless" ("If the minimum wage hits
// £6, …"), after any joining word. What it supposes is not asserted.
func (d *doc) conditional(first, last int) bool {
	for i := first; i < last && i < first+3; i++ {
		switch d.f(i) {
		case "if", "unless":
			return true
		case "and", "but", "so", "\"", ",":
			continue
		}
		return false
	}
	return false
}

// headlineFuture reports whether tokens [first, last) are a headline that
// tells of the future by "to" and a verb: "US budget deficit to reach
// $368bn", "Firm to cut 500 jobs". A plan or a forecast, not a fact yet.
func (d *doc) headlineFuture(first, last int) bool {
	if !d.sents[d.tokSent[first]].headline {
		return false
	}
	for i := first + 1; i+1 < last; i++ {
		if d.f(i) != "to" || d.toks[i+1].Kind != text.Word || d.tokMen[i+1] >= 0 || d.in(functionWords, i+1) ||
			d.toks[i-1].Kind != text.Word || d.in(functionWords, i-1) {
			continue
		}
		// "Return to profit", "Close to £5m", "Up to 500 jobs": no verb
		// after "to", or no noun before it
		if d.in(measureNouns, i+1) || d.in(notBeforeInfinitive, i-1) {
			continue
		}
		return true
	}
	return false
}

// notBeforeInfinitive are words before "to" that make no "noun to verb"
// headline: "return to profit", "close to", "back to work".
var notBeforeInfinitive = words(`return returns back close closer up down due next near according owing
	thanks set`)

// forecast reports whether tokens [first, last) hold a forecast: "is
// (also) forecast to".
func (d *doc) forecast(first, last int) bool {
	for i := first + 1; i+1 < last; i++ {
		if !d.in(forecastVerbs, i) || d.f(i+1) != "to" {
			continue
		}
		j := i - 1
		if j > first && (d.f(j) == "also" || d.f(j) == "now" || d.f(j) == "still") {
			j--
		}
		switch d.f(j) {
		case "is", "are", "was", "were", "be", "been", "being":
			return true
		}
	}
	return false
}

// settledWords are the participles that settle a thing: "no date has
// been set".
var settledWords = words(`confirmed set announced agreed fixed decided given finalised finalized`)

// noneSettled reports whether tokens [first, last) say that no such thing
// has been settled: "no opening date had been confirmed", "no decision
// has been made" is not among them (a decision is not a thing's value).
func (d *doc) noneSettled(first, last int) bool {
	for i := first; i < last; i++ {
		if d.toks[i].lex&lxModal == 0 || d.f(i) != "no" { // "no" is a negation word: the bit first
			continue
		}
		for k := i + 1; k < last && k <= i+4; k++ {
			if w := d.f(k); w == "has" || w == "had" || w == "have" {
				return k+2 < last && d.f(k+1) == "been" && d.in(settledWords, k+2)
			}
		}
	}
	return false
}
