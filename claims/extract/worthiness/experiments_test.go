//go:build worthinessexp

package worthiness

// The experiments of issue 12's third session (BENCHMARKS.md,
// "Check-worthiness"): other features and other learners, measured by the
// package's cross-validation protocol (stratified folds of folds(), Platt
// scaling of the pooled out-of-fold margins, each fold judged at the
// F1-best threshold of the other folds' scores). They are not part of the
// shipped model; run them with
//
//	GOMAXPROCS=1 nice -n 10 go test -tags worthinessexp -run TestExperiment \
//	    ./claims/extract/worthiness -args -features words,lemma -learner lr
//
// The WordNet features read the database of Debian's wordnet-base package
// (/usr/share/wordnet) and skip without it.

import (
	"bufio"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/veracity-go/veracity/claims/extract/syntax"
)

var (
	expFeatures = flag.String("features", "words", "feature families, comma-separated: words, vec, upos, xpos, lemma, rel, root, char, wn-first, wn-hyper, clu, clubi, clu2, mean, max, meanbin")
	expLearner  = flag.String("learner", "lr", "learner: lr (the shipped fit), lrw (float weights), ftrl, mlp, bag, lr+mlp")
	expSeeds    = flag.String("seeds", "1,2,3", "CV seeds, comma-separated")
	expBits     = flag.Int("bits", 18, "hash bits")
	expEpochs   = flag.Int("epochs", 5, "epochs")
	expRate     = flag.Float64("rate", 0.02, "AdaGrad rate (lr, lrw, mlp)")
	expL2       = flag.Float64("l2", 1e-4, "L2 (lr, lrw, ftrl, mlp)")
	expL1       = flag.Float64("l1", 0, "L1 (ftrl)")
	expAlpha    = flag.Float64("alpha", 0.1, "FTRL alpha")
	expPosW     = flag.Float64("posw", 1, "weight of a check-worthy example (lrw)")
	expAvg      = flag.Bool("avg", false, "average the weights of each epoch (lrw)")
	expHidden   = flag.Int("hidden", 16, "hidden units (mlp)")
	expBag      = flag.Int("bag", 5, "models averaged (bag: lrw models on reshuffles)")
	expUp       = flag.Int("wn-up", 3, "hypernym levels above a word's first sense (wn-hyper)")
)

// A learner fits a model on the examples idx and returns its margin of
// example i. A learner that reads dense features takes them from expDense.
type learner func(xs [][]uint32, ys []bool, idx []int, seed uint64) func(i int) float64

// expDense holds each example's dense real features (nil: none), and
// expVec the pooled vectors of the package's table (family vec, learner lr).
var expDense, expVec [][]float32

func TestExperiment(t *testing.T) {
	ex := claimBuster(t)
	n := len(ex)
	// the probes: scored by the model trained on all n examples, after
	// the cross-validation, as Train would make it
	for _, p := range probes {
		ex = append(ex, Example{Sentence: Sentence{Text: p}})
	}
	fam := map[string]bool{}
	for _, s := range strings.Split(*expFeatures, ",") {
		fam[s] = true
	}
	if (fam["wn-first"] || fam["wn-hyper"]) && wordNet() == nil {
		t.Skip("no WordNet database in /usr/share/wordnet")
	}
	xs := make([][]uint32, len(ex))
	if fam["words"] {
		xs, _, _ = featurizeAll(ex, TrainOptions{})
	}
	expVec = nil
	if fam["vec"] { // the shipped model's pooled vectors, for the lr learner
		_, expVec, _ = featurizeAll(ex, TrainOptions{Vectors: true})
	}
	for i, e := range ex {
		xs[i] = append(xs[i], extraFeatures(e.Sentence.Text, fam)...)
	}
	embSetup(t, ex, xs, fam)
	if fam["seq"] {
		seqSetup(t, ex)
	}
	ys := labels(ex)
	L := makeLearner(*expLearner)
	var sum float64
	var out []string
	seeds := strings.Split(*expSeeds, ",")
	for _, s := range seeds {
		seed, _ := strconv.ParseUint(s, 10, 64)
		p, r, f1, a, b, thr := cvWithFull(xs[:n], ys[:n], 10, seed, L)
		out = append(out, fmt.Sprintf("seed %d P %.3f R %.3f F1 %.3f", seed, p, r, f1))
		if *expProbe {
			all := make([]int, n)
			for i := range all {
				all[i] = i
			}
			sc := L(xs, ys, all, seed)
			var ps []string
			for j := range probes {
				ps = append(ps, fmt.Sprintf("%.3f", 1/(1+math.Exp(-(a*sc(n+j)+b)))))
			}
			out = append(out, fmt.Sprintf("probes %s at threshold %.3f", strings.Join(ps, " "), thr))
		}
		sum += f1
	}
	t.Logf("features %s, learner %s: %s; mean F1 %.4f", *expFeatures, *expLearner, strings.Join(out, "; "), sum/float64(len(seeds)))
}

func makeLearner(name string) learner {
	lrw := lrWeighted(*expBits, *expEpochs, *expRate, *expL2, *expPosW, *expAvg)
	mlp := mlpLearner(*expBits, *expHidden, *expEpochs, *expRate, *expL2)
	switch name {
	case "lr":
		return func(xs [][]uint32, ys []bool, idx []int, seed uint64) func(i int) float64 {
			o := TrainOptions{Bits: *expBits, Epochs: *expEpochs, Rate: *expRate, Lambda: *expL2, Seed: seed}.withDefaults()
			m := fit(xs, expVec, nil, ys, o, idx)
			return func(i int) float64 { return m.margin(xs[i], row(expVec, i)) }
		}
	case "lrw":
		return lrw
	case "ftrl":
		return ftrlLearner(*expBits, *expEpochs, *expAlpha, 1, *expL1, *expL2)
	case "mlp":
		return mlp
	case "bag":
		return bagged(*expBag, lrw)
	case "lr+mlp":
		return ensemble(lrw, mlp)
	case "dmlp":
		return dmlpLearner(*expHidden, *expEpochs, *expRate, *expL2)
	case "lrw+dmlp":
		return ensemble(lrw, dmlpLearner(*expHidden, *expEpochs, *expRate, *expL2))
	case "cnn":
		return cnnLearner(*expBits, *expEpochs, *expRate, *expL2)
	case "knn":
		return knnLearner(*expKNN)
	case "wide":
		return wideLearner(*expBits, *expHidden, *expEpochs, *expRate, *expL2)
	case "attn":
		return attnLearner(*expBits, *expEpochs, *expRate, *expL2)
	case "cnn+attn":
		return ensemble(cnnLearner(*expBits, *expEpochs, *expRate, *expL2), attnLearner(*expBits, *expEpochs, *expRate, *expL2))
	case "bagattn":
		return bagged(*expBag, attnLearner(*expBits, *expEpochs, *expRate, *expL2))
	case "clean":
		return cleaned(*expInner, *expCleanTau, makeLearner(*expCleanOf))
	case "stack":
		var ls []learner
		for _, n := range strings.Split(*expStackOf, ",") {
			ls = append(ls, makeLearner(n))
		}
		return stacked(*expInner, ls...)
	case "lrw+knn":
		return ensemble(lrw, knnLearner(*expKNN))
	}
	panic("unknown learner " + name)
}

// cvWith is crossValidate's protocol with any learner: P, R and F1 of the
// check-worthy class.
func cvWith(xs [][]uint32, ys []bool, k int, seed uint64, fitf learner) (p, r, f1 float64) {
	p, r, f1, _, _, _ = cvWithFull(xs, ys, k, seed, fitf)
	return p, r, f1
}

// The probes of -probe: the statement claim of TestStatementClaims and
// the two acceptance sentences.
var probes = []string{
	"Donald thinks that climate change is a hoax perpetrated by the Chinese.",
	"We have lost 800,000 manufacturing jobs since 2010.",
	"Thank you all for coming tonight.",
}

var expProbe = flag.Bool("probe", true, "score the probes by a model trained on all examples")

// cvWithFull is cvWith that also returns the Platt parameters of the
// pooled out-of-fold margins and the F1-best threshold over all folds.
func cvWithFull(xs [][]uint32, ys []bool, k int, seed uint64, fitf learner) (p, r, f1, a, b, thr float64) {
	fold := folds(ys, k, seed)
	margins := make([]float64, len(xs))
	for f := range k {
		var train []int
		for i := range xs {
			if fold[i] != f {
				train = append(train, i)
			}
		}
		sc := fitf(xs, ys, train, seed)
		for i := range xs {
			if fold[i] == f {
				margins[i] = sc(i)
			}
		}
	}
	a, b = platt(margins, ys)
	scores := make([]float64, len(margins))
	for i, mg := range margins {
		scores[i] = 1 / (1 + math.Exp(-(a*mg + b)))
	}
	tp, fp, fn := judgeFolds(scores, ys, fold, k)
	p, r, f1 = prf(tp, fp, fn)
	thr, _ = bestThreshold(scores, ys, nil)
	return p, r, f1, a, b, thr
}

// lrWeighted is fit's logistic regression with float weights, a weight
// for the check-worthy examples and optional averaging over epochs.
func lrWeighted(bits, epochs int, rate, l2, posw float64, avg bool) learner {
	return func(xs [][]uint32, ys []bool, idx []int, seed uint64) func(i int) float64 {
		idx = slices.Clone(idx)
		mask := uint32(1<<bits - 1)
		w := make([]float64, 1<<bits)
		g2 := make([]float64, 1<<bits)
		aw := make([]float64, 1<<bits)
		var bias, bg2, abias float64
		var wd, gd, awd []float64
		if expDense != nil {
			wd, gd, awd = make([]float64, len(expDense[0])), make([]float64, len(expDense[0])), make([]float64, len(expDense[0]))
		}
		dot := func(i int) float64 {
			z := 0.0
			if wd != nil {
				for j, v := range expDense[i] {
					z += wd[j] * float64(v)
				}
			}
			return z
		}
		rng := rand.New(rand.NewPCG(seed, uint64(len(idx))))
		for range epochs {
			rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
			for _, i := range idx {
				z := bias + dot(i)
				for _, h := range xs[i] {
					z += w[h&mask]
				}
				y, wt := 0.0, 1.0
				if ys[i] {
					y, wt = 1, posw
				}
				g := (1/(1+math.Exp(-z)) - y) * wt
				for _, h := range xs[i] {
					j := h & mask
					gj := g + l2*w[j]
					g2[j] += gj * gj
					w[j] -= rate * gj / math.Sqrt(g2[j]+1e-8)
				}
				if wd != nil {
					for j, v := range expDense[i] {
						gj := g*float64(v) + *expDenseL2*wd[j]
						gd[j] += gj * gj
						wd[j] -= *expDenseRate * gj / math.Sqrt(gd[j]+1e-8)
					}
				}
				bg2 += g * g
				bias -= rate * g / math.Sqrt(bg2+1e-8)
			}
			for j := range w {
				aw[j] += w[j] / float64(epochs)
			}
			for j := range wd {
				awd[j] += wd[j] / float64(epochs)
			}
			abias += bias / float64(epochs)
		}
		if avg {
			w, wd, bias = aw, awd, abias
		}
		return func(i int) float64 {
			z := bias + dot(i)
			for _, h := range xs[i] {
				z += w[h&mask]
			}
			return z
		}
	}
}

// bagged averages the margins of n models trained on reshuffles.
func bagged(n int, base learner) learner {
	return func(xs [][]uint32, ys []bool, idx []int, seed uint64) func(i int) float64 {
		var scs []func(int) float64
		for k := range n {
			scs = append(scs, base(xs, ys, idx, seed*1000+uint64(k)))
		}
		return func(i int) float64 {
			s := 0.0
			for _, f := range scs {
				s += f(i)
			}
			return s / float64(n)
		}
	}
}

// ensemble sums the learners' margins, each divided by its standard
// deviation over the training examples.
func ensemble(ls ...learner) learner {
	return func(xs [][]uint32, ys []bool, idx []int, seed uint64) func(i int) float64 {
		var scs []func(int) float64
		var sds []float64
		for _, l := range ls {
			sc := l(xs, ys, idx, seed)
			var s, s2 float64
			for _, i := range idx {
				v := sc(i)
				s += v
				s2 += v * v
			}
			n := float64(len(idx))
			scs = append(scs, sc)
			sds = append(sds, math.Sqrt(max(s2/n-(s/n)*(s/n), 1e-12)))
		}
		return func(i int) float64 {
			z := 0.0
			for k, f := range scs {
				z += f(i) / sds[k]
			}
			return z
		}
	}
}

// mlpLearner is a two-layer network: hashed binary features to H ReLU
// units (an embedding sum) to a sigmoid, trained by AdaGrad.
func mlpLearner(bits, H, epochs int, rate, l2 float64) learner {
	return func(xs [][]uint32, ys []bool, idx []int, seed uint64) func(i int) float64 {
		idx = slices.Clone(idx)
		mask := uint32(1<<bits - 1)
		rng := rand.New(rand.NewPCG(seed, 99))
		W1 := make([]float32, (1<<bits)*H)
		G1 := make([]float32, len(W1))
		for i := range W1 {
			W1[i] = float32((rng.Float64()*2 - 1) * 0.05)
		}
		b1, gb1 := make([]float64, H), make([]float64, H)
		w2, g2 := make([]float64, H), make([]float64, H)
		for j := range w2 {
			w2[j] = (rng.Float64()*2 - 1) * 0.3
		}
		var b2, gb2 float64
		h, dh := make([]float64, H), make([]float64, H)
		hidden := func(x []uint32, h []float64) {
			copy(h, b1)
			for _, f := range x {
				row := W1[int(f&mask)*H : int(f&mask)*H+H]
				for j := range row {
					h[j] += float64(row[j])
				}
			}
			for j := range h {
				h[j] = max(h[j], 0)
			}
		}
		for range epochs {
			rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
			for _, i := range idx {
				hidden(xs[i], h)
				z := b2
				for j := range h {
					z += w2[j] * h[j]
				}
				y := 0.0
				if ys[i] {
					y = 1
				}
				g := 1/(1+math.Exp(-z)) - y
				for j := range h {
					dh[j] = 0
					if h[j] > 0 {
						dh[j] = g * w2[j]
					}
					gw := g*h[j] + l2*w2[j]
					g2[j] += gw * gw
					w2[j] -= rate * gw / math.Sqrt(g2[j]+1e-8)
					gb1[j] += dh[j] * dh[j]
					b1[j] -= rate * dh[j] / math.Sqrt(gb1[j]+1e-8)
				}
				gb2 += g * g
				b2 -= rate * g / math.Sqrt(gb2+1e-8)
				for _, f := range xs[i] {
					o := int(f&mask) * H
					for j := range H {
						if dh[j] != 0 {
							gj := dh[j] + l2*float64(W1[o+j])
							G1[o+j] += float32(gj * gj)
							W1[o+j] -= float32(rate * gj / math.Sqrt(float64(G1[o+j])+1e-8))
						}
					}
				}
			}
		}
		return func(i int) float64 {
			hh := make([]float64, H)
			hidden(xs[i], hh)
			z := b2
			for j := range hh {
				z += w2[j] * hh[j]
			}
			return z
		}
	}
}

// ftrlLearner is FTRL-proximal logistic regression with L1 and L2
// (McMahan et al., 2013).
func ftrlLearner(bits, epochs int, alpha, beta, l1, l2 float64) learner {
	return func(xs [][]uint32, ys []bool, idx []int, seed uint64) func(i int) float64 {
		idx = slices.Clone(idx)
		size := 1 << bits
		mask := uint32(size - 1)
		zz, nn, w := make([]float64, size+1), make([]float64, size+1), make([]float64, size+1)
		weight := func(j int) float64 {
			l := l1
			if j == size { // the bias
				l = 0
			}
			z := zz[j]
			if math.Abs(z) <= l {
				return 0
			}
			return -(z - math.Copysign(l, z)) / ((beta+math.Sqrt(nn[j]))/alpha + l2)
		}
		rng := rand.New(rand.NewPCG(seed, uint64(len(idx))))
		var js []int
		for range epochs {
			rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
			for _, i := range idx {
				js = js[:0]
				for _, h := range xs[i] {
					js = append(js, int(h&mask))
				}
				js = append(js, size)
				z := 0.0
				for _, j := range js {
					w[j] = weight(j)
					z += w[j]
				}
				y := 0.0
				if ys[i] {
					y = 1
				}
				g := 1/(1+math.Exp(-z)) - y
				for _, j := range js {
					s := (math.Sqrt(nn[j]+g*g) - math.Sqrt(nn[j])) / alpha
					zz[j] += g - s*w[j]
					nn[j] += g * g
				}
			}
		}
		for j := range w {
			w[j] = weight(j)
		}
		return func(i int) float64 {
			z := w[size]
			for _, h := range xs[i] {
				z += w[h&mask]
			}
			return z
		}
	}
}

// Namespaces of the experimental features.
const (
	xUPOS = 100 + iota
	xUPOSBi
	xXPOS
	xXPOSBi
	xLemma
	xLemmaBi
	xRel
	xRelHead
	xRoot
	xRootTag
	xArg
	xArgTag
	xChar
	xSense
	xHyper
)

// extraFeatures returns the hashed features of the families in fam other
// than the shipped words.
func extraFeatures(text string, fam map[string]bool) []uint32 {
	var hs []uint32
	if fam["upos"] || fam["xpos"] || fam["lemma"] || fam["rel"] || fam["root"] {
		hs = syntaxFeatures(hs, text, fam)
	}
	if fam["char"] {
		for _, t := range Tokenize(text) {
			w := "<" + strings.ToLower(t) + ">"
			for n := 3; n <= 5 && len(w) <= 40; n++ {
				for i := 0; i+n <= len(w); i++ {
					hs = append(hs, feature(xChar, uint64(n), hashString(w[i:i+n]), 0))
				}
			}
		}
	}
	if fam["wn-first"] || fam["wn-hyper"] {
		wn := wordNet()
		for _, t := range Tokenize(text) {
			w := strings.ToLower(t)
			if _, closed := classes().lookup(hashString(w)); closed || len(w) < 3 {
				continue
			}
			for pos := range 2 {
				senses := wn.senses(w, pos)
				if len(senses) == 0 {
					continue
				}
				if fam["wn-first"] {
					hs = append(hs, feature(xSense, uint64(pos), uint64(wn.lexfile[pos][senses[0]]), 0))
				}
				if fam["wn-hyper"] {
					level := []string{senses[0]}
					for range *expUp {
						var next []string
						for _, s := range level {
							next = append(next, wn.hyper[pos][s]...)
						}
						for _, s := range next {
							hs = append(hs, feature(xHyper, uint64(pos), hashString(s), 0))
						}
						level = next
					}
				}
			}
		}
	}
	return hs
}

// syntaxFeatures appends the features of the syntax layer's parse of text.
func syntaxFeatures(hs []uint32, text string, fam map[string]bool) []uint32 {
	d := syntax.Default().Parse(text)
	for _, s := range d.Sents {
		prevU, prevX, prevL := hStart, hStart, hStart
		for i := s.Start; i < s.End; i++ {
			u := hashString(d.UPOS[i].String())
			x := hashString(d.XPOS[i])
			l := hashString(strings.ToLower(d.Lemma[i]))
			if fam["upos"] {
				hs = append(hs, feature(xUPOS, u, 0, 0), feature(xUPOSBi, prevU, u, 0))
			}
			if fam["xpos"] {
				hs = append(hs, feature(xXPOS, x, 0, 0), feature(xXPOSBi, prevX, x, 0))
			}
			if fam["lemma"] {
				hs = append(hs, feature(xLemma, l, 0, 0), feature(xLemmaBi, prevL, l, 0))
			}
			head := d.Head[i]
			if fam["rel"] {
				r, hl := hashString(d.Rel[i].String()), hRoot
				if head >= 0 {
					hl = hashString(strings.ToLower(d.Lemma[head]))
				}
				hs = append(hs, feature(xRel, r, 0, 0), feature(xRelHead, r, hl, 0))
			}
			if fam["root"] {
				if head < 0 {
					hs = append(hs, feature(xRoot, l, 0, 0), feature(xRootTag, x, 0, 0))
				} else if rel := d.Rel[i].String(); d.Head[head] < 0 && (strings.HasPrefix(rel, "nsubj") || strings.HasPrefix(rel, "aux")) {
					r := hashString(rel)
					hs = append(hs, feature(xArg, r, l, 0), feature(xArgTag, r, x, hashString(d.XPOS[head])))
				}
			}
			prevU, prevX, prevL = u, x, l
		}
	}
	return hs
}

// A wordNetDB holds, for nouns (0) and verbs (1), each word's synsets in
// sense order, each synset's lexicographer file and its hypernyms.
type wordNetDB struct {
	index   [2]map[string][]string
	lexfile [2]map[string]int
	hyper   [2]map[string][]string
}

var wordNet = sync.OnceValue(func() *wordNetDB {
	db := &wordNetDB{}
	for pos, name := range []string{"noun", "verb"} {
		db.index[pos], db.lexfile[pos], db.hyper[pos] = map[string][]string{}, map[string]int{}, map[string][]string{}
		err := eachLine("/usr/share/wordnet/data."+name, func(fs []string) {
			db.lexfile[pos][fs[0]], _ = strconv.Atoi(fs[1])
			nw, _ := strconv.ParseInt(fs[3], 16, 64)
			k := 4 + 2*int(nw)
			np, _ := strconv.Atoi(fs[k])
			for p := k + 1; p < k+1+4*np; p += 4 {
				if fs[p] == "@" || fs[p] == "@i" {
					db.hyper[pos][fs[0]] = append(db.hyper[pos][fs[0]], fs[p+1])
				}
			}
		})
		if err != nil {
			return nil
		}
		err = eachLine("/usr/share/wordnet/index."+name, func(fs []string) {
			n, _ := strconv.Atoi(fs[2])
			db.index[pos][fs[0]] = fs[len(fs)-n:]
		})
		if err != nil {
			return nil
		}
	}
	return db
})

func eachLine(path string, f func([]string)) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if l := sc.Text(); !strings.HasPrefix(l, " ") {
			f(strings.Fields(l))
		}
	}
	return sc.Err()
}

// senses returns the synsets of w as a noun (pos 0) or verb (1), after
// WordNet's detachment rules when w is not in the index itself.
func (db *wordNetDB) senses(w string, pos int) []string {
	if s := db.index[pos][w]; s != nil {
		return s
	}
	rules := [2][][2]string{
		{{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}},
		{{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}},
	}[pos]
	for _, r := range rules {
		if strings.HasSuffix(w, r[0]) && len(w) > len(r[0])+1 {
			if s := db.index[pos][strings.TrimSuffix(w, r[0])+r[1]]; s != nil {
				return s
			}
		}
	}
	return nil
}
