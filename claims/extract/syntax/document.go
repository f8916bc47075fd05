package syntax

// A Doc is the syntactic analysis of one text: the text and per-word
// arrays of equal length, one entry a word. Word i is Text[Start[i]:End[i]]
// (for a Doc read from CoNLL-U, whose words need not be substrings of a
// text, Form holds them). A Doc is not safe for concurrent writes; reading
// one from several goroutines is safe.
type Doc struct {
	Text string

	Start, End []int32 // byte span of each word in Text
	UPOS       []UPOS
	XPOS       []string // Penn Treebank tag ("NNS", "VBD")
	Lemma      []string
	Head       []int32 // index of the word's head, -1 for a sentence's root
	Rel        []Rel

	// Sents gives each sentence as the half-open range of its words.
	Sents []Range

	// Form holds the words when they are not spans of Text (CoNLL-U
	// input); it is nil otherwise.
	Form []string
}

// A Range is a half-open range [Start, End) of word indices.
type Range struct{ Start, End int32 }

// Len returns the number of words.
func (d *Doc) Len() int { return len(d.Start) }

// Word returns word i as written.
func (d *Doc) Word(i int) string {
	if d.Form != nil {
		return d.Form[i]
	}
	return d.Text[d.Start[i]:d.End[i]]
}

// Children calls f with each word whose head is i, in order, within i's
// sentence s. It allocates nothing.
func (d *Doc) Children(s Range, i int, f func(child int) bool) {
	for j := s.Start; j < s.End; j++ {
		if d.Head[j] == int32(i) && !f(int(j)) {
			return
		}
	}
}

// SentenceOf returns the sentence that holds word i.
func (d *Doc) SentenceOf(i int) Range {
	lo, hi := 0, len(d.Sents)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Sents[m].End <= int32(i) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.Sents) {
		return d.Sents[lo]
	}
	return Range{}
}

// grow makes room for n more words.
func (d *Doc) grow(n int) {
	if cap(d.Start)-len(d.Start) >= n {
		return
	}
	c := 2*cap(d.Start) + n
	grow := func(s []int32) []int32 { t := make([]int32, len(s), c); copy(t, s); return t }
	d.Start, d.End = grow(d.Start), grow(d.End)
}

// addWord appends a word with its span; the analysis arrays are filled
// later by [Model.Annotate].
func (d *Doc) addWord(start, end int) {
	d.Start = append(d.Start, int32(start))
	d.End = append(d.End, int32(end))
}

// ready sizes the analysis arrays to the words.
func (d *Doc) ready() {
	n := len(d.Start)
	d.UPOS = resize(d.UPOS, n)
	d.XPOS = resize(d.XPOS, n)
	d.Lemma = resize(d.Lemma, n)
	d.Head = resize(d.Head, n)
	d.Rel = resize(d.Rel, n)
}

func resize[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]T, n)
}
