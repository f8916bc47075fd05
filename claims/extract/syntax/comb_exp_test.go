//go:build syntaxexp

package syntax

// Experiments with parser combination (reparse.go) on dev: the final
// beams of the committed parser (left to right) and of a right-to-left
// parser read from EXP_RL are computed once, then combined under each
// setting.
//
//	EXP_RL=/work/wt/s8/rl0.bin GOMAXPROCS=1 go test -tags syntaxexp -run TestExperimentCombine -v -timeout 0 .

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// A ctree is a parse from a final beam, in the sentence's order, with
// its score in weight units.
type ctree struct {
	head  []int32
	rel   []Rel
	score float64
}

func TestExperimentCombine(t *testing.T) {
	dev := readGold(t, "en_ewt-ud-dev.conllu.gz")
	m := Default()
	prune := 1.0
	if s := os.Getenv("EXP_RL_PRUNE"); s != "" {
		prune, _ = strconv.ParseFloat(s, 64)
	}
	// The right-to-left parsers of EXP_RL (comma-separated), each a
	// voter, or their weights averaged into one with EXP_RL_MIX=1.
	var rls []*parser
	for _, path := range strings.Split(os.Getenv("EXP_RL"), ",") {
		if path == "" {
			continue
		}
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		rm, err := Load(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		rls = append(rls, rm.parser)
	}
	if len(rls) > 1 && os.Getenv("EXP_RL_MIX") == "1" {
		var ws []*weights
		for _, p := range rls {
			ws = append(ws, p.w)
		}
		rls = []*parser{{w: mixWeights(ws), beam: rls[0].beam}}
	}
	for i, p := range rls {
		if prune > 0 {
			p = p.prune(prune)
		}
		p.rtl = true
		rls[i] = p
		t.Logf("right-to-left parser %d: %d weights", i+1, p.w.entries())
	}
	// Greedy voters: EXP_GREEDY, comma-separated PATH:rtl or PATH:ltr.
	for _, spec := range strings.Split(os.Getenv("EXP_GREEDY"), ",") {
		if spec == "" {
			continue
		}
		path, dir, _ := strings.Cut(spec, ":")
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		gm, err := Load(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		p := gm.parser
		gprune := prune
		if s := os.Getenv("EXP_GREEDY_PRUNE"); s != "" {
			gprune, _ = strconv.ParseFloat(s, 64)
		}
		if gprune > 0 {
			p = p.prune(gprune)
		}
		p.beam, p.rtl = 1, dir == "rtl"
		rls = append(rls, p)
		t.Logf("greedy parser %s (%s): %d weights", path, dir, p.w.entries())
	}
	beams := collectBeams(m, rls, dev)
	var gaps1, gaps7 []float64
	for _, b := range beams {
		if len(b[0]) >= 8 {
			gaps1 = append(gaps1, b[0][0].score-b[0][1].score)
			gaps7 = append(gaps7, b[0][0].score-b[0][7].score)
		}
	}
	slices.Sort(gaps1)
	slices.Sort(gaps7)
	t.Logf("LR score gaps, best to second: quartiles %.1f %.1f %.1f; best to eighth: %.1f %.1f %.1f",
		gaps1[len(gaps1)/4], gaps1[len(gaps1)/2], gaps1[3*len(gaps1)/4], gaps7[len(gaps7)/4], gaps7[len(gaps7)/2], gaps7[3*len(gaps7)/4])
	report := func(name string, ws, ts []float64) (float64, float64) {
		uas, las := combineEval(dev, beams, ws, ts)
		t.Logf("%-50s UAS %.2f  LAS %.2f", name, uas, las)
		return uas, las
	}
	nv := 1 + len(rls)
	one := func(v int, T float64) ([]float64, []float64) {
		ws, ts := make([]float64, nv), make([]float64, nv)
		ws[v], ts[v] = 1, T
		return ws, ts
	}
	temps := []float64{1, 4, 16, 64, 256, 1024, 4096}
	ws, ts := one(0, 0)
	report("LR best parse", ws, ts)
	for _, T := range temps {
		ws, ts := one(0, T)
		report(fmt.Sprintf("LR beam, T %g", T), ws, ts)
	}
	for v := 1; v < nv; v++ {
		ws, ts := one(v, 0)
		report(fmt.Sprintf("RL %d best parse", v), ws, ts)
		for _, T := range []float64{4, 16, 64} {
			ws, ts := one(v, T)
			report(fmt.Sprintf("RL %d beam, T %g", v, T), ws, ts)
		}
	}
	if nv == 1 {
		return
	}
	if os.Getenv("EXP_SEARCH") == "1" {
		searchCombination(t, dev, beams)
		return
	}
	if os.Getenv("EXP_CV") == "1" {
		crossValidate(t, dev, beams)
		return
	}
	// All voters: the right-to-left ones each with weight w, the same
	// temperature T for the right-to-left ones, lT for the first.
	type res struct {
		name     string
		uas, las float64
	}
	var all []res
	for _, lT := range []float64{0, 4, 16, 64, 256} {
		for _, rT := range []float64{0, 4, 16, 64, 256} {
			for _, w := range []float64{0.5, 0.7, 0.85, 0.99, 1.01, 1.2} {
				ws, ts := make([]float64, nv), make([]float64, nv)
				ws[0], ts[0] = 1, lT
				for v := 1; v < nv; v++ {
					ws[v], ts[v] = w, rT
				}
				uas, las := combineEval(dev, beams, ws, ts)
				all = append(all, res{fmt.Sprintf("LR T %g + RL×%g T %g", lT, w, rT), uas, las})
			}
		}
	}
	slices.SortFunc(all, func(a, b res) int {
		if a.uas+a.las > b.uas+b.las {
			return -1
		}
		if a.uas+a.las < b.uas+b.las {
			return 1
		}
		return 0
	})
	for i, r := range all {
		if i < 15 || strings.Contains(r.name, "LR T 0 + RL×0.99 T 0") || strings.Contains(r.name, "LR T 0 + RL×1.01 T 0") {
			t.Logf("%3d %-50s UAS %.2f  LAS %.2f", i+1, r.name, r.uas, r.las)
		}
	}
}

// crossValidate estimates what tuning the combination on dev is worth
// on unseen sentences: the settings are searched on the even sentences
// and scored on the odd ones, and the other way round.
func crossValidate(t *testing.T, dev []*GoldSentence, beams [][][]ctree) {
	var half [2][]*GoldSentence
	var hb [2][][][]ctree
	for i := range dev {
		half[i%2] = append(half[i%2], dev[i])
		hb[i%2] = append(hb[i%2], beams[i])
	}
	var uw, lw, n float64
	for k := range 2 {
		ws, ts := searchCombination(t, half[k], hb[k])
		u, l := combineEval(half[1-k], hb[1-k], ws, ts)
		w1, t1 := oneVoter(len(ws))
		u0, l0 := combineEval(half[1-k], hb[1-k], w1, t1)
		words := 0
		for _, g := range half[1-k] {
			words += len(g.Form)
		}
		t.Logf("tuned on half %d, scored on half %d (%d words): UAS %.2f LAS %.2f; the first parser alone %.2f / %.2f", k, 1-k, words, u, l, u0, l0)
		uw += u * float64(words)
		lw += l * float64(words)
		n += float64(words)
	}
	t.Logf("held out, both halves: UAS %.2f  LAS %.2f", uw/n, lw/n)
}

// oneVoter returns the weights and temperatures of the first voter's
// best parse alone.
func oneVoter(nv int) ([]float64, []float64) {
	ws, ts := make([]float64, nv), make([]float64, nv)
	ws[0] = 1
	return ws, ts
}

// searchCombination tunes each voter's weight and temperature in turn
// (the first voter's weight stays 1), three rounds, on dev, and returns
// them.
func searchCombination(t *testing.T, dev []*GoldSentence, beams [][][]ctree) ([]float64, []float64) {
	nv := len(beams[0])
	ws, ts := make([]float64, nv), make([]float64, nv)
	ws[0], ts[0] = 1, 64
	for v := 1; v < nv; v++ {
		ws[v], ts[v] = 0.5/float64(nv-1), 64
		if len(beams[0][v]) == 1 {
			ts[v] = 0
		}
	}
	best := func() float64 { u, l := combineEval(dev, beams, ws, ts); return u + l }
	cur := best()
	try := func(x *float64, vals []float64) {
		keep := *x
		for _, v := range vals {
			*x = v
			if s := best(); s > cur+1e-9 {
				cur, keep = s, v
			}
		}
		*x = keep
	}
	for round := 0; round < 3; round++ {
		for v := 0; v < nv; v++ {
			if v > 0 {
				try(&ws[v], []float64{0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.85, 1})
			}
			try(&ts[v], []float64{0, 4, 16, 64, 256})
		}
		u, l := combineEval(dev, beams, ws, ts)
		t.Logf("round %d: weights %v, temperatures %v: UAS %.2f  LAS %.2f", round+1, ws, ts, u, l)
	}
	return ws, ts
}

// collectBeams parses each sentence with m's tagger and parser, then
// the right-to-left parsers rls, keeping their final beams in that order.
func collectBeams(m *Model, rls []*parser, gold []*GoldSentence) [][][]ctree {
	w := m.worker()
	out := make([][][]ctree, len(gold))
	for si, g := range gold {
		n := len(g.Form)
		m.tagger.prepare(&w.sw, g.Form, true)
		w.tags, w.alts = resize(w.tags, n), resize(w.alts, n)
		m.tagger.tag(&w.sw, w.tags, w.alts, w.feats, w.tscore)
		w.st.lower = w.sw.lower
		w.st.setTags(w.tags, w.alts, m.tagger.classes)
		out[si] = append(out[si], finalBeam(m.parser, w))
		w.rlower = reverseInto(w.rlower, w.sw.lower)
		w.rtags = reverseInto(w.rtags, w.tags)
		w.ralts = reverseInto(w.ralts, w.alts)
		for _, p := range rls {
			if p.rtl {
				w.st.lower = w.rlower
				w.st.setTags(w.rtags, w.ralts, m.tagger.classes)
			} else {
				w.st.lower = w.sw.lower
				w.st.setTags(w.tags, w.alts, m.tagger.classes)
			}
			out[si] = append(out[si], finalBeam(p, w))
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
	items := []beamItem{{}}
	if p.beam > 1 {
		p.parseBeam(&w.bs, &w.ps, &w.st, w.feats, w.pscore, p.beam)
		items = w.bs.final()
	} else {
		p.parse(&items[0].s, &w.st, w.feats, w.pscore)
	}
	var out []ctree
	for _, it := range items {
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

// combineEval combines the voters' beams with the weights ws and
// temperatures ts and returns UAS and LAS by the CoNLL 2018 rule.
func combineEval(gold []*GoldSentence, beams [][][]ctree, ws, ts []float64) (uas, las float64) {
	var c combiner
	var probs, scores []float64
	var nu, nl, total int
	add := func(trees []ctree, w, T float64) {
		if w == 0 || len(trees) == 0 {
			return
		}
		if T <= 0 {
			trees = trees[:1]
		}
		scores = scores[:0]
		for _, x := range trees {
			scores = append(scores, x.score)
		}
		probs = softmax(probs, scores, T)
		for i, x := range trees {
			c.add(x.head, x.rel, w*probs[i])
		}
	}
	var head []int32
	var rel []Rel
	for si, g := range gold {
		n := len(g.Form)
		c.reset(n)
		for v := range ws {
			add(beams[si][v], ws[v], ts[v])
		}
		head, rel = resize(head, n), resize(rel, n)
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

// TestExperimentSize logs the saved size of the committed model and of
// its tagger and lemmatizer alone (the parser pruned to nothing).
func TestExperimentSize(t *testing.T) {
	size := func(m *Model) int {
		var b countWriter
		if err := m.Save(&b); err != nil {
			t.Fatal(err)
		}
		return int(b)
	}
	m := Default()
	t.Logf("committed model %d bytes; without parser weights %d bytes", size(m), size(m.PruneParser(1e30)))
	// With the right-to-left parser of EXP_RL as partner, pruned at each
	// of EXP_PRUNE: the size and the dev scores through Model.Annotate.
	path := os.Getenv("EXP_RL")
	if path == "" {
		return
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	rm, err := Load(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	rl := rm.parser
	if rm.Combined() {
		rl = rm.comb.partners[0].p
	}
	rl.rtl = true
	dev := readGold(t, "en_ewt-ud-dev.conllu.gz")
	for _, s := range strings.Split(os.Getenv("EXP_PRUNE"), ",") {
		x, err := strconv.ParseFloat(s, 64)
		if err != nil {
			t.Fatal(err)
		}
		c := &Model{tagger: m.tagger, lem: m.lem, parser: m.parser, comb: &combination{lrTemp: 64,
			partners: []voter{{p: rl.prune(x), temp: 64, weight: 0.7}}}}
		t.Logf("partner pruned at %g (%d weights): %d bytes; dev %s", x, c.comb.partners[0].p.w.entries(), size(c), Evaluate(c, dev))
	}
}

type countWriter int

func (c *countWriter) Write(p []byte) (int, error) { *c += countWriter(len(p)); return len(p), nil }

// TestExperimentAssemble writes to EXP_OUT the committed model with the
// partners of EXP_PARTNERS, comma-separated
// PATH[+PATH...]:rtl|ltr:BEAM:TEMP:WEIGHT:PRUNE (the parsers of the
// files joined by + averaged), and LR temperature EXP_LR_TEMP, then
// scores it on dev.
func TestExperimentAssemble(t *testing.T) {
	m := Default()
	lrT, _ := strconv.ParseFloat(os.Getenv("EXP_LR_TEMP"), 64)
	c := &combination{lrTemp: lrT}
	for _, spec := range strings.Split(os.Getenv("EXP_PARTNERS"), ",") {
		f := strings.Split(spec, ":")
		if len(f) != 6 {
			t.Fatalf("partner %q", spec)
		}
		var ws []*weights
		for _, path := range strings.Split(f[0], "+") {
			r, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			pm, err := Load(r)
			r.Close()
			if err != nil {
				t.Fatal(err)
			}
			ws = append(ws, pm.parser.w)
		}
		w := ws[0]
		if len(ws) > 1 {
			w = mixWeights(ws)
		}
		beam, _ := strconv.Atoi(f[2])
		temp, _ := strconv.ParseFloat(f[3], 64)
		weight, _ := strconv.ParseFloat(f[4], 64)
		prune, _ := strconv.ParseFloat(f[5], 64)
		// As the train command prunes: at 0.6 (-prune), 1 (-prune-parser),
		// then the partners' threshold (-prune-partner).
		p := (&parser{w: w, beam: beam, rtl: f[1] == "rtl"}).prune(0.6).prune(1).prune(prune)
		var x, y countWriter
		e1, e2 := &encoder{w: bufio.NewWriter(&x)}, &encoder{w: bufio.NewWriter(&y)}
		e1.weights(p.w)
		e2.weights((&parser{w: w}).prune(prune).w)
		e1.w.Flush()
		e2.w.Flush()
		t.Logf("partner %s: %d weights; pruned once at %g instead: %d bytes, chained %d bytes", spec, p.w.entries(), prune, y, x)
		c.partners = append(c.partners, voter{p: p, temp: temp, weight: weight})
	}
	out := &Model{tagger: m.tagger, lem: m.lem, parser: m.parser, comb: c}
	path := os.Getenv("EXP_OUT")
	fo, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := out.Save(fo); err != nil {
		t.Fatal(err)
	}
	fo.Close()
	fi, _ := os.Stat(path)
	r, _ := os.Open(path)
	back, err := Load(r)
	r.Close()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: %d bytes; dev %s", path, fi.Size(), Evaluate(back, readGold(t, "en_ewt-ud-dev.conllu.gz")))
}

// TestExperimentHeap logs the heap held by a loaded model and the CPU
// time of loading it: the embedded model, and the file EXP_MODEL.
func TestExperimentHeap(t *testing.T) {
	names, files := []string{"embedded", "embedded again"}, [][]byte{embedded, embedded}
	for _, path := range strings.Split(os.Getenv("EXP_MODEL"), ",") {
		if path == "" {
			continue
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		names, files = append(names, path), append(files, b)
	}
	for k, b := range files {
		name := names[k]
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		cpu := cpuTime()
		m, err := load(bytes.NewReader(b), true)
		cpu = cpuTime() - cpu
		if err != nil {
			t.Fatal(err)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		lazyHeap := float64(after.HeapAlloc-before.HeapAlloc) / 1e6
		pcpu := cpuTime()
		comb := m.Combined()
		pcpu = cpuTime() - pcpu
		runtime.GC()
		runtime.ReadMemStats(&after)
		t.Logf("%s: %d bytes, load %.2f s of CPU, heap %.1f MB; the partners (%v) then %.2f s, heap %.1f MB", name, len(b), cpu.Seconds(), lazyHeap, comb, pcpu.Seconds(), float64(after.HeapAlloc-before.HeapAlloc)/1e6)
		runtime.KeepAlive(m)
	}
}
