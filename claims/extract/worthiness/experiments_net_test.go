//go:build worthinessexp

package worthiness

// The experiments of issue 12's fifth session (BENCHMARKS.md,
// "Check-worthiness"): a network over the pooled word vectors trained
// jointly with the hashed features' logistic regression ("wide and deep"),
// attention pooling, and stacked ensembles, by the harness of experiments_test.go, e.g.
//
//	WINK_EMBEDDINGS=… GOMAXPROCS=1 nice -n 10 go test -tags worthinessexp \
//	    -run TestExperiment -v ./claims/extract/worthiness \
//	    -args -features words,mean,max -learner wide -hidden 64
//
// Learners:
//
//	wide   the hashed features' logistic regression (AdaGrad, as lrw)
//	       plus the dense features' linear weights plus a hidden layer of
//	       -hidden units (-act tanh or relu) over the dense features, all
//	       trained together on the log-loss; the network by Adam
//	       (-net-rate, -net-l2, -dropout)
//	attn   lrw trained together with -heads attention heads over the
//	       sentence's word vectors (family seq; -ft-rate adds each word's
//	       own offsets of its score and value)
//	stack  the -stack-of learners (default lrw and wide), each example's
//	       margins combined by a logistic regression fitted on
//	       out-of-fold margins of an inner -inner-folds cross-validation
//	       of the training part only
//	clean  -clean-of trained without the training examples an inner
//	       cross-validation finds likely mislabelled (-clean-tau)
//	bagattn  -bag attention models of different seeds, margins averaged

import (
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var (
	expNetRate  = flag.Float64("net-rate", 1e-3, "Adam rate of the network (wide)")
	expNetL2    = flag.Float64("net-l2", 1e-4, "L2 of the network's weights (wide)")
	expAct      = flag.String("act", "tanh", "hidden activation: tanh or relu (wide)")
	expDropout  = flag.Float64("dropout", 0, "dropout of the hidden units while training (wide)")
	expInner    = flag.Int("inner-folds", 5, "inner folds of the stacker (stack)")
	expWideLin  = flag.Bool("wide-linear", true, "the dense features' linear weights beside the network (wide)")
	expStackOf  = flag.String("stack-of", "lrw,wide", "learners the stacker combines (stack)")
	expNetEpoch = flag.Int("net-epochs", 0, "epochs of wide (0: -epochs)")
)

// adam is one parameter vector's Adam state.
type adam struct {
	m, v []float64
	t    int
}

func newAdam(n int) *adam { return &adam{m: make([]float64, n), v: make([]float64, n)} }

// step moves w against the gradient g (both length n), with L2 l2.
func (a *adam) step(w, g []float64, rate, l2 float64) {
	const b1, b2 = 0.9, 0.999
	a.t++
	c1 := 1 - math.Pow(b1, float64(a.t))
	c2 := 1 - math.Pow(b2, float64(a.t))
	for j := range w {
		gj := g[j] + l2*w[j]
		a.m[j] = b1*a.m[j] + (1-b1)*gj
		a.v[j] = b2*a.v[j] + (1-b2)*gj*gj
		w[j] -= rate * (a.m[j] / c1) / (math.Sqrt(a.v[j]/c2) + 1e-8)
	}
}

// wideLearner is a logistic regression over the hashed features plus a
// one-hidden-layer network over the dense features, trained together.
func wideLearner(bits, H, epochs int, rate, l2 float64) learner {
	return func(xs [][]uint32, ys []bool, idx []int, seed uint64) func(i int) float64 {
		idx = slices.Clone(idx)
		D := len(expDense[0])
		mask := uint32(1<<bits - 1)
		w, g2 := make([]float64, 1<<bits), make([]float64, 1<<bits)
		var bias, bg2 float64
		rng := rand.New(rand.NewPCG(seed, 4242))
		// the network's parameters in one vector: W1 (H×D), b1 (H), w2 (H), wl (D)
		nW1, nb1, nw2 := H*D, H, H
		P := make([]float64, nW1+nb1+nw2+D)
		W1, b1, w2, wl := P[:nW1], P[nW1:nW1+nb1], P[nW1+nb1:nW1+nb1+nw2], P[nW1+nb1+nw2:]
		sc := math.Sqrt(6 / float64(D+H))
		for j := range W1 {
			W1[j] = (rng.Float64()*2 - 1) * sc
		}
		for j := range w2 {
			w2[j] = (rng.Float64()*2 - 1) * math.Sqrt(6/float64(H+1))
		}
		G := make([]float64, len(P))
		opt := newAdam(len(P))
		relu := *expAct == "relu"
		act := func(s float64) float64 {
			if relu {
				return max(s, 0)
			}
			return math.Tanh(s)
		}
		h, pre, keep := make([]float64, H), make([]float64, H), make([]float64, H)
		dense := func(x []float32, h, pre []float64, keep []float64) float64 {
			z := 0.0
			for j := range H {
				s := b1[j]
				row := W1[j*D : j*D+D]
				for d, v := range x {
					s += row[d] * float64(v)
				}
				pre[j] = s
				h[j] = act(s) * keep[j]
				z += w2[j] * h[j]
			}
			if *expWideLin {
				for d, v := range x {
					z += wl[d] * float64(v)
				}
			}
			return z
		}
		ones := make([]float64, H)
		for j := range ones {
			ones[j] = 1
		}
		ep := epochs
		if *expNetEpoch > 0 {
			ep = *expNetEpoch
		}
		p := *expDropout
		for range ep {
			rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
			for _, i := range idx {
				for j := range keep {
					keep[j] = 1
					if p > 0 {
						if rng.Float64() < p {
							keep[j] = 0
						} else {
							keep[j] = 1 / (1 - p)
						}
					}
				}
				x := expDense[i]
				z := bias + dense(x, h, pre, keep)
				for _, f := range xs[i] {
					z += w[f&mask]
				}
				y := 0.0
				if ys[i] {
					y = 1
				}
				g := 1/(1+math.Exp(-z)) - y
				for _, f := range xs[i] {
					j := f & mask
					gj := g + l2*w[j]
					g2[j] += gj * gj
					w[j] -= rate * gj / math.Sqrt(g2[j]+1e-8)
				}
				bg2 += g * g
				bias -= rate * g / math.Sqrt(bg2+1e-8)
				clear(G)
				gW1, gb1, gw2, gwl := G[:nW1], G[nW1:nW1+nb1], G[nW1+nb1:nW1+nb1+nw2], G[nW1+nb1+nw2:]
				for j := range H {
					gw2[j] = g * h[j]
					if keep[j] == 0 {
						continue
					}
					var da float64
					if relu {
						if pre[j] > 0 {
							da = 1
						}
					} else {
						t := math.Tanh(pre[j])
						da = 1 - t*t
					}
					dh := g * w2[j] * keep[j] * da
					if dh == 0 {
						continue
					}
					gb1[j] = dh
					row := gW1[j*D : j*D+D]
					for d, v := range x {
						row[d] = dh * float64(v)
					}
				}
				if *expWideLin {
					for d, v := range x {
						gwl[d] = g * float64(v)
					}
				}
				opt.step(P, G, *expNetRate, *expNetL2)
			}
		}
		return func(i int) float64 {
			hh, pp := make([]float64, H), make([]float64, H)
			z := bias + dense(expDense[i], hh, pp, ones)
			for _, f := range xs[i] {
				z += w[f&mask]
			}
			return z
		}
	}
}

// stacked combines the base learners by a logistic regression over their
// margins, fitted on the margins of an inner cross-validation of the
// training examples (the test fold is never read), then applied to the
// margins of the base learners trained on all the training examples.
func stacked(k int, bases ...learner) learner {
	return func(xs [][]uint32, ys []bool, idx []int, seed uint64) func(i int) float64 {
		sub := make([]bool, len(idx))
		for n, i := range idx {
			sub[n] = ys[i]
		}
		fold := folds(sub, k, seed+17)
		oof := make([][]float64, len(idx)) // margins of each base
		for n := range oof {
			oof[n] = make([]float64, len(bases))
		}
		for f := range k {
			var tr []int
			for n, i := range idx {
				if fold[n] != f {
					tr = append(tr, i)
				}
			}
			for b, base := range bases {
				sc := base(xs, ys, tr, seed)
				for n, i := range idx {
					if fold[n] == f {
						oof[n][b] = sc(i)
					}
				}
			}
		}
		// the stacker: logistic regression by Newton's method
		B := len(bases) + 1
		beta := make([]float64, B)
		for range 50 {
			grad := make([]float64, B)
			hess := make([]float64, B*B)
			for n := range oof {
				x := append([]float64{1}, oof[n]...)
				z := 0.0
				for j := range x {
					z += beta[j] * x[j]
				}
				pr := 1 / (1 + math.Exp(-z))
				y := 0.0
				if sub[n] {
					y = 1
				}
				for j := range x {
					grad[j] += (pr - y) * x[j]
					for l := range x {
						hess[j*B+l] += pr * (1 - pr) * x[j] * x[l]
					}
				}
			}
			for j := range B {
				hess[j*B+j] += 1e-6
			}
			d := solve(hess, grad, B)
			for j := range beta {
				beta[j] -= d[j]
			}
		}
		var scs []func(int) float64
		for _, base := range bases {
			scs = append(scs, base(xs, ys, idx, seed))
		}
		return func(i int) float64 {
			z := beta[0]
			for b, sc := range scs {
				z += beta[b+1] * sc(i)
			}
			return z
		}
	}
}

// solve returns x with A x = b for the n×n matrix A (Gaussian elimination
// with partial pivoting; A and b are copied).
func solve(A, b []float64, n int) []float64 {
	a := slices.Clone(A)
	x := slices.Clone(b)
	for c := range n {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r*n+c]) > math.Abs(a[p*n+c]) {
				p = r
			}
		}
		for j := range n {
			a[c*n+j], a[p*n+j] = a[p*n+j], a[c*n+j]
		}
		x[c], x[p] = x[p], x[c]
		for r := c + 1; r < n; r++ {
			f := a[r*n+c] / a[c*n+c]
			for j := c; j < n; j++ {
				a[r*n+j] -= f * a[c*n+j]
			}
			x[r] -= f * x[c]
		}
	}
	for c := n - 1; c >= 0; c-- {
		for j := c + 1; j < n; j++ {
			x[c] -= a[c*n+j] * x[j]
		}
		x[c] /= a[c*n+c]
	}
	return x
}

// TestDumpOOF writes the shipped path's out-of-fold scores (seed 1) to
// $TMPDIR/worthiness-oof.tsv: score, label, text.
func TestDumpOOF(t *testing.T) {
	ex := claimBuster(t)
	r, err := CrossValidate(ex, TrainOptions{Seed: 1, Vectors: true})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for i, e := range ex {
		fmt.Fprintf(&b, "%.3f\t%v\t%s\n", r.Scores[i], e.Worthy, e.Sentence.Text)
	}
	os.WriteFile(filepath.Join(os.TempDir(), "worthiness-oof.tsv"), []byte(b.String()), 0o644)
	t.Logf("F1 %.3f threshold %.3f", r.F1, r.Threshold)
}

var (
	expHeads  = flag.Int("heads", 4, "attention heads (attn)")
	expFTRate = flag.Float64("ft-rate", 0, "attn: AdaGrad rate of each word's own offsets of a·v and u·v (0: none)")
	expFTL2   = flag.Float64("ft-l2", 1e-3, "attn: L2 of the offsets")
)

// attnLearner is lrw (hashed features and the dense features, linear)
// trained together with attention pooling of the sentence's word vectors
// (family seq): each of -heads heads weighs the words by the softmax of
// a·v and adds u·(the weighted mean). Both a·v and u·v are one number a
// word, so a model of this kind scores by two lookups a word and head.
func attnLearner(bits, epochs int, rate, l2 float64) learner {
	return func(xs [][]uint32, ys []bool, idx []int, seed uint64) func(i int) float64 {
		e := emb
		D, K := e.vecs.Dim, *expHeads
		idx = slices.Clone(idx)
		mask := uint32(1<<bits - 1)
		w, g2 := make([]float64, 1<<bits), make([]float64, 1<<bits)
		var bias, bg2 float64
		var wd, gd []float64
		if expDense != nil {
			wd, gd = make([]float64, len(expDense[0])), make([]float64, len(expDense[0]))
		}
		rng := rand.New(rand.NewPCG(seed, 5150))
		P := make([]float64, 2*K*D) // a_k then u_k
		for j := range P {
			P[j] = (rng.Float64()*2 - 1) * 0.01
		}
		A, U := P[:K*D], P[K*D:]
		G := make([]float64, len(P))
		// each word's offsets of a·v and u·v (head k of row r at r*K+k),
		// the vectors fine-tuned as far as a model of one head reads them
		V := len(e.vecs.Vecs)
		var offS, offQ, gS, gQ []float64
		if *expFTRate > 0 {
			offS, offQ, gS, gQ = make([]float64, V*K), make([]float64, V*K), make([]float64, V*K), make([]float64, V*K)
		}
		opt := newAdam(len(P))
		type cache struct{ s, r, alpha []float64 }
		forward := func(i int, c *cache) float64 {
			z := bias
			for _, f := range xs[i] {
				z += w[f&mask]
			}
			if wd != nil {
				for j, v := range expDense[i] {
					z += wd[j] * float64(v)
				}
			}
			seq := expSeq[i]
			n := 0
			for _, r := range seq {
				if r >= 0 {
					n++
				}
			}
			if n == 0 {
				return z
			}
			c.s, c.r, c.alpha = c.s[:0], c.r[:0], c.alpha[:0]
			for k := range K {
				a, u := A[k*D:k*D+D], U[k*D:k*D+D]
				top := math.Inf(-1)
				base := len(c.s)
				for _, r := range seq {
					if r < 0 {
						continue
					}
					v := e.vecs.Vecs[r]
					var s, q float64
					for d, x := range v {
						s += a[d] * float64(x)
						q += u[d] * float64(x)
					}
					if offS != nil {
						s += offS[r*K+k]
						q += offQ[r*K+k]
					}
					c.s, c.r = append(c.s, s), append(c.r, q)
					top = max(top, s)
				}
				sum := 0.0
				for t := base; t < len(c.s); t++ {
					ex := math.Exp(c.s[t] - top)
					c.alpha = append(c.alpha, ex)
					sum += ex
				}
				for t := base; t < len(c.s); t++ {
					c.alpha[t] /= sum
					z += c.alpha[t] * c.r[t]
				}
			}
			return z
		}
		var c cache
		for range epochs {
			rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
			for _, i := range idx {
				z := forward(i, &c)
				y := 0.0
				if ys[i] {
					y = 1
				}
				g := 1/(1+math.Exp(-z)) - y
				for _, f := range xs[i] {
					j := f & mask
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
				if len(c.s) == 0 {
					continue
				}
				clear(G)
				n := len(c.s) / K
				for k := range K {
					ga, gu := G[k*D:k*D+D], G[K*D+k*D:K*D+k*D+D]
					pooled := 0.0
					for t := range n {
						pooled += c.alpha[k*n+t] * c.r[k*n+t]
					}
					t := 0
					for _, r := range expSeq[i] {
						if r < 0 {
							continue
						}
						al := c.alpha[k*n+t]
						ds := g * al * (c.r[k*n+t] - pooled)
						if offS != nil {
							ft := *expFTRate
							o := r*K + k
							gs := ds + *expFTL2*offS[o]
							gS[o] += gs * gs
							offS[o] -= ft * gs / math.Sqrt(gS[o]+1e-8)
							gq := g*al + *expFTL2*offQ[o]
							gQ[o] += gq * gq
							offQ[o] -= ft * gq / math.Sqrt(gQ[o]+1e-8)
						}
						for d, x := range e.vecs.Vecs[r] {
							gu[d] += g * al * float64(x)
							ga[d] += ds * float64(x)
						}
						t++
					}
				}
				opt.step(P, G, *expNetRate, *expNetL2)
			}
		}
		return func(i int) float64 {
			var cc cache
			return forward(i, &cc)
		}
	}
}

var (
	expCleanTau = flag.Float64("clean-tau", 0.1, "clean: drop a training example whose inner out-of-fold probability of its own label is below this")
	expCleanOf  = flag.String("clean-of", "lrw", "clean: the learner trained on the cleaned examples")
)

// cleaned trains base on the training examples less those an inner
// cross-validation of the training part finds likely mislabelled (the
// probability of their own label, Platt-calibrated, below tau): the
// confident-learning idea, with the test fold never read.
func cleaned(k int, tau float64, base learner) learner {
	return func(xs [][]uint32, ys []bool, idx []int, seed uint64) func(i int) float64 {
		sub := make([]bool, len(idx))
		for n, i := range idx {
			sub[n] = ys[i]
		}
		fold := folds(sub, k, seed+23)
		margins := make([]float64, len(idx))
		for f := range k {
			var tr []int
			for n, i := range idx {
				if fold[n] != f {
					tr = append(tr, i)
				}
			}
			sc := base(xs, ys, tr, seed)
			for n, i := range idx {
				if fold[n] == f {
					margins[n] = sc(i)
				}
			}
		}
		a, b := platt(margins, sub)
		var keep []int
		for n, i := range idx {
			p := 1 / (1 + math.Exp(-(a*margins[n] + b)))
			if !sub[n] {
				p = 1 - p
			}
			if p >= tau {
				keep = append(keep, i)
			}
		}
		return base(xs, ys, keep, seed)
	}
}
