package syntax

// A model with partner parsers parses each sentence of at most
// maxBeamWords words with its own parser and each partner, and combines
// their parses by reparsing (reparse.go); longer sentences are parsed
// greedily by its own parser alone, in linear time. Partners read the
// sentence left to right or right to left (reverse.go), with a beam
// (their final beams vote) or greedily (their parse votes).

// A voter is a partner parser and how its parses count.
type voter struct {
	p *parser // its beam (1: greedy) and direction
	// temp is the temperature of the softmax over its final beam's
	// scores (0: its best parse alone), weight its votes' weight against
	// the model's own parser's 1.
	temp, weight float64
}

// combination is how a model combines its parsers.
type combination struct {
	lrTemp   float64 // the temperature of the model's own parser's beam
	partners []voter
}

// clone returns a copy of c whose partners' parsers are f's of c's.
func (c *combination) clone(f func(*parser) *parser) *combination {
	out := &combination{lrTemp: c.lrTemp}
	for _, v := range c.partners {
		v.p = f(v.p)
		out.partners = append(out.partners, v)
	}
	return out
}

// LeftToRight returns a model that parses with its own left-to-right
// parser alone, sharing m's weights: faster, and less accurate when m
// combines it with partners.
func (m *Model) LeftToRight() *Model {
	return &Model{tagger: m.tagger, lem: m.lem, parser: m.parser}
}

// Combined reports whether m combines its parser with partners.
func (m *Model) Combined() bool {
	c := m.combination()
	return c != nil && len(c.partners) > 0
}

// parseCombined parses the tagged sentence in w (w.tags, w.alts, w.sw)
// with the model's parser and its partners and writes the combined tree
// into w.chead (n for the root) and w.crel.
func (m *Model) parseCombined(w *worker, n int) {
	c := m.combination()
	w.comb.reset(n)
	w.st.lower = w.sw.lower
	w.st.setTags(w.tags, w.alts, m.tagger.classes)
	rtl := false
	lr := m.parser
	lr.parseBeam(&w.bs, &w.ps, &w.st, w.feats, w.pscore, lr.beam)
	w.comb.addBeam(w.bs.final(), float64(lr.w.scale), c.lrTemp, 1, false, nil, nil)
	w.rhead, w.rrel = resize(w.rhead, n), resize(w.rrel, n)
	for _, v := range c.partners {
		p := v.p
		if p.rtl != rtl {
			rtl = p.rtl
			m.orient(w, rtl)
		}
		if p.beam > 1 {
			p.parseBeam(&w.bs, &w.ps, &w.st, w.feats, w.pscore, p.beam)
			w.comb.addBeam(w.bs.final(), float64(p.w.scale), v.temp, v.weight, rtl, w.rhead, w.rrel)
			continue
		}
		p.parse(&w.ps, &w.st, w.feats, w.pscore)
		head, rel := w.ps.head, w.ps.rel
		if rtl {
			w.ps.unreverseTree(w.rhead, w.rrel)
			head, rel = w.rhead, w.rrel
		}
		w.comb.add(head, rel, v.weight)
	}
	w.chead, w.crel = resize(w.chead, n), resize(w.crel, n)
	w.comb.tree(w.chead, w.crel)
}

// orient sets the parse state of w to read the tagged sentence from the
// right (rtl: the words, tags and runner-up tags reversed) or from the
// left.
func (m *Model) orient(w *worker, rtl bool) {
	if rtl {
		w.rlower = reverseInto(w.rlower, w.sw.lower)
		w.rtags = reverseInto(w.rtags, w.tags)
		w.ralts = reverseInto(w.ralts, w.alts)
		w.st.lower = w.rlower
		w.st.setTags(w.rtags, w.ralts, m.tagger.classes)
		return
	}
	w.st.lower = w.sw.lower
	w.st.setTags(w.tags, w.alts, m.tagger.classes)
}
