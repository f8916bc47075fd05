package worthiness

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The features of a sentence are strings hashed into the model's weight
// vector (the hashing trick); a feature is present or absent. Each has a
// namespace prefix:
//
//	w  lower-case word, with numbers by shape (<num>, <year>, <decade>)
//	s  stem of the word (stem)
//	b  bigram and t trigram of words, with <s> and </s> at the ends
//	sb bigram of stems
//	c  class of a word from the lexicons (person, modal, tense, reporting
//	   verb, comparison, change, negation, number, money, month…) and
//	   cb bigrams of words with the class standing for the word
//	f  first word; p  final punctuation
//	n  figure shapes: number, year, percent, money, scale word
//	cap capitalised-name runs inside the sentence (count, longest)
//	len sentence length bucket; q a quotation mark
//	u, ub, r, rh  UPOS, UPOS bigrams, dependency relations, relation with
//	   the head's word: only when the Sentence carries them
type featurizer struct {
	words []string // lower case, numbers by shape
	cls   []string
	hs    []uint32
}

// hash is 32-bit FNV-1a over parts joined by '|'.
type hash uint32

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func (h hash) add(s string) hash {
	for i := 0; i < len(s); i++ {
		h ^= hash(s[i])
		h *= fnvPrime
	}
	return h
}

func (h hash) sep() hash { h ^= '|'; h *= fnvPrime; return h }

func (f *featurizer) emit(parts ...string) {
	h := hash(fnvOffset)
	for i, p := range parts {
		if i > 0 {
			h = h.sep()
		}
		h = h.add(p)
	}
	// a final avalanche spreads FNV's low bits over the whole word
	x := uint32(h)
	x ^= x >> 16
	x *= 0x7feb352d
	x ^= x >> 15
	x *= 0x846ca68b
	x ^= x >> 16
	f.hs = append(f.hs, x)
}

// features returns the hashes of s's features, sorted and without
// duplicates, in f.hs.
func (f *featurizer) features(s Sentence) []uint32 {
	f.hs = f.hs[:0]
	toks := s.Words
	if toks == nil {
		toks = Tokenize(s.Text)
	}
	f.words = f.words[:0]
	f.cls = f.cls[:0]
	lex := classes()
	var (
		caps, run, maxRun                   int
		num, year, pct, money, scale, quote bool
	)
	for i, t := range toks {
		w := lower(t)
		c := lex[w]
		if sh := shape(w); sh != "" {
			w, c = sh, "fig"
			num = true
			year = year || sh == "<year>" || sh == "<decade>"
		}
		switch {
		case w == "%" || c == "pct":
			pct = true
		case w == "$" || w == "£" || w == "€" || c == "money":
			money = true
		case c == "scale":
			scale = true
		case w == "\"" || w == "“" || w == "”":
			quote = true
		}
		r, _ := utf8.DecodeRuneInString(t)
		if i > 0 && unicode.IsUpper(r) && w != "i" && !strings.HasPrefix(w, "i'") {
			caps++
			run++
			maxRun = max(maxRun, run)
		} else {
			run = 0
		}
		f.words = append(f.words, w)
		f.cls = append(f.cls, c)
	}
	ws := f.words
	n := len(ws)
	word := func(i int) string {
		if i < 0 {
			return "<s>"
		}
		if i >= n {
			return "</s>"
		}
		return ws[i]
	}
	for i, w := range ws {
		f.emit("w", w)
		st := stem(w)
		f.emit("s", st)
		if c := f.cls[i]; c != "" {
			f.emit("c", c)
		}
	}
	for i := -1; i < n; i++ {
		f.emit("b", word(i), word(i+1))
		f.emit("sb", stem(word(i)), stem(word(i+1)))
		f.emit("cb", f.gen(i), f.gen(i+1))
		if i+2 <= n {
			f.emit("t", word(i), word(i+1), word(i+2))
		}
	}
	if n > 0 {
		f.emit("f", ws[0])
		if last := ws[n-1]; len(last) == 1 && !isWordRune(rune(last[0])) {
			f.emit("p", last)
		}
	}
	for _, x := range []struct {
		on   bool
		name string
	}{{num, "num"}, {year, "year"}, {pct, "pct"}, {money, "money"}, {scale, "scale"}, {quote, "quote"}} {
		if x.on {
			f.emit("n", x.name)
		}
	}
	f.emit("cap", bucket(caps, 0, 1, 2, 4))
	f.emit("caprun", bucket(maxRun, 0, 1, 2, 3))
	f.emit("len", bucket(n, 3, 6, 10, 15, 22, 30, 45))
	f.syntax(s)
	slices.Sort(f.hs)
	f.hs = slices.Compact(f.hs)
	return f.hs
}

// gen is word i, or its lexicon class when it has one.
func (f *featurizer) gen(i int) string {
	switch {
	case i < 0:
		return "<s>"
	case i >= len(f.words):
		return "</s>"
	case f.cls[i] != "":
		return f.cls[i]
	}
	return f.words[i]
}

// syntax adds the UPOS and dependency features of a Sentence that carries
// them (and Words, to which they are parallel).
func (f *featurizer) syntax(s Sentence) {
	n := len(s.Words)
	if n == 0 {
		return
	}
	if len(s.UPOS) == n {
		for i, u := range s.UPOS {
			f.emit("u", u)
			prev := "<s>"
			if i > 0 {
				prev = s.UPOS[i-1]
			}
			f.emit("ub", prev, u)
		}
	}
	if len(s.Rels) == n && len(s.Heads) == n {
		for i, r := range s.Rels {
			f.emit("r", r)
			head := "<root>"
			if h := s.Heads[i]; h > 0 && h <= n && h-1 < len(f.words) {
				head = stem(f.words[h-1])
			}
			f.emit("rh", r, head)
		}
	}
}

// bucket names the interval of cuts that n falls in: "<=3", "<=6"… or ">45".
func bucket(n int, cuts ...int) string {
	for _, c := range cuts {
		if n <= c {
			return "<=" + strconv.Itoa(c)
		}
	}
	return ">" + strconv.Itoa(cuts[len(cuts)-1])
}

// shape names a token with digits by its shape: <year> (1800–2099),
// <decade> ("1980s", "80s"), <ordinal> ("21st"), <num>; "" for a token
// without digits.
func shape(w string) string {
	digits, other := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == ',' || c == '.':
		default:
			other++
		}
	}
	switch {
	case digits == 0:
		return ""
	case other == 0 && len(w) == 4 && (w[:2] == "18" || w[:2] == "19" || w[:2] == "20"):
		return "<year>"
	case strings.HasSuffix(w, "s") && other == 1 && (digits == 4 || digits == 2):
		return "<decade>"
	case strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd") || strings.HasSuffix(w, "th"):
		return "<ordinal>"
	}
	return "<num>"
}

// stem strips common inflections, lemma-like: "jobs" job, "taxes" tax,
// "policies" policy, "raised" rais, "cutting" cutt. It is a light stemmer
// for features, not a lemmatizer: forms need only agree with each other.
func stem(w string) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 4 && (strings.HasSuffix(w, "ses") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes")):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "'s"):
		return w[:n-1]
	case n > 5 && strings.HasSuffix(w, "ing"):
		return w[:n-3]
	case n > 4 && strings.HasSuffix(w, "ied"):
		return w[:n-3] + "y"
	case n > 4 && strings.HasSuffix(w, "ed"):
		return w[:n-2]
	case n > 5 && strings.HasSuffix(w, "ly"):
		return w[:n-2]
	case n > 2 && strings.HasSuffix(w, "'s"):
		return w[:n-2]
	}
	return w
}
