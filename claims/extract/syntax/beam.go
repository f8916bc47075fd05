package syntax

// Beam search for the parser (Zhang and Clark, 2008): the k best
// configurations are kept at each step instead of one, each scored by
// the sum of its transitions' scores. All configurations of a sentence
// end after the same number of transitions (2n: each word is shifted
// once and attached once), so the beam moves in step.

// maxBeamWords is the longest sentence parsed with a beam; longer ones
// are parsed greedily, as each step copies the configurations kept
// (time quadratic in the sentence's length).
const maxBeamWords = 250

// maxBeam is the widest beam.
const maxBeam = 64

// copyFrom makes s a copy of o.
func (s *pstate) copyFrom(o *pstate) {
	s.n, s.b = o.n, o.b
	s.stack = append(s.stack[:0], o.stack...)
	s.head = append(s.head[:0], o.head...)
	s.rel = append(s.rel[:0], o.rel...)
	s.lc1 = append(s.lc1[:0], o.lc1...)
	s.lc2 = append(s.lc2[:0], o.lc2...)
	s.rc1 = append(s.rc1[:0], o.rc1...)
	s.rc2 = append(s.rc2[:0], o.rc2...)
	s.nleft = append(s.nleft[:0], o.nleft...)
	s.nright = append(s.nright[:0], o.nright...)
	s.lset = append(s.lset[:0], o.lset...)
	s.rset = append(s.rset[:0], o.rset...)
}

// A beamItem is a configuration in the beam with its score.
type beamItem struct {
	s     pstate
	score int64
}

// A cand is a configuration the beam may keep: item from after action
// act, with score.
type cand struct {
	from, act int
	score     int64
}

// beamState holds the buffers of beam parsing.
type beamState struct {
	items, next []beamItem
	cands       []cand
	bscore      []int32 // the buffer features' scores for each b0, nActions apart
	bdone       []bool
	// The scores of the buffer's features and of those of the positions
	// of s2, s1, s0 and b0 (placeFeats), shared by the configurations that
	// differ only in their arcs, as those made by arcs of different
	// labels, under placeKey.
	places scoreTable
	// The scores of each group of the arcs' features (groupFeatures),
	// shared by the configurations with the same groupKey.
	groups scoreTable
	// kept is the number of configurations in the final beam.
	kept int
}

// placeKey returns the positions of s2, s1, s0 and b0 (-1: none).
func (s *pstate) placeKey() [4]int32 {
	k := [4]int32{-1, -1, -1, s.b}
	for i := range 3 {
		if j := len(s.stack) - 1 - i; j >= 0 {
			k[2-i] = s.stack[j]
		}
	}
	return k
}

// topK inserts c into cs, kept in decreasing order of score (earlier
// candidates first among equals) and at most k long.
func topK(cs []cand, c cand, k int) []cand {
	if len(cs) == k && c.score <= cs[k-1].score {
		return cs
	}
	if len(cs) < k {
		cs = append(cs, c)
	} else {
		cs[k-1] = c
	}
	for i := len(cs) - 1; i > 0 && cs[i].score > cs[i-1].score; i-- {
		cs[i], cs[i-1] = cs[i-1], cs[i]
	}
	return cs
}

// parseBeam parses one tagged sentence of at most maxBeamWords words (the
// keys of the shared scores hold positions in a byte) with a beam of k,
// writing the best parse's heads and relations into s.
func (p *parser) parseBeam(bs *beamState, s *pstate, st *sentenceTags, buf []uint64, scores []int32, k int) {
	n := len(st.lower)
	na := len(scores)
	bs.bscore = resize(bs.bscore, (n+1)*na)
	bs.bdone = resize(bs.bdone, n+1)
	clear(bs.bdone)
	for len(bs.items) < k {
		bs.items = append(bs.items, beamItem{})
		bs.next = append(bs.next, beamItem{})
	}
	items := bs.items[:1]
	items[0].s.reset(n)
	items[0].score = 0
	bs.places.reset()
	bs.groups.reset()
	for !items[0].s.terminal() {
		cs := bs.cands[:0]
		for i := range items {
			it := &items[i]
			key := it.s.placeKey()
			place, ok := bs.places.get(uint64(uint32(key[0]))|uint64(key[1])<<32, uint64(uint32(key[2]))|uint64(key[3])<<32, na)
			if !ok {
				b := it.s.b
				bsc := bs.bscore[int(b)*na : int(b+1)*na]
				if !bs.bdone[b] {
					bs.bdone[b] = true
					buf = st.bufferFeatures(buf[:0], b)
					clear(bsc)
					p.w.score(buf, bsc)
				}
				copy(bs.places.slab[place:], bsc)
				buf = it.s.someFeatures(buf[:0], st, placeFeats)
				p.w.score(buf, bs.places.slab[place:place+na])
			}
			var runs [nGroups]int
			for g := range nGroups {
				k := it.s.groupKey(st, g)
				at, ok := bs.groups.get(k[0], k[1], na)
				if !ok {
					buf = it.s.groupFeatures(buf[:0], st, g)
					p.w.score(buf, bs.groups.slab[at:at+na])
				}
				runs[g] = at
			}
			// The sum of the runs, in one pass.
			sc := scores[:na]
			gs := bs.groups.slab
			r0, r1, r2 := bs.places.slab[place:][:len(sc)], gs[runs[0]:][:len(sc)], gs[runs[1]:][:len(sc)]
			r3, r4 := gs[runs[2]:][:len(sc)], gs[runs[3]:][:len(sc)]
			for a := range sc {
				sc[a] = r0[a] + r1[a] + r2[a] + r3[a] + r4[a]
			}
			// Shift, the left arcs, the right arcs (no arc has NoRel).
			nr := len(relNames)
			if it.s.valid(actShift) {
				cs = topK(cs, cand{i, actShift, it.score + int64(scores[actShift])}, k)
			}
			if it.s.valid(leftAct(RelRoot)) {
				for a := leftAct(1); a < leftAct(Rel(nr)); a++ {
					cs = topK(cs, cand{i, a, it.score + int64(scores[a])}, k)
				}
			}
			if it.s.valid(rightAct(RelRoot)) {
				for a := rightAct(1); a < rightAct(Rel(nr)); a++ {
					cs = topK(cs, cand{i, a, it.score + int64(scores[a])}, k)
				}
			}
		}
		bs.cands = cs
		next := bs.next[:len(cs)]
		for j, c := range cs {
			next[j].s.copyFrom(&items[c.from].s)
			next[j].s.apply(c.act)
			next[j].score = c.score
		}
		bs.items, bs.next = bs.next, bs.items
		items = next
	}
	bs.kept = len(items)
	s.copyFrom(&items[0].s)
}

// final returns the final beam of the last sentence parsed, best first.
func (bs *beamState) final() []beamItem { return bs.items[:bs.kept] }

// A titem is a configuration in the beam while learning: its score,
// whether every transition to it was one of the least costly (the
// dynamic oracle's), and where it came from.
type titem struct {
	s     pstate
	score float32
	gold  bool
}

// A tcand is a configuration the beam may keep while learning.
type tcand struct {
	from, act int
	score     float32
	gold      bool
}

// A step records, for each configuration kept at a step, the one it came
// from and the transition.
type step struct{ from, act []int32 }

// beamTrainer learns a parser with a beam and global updates: the
// structured perceptron with max-violation updates (Huang, Fayong and
// Guo, 2012). The correct sequence is latent (Björkelund and Nivre,
// 2015): it is the best-scoring sequence of the dynamic oracle's
// transitions, so non-projective trees need no special treatment.
type beamTrainer struct {
	l                *learner
	k                int
	items, next      []titem
	cands            []tcand
	hist             []step
	gold             titem // the correct configuration once out of the beam
	goldActs         []int32
	maxPred, maxGold []int32 // the sequences at the largest violation
	feats            []uint64
	scores           []float32
	cost             []int
	replay           pstate
	// The scores of the buffer's and the positions' features (as in
	// beamState), for the sentence: the weights change only after it.
	places      map[[4]int32]int32
	placeScores []float32
}

func newBeamTrainer(l *learner, k int) *beamTrainer {
	na := nActions()
	return &beamTrainer{l: l, k: k, scores: make([]float32, na), cost: make([]int, na),
		items: make([]titem, k), next: make([]titem, k)}
}

// backtrack returns the transitions to item i of step t (t included),
// appended to out.
func (bt *beamTrainer) backtrack(out []int32, t, i int) []int32 {
	start := len(out)
	for ; t >= 0; t-- {
		out = append(out, bt.hist[t].act[i])
		i = int(bt.hist[t].from[i])
	}
	r := out[start:]
	for a, b := 0, len(r)-1; a < b; a, b = a+1, b-1 {
		r[a], r[b] = r[b], r[a]
	}
	return out
}

// expand scores configuration s's transitions into bt.scores and their
// costs into bt.cost, and returns the least cost.
func (bt *beamTrainer) expand(s *pstate, st *sentenceTags, gh []int32, gr []Rel) int {
	na := len(bt.scores)
	key := s.placeKey()
	at, ok := bt.places[key]
	if !ok {
		at = int32(len(bt.placeScores))
		bt.places[key] = at
		for range na {
			bt.placeScores = append(bt.placeScores, 0)
		}
		bt.feats = s.someFeatures(st.bufferFeatures(bt.feats[:0], s.b), st, placeFeats)
		bt.l.score(bt.feats, bt.placeScores[at:])
	}
	copy(bt.scores, bt.placeScores[at:int(at)+na])
	bt.feats = s.someFeatures(bt.feats[:0], st, treeFeats)
	bt.l.score(bt.feats, bt.scores)
	s.costs(gh, gr, bt.cost)
	least := 1 << 30
	for _, c := range bt.cost {
		if c >= 0 && c < least {
			least = c
		}
	}
	return least
}

// learn parses one sentence with the beam and updates the weights at the
// largest violation; it reports whether the best parse was correct
// (reached by the oracle's transitions only).
func (bt *beamTrainer) learn(st *sentenceTags, gh []int32, gr []Rel) bool {
	n := len(st.lower)
	k := bt.k
	items := bt.items[:1]
	items[0].s.reset(n)
	items[0].score, items[0].gold = 0, true
	bt.hist = bt.hist[:0]
	if bt.places == nil {
		bt.places = make(map[[4]int32]int32)
	}
	clear(bt.places)
	bt.placeScores = bt.placeScores[:0]
	inBeam := true
	var maxV float32
	found := false
	for t := 0; !items[0].s.terminal(); t++ {
		cs := bt.cands[:0]
		var bestGold tcand
		bestGold.from = -1
		for i := range items {
			it := &items[i]
			least := bt.expand(&it.s, st, gh, gr)
			for a, c := range bt.cost {
				if c < 0 {
					continue
				}
				tc := tcand{i, a, it.score + bt.scores[a], it.gold && c == least}
				if tc.gold && (bestGold.from < 0 || tc.score > bestGold.score) {
					bestGold = tc
				}
				cs = insertTCand(cs, tc, k)
			}
		}
		bt.cands = cs
		if len(bt.hist) <= t {
			bt.hist = append(bt.hist, step{})
		}
		h := &bt.hist[t]
		h.from, h.act = h.from[:0], h.act[:0]
		next := bt.next[:len(cs)]
		goldAt := -1
		for j, c := range cs {
			next[j].s.copyFrom(&items[c.from].s)
			next[j].s.apply(c.act)
			next[j].score, next[j].gold = c.score, c.gold
			h.from = append(h.from, int32(c.from))
			h.act = append(h.act, int32(c.act))
			if c.gold && goldAt < 0 {
				goldAt = j
			}
		}
		if inBeam && goldAt < 0 {
			// The correct configuration falls out of the beam: follow it
			// alone from here.
			inBeam = false
			bt.gold.s.copyFrom(&items[bestGold.from].s)
			bt.gold.s.apply(bestGold.act)
			bt.gold.score = bestGold.score
			bt.goldActs = append(bt.backtrack(bt.goldActs[:0], t-1, bestGold.from), int32(bestGold.act))
		} else if !inBeam {
			least := bt.expand(&bt.gold.s, st, gh, gr)
			best := -1
			for a, c := range bt.cost {
				if c == least && (best < 0 || bt.scores[a] > bt.scores[best]) {
					best = a
				}
			}
			bt.gold.s.apply(best)
			bt.gold.score += bt.scores[best]
			bt.goldActs = append(bt.goldActs, int32(best))
		}
		bt.items, bt.next = bt.next, bt.items
		items = next
		// The violation: how far the best configuration scores above the
		// correct one.
		var v float32
		if inBeam {
			v = items[0].score - items[goldAt].score
		} else {
			v = items[0].score - bt.gold.score
		}
		if goldAt != 0 && (!found || v >= maxV) {
			found, maxV = true, v
			bt.maxPred = bt.backtrack(bt.maxPred[:0], t, 0)
			if inBeam {
				bt.maxGold = bt.backtrack(bt.maxGold[:0], t, goldAt)
			} else {
				bt.maxGold = append(bt.maxGold[:0], bt.goldActs...)
			}
		}
	}
	bt.l.tick()
	if !found || inBeam && items[0].gold {
		return true
	}
	// Update along both sequences from where they part.
	c := 0
	for c < len(bt.maxGold) && bt.maxGold[c] == bt.maxPred[c] {
		c++
	}
	bt.update(st, bt.maxGold, c, 1)
	bt.update(st, bt.maxPred, c, -1)
	return items[0].gold
}

// update replays the transitions acts and moves the weights of those
// from the from'th on by d.
func (bt *beamTrainer) update(st *sentenceTags, acts []int32, from int, d float32) {
	s := &bt.replay
	s.reset(len(st.lower))
	for j, a := range acts {
		if j >= from {
			bt.feats = s.parseFeatures(bt.feats[:0], st)
			bt.l.add(bt.feats, int(a), d)
		}
		s.apply(int(a))
	}
}

// insertTCand inserts c into cs, kept in decreasing order of score
// (earlier candidates first among equals) and at most k long.
func insertTCand(cs []tcand, c tcand, k int) []tcand {
	if len(cs) == k && c.score <= cs[k-1].score {
		return cs
	}
	if len(cs) < k {
		cs = append(cs, c)
	} else {
		cs[k-1] = c
	}
	for i := len(cs) - 1; i > 0 && cs[i].score > cs[i-1].score; i-- {
		cs[i], cs[i-1] = cs[i-1], cs[i]
	}
	return cs
}
