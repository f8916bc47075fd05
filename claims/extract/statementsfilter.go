package extract

import (
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// A statement has no figure to hold on to, so the sentences a fact-checker
// would pass over make none, however the model scores them. Besides the
// rules of statements.go, these classes were found by reading statement
// claims of the BBC news corpus (2004–2005) drawn at random, and the word
// lists below compiled by hand from them and from the kinds of sentence
// ClaimBuster's annotators marked not check-worthy:
//
//   - the speaker's own words: a sentence inside a quotation that runs
//     over several sentences (`"It was a hard week. We lost twice," he
//     said.`), or one in the first person (in the plural or the second
//     person, only without a figure);
//   - what will be rather than what is: "the ceremony will be held in
//     March", "the film is due to be released", unless it holds an amount;
//   - calls, vows, refusals and reactions: "urged the council to act",
//     "vowed to fight on", "declined to comment", "praised the decision";
//   - feelings and stances: "was delighted", "is keen to", "obviously",
//     "is seen by many as", "attacked the plan as a waste of money";
//   - what the attribution left of a sentence ("[he warned] against…");
//   - the play of a match ("headed a cross wide"), the plot of a film
//     ("tells the story of"), talk of transfers ("speculation"), and
//     imperatives ("Listen to the whole debate").

// dismissal returns the class of sentence si when it is one that is not
// checked, or "". Its statement would be tokens [first, last), the
// sentence without its attribution.
func (d *doc) dismissal(si, first, last int) string {
	s := d.sents[si]
	switch {
	case d.insideQuotation(s.first):
		return "quotation"
	case d.imperative(s.first, s.last):
		return "imperative"
	case d.fragment(first, last):
		return "fragment"
	case d.future(first, last) && !d.amount(first, last):
		return "future"
	case d.firstPerson(first, last):
		return "first person"
	case d.anyPhrase(callWords, callPhrases, s.first, s.last):
		return "speech act"
	case d.anyPhrase(reactionWords, reactionPhrases, s.first, s.last) && !d.figure(s.first, s.last):
		return "reaction"
	case d.characterised(s.first, s.last):
		return "stance"
	case d.feeling(s.first, s.last):
		return "feeling"
	case d.anyPhrase(stanceWords, stancePhrases, s.first, s.last) && !d.figure(s.first, s.last):
		return "stance"
	case d.anyPhrase(nil, plotPhrases, s.first, s.last) && !d.figure(s.first, s.last):
		return "plot"
	case d.matchPlay(s.first, s.last):
		return "match play"
	}
	return ""
}

// quoteLookback bounds how far back insideQuotation looks for the
// quotation mark that opens a sentence's paragraph: the work per sentence
// stays constant.
const quoteLookback = 400

// insideQuotation reports whether token i, the start of a sentence, is
// inside a quotation opened in an earlier sentence of its paragraph: the
// last quotation mark before it in the paragraph opens one (“, or " after
// a space or at the paragraph's start). News prints a quotation of
// several paragraphs with an opening mark on each and a closing mark on
// the last only, which this follows.
func (d *doc) insideQuotation(i int) bool {
	for k := i - 1; k >= 0 && k >= i-quoteLookback; k-- {
		if d.paragraphBreak(k + 1) {
			return false
		}
		if d.toks[k].Kind != text.Punct || d.f(k) != "\"" {
			continue
		}
		switch d.text[d.toks[k].Start:d.toks[k].End] {
		case "“":
			return true
		case "”":
			return false
		}
		return k == 0 || d.paragraphBreak(k) || d.toks[k-1].End < d.toks[k].Start
	}
	return false
}

// paragraphBreak reports whether a line break comes between tokens k-1
// and k.
func (d *doc) paragraphBreak(k int) bool {
	// (Tokens made from one written character, as "½" is, may share
	// their span: no gap between them.)
	return k > 0 && k < len(d.toks) && d.toks[k-1].End < d.toks[k].Start &&
		strings.ContainsRune(d.text[d.toks[k-1].End:d.toks[k].Start], '\n')
}

// fragment reports whether tokens [first, last), a statement that starts
// inside its sentence (its attribution before it), are a phrase without a
// verb or a figure: "a spokeswoman for the ministry", what is left of a
// sentence whose attribution was read wrong.
func (d *doc) fragment(first, last int) bool {
	if d.toks[first].Kind != text.Word || d.toks[first].Has(text.Cap) {
		return false
	}
	return d.in(fragmentStarts, first) || !d.hasVerb(first, last) && !d.figure(first, last)
}

// fragmentStarts open what is left of a verb's complement when the
// attribution took the verb: "[he warned] against drawing conclusions
// from one poll".
var fragmentStarts = words(`against to them him`)

// imperativeVerbs open a sentence that addresses the reader: "Listen to
// the full interview", "Imagine the cost".
var imperativeVerbs = words(`listen watch click imagine visit join send email tell give read`)

// imperativeNext may follow an imperative verb: "Listen to", "Watch the",
// "Send us".
var imperativeNext = words(`to the this these that a an your our us me it them more on here out`)

// imperative reports whether tokens [first, last) open with a verb that
// addresses the reader.
func (d *doc) imperative(first, last int) bool {
	i := first
	for i < last && d.toks[i].Kind == text.Punct {
		i++
	}
	return i+1 < last && d.in(imperativeVerbs, i) && d.in(imperativeNext, i+1)
}

// futureWords put a clause in the future; clauseOpeners open a clause
// whose "will" is not the sentence's own ("the film, which will be
// released in May, took $5m").
var (
	futureWords   = words(`will shall 'll won't would wouldn't`)
	futurePhrases = phrases("due to be", "is due to", "are due to", "plans to",
		"is planning", "are planning", "was planning",
		"planned to", "intends to", "intended to", "aims to", "hopes to", "hoped to", "expects to",
		"expected to", "expect to", "wants to", "want to", "wanted to", "hoping to", "hopes to",
		"is sure to", "are sure to", "is bound to", "are bound to", "is certain to", "are certain to",
		"in coming", "in the coming", "in the years ahead")
	clauseOpeners = words(`which who whom whose where when if unless until once before after while`)
)

// future reports whether tokens [first, last) tell of what will be: a
// "will" before any relative or subordinate clause opens, or "due to be",
// "plans to", "wants to", "is sure to", "in the coming years". "The
// government is to give £70m in aid" is a decision taken: news puts what
// has been decided that way.
func (d *doc) future(first, last int) bool {
	for i := first; i < last; i++ {
		if d.toks[i].Kind != text.Word {
			continue
		}
		if d.in(clauseOpeners, i) {
			return false
		}
		w := d.f(i)
		if (d.in(futureWords, i) || strings.HasSuffix(w, "'ll")) && !d.willNoun(i, first) {
			return true
		}
		if _, ok := d.phraseAt(futurePhrases, i, last); ok && !d.inAt(passiveBefore, i-1) && !d.inAt(determiners, i-1) && d.fAt(i-1) != "'s" {
			return true
		}
		if (w == "expects" || w == "expected") && !d.inAt(passiveBefore, i-1) && i+1 < last && d.toks[i+1].Kind == text.Word && !d.in(clauseOpeners, i+1) {
			return true // "it expected the device to sell out"
		}
	}
	return false
}

// passiveBefore come before a participle that is not the clause's verb:
// "fewer jobs than expected", "is expected to" (a forecast, hedged).
var passiveBefore = words(`than as is are was were be been being`)

// willNoun reports whether the "will" at token i is a noun or a name:
// "the will of the people", "political will", "Will Smith".
func (d *doc) willNoun(i, first int) bool {
	if d.toks[i].Has(text.Cap) && !d.sentenceStart(i) {
		return true
	}
	return i > first && (d.in(determiners, i-1) || d.in(willAdjectives, i-1))
}

// willAdjectives come before "will" the noun.
var willAdjectives = words(`political free good ill own public popular last`)

// firstPersons are the pronouns of a speaker and the one spoken to, the
// part before an apostrophe ("we're", "i'll") included.
var firstPersons = words(`i me my mine myself we us our ours ourselves you your yours yourself`)

// firstPerson reports whether tokens [first, last) speak in the first
// person singular, or in the plural or the second person without a
// figure: the words of someone quoted ("We had a long chat with the
// owners"), or a reader's letter. "We have lost 800,000 jobs" is checked by
// its figure.
func (d *doc) firstPerson(first, last int) bool {
	person, speaker, figure := false, false, false
	for i := first; i < last; i++ {
		t := d.toks[i]
		if t.Kind == text.Number {
			figure = true
		}
		if t.Kind != text.Word {
			continue
		}
		w := d.f(i)
		if j := strings.IndexByte(w, '\''); j > 0 {
			w = w[:j]
		}
		if w == "us" && t.Has(text.Cap) || w == "i" && !t.Has(text.Cap) {
			continue // the US; a numeral "i"
		}
		if d.tokMen[i] < 0 && firstPersons.has(w) {
			person = true
			if w == "i" || w == "me" || w == "my" || w == "myself" {
				speaker = true
			}
		}
	}
	return speaker || person && !figure
}

// Speech acts that assert nothing about the world: a call on someone to
// act ("urged the council to cut the deficit", "called for a ban"; not
// "calls for", often a noun: "prompted calls for an inquiry"), a vow or
// a promise ("vowed to fight on", "pledged to"), a refusal to say
// ("declined to comment").
var (
	callWords   = words(`urged urging`)
	callPhrases = phrases("called on", "calls on", "calling on", "called for", "calling for",
		"appealed for", "appeals for", "vowed", "vows to", "vowing", "pledged to", "pledges to", "pledging to",
		"promised to", "promises to", "promising to", "swore to", "sworn to",
		"declined to comment", "declined to say", "declined to confirm", "declined to reveal",
		"declined to discuss", "declined to disclose", "declined to give", "declined to elaborate",
		"declined to name", "refused to comment", "refused to say", "refused to confirm",
		"refused to reveal", "refused to discuss", "refused to disclose", "refused to give",
		"refused to elaborate", "refused to name", "would not comment", "would not say",
		"would not confirm", "would not be drawn", "not be drawn", "not available for comment",
		"unavailable for comment", "could not be reached", "full of praise")
)

// Reactions praise, welcome or condemn what happened, which another
// sentence tells: "the coach praised his side", "critics condemned the
// plan". With a figure the sentence tells what happened itself.
var (
	reactionWords = words(`praised praises praising welcomed welcomes welcoming hailed congratulated
		thanked applauded criticised criticized criticises criticizes condemned condemns slammed
		lambasted`)
	reactionPhrases = phrases("paid tribute", "pays tribute", "paying tribute", "played down",
		"plays down", "expressed disappointment", "expressed concern")
)

// characterWords call something by a name, "attacked the plan as
// unworkable": the name is the speaker's opinion.
var characterWords = words(`attacked described dismissed branded labelled labeled denounced`)

// characterised reports whether tokens [first, last) call something by a
// name: a word of characterWords and "as" within the next ten tokens.
func (d *doc) characterised(first, last int) bool {
	for i := first; i < last; i++ {
		if !d.in(characterWords, i) {
			continue
		}
		for k := i + 2; k < last && k <= i+10; k++ {
			if d.f(k) == "as" {
				return true
			}
		}
	}
	return false
}

// anyPhrase reports whether tokens [first, last) hold a word of ws or a
// phrase of ps.
func (d *doc) anyPhrase(ws *wordSet, ps phraseSet, first, last int) bool {
	for i := first; i < last; i++ {
		if d.toks[i].Kind != text.Word {
			continue
		}
		if ws != nil && d.in(ws, i) {
			return true
		}
		if _, ok := d.phraseAt(ps, i, last); ok {
			return true
		}
	}
	return false
}

// feelingWords are adjectives of a feeling or an attitude, which a
// sentence gives to its subject after a verb of being ("was delighted",
// "is keen to", "felt confident"); feelingVerbs are those verbs, and
// feelingAdverbs may come between ("was not entirely happy").
var (
	feelingWords = words(`delighted pleased happy unhappy disappointed keen eager confident sure unsure convinced proud sorry upset angry furious thrilled excited worried
		nervous frustrated surprised shocked saddened devastated relieved dissatisfied glad grateful
		thankful hopeful desperate anxious adamant fascinated impressed disgusted
		horrified amazed stunned disillusioned seething enraged upbeat bullish`)
	feelingVerbs = words(`is are was were be been being am 're 'm feel feels felt feeling remain
		remains remained seem seems seemed looked looks sounded left`)
	feelingAdverbs = words(`very so really extremely particularly not also still more less too quite
		entirely absolutely deeply clearly obviously all both never always`)
)

// feeling reports whether tokens [first, last) give someone a feeling
// and hold no figure: "the club was delighted", "she felt confident". "34%
// of voters were worried" is a finding, checked by its figure.
func (d *doc) feeling(first, last int) bool {
	found := false
	for i := first; i < last; i++ {
		t := d.toks[i]
		if t.Kind == text.Number {
			return false
		}
		if t.Kind != text.Word || found || !d.in(feelingWords, i) {
			continue
		}
		j := i - 1
		for j > first && j > i-3 && d.in(feelingAdverbs, j) {
			j--
		}
		if j >= first && d.in(feelingVerbs, j) {
			found = true
		}
	}
	return found
}

// stanceWords and stancePhrases mark a speaker's stance or a perception
// rather than a fact: "obviously", "sadly", "is seen by many as", "the
// bottom line is".
var (
	stanceWords = words(`obviously frankly honestly hopefully sadly unfortunately fortunately surely
		undoubtedly arguably admittedly really simply clearly truly totally`)
	stancePhrases = phrases("seen as", "seen by many as", "seen by some as", "widely seen", "considered to be",
		"considered one of", "considered as", "hailed as", "touted as", "the bottom line",
		"in my view", "in my opinion", "no stranger to", "jumped at the chance", "speculation",
		"rumours", "rumors", "been linked with", "without a doubt", "no surprise", "spot on")
)

// plotPhrases tell what a film, a book or a show is about: "it tells the
// story of a boy who…", "the film follows…".
var plotPhrases = phrases("tells the story", "tell the story", "told the story", "is the story of",
	"revolves around", "it stars", "the film follows", "the show follows", "the book follows",
	"the novel follows", "the series follows", "film is about a", "film is about an",
	"film is about how", "show is about a", "show is about an", "book is about a", "book is about an",
	"novel is about a", "novel is about an")

// The play of a match: a sentence with a word of matchPlays and another
// of matchPlays or matchWords tells how a game went ("headed a cross
// wide", "double fault on break point"), not a result or a
// record, which come with a score. The words of matchWords alone are
// common elsewhere ("struck a deal", "net profit").
var (
	matchPlays = words(`header volley volleyed goalkeeper keeper crossbar woodwork dribbled chipped
		curled lobbed forehand backhand baseline lineout scrum ruck maul touchline sideline
		tie-break half-time equaliser equalizer fielded onrushing conversion sidestep offside`)
	matchPlayPhrases = phrases("free kick", "free - kick", "drop goal", "drop - goal", "penalty area",
		"penalty spot", "far post", "near post", "the net", "wide of", "dropped serve",
		"double fault", "break point", "break points", "match point", "set point", "tie - break",
		"half - time", "from close range")
	matchWords = words(`shot shots cross crossed corner post bar kick kicked tackle save saved
		saves parried rebound serve served ace aces rally lob smash headed fired struck drilled
		blasted tapped minutes minute try tries ball goal goals penalty penalties strike pass
		decider strokes`)
)

// matchPlay reports whether tokens [first, last) hold a word of match
// play and another, and no score ("3-0") unless they hold three.
func (d *doc) matchPlay(first, last int) bool {
	plays, others, score := 0, 0, false
	for i := first; i < last; i++ {
		t := d.toks[i]
		if t.Kind == text.Number && i+2 < last && d.f(i+1) == "-" && d.toks[i+2].Kind == text.Number {
			score = true
		}
		if t.Kind != text.Word {
			continue
		}
		if j, ok := d.phraseAt(matchPlayPhrases, i, last); ok {
			plays++
			i = j - 1
		} else if d.in(matchPlays, i) {
			plays++
		} else if d.in(matchWords, i) {
			others++
		}
	}
	return plays > 0 && plays+others >= 2 && (!score || plays+others >= 3)
}

// figure reports whether tokens [first, last) hold a number other than an
// age ("a 12-year-old boy").
func (d *doc) figure(first, last int) bool {
	for i := first; i < last; i++ {
		if d.toks[i].Kind == text.Number && !(d.fAt(i+1) == "-" && strings.HasPrefix(d.fAt(i+2), "year")) {
			return true
		}
	}
	return false
}

// amount reports whether tokens [first, last) hold a sum of money, a
// percentage, a measure or a count: what will be paid ("a further £2m
// will be lent"), owned ("will own 16% of the firm") or bought ("will
// buy 200 aircraft under the deal") is a commitment or the term of a
// deal, checked by its figure. A bare number or a date is not enough:
// "the ceremony will be held on 3 May".
func (d *doc) amount(first, last int) bool {
	for i := first; i < last; i++ {
		mi := d.tokMen[i]
		if mi < 0 {
			continue
		}
		switch d.ments[mi].val.Kind {
		case claims.KindMoney, claims.KindPercent, claims.KindQuantity, claims.KindCount:
			return true
		}
	}
	return false
}
