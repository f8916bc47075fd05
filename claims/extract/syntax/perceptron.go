package syntax

import (
	"math"
	"math/bits"
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

// add moves the weights of feats for class by d.
func (l *learner) add(feats []uint64, class int, d float32) {
	for _, f := range feats {
		r, ok := l.index[f]
		if !ok {
			r = int32(len(l.rows))
			l.index[f] = r
			l.rows = append(l.rows, nil)
		}
		l.rows[r] = l.bump(l.rows[r], class, d)
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

// keyBits is how many low bits of a feature's key the frozen table
// keeps: two features of a trained model share 48 bits with a chance of
// about one in a hundred, and then share their weights.
const (
	keyBits = 48
	keyMask = 1<<keyBits - 1
)

// weights is a frozen, quantized perceptron: an open-addressing table
// from feature key to a run of (class, weight) pairs. A slot and a pair
// are each one small struct, so that a lookup touches two cache lines. It
// is safe for concurrent use.
type weights struct {
	nclass int
	scale  float32  // a stored weight times scale is the weight
	keys   []uint64 // the rows' keys in order, and where their pairs start (for rows)
	starts []uint32
	slots  []wslot // 0 fp: empty
	pairs  []wpair // the rows, in key order
}

// A wslot holds the low 32 bits of a row's key (never 0: the lowest bit
// is set) and where its pairs start.
type wslot struct {
	fp    uint32
	start uint32
}

// A wpair is one class's weight; n, in a row's first pair, is the row's
// length.
type wpair struct {
	class uint8
	n     uint8
	w     int16
}

func fingerprint(k uint64) uint32 { return uint32(k) | 1 }

type weightsBuilder struct {
	nclass int
	keys   []uint64
	rows   [][]wentry
	maxAbs float32
}

func newWeightsBuilder(nclass int) *weightsBuilder { return &weightsBuilder{nclass: nclass} }

// add adds a row; rows must come in key order.
func (b *weightsBuilder) add(k uint64, row []wentry) {
	b.keys = append(b.keys, k)
	b.rows = append(b.rows, append([]wentry(nil), row...))
	for _, e := range row {
		if a := float32(math.Abs(float64(e.w))); a > b.maxAbs {
			b.maxAbs = a
		}
	}
}

// build quantizes the rows. Keys are cut to keyBits; rows whose cut keys
// meet are summed.
func (b *weightsBuilder) build() *weights {
	type krow struct {
		key uint64
		row []wentry
	}
	rs := make([]krow, 0, len(b.keys))
	for i, k := range b.keys {
		k &= keyMask
		if k == 0 {
			k = 1
		}
		rs = append(rs, krow{k, b.rows[i]})
	}
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].key < rs[j].key })
	merged := rs[:0]
	for _, r := range rs {
		if len(merged) > 0 && merged[len(merged)-1].key == r.key {
			last := &merged[len(merged)-1]
			sum := map[uint8]float32{}
			for _, e := range append(append([]wentry(nil), last.row...), r.row...) {
				sum[e.class] += e.w
			}
			last.row = last.row[:0:0]
			for c, w := range sum {
				last.row = append(last.row, wentry{c, w})
			}
			sort.Slice(last.row, func(i, j int) bool { return last.row[i].class < last.row[j].class })
			continue
		}
		merged = append(merged, r)
	}
	scale := b.maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	keys := make([]uint64, len(merged))
	lens := make([]uint8, len(merged))
	var cls []uint8
	var ws []int16
	for i, r := range merged {
		keys[i], lens[i] = r.key, uint8(len(r.row))
		for _, e := range r.row {
			q := math.Round(float64(e.w / scale))
			cls = append(cls, e.class)
			ws = append(ws, int16(max(-32767, min(32767, q))))
		}
	}
	return assemble(b.nclass, scale, keys, lens, cls, ws)
}

// assemble builds the lookup table over rows given in increasing key
// order, with keys below 1<<keyBits and rows of 1 to 255 pairs.
func assemble(nclass int, scale float32, keys []uint64, lens []uint8, cls []uint8, ws []int16) *weights {
	// The pairs are laid out longest row first: the long rows are those
	// of common features, read at nearly every step, and so share their
	// cache lines and pages.
	from := make([]int, len(keys)+1)
	for i, l := range lens {
		from[i+1] = from[i] + int(l)
	}
	// (A counting sort by length, longest first, each length in key
	// order.)
	var at [257]int
	for _, l := range lens {
		at[255-int(l)+1]++
	}
	for l := 1; l < len(at); l++ {
		at[l] += at[l-1]
	}
	order := make([]int, len(keys))
	for i, l := range lens {
		order[at[255-int(l)]] = i
		at[255-int(l)]++
	}
	pairs := make([]wpair, 0, len(cls))
	starts := make([]uint32, len(keys))
	for _, i := range order {
		starts[i] = uint32(len(pairs))
		for j := from[i]; j < from[i+1]; j++ {
			pairs = append(pairs, wpair{class: cls[j], w: ws[j]})
		}
		pairs[starts[i]].n = lens[i]
	}
	// A table five thirds the rows: a search for a feature not in it
	// reads about four slots, in one cache line mostly.
	w := &weights{nclass: nclass, scale: scale, keys: keys, starts: starts, pairs: pairs,
		slots: make([]wslot, len(keys)*5/3+1)}
	for _, i := range order {
		k := keys[i]
		s := w.home(k)
		for w.slots[s].fp != 0 {
			if s++; s == uint64(len(w.slots)) {
				s = 0
			}
		}
		w.slots[s] = wslot{fingerprint(k), starts[i]}
	}
	return w
}

// home returns the slot where a search for key k starts.
func (w *weights) home(k uint64) uint64 {
	hi, _ := bits.Mul64(k*0x9E3779B97F4A7C15, uint64(len(w.slots)))
	return hi
}

// find returns the slot of key k (cut to keyBits), or an empty one.
func (w *weights) find(k uint64) wslot {
	k &= keyMask
	fp := fingerprint(k)
	s := w.home(k)
	for {
		sl := w.slots[s]
		if sl.fp == fp || sl.fp == 0 {
			return sl
		}
		if s++; s == uint64(len(w.slots)) {
			s = 0
		}
	}
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
			buf[i] = w.slots[w.home(f&keyMask)]
		}
		// The rows' first pairs, loaded together too.
		for i, f := range feats[:n] {
			sl := &buf[i]
			if sl.fp != fingerprint(f&keyMask) {
				if sl.fp != 0 {
					*sl = w.find(f)
				}
				if sl.fp == 0 {
					first[i].n = 0
					continue
				}
			}
			first[i] = w.pairs[sl.start]
		}
		for i := range feats[:n] {
			p0 := first[i]
			if p0.n == 0 {
				continue
			}
			scores[p0.class] += int32(p0.w)
			start := buf[i].start
			for _, p := range w.pairs[start+1 : start+uint32(p0.n)] {
				scores[p.class] += int32(p.w)
			}
		}
		feats = feats[n:]
	}
}

// rows calls f with each row in key order.
func (w *weights) rows(f func(key uint64, pairs []wpair)) {
	for i, k := range w.keys {
		start := w.starts[i]
		f(k, w.pairs[start:start+uint32(w.pairs[start].n)])
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

// mixWeights returns the average of tables over the same classes (a
// weight missing from a table counts as 0).
func mixWeights(ws []*weights) *weights {
	if len(ws) == 1 {
		return ws[0]
	}
	b := newWeightsBuilder(ws[0].nclass)
	var sum [256]float64
	var has [256]bool
	var row []wentry
	next := make([]int, len(ws)) // each table's next row, in key order
	for {
		// The smallest key not yet done.
		k, any := uint64(0), false
		for t, w := range ws {
			if next[t] < len(w.keys) && (!any || w.keys[next[t]] < k) {
				k, any = w.keys[next[t]], true
			}
		}
		if !any {
			break
		}
		for t, w := range ws {
			if next[t] < len(w.keys) && w.keys[next[t]] == k {
				start := w.starts[next[t]]
				for _, p := range w.pairs[start : start+uint32(w.pairs[start].n)] {
					sum[p.class] += float64(p.w) * float64(w.scale)
					has[p.class] = true
				}
				next[t]++
			}
		}
		row = row[:0]
		for c := range sum {
			if has[c] {
				row = append(row, wentry{uint8(c), float32(sum[c] / float64(len(ws)))})
				sum[c], has[c] = 0, false
			}
		}
		b.add(k, row)
	}
	return b.build()
}

func (p *parser) prune(minAbs float64) *parser {
	return &parser{w: p.w.prune(minAbs), beam: p.beam, rtl: p.rtl}
}

// Prune drops the weights of the tagger and the parsers whose magnitude
// is below minAbs, trading accuracy for size.
func (m *Model) Prune(minAbs float64) *Model {
	t := *m.tagger
	t.w = t.w.prune(minAbs)
	out := m.PruneParser(minAbs)
	out.tagger = &t
	return out
}

// PruneParser drops the parsers' weights whose magnitude is below
// minAbs, keeping the tagger's.
func (m *Model) PruneParser(minAbs float64) *Model {
	p := m.parser
	if p != nil {
		p = p.prune(minAbs)
	}
	out := &Model{tagger: m.tagger, lem: m.lem, parser: p}
	if c := m.combination(); c != nil {
		out.comb = c.clone(func(p *parser) *parser { return p.prune(minAbs) })
	}
	return out
}

// PrunePartners drops the weights of the partner parsers whose
// magnitude is below minAbs, keeping the others.
func (m *Model) PrunePartners(minAbs float64) *Model {
	out := &Model{tagger: m.tagger, lem: m.lem, parser: m.parser}
	if c := m.combination(); c != nil {
		out.comb = c.clone(func(p *parser) *parser { return p.prune(minAbs) })
	}
	return out
}

// WithBeam returns a model that parses with a beam of k configurations
// (1: greedy, the model's own parser alone; at most 64) for its parser
// and its partners with a beam, sharing m's
// weights. A narrower beam than the model's own parses faster and less
// accurately.
func (m *Model) WithBeam(k int) *Model {
	k = max(1, min(k, maxBeam))
	p := m.parser
	if p != nil {
		p = &parser{w: p.w, beam: k, rtl: p.rtl}
	}
	out := &Model{tagger: m.tagger, lem: m.lem, parser: p}
	if c := m.combination(); c != nil {
		out.comb = c.clone(func(p *parser) *parser {
			if p.beam <= 1 {
				return p // a greedy partner stays greedy
			}
			return &parser{w: p.w, beam: k, rtl: p.rtl}
		})
	}
	return out
}
