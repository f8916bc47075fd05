package extract

import "strings"

// Lexical flags of a token, looked up once per token so that the passes
// over the text test bits instead of maps.
const (
	lxValueStart uint16 = 1 << iota // may start a time or quantity
	lxSpeech                        // a verb of speech: "said"
	lxModal                         // starts a hedge, unknown or negation cue
	lxOpinion                       // an opinion word: "horrendous"
	// Words of times, so that matchTime tests bits instead of maps.
	lxOrdinal       // "first", "ninth"
	lxPart          // "end", "mid", "early"
	lxWeekday       // "friday"
	lxWeekdayAbbrev // "fri"
	lxMonth         // "march", "sept"
	lxSeason        // "summer"
	lxNumberWord    // "nineteen"
	lxDecade        // "nineties"
	lxHoliday       // the first word of a holiday's name: "christmas"
)

// lexFlags maps folded words to their flags.
var lexFlags = func() map[string]uint16 {
	m := map[string]uint16{}
	add := func(f uint16, ws ...string) {
		for _, w := range ws {
			m[w] |= f
		}
	}
	for w := range valueStarters {
		add(lxValueStart, w)
	}
	for w := range speechVerbs {
		add(lxSpeech, w)
	}
	for _, s := range []wordSet{hedgeWords, unknownWords, negationWords} {
		for w := range s {
			add(lxModal, w)
		}
	}
	for _, p := range []phraseSet{hedgePhrases, unknownPhrases, negationPhrases, notNegation} {
		for w := range p {
			add(lxModal, w)
		}
	}
	for w := range opinionWords {
		add(lxOpinion, w)
	}
	for w := range ordinalWords {
		add(lxOrdinal, w)
	}
	for w := range partWords {
		add(lxPart, w)
	}
	for w := range weekdayNames {
		add(lxWeekday, w)
	}
	for w := range weekdayAbbrevs {
		add(lxWeekdayAbbrev, w)
	}
	for w := range monthNames {
		add(lxMonth, w)
	}
	for w := range seasonStart {
		add(lxSeason, w)
	}
	for w := range unitWords {
		add(lxNumberWord, w)
	}
	for w := range decadeWords {
		add(lxDecade, w)
	}
	for w := range holidays {
		add(lxHoliday, w)
	}
	return m
}()

// flagTokens sets the lexical flags of every word token.
func (d *doc) flagTokens() {
	for i := range d.toks {
		t := &d.toks[i]
		if t.kind != tWord {
			continue
		}
		w := d.fold[t.fs:t.fe]
		t.lex = lexFlags[w]
		if strings.HasSuffix(w, "n't") {
			t.lex |= lxModal
		}
	}
}
