package syntax

import (
	"math/bits"
	"slices"
)

// The groups of the features of the arcs made so far (treeFeats), each
// reading one part of a configuration: the beam sums each group's scores
// once for all the configurations of a sentence that share that part
// (see parseBeam). Their features together are treeFeats'.
const (
	gS0Left  = iota // s0, its left children and their labels
	gS0Right        // s0, its right children and their labels
	gB0Left         // b0, its left children and their labels
	gCross          // the tags of s0, s1, b0 and of some of their children, s1's children's labels
	nGroups
)

// A position (-1 to maxBeamWords, the root) plus one fits a byte.
const _ uint8 = maxBeamWords + 1

// groupKey returns a key that tells apart the configurations whose
// features of group g differ, for a sentence of at most maxBeamWords
// words (positions are kept in a byte each); its first word's low byte
// is g.
func (s *pstate) groupKey(st *sentenceTags, g int) [2]uint64 {
	n := int32(s.n)
	s0, s1, b0 := s.tops()
	pos := func(i int32) uint64 { return uint64(uint8(i + 1)) }
	switch g {
	case gS0Left:
		var l1, l2 int32 = -1, -1
		var vl, ls uint64
		if s0 >= 0 && s0 <= n {
			l1, l2, vl, ls = s.lc1[s0], s.lc2[s0], uint64(s.nleft[s0]), s.lset[s0]
		}
		return [2]uint64{gS0Left | pos(s0)<<8 | pos(l1)<<16 | pos(l2)<<24 |
			s.labAt(l1)<<32 | s.labAt(l2)<<40 | vl<<48, ls}
	case gS0Right:
		var r1, r2 int32 = -1, -1
		var vr, rs uint64
		if s0 >= 0 && s0 <= n {
			r1, r2, vr, rs = s.rc1[s0], s.rc2[s0], uint64(s.nright[s0]), s.rset[s0]
		}
		return [2]uint64{gS0Right | pos(s0)<<8 | pos(r1)<<16 | pos(r2)<<24 |
			s.labAt(r1)<<32 | s.labAt(r2)<<40 | vr<<48, rs}
	case gB0Left:
		var l1, l2 int32 = -1, -1
		var vl, ls uint64
		if b0 >= 0 {
			l1, l2, vl, ls = s.lc1[b0], s.lc2[b0], uint64(s.nleft[b0]), s.lset[b0]
		}
		return [2]uint64{gB0Left | pos(b0)<<8 | pos(l1)<<16 | pos(l2)<<24 |
			s.labAt(l1)<<32 | s.labAt(l2)<<40 | vl<<48, ls}
	}
	// gCross reads tags and labels only (the UPOS it reads follow the
	// tags): its key holds them instead of positions.
	tag := func(i int32) uint64 { return st.tagAt(i, n) }
	s0l, s0r, b0l := s.childAt(s.lc1, s0), s.childAt(s.rc1, s0), s.childAt(s.lc1, b0)
	s1l, s1r := s.childAt(s.lc1, s1), s.childAt(s.rc1, s1)
	return [2]uint64{gCross | tag(s0)<<8 | tag(s0l)<<16 | tag(s0r)<<24 | tag(b0)<<32 | tag(b0l)<<40 | tag(s1)<<48 | tag(s1l)<<56,
		tag(s1r) | s.labAt(s1l)<<8 | s.labAt(s1r)<<16}
}

// tops returns s0, s1 and b0 (-1: none).
func (s *pstate) tops() (s0, s1, b0 int32) {
	ns := len(s.stack)
	s0, s1 = -1, -1
	if ns >= 1 {
		s0 = s.stack[ns-1]
	}
	if ns >= 2 {
		s1 = s.stack[ns-2]
	}
	b0 = s.b
	if b0 >= int32(s.n) {
		b0 = -1
	}
	return s0, s1, b0
}

// labAt returns the relation of word i, or 255 for none.
func (s *pstate) labAt(i int32) uint64 {
	if i < 0 || i > int32(s.n) {
		return 255
	}
	return uint64(s.rel[i])
}

// childAt returns c[i], or -1 for no word i.
func (s *pstate) childAt(c []int32, i int32) int32 {
	if i < 0 || i > int32(s.n) {
		return -1
	}
	return c[i]
}

// wordAt and tagAt return the word and the tag that the features read
// of word i of a sentence of n words (n: the root).
func (st *sentenceTags) wordAt(i, n int32) uint64 {
	const noneW, rootW = 0x1234567, 0x7654321
	switch {
	case i < 0 || i > n:
		return noneW
	case i == n:
		return rootW
	}
	return st.lower[i]
}

func (st *sentenceTags) tagAt(i, n int32) uint64 {
	const noneP, rootP = 250, 251
	switch {
	case i < 0 || i > n:
		return noneP
	case i == n:
		return rootP
	}
	return uint64(st.tag[i])
}

// groupFeatures writes the features of group g of treeFeats into buf.
func (s *pstate) groupFeatures(buf []uint64, st *sentenceTags, g int) []uint64 {
	n := int32(s.n)
	word := func(i int32) uint64 { return st.wordAt(i, n) }
	tag := func(i int32) uint64 { return st.tagAt(i, n) }
	lab, child := s.labAt, s.childAt
	s0, s1, b0 := s.tops()
	switch g {
	case gS0Left:
		s0w, s0p := word(s0), tag(s0)
		l1, l2 := child(s.lc1, s0), child(s.lc2, s0)
		var vl, ls uint64
		if s0 >= 0 {
			vl, ls = uint64(s.nleft[s0]), s.lset[s0]
		}
		return append(buf,
			mix(pS0wvl, s0w, vl, 0), mix(pS0pvl, s0p, vl, 0),
			mix(pS0lw, word(l1), 0, 0), mix(pS0lp, tag(l1), 0, 0), mix(pS0ll, lab(l1), 0, 0),
			mix(pS0l2w, word(l2), 0, 0), mix(pS0l2p, tag(l2), 0, 0), mix(pS0l2l, lab(l2), 0, 0),
			mix(pS0pS0lpS0l2p, s0p, tag(l1), tag(l2)),
			mix(pS0wS0ll, s0w, lab(l1), 0), mix(pS0pS0ll, s0p, lab(l1), 0),
			mix(pS0wlset, s0w, ls, 0), mix(pS0plset, s0p, ls, 0),
		)
	case gS0Right:
		s0w, s0p := word(s0), tag(s0)
		r1, r2 := child(s.rc1, s0), child(s.rc2, s0)
		var vr, rs uint64
		if s0 >= 0 {
			vr, rs = uint64(s.nright[s0]), s.rset[s0]
		}
		return append(buf,
			mix(pS0wvr, s0w, vr, 0), mix(pS0pvr, s0p, vr, 0),
			mix(pS0rw, word(r1), 0, 0), mix(pS0rp, tag(r1), 0, 0), mix(pS0rl, lab(r1), 0, 0),
			mix(pS0r2w, word(r2), 0, 0), mix(pS0r2p, tag(r2), 0, 0), mix(pS0r2l, lab(r2), 0, 0),
			mix(pS0pS0rpS0r2p, s0p, tag(r1), tag(r2)),
			mix(pS0wS0rl, s0w, lab(r1), 0), mix(pS0pS0rl, s0p, lab(r1), 0),
			mix(pS0wrset, s0w, rs, 0), mix(pS0prset, s0p, rs, 0),
		)
	case gB0Left:
		b0w, b0p := word(b0), tag(b0)
		l1, l2 := child(s.lc1, b0), child(s.lc2, b0)
		var vl, ls uint64
		if b0 >= 0 {
			vl, ls = uint64(s.nleft[b0]), s.lset[b0]
		}
		return append(buf,
			mix(pB0wvl, b0w, vl, 0), mix(pB0pvl, b0p, vl, 0),
			mix(pB0lw, word(l1), 0, 0), mix(pB0lp, tag(l1), 0, 0), mix(pB0ll, lab(l1), 0, 0),
			mix(pB0l2w, word(l2), 0, 0), mix(pB0l2p, tag(l2), 0, 0), mix(pB0l2l, lab(l2), 0, 0),
			mix(pB0pB0lpB0l2p, b0p, tag(l1), tag(l2)),
			mix(pB0wB0ll, b0w, lab(l1), 0), mix(pB0pB0ll, b0p, lab(l1), 0),
			mix(pB0wlset, b0w, ls, 0), mix(pB0plset, b0p, ls, 0),
			mix(pU8, st.up(b0, n), st.up(l1, n), 0),
		)
	}
	s0p, s1p, b0p := tag(s0), tag(s1), tag(b0)
	s0l, s0r, b0l := child(s.lc1, s0), child(s.rc1, s0), child(s.lc1, b0)
	s1l, s1r := child(s.lc1, s1), child(s.rc1, s1)
	return append(buf,
		mix(pS0pS0lpB0p, s0p, tag(s0l), b0p), mix(pS0pS0rpB0p, s0p, tag(s0r), b0p),
		mix(pS0pB0pB0lp, s0p, b0p, tag(b0l)),
		mix(pS1rp, tag(s1r), 0, 0), mix(pS1rl, lab(s1r), 0, 0), mix(pS1lp, tag(s1l), 0, 0), mix(pS1ll, lab(s1l), 0, 0),
		mix(pS1pS1rpS0p, s1p, tag(s1r), s0p),
		mix(pU7, st.up(s0, n), st.up(s0l, n), st.up(s0r, n)),
	)
}

// A scoreTable keeps runs of scores under keys of two words, for one
// sentence: an open-addressing table, emptied in constant time (a slot
// is in use only when its era is the table's), with the runs in a slab.
type scoreTable struct {
	slots []tslot
	shift uint // 64 - log2(len(slots))
	era   uint32
	n     int
	slab  []int32
}

type tslot struct {
	k0, k1 uint64
	at     int32
	era    uint32
}

// reset empties t.
func (t *scoreTable) reset() {
	t.era++
	if t.era == 0 {
		clear(t.slots)
		t.era = 1
	}
	t.n = 0
	t.slab = t.slab[:0]
}

func (t *scoreTable) home(k0, k1 uint64) int {
	h := (k0 ^ k1*0x9E3779B97F4A7C15) * 0xBF58476D1CE4E5B9
	return int(h >> t.shift)
}

// get returns where the run of na scores under key (k0, k1) starts in
// t.slab and true, or where a new run of zeros under it starts and false.
func (t *scoreTable) get(k0, k1 uint64, na int) (int, bool) {
	if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	mask := len(t.slots) - 1
	for h := t.home(k0, k1); ; h = (h + 1) & mask {
		sl := &t.slots[h]
		if sl.era != t.era {
			at := len(t.slab)
			t.slab = slices.Grow(t.slab, na)[:at+na]
			clear(t.slab[at:])
			*sl = tslot{k0, k1, int32(at), t.era}
			t.n++
			return at, false
		}
		if sl.k0 == k0 && sl.k1 == k1 {
			return int(sl.at), true
		}
	}
}

// grow doubles the slots.
func (t *scoreTable) grow() {
	old := t.slots
	size := max(64, 2*len(old))
	t.slots = make([]tslot, size)
	t.shift = uint(64 - bits.TrailingZeros(uint(size)))
	mask := size - 1
	for _, sl := range old {
		if sl.era != t.era {
			continue
		}
		h := t.home(sl.k0, sl.k1)
		for t.slots[h].era == t.era {
			h = (h + 1) & mask
		}
		t.slots[h] = sl
	}
}
