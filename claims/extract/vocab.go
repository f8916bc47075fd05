package extract

import (
	"iter"
	"maps"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/veracity-go/veracity/claims/extract/text"
)

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

// lexFlags maps folded words to their flags: each flag is set for the
// words of the lexicons that give it.
var lexFlags = func() map[string]uint16 {
	m := map[string]uint16{}
	for _, l := range []struct {
		flag  uint16
		words iter.Seq[string]
	}{
		{lxValueStart, valueStarters.all()},
		{lxSpeech, speechVerbs.all()},
		{lxModal, hedgeWords.all()}, {lxModal, unknownWords.all()}, {lxModal, negationWords.all()},
		{lxModal, maps.Keys(hedgePhrases)}, {lxModal, maps.Keys(unknownPhrases)},
		{lxModal, maps.Keys(negationPhrases)}, {lxModal, maps.Keys(notNegation)},
		{lxOpinion, opinionWords.all()},
		{lxOrdinal, ordinalWords.all()},
		{lxPart, partWords.all()},
		{lxWeekday, weekdayNames.all()},
		{lxWeekdayAbbrev, weekdayAbbrevs.all()},
		{lxMonth, monthNames.all()},
		{lxSeason, seasonStart.all()},
		{lxNumberWord, unitWords.all()},
		{lxDecade, decadeWords.all()},
		{lxHoliday, holidays.all()},
	} {
		for w := range l.words {
			m[w] |= l.flag
		}
	}
	return m
}()

// A vocabEntry is what the package's lexicons say of one folded word: its
// lexical flags and the word sets it belongs to, a bit per set.
type vocabEntry struct {
	sets [2]uint64
	lex  uint16
}

var (
	// wordSets are all the word sets, in the order of their bits.
	wordSets []*wordSet
	// vocab holds an entry for every word of a word set or of lexFlags;
	// vocab[0] is the entry of every other word. vocabID numbers them.
	vocab   []vocabEntry
	vocabID map[string]int32
	// vocabIndex is vocabID as an open-addressing table, which looks a
	// word up faster than the map: every token of a document is looked up.
	vocabIndex wordIndex
	// vocabDigits reports whether some entry starts with a digit, so that
	// number tokens need looking up.
	vocabDigits bool
	vocabBuilt  bool
)

// init builds the vocabulary once every word set has been made (package
// variables are all initialized before init functions run).
func init() {
	vocabID = map[string]int32{}
	vocab = []vocabEntry{{}}
	id := func(w string) int32 {
		if i, ok := vocabID[w]; ok {
			return i
		}
		i := int32(len(vocab))
		vocabID[w] = i
		vocab = append(vocab, vocabEntry{})
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsDigit(r) {
			vocabDigits = true
		}
		return i
	}
	for _, s := range wordSets {
		for w := range s.m {
			vocab[id(w)].sets[s.bit>>6] |= 1 << (s.bit & 63)
		}
	}
	for w, f := range lexFlags {
		vocab[id(w)].lex = f
	}
	vocabIndex = newWordIndex(vocabID)
	vocabBuilt = true
}

// A wordIndex maps words to ids above zero by open addressing, at most a
// quarter full, so that a word it lacks is usually told by one probe. A
// slot holds the word's hash and id, eight bytes, so that the table stays
// in cache; the words themselves are compared only when the hashes agree.
type wordIndex struct {
	slots []wordSlot
	words []string // by id
	mask  uint32
}

type wordSlot struct {
	hash uint32
	id   int32 // 0: empty
}

func newWordIndex(ids map[string]int32) wordIndex {
	n := 64
	for n < 4*len(ids) {
		n *= 2
	}
	x := wordIndex{slots: make([]wordSlot, n), words: make([]string, len(ids)+1), mask: uint32(n - 1)}
	for w, id := range ids {
		h := wordHash(w)
		i := h & x.mask
		for x.slots[i].id != 0 {
			i = (i + 1) & x.mask
		}
		x.slots[i] = wordSlot{h, id}
		x.words[id] = w
	}
	return x
}

// wordHash is FNV-1a: words are short.
func wordHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}

// lookup returns w's id, or 0.
func (x *wordIndex) lookup(w string) int32 {
	h := wordHash(w)
	for i := h & x.mask; ; i = (i + 1) & x.mask {
		s := x.slots[i]
		if s.id == 0 || s.hash == h && x.words[s.id] == w {
			return s.id
		}
	}
}

// in reports whether the folded text of token i is in s, as s.has(d.f(i)),
// by the bit the token's vocabulary entry holds.
func (d *doc) in(s *wordSet, i int) bool {
	d.cost.tick()
	return vocab[d.toks[i].wid].sets[s.bit>>6]&(1<<(s.bit&63)) != 0
}

// inAt is in for an index that may be out of range, which is in no set.
func (d *doc) inAt(s *wordSet, i int) bool {
	return i >= 0 && i < len(d.toks) && d.in(s, i)
}

// flagTokens looks every token up in the vocabulary and sets the lexical
// flags of the word tokens.
func (d *doc) flagTokens() {
	for i := range d.toks {
		t := &d.toks[i]
		if t.Kind == text.Number && !vocabDigits {
			continue
		}
		w := d.fold[t.FoldStart:t.FoldEnd]
		wid := vocabIndex.lookup(w)
		t.wid = wid
		if t.Kind != text.Word {
			continue
		}
		t.lex = vocab[wid].lex
		if strings.HasSuffix(w, "n't") {
			t.lex |= lxModal
		}
	}
}
