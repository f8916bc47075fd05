package syntax

// parser is an arc-hybrid dependency parser (Kuhlmann, Gómez-Rodríguez
// and Satta, 2011) scored by an averaged perceptron, greedy or with a
// beam (beam.go). The stack
// starts with a root below the first word; RIGHT onto the root is allowed
// only for the last word on the stack once the buffer is empty, so every
// sentence gets exactly one root. It is safe for concurrent use once built.
type parser struct {
	w    *weights
	beam int  // hypotheses kept while parsing; 1 or less: greedy
	rtl  bool // it reads the sentence right to left (reverse.go)
}

// Actions: shift, then left-arc and right-arc for each relation.
const actShift = 0

func nActions() int { return 1 + 2*len(relNames) }

func leftAct(r Rel) int  { return 1 + int(r) }
func rightAct(r Rel) int { return 1 + len(relNames) + int(r) }

// actRel returns the relation of an arc action and whether it is left.
func actRel(a int) (r Rel, left bool) {
	if a <= len(relNames) {
		return Rel(a - 1), true
	}
	return Rel(a - 1 - len(relNames)), false
}

// pstate is a parser configuration over one sentence of n words; the
// root is word n.
type pstate struct {
	n      int
	stack  []int32
	b      int32
	head   []int32 // -1 until attached; n for the root
	rel    []Rel
	lc1    []int32 // leftmost child, second leftmost
	lc2    []int32
	rc1    []int32 // rightmost child, second rightmost
	rc2    []int32
	nleft  []uint8
	nright []uint8
	lset   []uint64 // relations of the left children, as bits
	rset   []uint64 // relations of the right children
	bscore []int32  // scores of the buffer's features (parse)
}

func (s *pstate) reset(n int) {
	s.n = n
	s.stack = append(s.stack[:0], int32(n))
	s.b = 0
	s.head = fill(s.head, n+1, -1)
	s.rel = resize(s.rel, n+1)
	for i := range s.rel {
		s.rel[i] = NoRel
	}
	s.lc1 = fill(s.lc1, n+1, -1)
	s.lc2 = fill(s.lc2, n+1, -1)
	s.rc1 = fill(s.rc1, n+1, -1)
	s.rc2 = fill(s.rc2, n+1, -1)
	s.nleft = resize(s.nleft, n+1)
	s.nright = resize(s.nright, n+1)
	s.lset = resize(s.lset, n+1)
	s.rset = resize(s.rset, n+1)
	for i := range s.nleft {
		s.nleft[i], s.nright[i], s.lset[i], s.rset[i] = 0, 0, 0, 0
	}
}

func fill(s []int32, n int, v int32) []int32 {
	s = resize(s, n)
	for i := range s {
		s[i] = v
	}
	return s
}

func (s *pstate) terminal() bool { return int(s.b) >= s.n && len(s.stack) == 1 }

// valid reports whether action class a is allowed.
func (s *pstate) valid(a int) bool {
	bufEmpty := int(s.b) >= s.n
	ns := len(s.stack)
	switch {
	case a == leftAct(NoRel) || a == rightAct(NoRel):
		return false
	case a == actShift:
		return !bufEmpty
	case a <= len(relNames):
		return !bufEmpty && ns >= 2
	default:
		if ns < 2 {
			return false
		}
		if ns == 2 {
			return bufEmpty
		}
		return true
	}
}

// apply performs action a, which must be valid.
func (s *pstate) apply(a int) {
	if a == actShift {
		s.stack = append(s.stack, s.b)
		s.b++
		return
	}
	r, left := actRel(a)
	s0 := s.stack[len(s.stack)-1]
	s.stack = s.stack[:len(s.stack)-1]
	var h int32
	if left {
		h = s.b
		s.lc2[h] = s.lc1[h]
		s.lc1[h] = s0
		s.nleft[h]++
		s.lset[h] |= 1 << (uint(r) & 63)
	} else {
		h = s.stack[len(s.stack)-1]
		s.rc2[h] = s.rc1[h]
		s.rc1[h] = s0
		s.nright[h]++
		s.rset[h] |= 1 << (uint(r) & 63)
	}
	s.head[s0] = h
	s.rel[s0] = r
}

// cost returns the number of gold arcs that action a makes unreachable
// (the dynamic oracle of Goldberg and Nivre, 2013), given gold heads
// (n for the root) and relations.
func (s *pstate) cost(a int, gh []int32, gr []Rel) int {
	ns := len(s.stack)
	if a == actShift {
		b0 := s.b
		c := 0
		for k := 0; k < ns; k++ {
			d := s.stack[k]
			if gh[d] == b0 && d != int32(s.n) {
				c++
			}
			if gh[b0] == d && k < ns-1 {
				c++
			}
		}
		return c
	}
	r, left := actRel(a)
	s0 := s.stack[ns-1]
	c := 0
	for d := s.b; int(d) < s.n; d++ {
		if gh[d] == s0 {
			c++
		}
	}
	h := gh[s0]
	if left {
		if h != s.b && (ns >= 2 && h == s.stack[ns-2] || h > s.b && int(h) < s.n) {
			c++
		}
		if gr != nil && h == s.b && gr[s0] != r {
			c++
		}
	} else {
		s1 := s.stack[ns-2]
		if h != s1 && h >= s.b && int(h) < s.n {
			c++
		}
		if gr != nil && h == s1 && gr[s0] != r {
			c++
		}
	}
	return c
}

// costs writes the cost of every action into out (-1 for invalid ones)
// in time linear in the sentence.
func (s *pstate) costs(gh []int32, gr []Rel, out []int) {
	base := [3]int{-1, -1, -1}
	for k, a := range [3]int{actShift, leftAct(RelRoot), rightAct(RelRoot)} {
		if s.valid(a) {
			base[k] = s.cost(a, gh, nil)
		}
	}
	out[actShift] = base[0]
	var s0 int32 = -1
	if ns := len(s.stack); ns > 0 {
		s0 = s.stack[ns-1]
	}
	for r := 1; r < len(relNames); r++ {
		l, rt := leftAct(Rel(r)), rightAct(Rel(r))
		out[l], out[rt] = base[1], base[2]
		if base[1] >= 0 && gh[s0] == s.b && gr[s0] != Rel(r) {
			out[l]++
		}
		if base[2] >= 0 && len(s.stack) >= 2 && gh[s0] == s.stack[len(s.stack)-2] && gr[s0] != Rel(r) {
			out[rt]++
		}
	}
	out[leftAct(NoRel)], out[rightAct(NoRel)] = -1, -1
}

// Template numbers of the parser's features.
const (
	pS0w = iota + 1
	pS0p
	pS0wp
	pS1w
	pS1p
	pS1wp
	pB0w
	pB0p
	pB0wp
	pB1w
	pB1p
	pB1wp
	pB2w
	pB2p
	pS0wpB0wp
	pS0wpB0w
	pS0wB0wp
	pS0wpB0p
	pS0pB0wp
	pS0wB0w
	pS0pB0p
	pB0pB1p
	pB0pB1pB2p
	pS0pB0pB1p
	pS1pS0pB0p
	pS0pS0lpB0p
	pS0pS0rpB0p
	pS0pB0pB0lp
	pS0wd
	pS0pd
	pB0wd
	pB0pd
	pS0wB0wd
	pS0pB0pd
	pS0wvr
	pS0pvr
	pS0wvl
	pS0pvl
	pB0wvl
	pB0pvl
	pS0lw
	pS0lp
	pS0ll
	pS0rw
	pS0rp
	pS0rl
	pB0lw
	pB0lp
	pB0ll
	pS0l2w
	pS0l2p
	pS0l2l
	pS0r2w
	pS0r2p
	pS0r2l
	pB0l2w
	pB0l2p
	pB0l2l
	pS0pS0lpS0l2p
	pS0pS0rpS0r2p
	pB0pB0lpB0l2p
	pS1wpS0wp
	pS1pS0p
	pS1wS0w
	pS2pS1pS0p
	pS1rp
	pS1rl
	pS1lp
	pS1ll
	pS1pS1rpS0p
	pS0wS0rl
	pS0wS0ll
	pB0wB0ll
	pS2w
	pS2p
	pB1wB0w
	pS0wS1wB0w
	pS0pS0ll
	pS0pS0rl
	pB0pB0ll
	pS0wlset
	pS0plset
	pS0wrset
	pS0prset
	pB0wlset
	pB0plset
	pU1
	pU2
	pU3
	pU4
	pU5
	pU6
	pU7
	pU8
	pV1
	pV2
	pV3
	pV4
	pA1
	pA2
	pA3
	pA4
	pA5
	pA6
	pX1
	pX2
	pX3
)

// altMargin: a word's runner-up class counts as an alternative to its
// class when it scored less than this below it (in weight units).
const altMargin = 20

// sentenceTags is what the parser reads of a tagged sentence.
type sentenceTags struct {
	lower []uint64 // hashLower of each word
	tag   []int    // tagger class of each word
	upos  []UPOS   // the class's UPOS
	alt   []int    // the tagger's runner-up class, or -1 when far behind
	// verbs and puncts count the verbs (VERB, AUX) and the punctuation
	// before each word, and in the whole sentence at the end.
	verbs, puncts []int32
}

// setTags fills st's tag arrays for the classes tags, and the runner-up
// classes alts (see tagger.runnerUp), of the classes cs.
func (st *sentenceTags) setTags(tags, alts []int, cs []tagClass) {
	st.tag, st.alt = tags, alts
	st.upos = st.upos[:0]
	st.verbs = append(st.verbs[:0], 0)
	st.puncts = append(st.puncts[:0], 0)
	var v, p int32
	for _, t := range tags {
		u := cs[t].UPOS
		st.upos = append(st.upos, u)
		switch u {
		case VERB, AUX:
			v++
		case PUNCT:
			p++
		}
		st.verbs = append(st.verbs, v)
		st.puncts = append(st.puncts, p)
	}
}

// parseFeatures writes the features of configuration s into buf.
func (s *pstate) parseFeatures(buf []uint64, st *sentenceTags) []uint64 {
	return s.stackFeatures(st.bufferFeatures(buf, s.b), st)
}

// bufferFeatures writes the features of the buffer's first three words
// alone, b0 at b, into buf: they stay the same while b0 does.
func (st *sentenceTags) bufferFeatures(buf []uint64, b int32) []uint64 {
	n := int32(len(st.lower))
	const noneW = 0x1234567
	const noneP = 250
	var w, p [3]uint64
	var u0, u1 uint64 = 30, 30
	for k := range int32(3) {
		w[k], p[k] = noneW, noneP
		if i := b + k; i < n {
			w[k], p[k] = st.lower[i], uint64(st.tag[i])
			if k == 0 {
				u0 = uint64(st.upos[i])
			} else if k == 1 {
				u1 = uint64(st.upos[i])
			}
		}
	}
	return append(buf,
		mix(pB0w, w[0], 0, 0), mix(pB0p, p[0], 0, 0), mix(pB0wp, w[0], p[0], 0),
		mix(pB1w, w[1], 0, 0), mix(pB1p, p[1], 0, 0), mix(pB1wp, w[1], p[1], 0),
		mix(pB2w, w[2], 0, 0), mix(pB2p, p[2], 0, 0),
		mix(pB0pB1p, p[0], p[1], 0), mix(pB0pB1pB2p, p[0], p[1], p[2]),
		mix(pB1wB0w, w[1], w[0], 0), mix(pU3, u0, u1, 0),
	)
}

// stackFeatures writes the other features of configuration s into buf.
func (s *pstate) stackFeatures(buf []uint64, st *sentenceTags) []uint64 {
	return s.someFeatures(buf, st, placeFeats|treeFeats)
}

// Parts of stackFeatures.
const (
	placeFeats = 1 << iota // of the positions of s2, s1, s0 and b0 alone
	treeFeats              // of the arcs made so far
)

// up returns the UPOS of word i of a sentence of n words (n: the root).
func (st *sentenceTags) up(i, n int32) uint64 {
	switch {
	case i < 0 || i > n:
		return 30
	case i == n:
		return 31
	}
	return uint64(st.upos[i])
}

// someFeatures writes the features of the parts part of stackFeatures
// into buf.
func (s *pstate) someFeatures(buf []uint64, st *sentenceTags, part int) []uint64 {
	n := int32(s.n)
	word := func(i int32) uint64 { return st.wordAt(i, n) }
	tag := func(i int32) uint64 { return st.tagAt(i, n) }
	lab := func(i int32) uint64 {
		if i < 0 || i > n {
			return 255
		}
		return uint64(s.rel[i])
	}
	child := func(c []int32, i int32) int32 {
		if i < 0 || i > n {
			return -1
		}
		return c[i]
	}
	ns := len(s.stack)
	s0, s1, s2 := int32(-1), int32(-1), int32(-1)
	if ns >= 1 {
		s0 = s.stack[ns-1]
	}
	if ns >= 2 {
		s1 = s.stack[ns-2]
	}
	if ns >= 3 {
		s2 = s.stack[ns-3]
	}
	b0, b1 := s.b, s.b+1
	if b0 >= n {
		b0 = -1
	}
	if b1 >= n {
		b1 = -1
	}
	s0w, s0p, s1w, s1p := word(s0), tag(s0), word(s1), tag(s1)
	b0w, b0p, b1p := word(b0), tag(b0), tag(b1)
	s2p := tag(s2)
	var d uint64 = 0
	if s0 >= 0 && b0 >= 0 && s0 < n {
		d = distBucket(int(b0 - s0))
	}
	// The features of the positions of s2, s1, s0 and b0 alone: the same
	// for configurations that differ only in their arcs.
	s0u, s1u, b0u := st.up(s0, n), st.up(s1, n), st.up(b0, n)
	if part&placeFeats != 0 {
		buf = append(buf,
			mix(pS0w, s0w, 0, 0), mix(pS0p, s0p, 0, 0), mix(pS0wp, s0w, s0p, 0),
			mix(pS1w, s1w, 0, 0), mix(pS1p, s1p, 0, 0), mix(pS1wp, s1w, s1p, 0),
			mix(pS0wpB0wp, s0w, s0p, b0w^b0p<<40), mix(pS0wpB0w, s0w, s0p, b0w), mix(pS0wB0wp, s0w, b0w, b0p),
			mix(pS0wpB0p, s0w, s0p, b0p), mix(pS0pB0wp, s0p, b0w, b0p), mix(pS0wB0w, s0w, b0w, 0),
			mix(pS0pB0p, s0p, b0p, 0),
			mix(pS0pB0pB1p, s0p, b0p, b1p), mix(pS1pS0pB0p, s1p, s0p, b0p),
			mix(pS0wd, s0w, d, 0), mix(pS0pd, s0p, d, 0), mix(pB0wd, b0w, d, 0), mix(pB0pd, b0p, d, 0),
			mix(pS0wB0wd, s0w, b0w, d), mix(pS0pB0pd, s0p, b0p, d),
			mix(pS1wpS0wp, s1w^s1p<<40, s0w, s0p), mix(pS1pS0p, s1p, s0p, 0), mix(pS1wS0w, s1w, s0w, 0),
			mix(pS2pS1pS0p, s2p, s1p, s0p),
			mix(pS2w, word(s2), 0, 0), mix(pS2p, s2p, 0, 0),
			mix(pS0wS1wB0w, s0w, s1w, b0w),
			// Coarse tags: UPOS beside the tagger's (UPOS, XPOS) classes.
			mix(pU1, s0u, b0u, 0), mix(pU2, s1u, s0u, b0u),
			mix(pU4, s0u, b0u, d), mix(pU5, s0w, b0u, 0), mix(pU6, s0u, b0w, 0),
		)
		// What lies between s0 and b0: verbs and punctuation (none, one, more).
		if s0 >= 0 && s0 < n && b0 >= 0 {
			vb := uint64(min(st.verbs[b0]-st.verbs[s0+1], 2))
			pb := uint64(min(st.puncts[b0]-st.puncts[s0+1], 2))
			buf = append(buf,
				mix(pV1, vb, pb, 0), mix(pV2, s0p, b0p, vb), mix(pV3, s0p, b0p, pb), mix(pV4, s0w, vb, pb),
			)
		}
		// The tagger's runner-up classes of s0 and b0, where it hesitated.
		alt := func(i int32) uint64 {
			if i < 0 || i >= n || st.alt == nil || st.alt[i] < 0 {
				return 253
			}
			return uint64(st.alt[i])
		}
		s0a, b0a := alt(s0), alt(b0)
		// What is left in the buffer: verbs and punctuation from b0 on
		// (none, one, two, more; or the buffer is empty).
		var vr, pr uint64 = 4, 4
		if b0 >= 0 {
			vr = uint64(min(st.verbs[n]-st.verbs[b0], 3))
			pr = uint64(min(st.puncts[n]-st.puncts[b0], 3))
		}
		buf = append(buf,
			mix(pA1, s0a, b0p, 0), mix(pA2, s0p, b0a, 0), mix(pA3, b0a, b0p, 0), mix(pA4, s0a, s0p, 0),
			mix(pA5, s0p, b0p, b0a), mix(pA6, s0p, s0a, b0p),
			mix(pX1, s0p, vr, pr), mix(pX2, s1p, s0p, vr), mix(pX3, s0u, b0u, vr),
		)
	}
	if part&treeFeats == 0 {
		return buf
	}
	// The features of the arcs made so far: children, their labels,
	// valencies and label sets.
	s0l, s0r, s0l2, s0r2 := child(s.lc1, s0), child(s.rc1, s0), child(s.lc2, s0), child(s.rc2, s0)
	b0l, b0l2 := child(s.lc1, b0), child(s.lc2, b0)
	s1l, s1r := child(s.lc1, s1), child(s.rc1, s1)
	var vr0, vl0, vlb, ls0, rs0, lsb uint64
	if s0 >= 0 {
		vr0, vl0 = uint64(s.nright[s0]), uint64(s.nleft[s0])
		ls0, rs0 = s.lset[s0], s.rset[s0]
	}
	if b0 >= 0 {
		vlb = uint64(s.nleft[b0])
		lsb = s.lset[b0]
	}
	buf = append(buf,
		mix(pS0pS0lpB0p, s0p, tag(s0l), b0p), mix(pS0pS0rpB0p, s0p, tag(s0r), b0p),
		mix(pS0pB0pB0lp, s0p, b0p, tag(b0l)),
		mix(pS0wvr, s0w, vr0, 0), mix(pS0pvr, s0p, vr0, 0), mix(pS0wvl, s0w, vl0, 0), mix(pS0pvl, s0p, vl0, 0),
		mix(pB0wvl, b0w, vlb, 0), mix(pB0pvl, b0p, vlb, 0),
		mix(pS0lw, word(s0l), 0, 0), mix(pS0lp, tag(s0l), 0, 0), mix(pS0ll, lab(s0l), 0, 0),
		mix(pS0rw, word(s0r), 0, 0), mix(pS0rp, tag(s0r), 0, 0), mix(pS0rl, lab(s0r), 0, 0),
		mix(pB0lw, word(b0l), 0, 0), mix(pB0lp, tag(b0l), 0, 0), mix(pB0ll, lab(b0l), 0, 0),
		mix(pS0l2w, word(s0l2), 0, 0), mix(pS0l2p, tag(s0l2), 0, 0), mix(pS0l2l, lab(s0l2), 0, 0),
		mix(pS0r2w, word(s0r2), 0, 0), mix(pS0r2p, tag(s0r2), 0, 0), mix(pS0r2l, lab(s0r2), 0, 0),
		mix(pB0l2w, word(b0l2), 0, 0), mix(pB0l2p, tag(b0l2), 0, 0), mix(pB0l2l, lab(b0l2), 0, 0),
		mix(pS0pS0lpS0l2p, s0p, tag(s0l), tag(s0l2)), mix(pS0pS0rpS0r2p, s0p, tag(s0r), tag(s0r2)),
		mix(pB0pB0lpB0l2p, b0p, tag(b0l), tag(b0l2)),
		mix(pS1rp, tag(s1r), 0, 0), mix(pS1rl, lab(s1r), 0, 0), mix(pS1lp, tag(s1l), 0, 0), mix(pS1ll, lab(s1l), 0, 0),
		mix(pS1pS1rpS0p, s1p, tag(s1r), s0p),
		mix(pS0wS0rl, s0w, lab(s0r), 0), mix(pS0wS0ll, s0w, lab(s0l), 0), mix(pB0wB0ll, b0w, lab(b0l), 0),
		mix(pS0pS0ll, s0p, lab(s0l), 0), mix(pS0pS0rl, s0p, lab(s0r), 0), mix(pB0pB0ll, b0p, lab(b0l), 0),
		mix(pS0wlset, s0w, ls0, 0), mix(pS0plset, s0p, ls0, 0), mix(pS0wrset, s0w, rs0, 0), mix(pS0prset, s0p, rs0, 0),
		mix(pB0wlset, b0w, lsb, 0), mix(pB0plset, b0p, lsb, 0),
		mix(pU7, s0u, st.up(s0l, n), st.up(s0r, n)), mix(pU8, b0u, st.up(b0l, n), 0),
	)
	return buf
}

func distBucket(d int) uint64 {
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 7:
		return 5
	case d <= 10:
		return 6
	}
	return 7
}

// parse parses one tagged sentence, writing heads (n for the root) and
// relations into s. The scores of the buffer's features are summed once
// for each b0.
func (p *parser) parse(s *pstate, st *sentenceTags, buf []uint64, scores []int32) {
	s.reset(len(st.lower))
	s.bscore = resize(s.bscore, len(scores))
	lastB := int32(-1)
	for !s.terminal() {
		if s.b != lastB {
			lastB = s.b
			buf = st.bufferFeatures(buf[:0], s.b)
			clear(s.bscore)
			p.w.score(buf, s.bscore)
		}
		buf = s.stackFeatures(buf[:0], st)
		copy(scores, s.bscore)
		p.w.score(buf, scores)
		best := -1
		for a := range scores {
			if (best < 0 || scores[a] > scores[best]) && s.valid(a) {
				best = a
			}
		}
		s.apply(best)
	}
}
