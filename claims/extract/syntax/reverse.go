package syntax

// Right-to-left parsing: a parser that reads the sentence reversed makes
// different errors from one that reads it in order, which is what a
// combination of parsers needs (reparse.go). The sentence's words, tags
// and tree are reversed, parsed, and the tree mapped back.

// reverseGold returns g with its words in reverse order and its heads
// remapped to the reversed positions (the root stays -1).
func reverseGold(g *GoldSentence) *GoldSentence {
	n := len(g.Form)
	r := &GoldSentence{
		Form:  reversed(g.Form),
		Lemma: reversed(g.Lemma),
		XPOS:  reversed(g.XPOS),
		UPOS:  reversed(g.UPOS),
		Rel:   reversed(g.Rel),
		Head:  make([]int32, n),
	}
	for i, h := range g.Head {
		r.Head[n-1-i] = mirror(h, n)
	}
	return r
}

// mirror maps a head in a sentence of n words to its position in the
// reversed sentence: -1 (none) and n (the root) stay as they are.
func mirror(h int32, n int) int32 {
	if h < 0 || int(h) >= n {
		return h
	}
	return int32(n-1) - h
}

// reversed returns a reversed copy of s (nil for nil).
func reversed[T any](s []T) []T {
	if s == nil {
		return nil
	}
	r := make([]T, len(s))
	for i, v := range s {
		r[len(s)-1-i] = v
	}
	return r
}

// reverseInto writes s reversed into dst, grown as needed, and returns it.
func reverseInto[T any](dst, s []T) []T {
	dst = resize(dst, len(s))
	for i, v := range s {
		dst[len(s)-1-i] = v
	}
	return dst
}

// unreverseTree rewrites the tree in s, found over the reversed sentence,
// in the sentence's order: head[i] and rel[i] of word i (n: the root).
func (s *pstate) unreverseTree(head []int32, rel []Rel) {
	n := s.n
	for i := 0; i < n; i++ {
		head[n-1-i] = mirror(s.head[i], n)
		rel[n-1-i] = s.rel[i]
	}
}
