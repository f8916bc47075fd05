//go:build syntaxexp

package syntax

// Experiments with parser combination (reparse.go) on dev: the final
// beams of the committed parser (left to right) and of a right-to-left
// parser read from EXP_RL are computed once, then combined under each
// setting.
//
//	EXP_RL=/work/wt/s8/rl0.bin GOMAXPROCS=1 go test -tags syntaxexp -run TestExperimentCombine -v -timeout 0 .

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"testing"
)

// A ctree is a parse from a final beam, in the sentence's order, with
// its score in weight units.
type ctree struct {
	head  []int32
	rel   []Rel
	score float64
}

// sentBeams holds the final beams of a sentence.
type sentBeams struct{ lr, rl []ctree }

func TestExperimentCombine(t *testing.T) {
	dev := readGold(t, "en_ewt-ud-dev.conllu.gz")
	m := Default()
	var rl *parser
	if path := os.Getenv("EXP_RL"); path != "" {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		rm, err := Load(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		prune := 1.0
		if s := os.Getenv("EXP_RL_PRUNE"); s != "" {
			prune, _ = strconv.ParseFloat(s, 64)
		}
		rl = rm.parser
		if prune > 0 {
			rl = rl.prune(prune)
		}
		rl.rtl = true
		t.Logf("right-to-left parser: %d weights", rl.w.entries())
	}
	beams := collectBeams(m, rl, dev)
	type cfg struct {
		lrW, rlW, lrT, rlT float64
	}
	report := func(name string, c cfg) {
		uas, las := combineEval(dev, beams, c.lrW, c.rlW, c.lrT, c.rlT)
		t.Logf("%-40s UAS %.2f  LAS %.2f", name, uas, las)
	}
	var gaps1, gaps7 []float64
	for _, b := range beams {
		if len(b.lr) >= 8 {
			gaps1 = append(gaps1, b.lr[0].score-b.lr[1].score)
			gaps7 = append(gaps7, b.lr[0].score-b.lr[7].score)
		}
	}
	slices.Sort(gaps1)
	slices.Sort(gaps7)
	t.Logf("LR score gaps, best to second: quartiles %.1f %.1f %.1f; best to eighth: %.1f %.1f %.1f",
		gaps1[len(gaps1)/4], gaps1[len(gaps1)/2], gaps1[3*len(gaps1)/4], gaps7[len(gaps7)/4], gaps7[len(gaps7)/2], gaps7[3*len(gaps7)/4])
	report("LR best parse", cfg{1, 0, 0, 0})
	temps := []float64{1, 4, 16, 64, 256, 1024, 4096}
	for _, T := range temps {
		report(fmt.Sprintf("LR beam, T %g", T), cfg{1, 0, T, 0})
	}
	if rl == nil {
		return
	}
	report("RL best parse", cfg{0, 1, 0, 0})
	for _, T := range temps {
		report(fmt.Sprintf("RL beam, T %g", T), cfg{0, 1, 0, T})
	}
	for _, w := range []float64{0.8, 0.9, 0.99, 1.01, 1.1, 1.25} {
		report(fmt.Sprintf("LR best + RL best ×%g", w), cfg{1, w, 0, 0})
	}
	for _, T := range temps {
		for _, w := range []float64{0.8, 1, 1.25} {
			report(fmt.Sprintf("LR + RL beams, T %g, RL ×%g", T, w), cfg{1, w, T, T})
		}
	}
}

// collectBeams parses each sentence with m's tagger and parser, and rl
// if not nil, keeping their final beams.
func collectBeams(m *Model, rl *parser, gold []*GoldSentence) []sentBeams {
	w := m.worker()
	out := make([]sentBeams, len(gold))
	for si, g := range gold {
		n := len(g.Form)
		m.tagger.prepare(&w.sw, g.Form, true)
		w.tags, w.alts = resize(w.tags, n), resize(w.alts, n)
		m.tagger.tag(&w.sw, w.tags, w.alts, w.feats, w.tscore)
		w.st.lower = w.sw.lower
		w.st.setTags(w.tags, w.alts, m.tagger.classes)
		out[si].lr = finalBeam(m.parser, w)
		if rl != nil {
			w.rlower = reverseInto(w.rlower, w.sw.lower)
			w.rtags = reverseInto(w.rtags, w.tags)
			w.ralts = reverseInto(w.ralts, w.alts)
			w.st.lower = w.rlower
			w.st.setTags(w.rtags, w.ralts, m.tagger.classes)
			out[si].rl = finalBeam(rl, w)
		}
	}
	return out
}

// finalBeam parses w.st with p's beam and returns its final beam.
func finalBeam(p *parser, w *worker) []ctree {
	n := len(w.st.lower)
	if n > maxBeamWords {
		panic("a sentence too long for the beam")
	}
	p.parseBeam(&w.bs, &w.ps, &w.st, w.feats, w.pscore, p.beam)
	var out []ctree
	for _, it := range w.bs.final() {
		c := ctree{head: make([]int32, n), rel: make([]Rel, n), score: float64(it.score) * float64(p.w.scale)}
		if p.rtl {
			it.s.unreverseTree(c.head, c.rel)
		} else {
			copy(c.head, it.s.head[:n])
			copy(c.rel, it.s.rel[:n])
		}
		out = append(out, c)
	}
	return out
}

// combineEval combines the beams with the weights and temperatures given
// and returns UAS and LAS by the CoNLL 2018 rule.
func combineEval(gold []*GoldSentence, beams []sentBeams, lrW, rlW, lrT, rlT float64) (uas, las float64) {
	var c combiner
	var probs, scores []float64
	var nu, nl, total int
	add := func(ts []ctree, w, T float64) {
		if w == 0 || len(ts) == 0 {
			return
		}
		if T <= 0 {
			ts = ts[:1]
		}
		scores = scores[:0]
		for _, x := range ts {
			scores = append(scores, x.score)
		}
		probs = softmax(probs, scores, T)
		for i, x := range ts {
			c.add(x.head, x.rel, w*probs[i])
		}
	}
	for si, g := range gold {
		n := len(g.Form)
		c.reset(n)
		add(beams[si].lr, lrW, lrT)
		add(beams[si].rl, rlW, rlT)
		head, rel := make([]int32, n), make([]Rel, n)
		c.tree(head, rel)
		for i := range n {
			total++
			h := head[i]
			if int(h) == n {
				h = -1
			}
			if h == g.Head[i] {
				nu++
				if rel[i].Universal() == g.Rel[i].Universal() {
					nl++
				}
			}
		}
	}
	return 100 * float64(nu) / float64(total), 100 * float64(nl) / float64(total)
}
