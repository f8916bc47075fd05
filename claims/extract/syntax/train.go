package syntax

import (
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
)

// A GoldSentence is a sentence of a treebank with its annotation; it is
// read-only once read, and safe for concurrent reads.
type GoldSentence struct {
	Form, Lemma, XPOS []string
	UPOS              []UPOS
	Head              []int32 // index in the sentence, -1 for the root
	Rel               []Rel
}

// ReadTreebank reads the sentences of a CoNLL-U file with their gold
// annotation; empty nodes and multiword tokens are skipped.
func ReadTreebank(r io.Reader) ([]*GoldSentence, error) {
	var out []*GoldSentence
	err := ReadCoNLLU(r, func(s *Sentence) error {
		g := &GoldSentence{}
		for _, wi := range s.Words {
			l := &s.Lines[wi]
			f := l.Fields
			u, ok := ParseUPOS(f[colUPOS])
			if !ok {
				return fmt.Errorf("syntax: line %d: unknown UPOS %q", l.No, f[colUPOS])
			}
			h, err := strconv.Atoi(f[colHead])
			if err != nil {
				return fmt.Errorf("syntax: line %d: HEAD %q", l.No, f[colHead])
			}
			rel, ok := ParseRel(f[colDeprel])
			if !ok {
				return fmt.Errorf("syntax: line %d: unknown relation %q", l.No, f[colDeprel])
			}
			g.Form = append(g.Form, f[colForm])
			g.Lemma = append(g.Lemma, f[colLemma])
			g.XPOS = append(g.XPOS, f[colXPOS])
			g.UPOS = append(g.UPOS, u)
			g.Head = append(g.Head, int32(h-1))
			g.Rel = append(g.Rel, rel)
		}
		out = append(out, g)
		return nil
	})
	return out, err
}

// A Partner describes a partner parser for [TrainOptions]: trained like
// the model's own parser but reading the sentences right to left or not,
// with a beam or greedily, its runs' weights averaged; its votes count
// with Weight against the model's parser's 1, those of its final beam's
// parses by a softmax of their scores at temperature Temp (0: its best
// parse alone).
type Partner struct {
	RightToLeft  bool
	Beam         int // 1: greedy; 0: TrainOptions.Beam
	Runs         int // default 1
	Temp, Weight float64
}

// TrainOptions configure [Train]. The zero value trains with the
// defaults.
type TrainOptions struct {
	Seed        uint64
	TagEpochs   int // default 10
	TagRuns     int // taggers trained on different orders of the sentences, whose weights are averaged; default 2 (the jackknife's taggers: 1)
	ParseEpochs int // default 12
	ParseRuns   int // parsers trained on different orders of the sentences, whose weights are averaged; default 2
	// Partners are the parsers trained besides the model's own, which it
	// combines with its own by reparsing (combine.go); default none.
	Partners []Partner
	// PartnerTemp is the temperature of the model's own parser's final
	// beam in the combination (0: its best parse alone).
	PartnerTemp float64
	Beam        int     // the parser's beam while learning and parsing; default 8, 1 for greedy (dynamic oracle)
	BeamEpochs  int     // with Beam > 1, the last parser epochs that learn with the beam (the others greedily); default all
	Folds       int     // jackknife folds for the parser's training tags; default 5, 1 = gold tags
	MinWeight   float64 // averaged weights smaller than this are dropped; default 0.05
	WordDropout float64 // the tagger reads a word as unknown with this chance while learning; default 0.2, negative for none
	Clusters    int     // word classes learnt from the training text for the tagger (at most 65,535); default 256, negative for none
	// TagOnly trains the tagger and the lemmatizer alone, to measure
	// them: the model cannot parse, and Save refuses it.
	TagOnly bool
	Log     io.Writer // progress, or nil
	// Dev, if set, is scored after each parser epoch (logged only).
	Dev []*GoldSentence
	// DevBeams are the beams Dev is parsed with; default Beam alone.
	DevBeams []int
	// rightToLeft trains parsers that read the sentences reversed.
	rightToLeft bool
}

func (o *TrainOptions) defaults() {
	if o.TagEpochs == 0 {
		o.TagEpochs = 10
	}
	if o.TagRuns == 0 {
		o.TagRuns = 2
	}
	if o.ParseEpochs == 0 {
		o.ParseEpochs = 12
	}
	if o.ParseRuns == 0 {
		o.ParseRuns = 2
	}
	if o.Folds == 0 {
		o.Folds = 5
	}
	if o.MinWeight == 0 {
		o.MinWeight = 0.05
	}
	if o.WordDropout == 0 {
		o.WordDropout = 0.2
	}
	if o.Clusters == 0 {
		o.Clusters = 256
	}
	if o.Beam == 0 {
		o.Beam = 8
	}
	if o.BeamEpochs == 0 || o.BeamEpochs > o.ParseEpochs {
		o.BeamEpochs = o.ParseEpochs
	}
	o.Clusters = min(o.Clusters, 1<<16-1)
}

func (o *TrainOptions) devBeams() []int {
	if len(o.DevBeams) == 0 {
		return []int{o.Beam}
	}
	return o.DevBeams
}

func (o *TrainOptions) logf(format string, args ...any) {
	if o.Log != nil {
		fmt.Fprintf(o.Log, format+"\n", args...)
	}
}

// Train learns a model from gold sentences. The same sentences and
// options give the same model, byte for byte.
func Train(gold []*GoldSentence, o TrainOptions) (*Model, error) {
	o.defaults()
	if len(gold) == 0 {
		return nil, fmt.Errorf("syntax: no training sentences")
	}
	classes, classOf := tagClasses(gold)
	if len(classes) > 250 {
		return nil, fmt.Errorf("syntax: %d tag classes, at most 250", len(classes))
	}
	tg := trainTagger(gold, classes, classOf, o, "tagger", o.TagRuns)
	var ex []lemmaExample
	for _, g := range gold {
		for i := range g.Form {
			ex = append(ex, lemmaExample{g.Form[i], g.XPOS[i], g.Lemma[i]})
		}
	}
	lem := trainLemmatizer(ex)
	o.logf("lemmatizer: %d rules, %d spellings, %d lower-case spellings, %d words", len(lem.rules), len(lem.forms), len(lem.lowers), len(lem.words))
	if o.TagOnly {
		return &Model{tagger: tg, lem: lem}, nil
	}

	tags, alts := jackknife(gold, classes, classOf, o)
	m := &Model{tagger: tg, lem: lem}
	// Parsers that saw the sentences in different orders err in
	// different places; the average of their weights is a better parser
	// than either (parameter mixing), at no cost in speed.
	var ws []*weights
	for run := range o.ParseRuns {
		ws = append(ws, trainParser(gold, tags, alts, m, o, run).w)
	}
	lr := &parser{w: mixWeights(ws), beam: o.Beam}
	var comb *combination
	if len(o.Partners) > 0 {
		comb = &combination{lrTemp: o.PartnerTemp}
	}
	for i, pt := range o.Partners {
		po := o
		po.rightToLeft = pt.RightToLeft
		if pt.Beam > 0 {
			po.Beam = pt.Beam
		}
		var pws []*weights
		for run := range max(pt.Runs, 1) {
			pws = append(pws, trainParser(gold, tags, alts, m, po, run).w)
		}
		p := &parser{w: mixWeights(pws), beam: po.Beam, rtl: pt.RightToLeft}
		comb.partners = append(comb.partners, voter{p: p, temp: pt.Temp, weight: pt.Weight})
		if len(o.Dev) > 0 && pt.Runs > 1 {
			m.parser = p
			o.logf("dev, partner %d, its %d parsers averaged: %s", i+1, pt.Runs, Evaluate(m, o.Dev))
		}
	}
	m.parser = lr
	if len(o.Dev) > 0 && o.ParseRuns > 1 {
		o.logf("dev, the %d parsers averaged: %s", o.ParseRuns, Evaluate(m, o.Dev))
	}
	if comb != nil {
		m.comb = comb
		if len(o.Dev) > 0 {
			o.logf("dev, combined with the partners: %s", Evaluate(m, o.Dev))
		}
	}
	return m, nil
}

// jackknife returns the parser's training tags: the tags like those it
// will see, each fold tagged by a tagger trained on the others, with the
// tagger's runner-up classes (gold tags and none with o.Folds <= 1).
func jackknife(gold []*GoldSentence, classes []tagClass, classOf map[tagClass]int, o TrainOptions) (tags, alts [][]int) {
	tags, alts = make([][]int, len(gold)), make([][]int, len(gold))
	if o.Folds <= 1 {
		for si, g := range gold {
			tags[si], alts[si] = make([]int, len(g.Form)), make([]int, len(g.Form))
			for i := range g.Form {
				tags[si][i] = classOf[tagClass{g.UPOS[i], g.XPOS[i]}]
				alts[si][i] = -1
			}
		}
		return tags, alts
	}
	for f := 0; f < o.Folds; f++ {
		var in []*GoldSentence
		for si, g := range gold {
			if si%o.Folds != f {
				in = append(in, g)
			}
		}
		ft := trainTagger(in, classes, classOf, o, fmt.Sprintf("fold %d", f), 1)
		w := &worker{tscore: make([]int32, len(classes))}
		for si, g := range gold {
			if si%o.Folds == f {
				ft.prepare(&w.sw, g.Form, false)
				tags[si], alts[si] = make([]int, len(g.Form)), make([]int, len(g.Form))
				ft.tag(&w.sw, tags[si], alts[si], nil, w.tscore)
			}
		}
	}
	return tags, alts
}

func tagClasses(gold []*GoldSentence) ([]tagClass, map[tagClass]int) {
	count := map[tagClass]int{}
	for _, g := range gold {
		for i := range g.Form {
			count[tagClass{g.UPOS[i], g.XPOS[i]}]++
		}
	}
	var classes []tagClass
	for c := range count {
		classes = append(classes, c)
	}
	sortClasses(classes)
	classOf := map[tagClass]int{}
	for i, c := range classes {
		classOf[c] = i
	}
	return classes, classOf
}

func sortClasses(cs []tagClass) {
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && lessClass(cs[j], cs[j-1]); j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
}

func lessClass(a, b tagClass) bool {
	if a.UPOS != b.UPOS {
		return a.UPOS < b.UPOS
	}
	return a.XPOS < b.XPOS
}

// ambiguityClasses maps each word seen at least five times to a hash of
// the classes it took.
func ambiguityClasses(gold []*GoldSentence, classOf map[tagClass]int) map[uint64]uint64 {
	type info struct {
		n   int
		set map[int]bool
	}
	words := map[uint64]*info{}
	for _, g := range gold {
		for i, f := range g.Form {
			h := hashLower(f)
			in := words[h]
			if in == nil {
				in = &info{set: map[int]bool{}}
				words[h] = in
			}
			in.n++
			in.set[classOf[tagClass{g.UPOS[i], g.XPOS[i]}]] = true
		}
	}
	out := map[uint64]uint64{}
	for h, in := range words {
		if in.n < 5 {
			continue
		}
		var a uint64 = 0x51ed27
		for c := 0; c < 256; c++ {
			if in.set[c] {
				a = mix(a, uint64(c)+1, 0, 0)
			}
		}
		out[h] = a
	}
	return out
}

// trainTagger trains a tagger on the sentences: runs taggers over the
// sentences in different orders, whose weights are averaged.
func trainTagger(gold []*GoldSentence, classes []tagClass, classOf map[tagClass]int, o TrainOptions, name string, runs int) *tagger {
	t := &tagger{classes: classes, ambig: ambiguityClasses(gold, classOf)}
	if o.Clusters > 0 {
		t.clusters = wordClusters(gold, 2, o.Clusters, clusterIterations)
		o.logf("%s: %d words in %d word classes", name, len(t.clusters), o.Clusters)
	}
	var ws []*weights
	for run := range runs {
		ws = append(ws, t.learn(gold, classOf, o, name, run))
	}
	t.w = mixWeights(ws)
	return t
}

// learn trains weights for t on the sentences, in the order of run; the
// words seen once are read as unknown.
func (t *tagger) learn(gold []*GoldSentence, classOf map[tagClass]int, o TrainOptions, name string, run int) *weights {
	classes := t.classes
	l := newLearner(len(classes))
	stream := uint64(1)
	if run > 0 {
		stream = 100 + uint64(run)
	}
	rng := rand.New(rand.NewPCG(o.Seed, stream))
	drop := rand.New(rand.NewPCG(o.Seed, 77+stream))
	order := make([]int, len(gold))
	for i := range order {
		order[i] = i
	}
	var sw sentenceWords
	var feats []uint64
	scores := make([]float32, len(classes))
	var pred, first, starts []int
	var static []uint64
	freq := map[uint64]int{}
	for _, g := range gold {
		for _, f := range g.Form {
			freq[hashLower(f)]++
		}
	}
	for ep := 0; ep < o.TagEpochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, si := range order {
			g := gold[si]
			n := len(g.Form)
			t.prepare(&sw, g.Form, false)
			// Words seen once in training, and others at random (word
			// dropout), are read as unknown, so that the features of
			// unknown words learn from them and the others learn not to
			// lean on the word alone.
			for i, h := range sw.lower {
				if freq[h] == 1 || o.WordDropout > 0 && drop.Float64() < o.WordDropout {
					sw.lower[i], sw.amb[i], sw.clus[i] = unknownWord, 0, 0
				}
			}
			pred = resize(pred, n)
			static, starts = static[:0], append(starts[:0], 0)
			for i := range g.Form {
				static = sw.contextFeatures(sw.wordFeatures(static, i), i)
				starts = append(starts, len(static))
			}
			learn := func(i int) {
				for c := range scores {
					scores[c] = 0
				}
				l.score(feats, scores)
				best := 0
				for c := 1; c < len(scores); c++ {
					if scores[c] > scores[best] {
						best = c
					}
				}
				gc := classOf[tagClass{g.UPOS[i], g.XPOS[i]}]
				l.tick()
				if best != gc {
					l.update(feats, gc, best)
				} else {
					correct++
				}
				total++
				pred[i] = best
			}
			for i := n - 1; i >= 0; i-- {
				feats = sw.nextFeatures(append(feats[:0], static[starts[i]:starts[i+1]]...), i, pred)
				learn(i)
			}
			first = append(first[:0], pred...)
			for i := 0; i < n; i++ {
				feats = sw.prevFeatures(append(feats[:0], static[starts[i]:starts[i+1]]...), i, pred)
				feats = sw.rightFeatures(feats, i, pred, first)
				learn(i)
			}
		}
		o.logf("%s epoch %d: %.2f%% of training words right", name, ep+1, 100*float64(correct)/float64(total))
	}
	w := l.freeze(o.MinWeight)
	o.logf("%s: %d features, %d weights", name, len(l.index), w.entries())
	return w
}

// trainParser trains a parser on the sentences in the order of run.
func trainParser(gold []*GoldSentence, tags, alts [][]int, m *Model, o TrainOptions, run int) *parser {
	if o.rightToLeft {
		rg, rt, ra := make([]*GoldSentence, len(gold)), make([][]int, len(gold)), make([][]int, len(gold))
		for i, g := range gold {
			rg[i], rt[i], ra[i] = reverseGold(g), reversed(tags[i]), reversed(alts[i])
		}
		gold, tags, alts = rg, rt, ra
	}
	na := nActions()
	l := newLearner(na)
	rng := rand.New(rand.NewPCG(o.Seed, 2+uint64(run)))
	order := make([]int, len(gold))
	for i := range order {
		order[i] = i
	}
	var s pstate
	var st sentenceTags
	var feats []uint64
	scores := make([]float32, na)
	var gh []int32
	var gr []Rel
	cost := make([]int, na)
	var bt *beamTrainer
	if o.Beam > 1 {
		bt = newBeamTrainer(l, o.Beam)
	}
	for ep := 0; ep < o.ParseEpochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		wrong, total := 0, 0
		beam := bt != nil && ep >= o.ParseEpochs-o.BeamEpochs
		for _, si := range order {
			g := gold[si]
			n := len(g.Form)
			st.lower = st.lower[:0]
			for _, f := range g.Form {
				st.lower = append(st.lower, hashLower(f))
			}
			st.setTags(tags[si], alts[si], m.tagger.classes)
			gh = resize(gh, n+1)
			gr = resize(gr, n+1)
			for i := 0; i < n; i++ {
				gh[i], gr[i] = g.Head[i], g.Rel[i]
				if gh[i] < 0 {
					gh[i] = int32(n)
				}
			}
			gh[n] = -1
			if beam {
				if !bt.learn(&st, gh, gr) {
					wrong++
				}
				total++
				continue
			}
			s.reset(n)
			for !s.terminal() {
				feats = s.parseFeatures(feats[:0], &st)
				for c := range scores {
					scores[c] = 0
				}
				l.score(feats, scores)
				s.costs(gh, gr, cost)
				pred, best, minCost := -1, -1, 1<<30
				for a := 0; a < na; a++ {
					c := cost[a]
					if c < 0 {
						continue
					}
					if pred < 0 || scores[a] > scores[pred] {
						pred = a
					}
					if c < minCost || c == minCost && scores[a] > scores[best] {
						minCost, best = c, a
					}
				}
				l.tick()
				total++
				predCost := cost[pred]
				if predCost > minCost {
					l.update(feats, best, pred)
					wrong++
				}
				next := best
				if ep > 0 && predCost == minCost || ep > 0 && rng.Float64() < 0.9 {
					next = pred
				}
				s.apply(next)
			}
		}
		if beam {
			o.logf("parser %d epoch %d (beam %d): %.2f%% of sentences wrong", run+1, ep+1, o.Beam, 100*float64(wrong)/float64(total))
		} else {
			o.logf("parser %d epoch %d: %.2f%% of transitions wrong", run+1, ep+1, 100*float64(wrong)/float64(total))
		}
		if len(o.Dev) > 0 && (ep+1)%3 == 0 || len(o.Dev) > 0 && ep+1 == o.ParseEpochs {
			w := l.freeze(o.MinWeight)
			for _, b := range o.devBeams() {
				m.parser = &parser{w: w, beam: b, rtl: o.rightToLeft}
				o.logf("  dev after epoch %d, beam %d: %s", ep+1, b, Evaluate(m, o.Dev))
			}
		}
	}
	p := &parser{w: l.freeze(o.MinWeight), beam: o.Beam, rtl: o.rightToLeft}
	o.logf("parser: %d features, %d weights", len(l.index), p.w.entries())
	return p
}

// Scores are accuracies on a treebank, in percent, by the CoNLL 2018
// rules with gold tokens: every word counts, punctuation included; LAS
// compares the universal part of the relation.
type Scores struct {
	Words                       int
	UPOS, XPOS, Lemma, UAS, LAS float64
}

func (s Scores) String() string {
	return fmt.Sprintf("words %d  UPOS %.2f  XPOS %.2f  lemma %.2f  UAS %.2f  LAS %.2f",
		s.Words, s.UPOS, s.XPOS, s.Lemma, s.UAS, s.LAS)
}

// Evaluate analyses the gold sentences' words with m and scores the
// result against their annotation (UAS and LAS are 0 for a model trained
// with TagOnly).
func Evaluate(m *Model, gold []*GoldSentence) Scores {
	var upos, xpos, lemma, uas, las, n int
	d := &Doc{}
	for _, g := range gold {
		d.Text, d.Start, d.End, d.Form, d.Sents = "", d.Start[:0], d.End[:0], d.Form[:0], d.Sents[:0]
		for _, f := range g.Form {
			d.Form = append(d.Form, f)
			d.Start = append(d.Start, 0)
			d.End = append(d.End, int32(len(f)))
		}
		d.Sents = append(d.Sents, Range{0, int32(len(g.Form))})
		if m.parser != nil {
			m.Annotate(d)
		} else {
			m.Tag(d)
		}
		for i := range g.Form {
			n++
			if d.UPOS[i] == g.UPOS[i] {
				upos++
			}
			if d.XPOS[i] == g.XPOS[i] {
				xpos++
			}
			if d.Lemma[i] == g.Lemma[i] {
				lemma++
			}
			if d.Head[i] == g.Head[i] {
				uas++
				if d.Rel[i].Universal() == g.Rel[i].Universal() {
					las++
				}
			}
		}
	}
	pct := func(k int) float64 { return 100 * float64(k) / float64(max(n, 1)) }
	return Scores{Words: n, UPOS: pct(upos), XPOS: pct(xpos), Lemma: pct(lemma), UAS: pct(uas), LAS: pct(las)}
}
