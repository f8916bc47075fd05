package extract

import (
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// An attribution is who a sentence says is speaking, and where it says so.
type attribution struct {
	who     string
	speaker *entityRef // the speaker's entity, when known
	// first and last bound the attributing words ("two White House
	// officials said", "according to Tass"), trimmed from claim texts.
	first, last int
	// hedge is set for vague sources: "some analysts noted".
	hedge bool
}

var (
	personPronouns = words(`he she him her his`)
	thingPronouns  = words(`it its`)
	// vagueSources make what they say hedged.
	vagueSources = words(`analysts analyst experts observers commentators sources reports critics
		some insiders rumours rumors`)
	npBreaks = words(`that which who whom whose and but or as if when while because although though
		than so then also however`)
)

// attributionOf finds who sentence si attributes its content to:
// "X said", "said X", "according to X", and a quoted passage followed by
// "he said", whose pronoun is resolved to lastPerson.
func (d *doc) attributionOf(si int, lastPerson *entityRef) attribution {
	s := d.sents[si]
	for i := s.first; i+1 < s.last; i++ {
		if d.f(i) == "according" && d.f(i+1) == "to" {
			j := i + 2
			k := j
			for k < s.last && d.toks[k].Kind != text.Punct || k < s.last && d.f(k) == "-" || k < s.last && d.f(k) == "'s" {
				k++
			}
			if k > j {
				a := attribution{first: i, last: k}
				// "according to the business case, published in March,":
				// the participle goes with the source
				if e := k + 1; k < s.last && d.f(k) == "," && e < s.last && d.toks[e].Kind == text.Word &&
					(d.in(pastCues, e) || strings.HasSuffix(d.f(e), "ed")) {
					for e < s.last && d.toks[e].Kind != text.Punct {
						e++
					}
					if e < s.last && d.f(e) == "," {
						a.last = e
					}
				}
				a.who, a.speaker = d.sourceName(j, k)
				a.hedge = d.vague(j, k)
				return a
			}
		}
	}
	person := -2 // the token of the sentence's first person, -1 for none; -2 until looked for
	for k := s.first; k < s.last; k++ {
		t := d.toks[k]
		if t.Kind != text.Word || t.Has(text.Cap) && !d.sentenceStart(k) || t.lex&lxSpeech == 0 || d.tokMen[k] >= 0 {
			continue
		}
		if d.fAt(k+1) == "by" || k > s.first && d.in(passiveBefore, k-1) {
			continue // a passive: "fraud reported by consumers", "was announced", "will not be claimed"
		}
		if d.takesObject(k, s.last) {
			continue // "Acme announced a £3.2bn takeover": a statement of the subject's, not a source
		}
		// "he said", "Zelenskyy said", "two White House officials said"
		if k > s.first && d.toks[k-1].Kind == text.Word {
			j := k
			for j > s.first+1 && j > k-4 && d.in(speechAux, j-1) {
				j-- // "officials had said", "Howard has said", "he had said"
			}
			if j < k {
				switch d.f(j - 1) {
				case "to", "they", "we", "it", "you", "i", "there", "who", "which", "that":
					// "believed to have agreed", "where they had said":
					// no speaker this reading can name
					continue
				}
			}
			if p := d.f(j - 1); d.in(personPronouns, j-1) || p == "she" {
				a := attribution{first: j - 1, last: d.afterSpeech(k+1, s.last)}
				if lastPerson != nil {
					a.who, a.speaker = lastPerson.name, lastPerson
				} else {
					a.who = d.textOf(j-1, j)
				}
				return a
			}
			for j > s.first && j > k-8 {
				pt := d.toks[j-1]
				pw := d.f(j - 1)
				if pt.Kind == text.Punct && pw != "'s" && pw != "-" && pw != "." || d.in(npBreaks, j-1) && !pt.Has(text.Cap) {
					break
				}
				if pt.Kind == text.Word && (d.in(pastCues, j-1) || d.in(futureCues, j-1)) && d.tokMen[j-1] < 0 {
					break
				}
				if mi := d.tokMen[j-1]; mi >= 0 && d.ments[mi].val.Kind == claims.KindTime {
					break // "last week, officials said"
				}
				j--
			}
			for j < k && (d.f(j) == "the" || d.toks[j].Kind == text.Punct) {
				j++
			}
			if j < k && d.in(speechAux, j) {
				// Only auxiliaries before the verb: the speaker is further
				// back, or none this reading can name — never "has".
				switch d.f(j - 1) {
				case ",":
					// "General Motors, the world's largest car maker, has
					// confirmed": the name the apposition follows.
					if mi := d.tokMen[s.first]; mi >= 0 && d.ments[mi].ent != nil && d.ments[mi].last < k && d.f(d.ments[mi].last) == "," {
						m := d.ments[mi]
						return attribution{first: s.first, last: d.afterSpeech(k+1, s.last), who: d.textOf(m.first, m.last), speaker: m.ent}
					}
				case ")":
					// "the London Stock Exchange (LSE) has said": the name
					// before the bracket.
					if a, b := d.nameBeforeBracket(j-1, s.first); a < b {
						who, sp := d.sourceName(a, b)
						return attribution{first: a, last: d.afterSpeech(k+1, s.last), who: who, speaker: sp}
					}
				}
				continue
			}
			if j < k && (j == s.first || d.toks[j-1].Kind == text.Punct || d.in(npBreaks, j-1) || d.tokMen[j] >= 0 || d.nounish(j, k)) {
				a := attribution{first: j, last: d.afterSpeech(k+1, s.last)}
				for a.first > s.first && d.f(a.first-1) == "the" {
					a.first-- // "…, the council said": "the" goes with the speaker
				}
				if a.first > s.first && d.f(a.first-1) == "," {
					a.first--
				}
				e := k
				for e > j+1 && d.in(speechAux, e-1) {
					e-- // "rail bosses have announced": the speaker is "rail bosses"
				}
				a.who, a.speaker = d.sourceName(j, e)
				a.hedge = d.vague(j, e)
				return a
			}
		}
		// "…," said Zelenskyy
		if k+1 < s.last && d.tokMen[k+1] >= 0 && k > s.first && d.toks[k-1].Kind == text.Punct {
			m := d.ments[d.tokMen[k+1]]
			if m.ent != nil {
				a := attribution{first: k, last: m.last, who: d.textOf(m.first, m.last), speaker: m.ent}
				if d.f(k-1) == "," {
					a.first = k - 1
				}
				return a
			}
		}
		// "Prof Samuel Greene, who teaches …, said that": the sentence's
		// first person.
		// Looked for once per sentence, not once per verb of speech
		// (issue 16).
		if person == -2 {
			person = -1
			for j := s.first; j < s.last; j++ {
				if mi := d.tokMen[j]; mi >= 0 && d.ments[mi].ent != nil && d.ments[mi].ent.kind == claims.EntityPerson {
					person = j
					break
				}
			}
		}
		if person >= 0 && person < k {
			m := d.ments[d.tokMen[person]]
			return attribution{first: s.first, last: d.afterSpeech(k+1, s.last), who: d.textOf(m.first, m.last), speaker: m.ent}
		}
	}
	return attribution{first: -1, last: -1}
}

// nameBeforeBracket returns the capitalized words [a, b) right before
// the "(" that the ")" at token close ends, at most eight tokens back:
// "London Stock Exchange" of "the London Stock Exchange (LSE)".
func (d *doc) nameBeforeBracket(close, first int) (a, b int) {
	open := -1
	for p := close - 1; p >= first && p >= close-8; p-- {
		if d.f(p) == "(" {
			open = p
			break
		}
	}
	if open < 0 {
		return 0, 0
	}
	b = open
	a = b
	for a > first && a > b-6 && d.toks[a-1].Kind == text.Word && d.toks[a-1].Has(text.Cap) {
		a--
	}
	return a, b
}

// afterSpeech returns the token after a speech verb's trailing "that" or
// time: "said on Saturday that".
func (d *doc) afterSpeech(j, last int) int {
	for j < last {
		if mi := d.tokMen[j]; mi >= 0 && d.ments[mi].val.Kind == claims.KindTime {
			j = d.ments[mi].last
			continue
		}
		if w := d.f(j); w == "on" || w == "that" || w == "in" && j+1 < last && d.tokMen[j+1] >= 0 && d.ments[d.tokMen[j+1]].val.Kind == claims.KindTime {
			j++
			continue
		}
		break
	}
	return j
}

// nounish reports whether tokens [j, k) end in a noun-like word: not a
// function word.
func (d *doc) nounish(j, k int) bool {
	w := d.f(k - 1)
	return d.toks[k-1].Kind == text.Word && !d.in(functionWords, k-1) && !strings.HasSuffix(w, "ly")
}

// sourceName names the source in tokens [j, k): a name at the head of the
// phrase ("the state news agency Tass" is "Tass"), else the phrase as
// written without a leading "the".
func (d *doc) sourceName(j, k int) (string, *entityRef) {
	if mi := d.tokMen[k-1]; mi >= 0 && d.ments[mi].ent != nil {
		m := d.ments[mi]
		return d.textOf(m.first, m.last), m.ent
	}
	for j < k && d.f(j) == "the" {
		j++
	}
	return d.textOf(j, k), nil
}

// speechAux are the words between a speaker and a verb of speech that
// are no part of the speaker's name: "Michael Howard has said", "officials
// had earlier claimed".
var speechAux = words(`has have had is are was were will would also later earlier then previously again already
	repeatedly often now since`)

// vague reports whether tokens [j, k) name a vague source: "some
// analysts".
func (d *doc) vague(j, k int) bool {
	for i := j; i < k; i++ {
		if w := d.f(i); d.in(vagueSources, i) && w != "some" {
			return true
		}
	}
	return false
}

// objectVerbs are verbs of speech that also take a thing as their object:
// "announced a takeover", "reported a loss", "agreed a deal", "posted
// profits". Said, told, added and the like always report speech.
var objectVerbs = words(`announced announces reported reports agreed agrees posted posts revealed reveals
	confirmed confirms estimated estimates predicted predicts declared declares unveiled unveils`)

// takesObject reports whether the verb of speech at k has a thing as its
// object rather than reporting speech: a determiner, a figure or a
// measured noun follows it ("announced a", "reported profits of £5m",
// "posted £2bn").
func (d *doc) takesObject(k, last int) bool {
	j := k + 1
	if !d.in(objectVerbs, k) || j >= last {
		return false
	}
	if mi := d.tokMen[j]; mi >= 0 {
		return d.ments[mi].val.Kind.IsAmount()
	}
	if !(d.in(determiners, j) && d.f(j) != "that" || d.in(measureNouns, j)) {
		return false
	}
	// "estimated the repairs would cost £5m", "revealed the budget was
	// £5bn": a clause without "that" is still speech
	for k := j + 1; k < last && k < j+6 && d.toks[k].Kind != text.Punct; k++ {
		if d.in(verbLike, k) {
			return false
		}
	}
	return true
}
