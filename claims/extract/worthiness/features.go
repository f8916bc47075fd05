package worthiness

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// The features of a sentence are hashed into the model's weight vector
// (the hashing trick); a feature counts once for each time it occurs. Each
// belongs to a namespace:
//
//	nsWord    lower-case word, with numbers by shape (<num>, <year>,
//	          <decade>, <ordinal>)
//	nsStem    stem of the word (stem)
//	nsBigram  and nsTrigram: word n-grams, with <s> and </s> at the ends
//	nsClass   class of a word from the lexicons (person, modal, tense,
//	          reporting verb, comparison, change, negation, number,
//	          money, month…)
//	nsFirst   first word; nsPunct final punctuation
//	nsFigure  figure shapes: number, year, percent, money, scale word,
//	          and a quotation mark
//	nsCaps    capitalised-name runs inside the sentence (count, longest)
//	nsLen     sentence length bucket
//	nsUPOS, nsUPOSBi, nsRel, nsRelHead  UPOS, UPOS bigrams, dependency
//	          relations and relations with the head's stem: only when the
//	          Sentence carries them
//
// A model trained with word vectors also reads dense features: the mean
// of the embedded vectors (vectors.go) of the sentence's words, a word
// missing from the table read as its parts ("don't" as do and not,
// "well-run" as well and run). The model's weights of the mean are
// linear, so a model scores it as the mean of each word's projection on
// them, computed once for the table.
//
// Words, stems and classes are hashed once a token (FNV-1a, 64 bits, the
// word lower-cased on the fly); a feature's hash mixes its namespace with
// those, so no string is built per feature.
const (
	nsWord uint64 = iota + 1
	nsStem
	nsBigram
	nsTrigram
	nsClass
	nsFirst
	nsPunct
	nsFigure
	nsCaps
	nsCapRun
	nsLen
	nsUPOS
	nsUPOSBi
	nsRel
	nsRelHead
)

// Hashes of the pseudo-words.
var (
	hStart   = hashString("<s>")
	hEnd     = hashString("</s>")
	hRoot    = hashString("<root>")
	hNum     = hashString("<num>")
	hYear    = hashString("<year>")
	hDecade  = hashString("<decade>")
	hOrdinal = hashString("<ordinal>")
	hFig     = hashString("fig") // the class of a figure
)

const (
	fnvOffset64 = 14695981039346656037
	fnvPrime64  = 1099511628211
)

func hashString(s string) uint64 {
	h := uint64(fnvOffset64)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime64
	}
	return h
}

func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset64)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime64
	}
	return h
}

// mix is the finalizer of MurmurHash3.
func mix(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}

// feature is the hash of a feature of namespace ns over up to three parts
// (zero for none).
func feature(ns, a, b, c uint64) uint32 {
	return uint32(mix(mix(mix(ns*0x9e3779b97f4a7c15^a)^b)^c) >> 32)
}

// maxWords is the most tokens of a sentence the features read: a
// "sentence" longer than that is a table or a run of text without full
// stops, and its first words say what it is.
const maxWords = 256

// A tok is one token as the features see it.
type tok struct {
	word, stem, class uint64
	punct             bool
}

// A featurizer holds the scratch space of one sentence's features; it is
// not safe for concurrent use (Model.Score takes one from a pool).
type featurizer struct {
	toks  []tok
	words []string
	buf   []byte
	hs    []uint32
	slots []slot
	gen   uint32
	// vecs, when set, makes features list the word vectors' rows of the
	// sentence's words in rows, and pool, when set too, their mean into
	// dense.
	vecs  *vectorTable
	pool  bool
	rows  []int
	dense []float32
}

// features returns the feature hashes of s in f.hs, and with f.vecs fills
// f.rows (and with f.pool f.dense).
func (f *featurizer) features(s Sentence) []uint32 {
	f.hs = f.hs[:0]
	f.rows = f.rows[:0]
	words := s.Words
	if words == nil {
		f.words = appendTokens(f.words[:0], s.Text, maxWords)
		words = f.words
	}
	if len(words) > maxWords {
		words = words[:maxWords]
	}
	f.toks = f.toks[:0]
	lex := classes()
	var (
		caps, run, maxRun                   int
		num, year, pct, money, scale, quote bool
	)
	for i, t := range words {
		f.buf = appendLower(f.buf[:0], t)
		w := f.buf
		if f.vecs != nil {
			f.rows = f.vecs.appendRows(f.rows, w)
		}
		x := tok{word: hashBytes(w)}
		x.stem = x.word
		c, known := lex.lookup(x.word)
		if sh := shape(w); sh != 0 {
			x.word, x.stem, known = sh, sh, false
			x.class = hFig
			num = true
			year = year || sh == hYear || sh == hDecade
		} else {
			if st, extra := stem(w); len(st) != len(w) || extra != "" {
				x.stem = hashBytes(append(st, extra...))
			}
			if known {
				x.class = c.hash
			}
		}
		switch {
		case known && c.name == "pct" || len(w) == 1 && w[0] == '%':
			pct = true
		case known && c.name == "money" || string(w) == "$" || string(w) == "£" || string(w) == "€":
			money = true
		case known && c.name == "scale":
			scale = true
		case string(w) == "\"" || string(w) == "“" || string(w) == "”":
			quote = true
		}
		r, _ := utf8.DecodeRuneInString(t)
		x.punct = !isWordRune(r)
		if i > 0 && unicode.IsUpper(r) && !(len(w) == 1 && w[0] == 'i') && !(len(w) > 1 && w[0] == 'i' && w[1] == '\'') {
			caps++
			run++
			maxRun = max(maxRun, run)
		} else {
			run = 0
		}
		f.toks = append(f.toks, x)
	}
	ts := f.toks
	n := len(ts)
	at := func(i int) tok {
		switch {
		case i < 0:
			return tok{word: hStart, stem: hStart}
		case i >= n:
			return tok{word: hEnd, stem: hEnd}
		}
		return ts[i]
	}
	for _, x := range ts {
		f.hs = append(f.hs, feature(nsWord, x.word, 0, 0), feature(nsStem, x.stem, 0, 0))
		if x.class != 0 {
			f.hs = append(f.hs, feature(nsClass, x.class, 0, 0))
		}
	}
	for i := -1; i < n; i++ {
		a, b := at(i), at(i+1)
		f.hs = append(f.hs, feature(nsBigram, a.word, b.word, 0))
		if i+2 <= n {
			f.hs = append(f.hs, feature(nsTrigram, a.word, b.word, at(i+2).word))
		}
	}
	if n > 0 {
		f.hs = append(f.hs, feature(nsFirst, ts[0].word, 0, 0))
		if last := ts[n-1]; last.punct {
			f.hs = append(f.hs, feature(nsPunct, last.word, 0, 0))
		}
	}
	for k, on := range [...]bool{num, year, pct, money, scale, quote} {
		if on {
			f.hs = append(f.hs, feature(nsFigure, uint64(k+1), 0, 0))
		}
	}
	f.hs = append(f.hs, feature(nsCaps, bucket(caps, 0, 1, 2, 4), 0, 0),
		feature(nsCapRun, bucket(maxRun, 0, 1, 2, 3), 0, 0),
		feature(nsLen, bucket(n, 3, 6, 10, 15, 22, 30, 45), 0, 0))
	f.syntax(s)
	f.dedupe()
	if f.vecs != nil && f.pool {
		f.dense = slices.Grow(f.dense[:0], f.vecs.dim)[:f.vecs.dim]
		f.vecs.mean(f.dense, f.rows)
	}
	return f.hs
}

// dedupe drops the repeats of f.hs, keeping first occurrences in order: a
// feature is present or absent. It uses an open-addressing set whose slots
// are stamped with a per-sentence generation, so it is never cleared.
func (f *featurizer) dedupe() {
	size := 64
	for size < 2*len(f.hs) {
		size <<= 1
	}
	if len(f.slots) < size {
		f.slots = make([]slot, size)
		f.gen = 0
	}
	f.gen++
	if f.gen == 0 { // wrapped: clear the stamps
		clear(f.slots)
		f.gen = 1
	}
	mask := uint32(size - 1)
	out := f.hs[:0]
	for _, h := range f.hs {
		for i := (h * 0x9e3779b1) >> 7 & mask; ; i = (i + 1) & mask {
			sl := &f.slots[i]
			if sl.gen != f.gen {
				*sl = slot{h: h, gen: f.gen}
				out = append(out, h)
				break
			}
			if sl.h == h {
				break
			}
		}
	}
	f.hs = out
}

// A slot of featurizer.dedupe's set holds a hash in generation gen.
type slot struct{ h, gen uint32 }

// syntax adds the UPOS and dependency features of a Sentence that carries
// them (and Words, to which they are parallel).
func (f *featurizer) syntax(s Sentence) {
	n := len(s.Words)
	if n == 0 || len(f.toks) != min(n, maxWords) {
		return
	}
	n = len(f.toks)
	if len(s.UPOS) == len(s.Words) {
		prev := hStart
		for _, u := range s.UPOS[:n] {
			h := hashString(u)
			f.hs = append(f.hs, feature(nsUPOS, h, 0, 0), feature(nsUPOSBi, prev, h, 0))
			prev = h
		}
	}
	if len(s.Rels) == len(s.Words) && len(s.Heads) == len(s.Words) {
		for i, r := range s.Rels[:n] {
			h := hashString(r)
			head := hRoot
			if j := s.Heads[i]; j > 0 && j <= n {
				head = f.toks[j-1].stem
			}
			f.hs = append(f.hs, feature(nsRel, h, 0, 0), feature(nsRelHead, h, head, 0))
		}
	}
}

// bucket is the index of the first cut n is at most, or len(cuts).
func bucket(n int, cuts ...int) uint64 {
	for i, c := range cuts {
		if n <= c {
			return uint64(i + 1)
		}
	}
	return uint64(len(cuts) + 1)
}

// appendLower appends t in lower case, curly apostrophes made straight.
func appendLower(buf []byte, t string) []byte {
	for i := 0; i < len(t); {
		c := t[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(t[i:])
		if r == '’' {
			r = '\''
		}
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
		i += n
	}
	return buf
}

// shape is the hash of the shape of a token with digits: <year>
// (1800–2099), <decade> ("1980s", "80s"), <ordinal> ("21st"), <num>; 0 for a
// token without digits.
func shape(w []byte) uint64 {
	digits, other := 0, 0
	for _, c := range w {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == ',' || c == '.':
		default:
			other++
		}
	}
	s := string(w) // not retained: no allocation
	switch {
	case digits == 0:
		return 0
	case other == 0 && len(w) == 4 && (s[:2] == "18" || s[:2] == "19" || s[:2] == "20"):
		return hYear
	case other == 1 && w[len(w)-1] == 's' && (digits == 4 || digits == 2):
		return hDecade
	case hasSuffix(w, "st") || hasSuffix(w, "nd") || hasSuffix(w, "rd") || hasSuffix(w, "th"):
		return hOrdinal
	}
	return hNum
}

func hasSuffix(w []byte, s string) bool {
	return len(w) >= len(s) && string(w[len(w)-len(s):]) == s
}

// stem strips common inflections, lemma-like, and returns the stem as a
// prefix of w and a suffix to append: "jobs" job, "taxes" tax, "policies"
// polic+y, "raised" rais, "cutting" cutt. It is a light stemmer for
// features, not a lemmatizer: forms need only agree with each other.
func stem(w []byte) ([]byte, string) {
	n := len(w)
	switch {
	case n > 4 && hasSuffix(w, "ies"):
		return w[:n-3], "y"
	case n > 4 && (hasSuffix(w, "ses") || hasSuffix(w, "xes") || hasSuffix(w, "ches") || hasSuffix(w, "shes")):
		return w[:n-2], ""
	case n > 3 && hasSuffix(w, "s") && !hasSuffix(w, "ss") && !hasSuffix(w, "us") && !hasSuffix(w, "'s"):
		return w[:n-1], ""
	case n > 5 && hasSuffix(w, "ing"):
		return w[:n-3], ""
	case n > 4 && hasSuffix(w, "ied"):
		return w[:n-3], "y"
	case n > 4 && hasSuffix(w, "ed"):
		return w[:n-2], ""
	case n > 5 && hasSuffix(w, "ly"):
		return w[:n-2], ""
	case n > 2 && hasSuffix(w, "'s"):
		return w[:n-2], ""
	}
	return w, ""
}
