package syntax

import (
	"math"
	"sort"
)

// learner is an averaged perceptron over sparse rows: each feature keeps
// the few classes it was ever updated for. Averaging is lazy (each weight
// remembers when it last changed). A learner is not safe for concurrent
// use.
type learner struct {
	nclass int
	index  map[uint64]int32
	rows   [][]lentry
	now    int32 // updates so far
}

type lentry struct {
	class uint8
	w     float32
	total float64 // sum of w over time up to ts
	ts    int32
}

func newLearner(nclass int) *learner {
	return &learner{nclass: nclass, index: make(map[uint64]int32)}
}

// score adds the current weights of feats into scores.
func (l *learner) score(feats []uint64, scores []float32) {
	for _, f := range feats {
		r, ok := l.index[f]
		if !ok {
			continue
		}
		for _, e := range l.rows[r] {
			scores[e.class] += e.w
		}
	}
}

// tick advances the clock by one example.
func (l *learner) tick() { l.now++ }

// update moves the weights of feats towards good and away from bad.
func (l *learner) update(feats []uint64, good, bad int) {
	for _, f := range feats {
		r, ok := l.index[f]
		if !ok {
			r = int32(len(l.rows))
			l.index[f] = r
			l.rows = append(l.rows, nil)
		}
		l.rows[r] = l.bump(l.rows[r], good, 1)
		l.rows[r] = l.bump(l.rows[r], bad, -1)
	}
}

func (l *learner) bump(row []lentry, class int, d float32) []lentry {
	for i := range row {
		e := &row[i]
		if int(e.class) == class {
			e.total += float64(l.now-e.ts) * float64(e.w)
			e.ts = l.now
			e.w += d
			return row
		}
	}
	return append(row, lentry{class: uint8(class), w: d, ts: l.now})
}

// freeze averages the weights, drops those smaller than minAbs and
// returns them as a compact table.
func (l *learner) freeze(minAbs float64) *weights {
	keys := make([]uint64, 0, len(l.index))
	for k := range l.index {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	b := newWeightsBuilder(l.nclass)
	now := float64(l.now)
	if now == 0 {
		now = 1
	}
	var row []wentry
	for _, k := range keys {
		row = row[:0]
		for _, e := range l.rows[l.index[k]] {
			avg := (e.total + float64(l.now-e.ts)*float64(e.w)) / now
			if math.Abs(avg) >= minAbs {
				row = append(row, wentry{e.class, float32(avg)})
			}
		}
		if len(row) > 0 {
			sort.Slice(row, func(i, j int) bool { return row[i].class < row[j].class })
			b.add(k, row)
		}
	}
	return b.build()
}

type wentry struct {
	class uint8
	w     float32
}

// weights is a frozen, quantized perceptron: an open-addressing table
// from feature key to a run of (class, weight) pairs. A slot and a pair
// are each one struct, so that a lookup touches two cache lines. It is
// safe for concurrent use.
type weights struct {
	nclass int
	scale  float32 // a stored weight times scale is the weight
	slots  []wslot // 0 key: empty
	pairs  []wpair
	n      int // rows
	mask   uint64
	shift  uint
}

type wslot struct {
	key   uint64
	start uint32
	n     uint32
}

type wpair struct {
	class uint8
	w     int16
}

type weightsBuilder struct {
	nclass int
	keys   []uint64
	rows   [][]wentry
	maxAbs float32
}

func newWeightsBuilder(nclass int) *weightsBuilder { return &weightsBuilder{nclass: nclass} }

func (b *weightsBuilder) add(k uint64, row []wentry) {
	b.keys = append(b.keys, k)
	b.rows = append(b.rows, append([]wentry(nil), row...))
	for _, e := range row {
		if a := float32(math.Abs(float64(e.w))); a > b.maxAbs {
			b.maxAbs = a
		}
	}
}

func (b *weightsBuilder) build() *weights {
	scale := b.maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	var cls []uint8
	var ws []int16
	starts := make([]uint32, len(b.keys))
	lens := make([]uint8, len(b.keys))
	for i, row := range b.rows {
		starts[i] = uint32(len(cls))
		lens[i] = uint8(len(row))
		for _, e := range row {
			cls = append(cls, e.class)
			ws = append(ws, int16(math.Round(float64(e.w/scale))))
		}
	}
	return assemble(b.nclass, scale, b.keys, starts, lens, cls, ws)
}

// assemble builds the lookup table over rows given in key order.
func assemble(nclass int, scale float32, keys []uint64, starts []uint32, lens []uint8, cls []uint8, ws []int16) *weights {
	size := 1
	shift := uint(64)
	for size < 2*len(keys)+1 {
		size *= 2
		shift--
	}
	pairs := make([]wpair, len(cls))
	for i := range cls {
		pairs[i] = wpair{cls[i], ws[i]}
	}
	w := &weights{nclass: nclass, scale: scale, pairs: pairs, n: len(keys),
		slots: make([]wslot, size), mask: uint64(size - 1), shift: shift}
	for i, k := range keys {
		s := w.slot(k)
		w.slots[s] = wslot{k, starts[i], uint32(lens[i])}
	}
	return w
}

// slot returns the slot of key k, or the empty slot where it would go.
func (w *weights) slot(k uint64) uint64 {
	s := (k * 0x9E3779B97F4A7C15) >> w.shift
	for w.slots[s].key != 0 && w.slots[s].key != k {
		s = (s + 1) & w.mask
	}
	return s
}

// score adds the weights of feats into scores (in stored units). It
// reads the table in two passes: first every feature's home slot, whose
// loads do not depend on one another and so overlap in the memory system,
// then the rows; a lookup costs about one cache miss shared with its
// neighbours instead of two in a row.
func (w *weights) score(feats []uint64, scores []int32) {
	var buf [128]wslot
	var first [128]wpair
	for len(feats) > 0 {
		n := min(len(feats), len(buf))
		for i, f := range feats[:n] {
			buf[i] = w.slots[(f*0x9E3779B97F4A7C15)>>w.shift]
		}
		// The rows' first pairs, loaded together too.
		for i, f := range feats[:n] {
			sl := &buf[i]
			if sl.key != f {
				if sl.key != 0 {
					*sl = w.slots[w.slot(f)]
				}
				if sl.key != f {
					sl.n = 0
					continue
				}
			}
			first[i] = w.pairs[sl.start]
		}
		for i := range feats[:n] {
			sl := buf[i]
			if sl.n == 0 {
				continue
			}
			scores[first[i].class] += int32(first[i].w)
			for _, p := range w.pairs[sl.start+1 : sl.start+sl.n] {
				scores[p.class] += int32(p.w)
			}
		}
		feats = feats[n:]
	}
}

// rows calls f with each row in key order.
func (w *weights) rows(f func(key uint64, pairs []wpair)) {
	type row struct {
		key      uint64
		start, n uint32
	}
	rs := make([]row, 0, w.n)
	for _, s := range w.slots {
		if s.key != 0 {
			rs = append(rs, row{s.key, s.start, s.n})
		}
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].key < rs[j].key })
	for _, r := range rs {
		f(r.key, w.pairs[r.start:r.start+r.n])
	}
}

// entries returns the number of stored weights.
func (w *weights) entries() int { return len(w.pairs) }

// prune returns a copy of w without the weights whose magnitude is below
// minAbs.
func (w *weights) prune(minAbs float64) *weights {
	b := newWeightsBuilder(w.nclass)
	var es []wentry
	w.rows(func(key uint64, pairs []wpair) {
		es = es[:0]
		for _, p := range pairs {
			v := float64(p.w) * float64(w.scale)
			if math.Abs(v) >= minAbs {
				es = append(es, wentry{p.class, float32(v)})
			}
		}
		if len(es) > 0 {
			b.add(key, es)
		}
	})
	return b.build()
}

// Prune drops the weights of the tagger and the parser whose magnitude
// is below minAbs, trading accuracy for size.
func (m *Model) Prune(minAbs float64) *Model {
	t := *m.tagger
	t.w = t.w.prune(minAbs)
	return &Model{tagger: &t, lem: m.lem, parser: &parser{w: m.parser.w.prune(minAbs)}}
}
