package syntax

// A model with a right-to-left partner parser parses each sentence of
// at most maxBeamWords words with both and combines their final beams by
// reparsing (reparse.go); longer sentences are parsed greedily by the
// left-to-right parser alone, in linear time.

// The combination's settings, chosen on the development set
// (BENCHMARKS.md, "Parser combination").
const (
	defaultLRTemp   = 64
	defaultRLTemp   = 64
	defaultRLWeight = 0.7
)

// combination is how a model combines its parsers.
type combination struct {
	rl *parser // the right-to-left partner, with its beam
	// The beams' temperatures (0: the best parse alone) and the weight
	// of the partner's votes against the left-to-right parser's 1.
	lrTemp, rlTemp, rlWeight float64
}

// newCombination returns the combination of a model's parser with the
// right-to-left parser rl, with the default settings.
func newCombination(rl *parser) *combination {
	return &combination{rl: rl, lrTemp: defaultLRTemp, rlTemp: defaultRLTemp, rlWeight: defaultRLWeight}
}

// LeftToRight returns a model that parses with its left-to-right parser
// alone, sharing m's weights: faster, and less accurate when m combines
// it with a partner.
func (m *Model) LeftToRight() *Model {
	return &Model{tagger: m.tagger, lem: m.lem, parser: m.parser}
}

// Combined reports whether m combines two parsers.
func (m *Model) Combined() bool { return m.comb != nil }

// parseCombined parses the tagged sentence in w (w.tags, w.alts, w.sw)
// with both parsers and writes the combined tree into w.chead (n for the
// root) and w.crel.
func (m *Model) parseCombined(w *worker, n int) {
	c := m.comb
	w.comb.reset(n)
	w.st.lower = w.sw.lower
	w.st.setTags(w.tags, w.alts, m.tagger.classes)
	lr := m.parser
	lr.parseBeam(&w.bs, &w.ps, &w.st, w.feats, w.pscore, lr.beam)
	w.comb.addBeam(w.bs.final(), float64(lr.w.scale), c.lrTemp, 1, false, nil, nil)
	w.rlower = reverseInto(w.rlower, w.sw.lower)
	w.rtags = reverseInto(w.rtags, w.tags)
	w.ralts = reverseInto(w.ralts, w.alts)
	w.st.lower = w.rlower
	w.st.setTags(w.rtags, w.ralts, m.tagger.classes)
	c.rl.parseBeam(&w.bs, &w.ps, &w.st, w.feats, w.pscore, c.rl.beam)
	w.rhead, w.rrel = resize(w.rhead, n), resize(w.rrel, n)
	w.comb.addBeam(w.bs.final(), float64(c.rl.w.scale), c.rlTemp, c.rlWeight, true, w.rhead, w.rrel)
	w.chead, w.crel = resize(w.chead, n), resize(w.crel, n)
	w.comb.tree(w.chead, w.crel)
}
