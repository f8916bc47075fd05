package worthiness

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
)

// An Example is a labelled sentence for training.
type Example struct {
	Sentence Sentence
	Worthy   bool
}

// TrainOptions are the settings of [Train] and [CrossValidate]. The zero
// value of a field means its default.
type TrainOptions struct {
	Bits   int     // hash bits: 1<<Bits weights (default 18)
	Epochs int     // passes over the data (default 5)
	Lambda float64 // L2 regularisation: each update adds Lambda·w to the gradient (default 1e-4)
	Rate   float64 // AdaGrad learning rate (default 0.02)
	Folds  int     // cross-validation folds for the calibration and threshold (default 10)
	Seed   uint64  // the shuffles' seed: one seed, one model
	Syntax bool    // use the Sentences' UPOS and dependency features
	// Vectors adds the mean of the embedded word vectors of a
	// sentence's words as dense features.
	Vectors bool
	// Attention adds the sentence's word vectors pooled by one learnt
	// attention head (the shipped model's): the mean of the words' vectors
	// weighted by the softmax of a·v, read by weights u; a and u are
	// trained with the hashed features' weights (by Adam, rate 1e-3, L2
	// 1e-3).
	Attention bool
}

func (o TrainOptions) withDefaults() TrainOptions {
	if o.Bits == 0 {
		o.Bits = 18
	}
	if o.Epochs == 0 {
		o.Epochs = 5
	}
	if o.Lambda == 0 {
		o.Lambda = 1e-4
	}
	if o.Rate == 0 {
		o.Rate = 0.02
	}
	if o.Folds == 0 {
		o.Folds = 10
	}
	return o
}

// A CVResult is the outcome of a cross-validation.
type CVResult struct {
	// Precision, Recall and F1 of the check-worthy class, each fold's
	// sentences scored by the model trained without them and judged at a
	// threshold chosen without their labels (the F1-best point of the
	// other folds' scores).
	Precision, Recall, F1 float64
	// BalancedPrecision and BalancedF1 are the same judgments' precision
	// and F1 with the two classes weighted equally (each not-worthy
	// sentence counting positives/negatives), as on a test set of half
	// check-worthy sentences such as ClaimBuster's held-out one; recall
	// is unchanged.
	BalancedPrecision, BalancedF1 float64
	// Threshold is the F1-best point over all folds' scores, and BestF1
	// the F1 there (a little optimistic: it is chosen on the scores it is
	// measured on). Train stores Threshold with the model.
	Threshold, BestF1 float64
	// Scores holds each example's calibrated out-of-fold score.
	Scores []float64
}

// Train fits a model to the examples: a cross-validation first calibrates
// the scores (Platt scaling of the out-of-fold margins) and picks the
// threshold, then a logistic regression is fitted on all the examples and
// its weights quantized. The same examples, options and seed give the
// same model, byte for byte.
func Train(examples []Example, opts TrainOptions) (*Model, error) {
	opts = opts.withDefaults()
	if err := checkExamples(examples, opts); err != nil {
		return nil, err
	}
	xs, ds, seqs := featurizeAll(examples, opts)
	ys := labels(examples)
	cv := crossValidate(xs, ds, seqs, ys, opts)
	m := fit(xs, ds, seqs, ys, opts, nil)
	m.a, m.b = float32(cv.a), float32(cv.b)
	m.threshold = float32(cv.res.Threshold)
	return m, nil
}

// CrossValidate measures how well models trained with opts find the
// check-worthy examples, by stratified k-fold cross-validation (opts.Folds
// folds).
func CrossValidate(examples []Example, opts TrainOptions) (CVResult, error) {
	opts = opts.withDefaults()
	if err := checkExamples(examples, opts); err != nil {
		return CVResult{}, err
	}
	xs, ds, seqs := featurizeAll(examples, opts)
	return crossValidate(xs, ds, seqs, labels(examples), opts).res, nil
}

func checkExamples(examples []Example, opts TrainOptions) error {
	pos := 0
	for _, e := range examples {
		if e.Worthy {
			pos++
		}
	}
	if pos < opts.Folds || len(examples)-pos < opts.Folds {
		return errors.New("worthiness: too few examples of each class for the folds")
	}
	if opts.Bits < 4 || opts.Bits > 26 {
		return errors.New("worthiness: hash bits must be between 4 and 26")
	}
	return nil
}

// featurizeAll returns the hashed features of the examples, with
// opts.Vectors their pooled word vectors (else nil) and with
// opts.Attention the rows of their words in the vector table (else nil).
func featurizeAll(examples []Example, opts TrainOptions) ([][]uint32, [][]float32, [][]int) {
	var f featurizer
	m := &Model{syntax: opts.Syntax}
	xs := make([][]uint32, len(examples))
	var ds [][]float32
	var seqs [][]int
	if opts.Vectors || opts.Attention {
		f.vecs = wordVectors()
	}
	if opts.Vectors {
		f.pool = true
		ds = make([][]float32, len(examples))
	}
	if opts.Attention {
		seqs = make([][]int, len(examples))
	}
	for i, e := range examples {
		xs[i] = slices.Clone(f.features(m.input(e.Sentence)))
		if ds != nil {
			ds[i] = slices.Clone(f.dense)
		}
		if seqs != nil {
			seqs[i] = slices.Clone(f.rows)
		}
	}
	return xs, ds, seqs
}

func labels(examples []Example) []bool {
	ys := make([]bool, len(examples))
	for i, e := range examples {
		ys[i] = e.Worthy
	}
	return ys
}

type cvOut struct {
	res  CVResult
	a, b float64
}

// crossValidate scores each example by the model trained without its fold.
func crossValidate(xs [][]uint32, ds [][]float32, seqs [][]int, ys []bool, opts TrainOptions) cvOut {
	k := opts.Folds
	fold := folds(ys, k, opts.Seed)
	margins := make([]float64, len(xs))
	for f := range k {
		train := make([]int, 0, len(xs))
		for i := range xs {
			if fold[i] != f {
				train = append(train, i)
			}
		}
		m := fit(xs, ds, seqs, ys, opts, train)
		for i := range xs {
			if fold[i] == f {
				margins[i] = m.margin(xs[i], row(ds, i))
				if seqs != nil {
					margins[i] += m.attend(seqs[i])
				}
			}
		}
	}
	a, b := platt(margins, ys)
	scores := make([]float64, len(xs))
	for i, mg := range margins {
		scores[i] = 1 / (1 + math.Exp(-(a*mg + b)))
	}
	var res CVResult
	res.Scores = scores
	res.Threshold, res.BestF1 = bestThreshold(scores, ys, nil)
	tp, fp, fn := judgeFolds(scores, ys, fold, k)
	var npos float64
	for _, y := range ys {
		if y {
			npos++
		}
	}
	res.Precision, res.Recall, res.F1 = prf(tp, fp, fn)
	if nneg := float64(len(ys)) - npos; nneg > 0 {
		res.BalancedPrecision, _, res.BalancedF1 = prf(tp, fp*npos/nneg, fn)
	}
	return cvOut{res: res, a: a, b: b}
}

// judgeFolds judges each of the k folds at the F1-best threshold of the
// others and returns the true positives, false positives and false
// negatives over all of them.
func judgeFolds(scores []float64, ys []bool, fold []int, k int) (tp, fp, fn float64) {
	for f := range k {
		others := make([]int, 0, len(scores))
		for i := range scores {
			if fold[i] != f {
				others = append(others, i)
			}
		}
		t, _ := bestThreshold(scores, ys, others)
		for i := range scores {
			if fold[i] != f {
				continue
			}
			switch pred := scores[i] >= t; {
			case pred && ys[i]:
				tp++
			case pred:
				fp++
			case ys[i]:
				fn++
			}
		}
	}
	return tp, fp, fn
}

func prf(tp, fp, fn float64) (p, r, f1 float64) {
	if tp+fp > 0 {
		p = tp / (tp + fp)
	}
	if tp+fn > 0 {
		r = tp / (tp + fn)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

// folds assigns each example a fold, stratified by label: each class is
// shuffled by seed and dealt round the folds.
func folds(ys []bool, k int, seed uint64) []int {
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	out := make([]int, len(ys))
	for _, class := range []bool{true, false} {
		var idx []int
		for i, y := range ys {
			if y == class {
				idx = append(idx, i)
			}
		}
		rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
		for n, i := range idx {
			out[i] = n % k
		}
	}
	return out
}

// bestThreshold returns the score threshold (predict worthy at or above
// it) with the best F1 over the examples in idx (all when nil), and that
// F1. The threshold is the midpoint between the last score taken and the
// next, rounded to three decimals.
func bestThreshold(scores []float64, ys []bool, idx []int) (float64, float64) {
	if idx == nil {
		idx = make([]int, len(scores))
		for i := range idx {
			idx[i] = i
		}
	} else {
		idx = slices.Clone(idx)
	}
	slices.SortStableFunc(idx, func(i, j int) int {
		switch {
		case scores[i] > scores[j]:
			return -1
		case scores[i] < scores[j]:
			return 1
		}
		return 0
	})
	pos := 0.0
	for _, i := range idx {
		if ys[i] {
			pos++
		}
	}
	best, bestT := -1.0, 0.5
	tp, fp := 0.0, 0.0
	for n, i := range idx {
		if ys[i] {
			tp++
		} else {
			fp++
		}
		if n+1 < len(idx) && scores[idx[n+1]] == scores[i] {
			continue // a threshold cannot split equal scores
		}
		_, _, f1 := prf(tp, fp, pos-tp)
		if f1 > best {
			next := 0.0
			if n+1 < len(idx) {
				next = scores[idx[n+1]]
			}
			best, bestT = f1, math.Round((scores[i]+next)/2*1000)/1000
		}
	}
	return bestT, best
}

// row returns ds[i], or nil when ds is.
func row(ds [][]float32, i int) []float32 {
	if ds == nil {
		return nil
	}
	return ds[i]
}

// fit trains a logistic regression on the examples idx (all when nil) by
// AdaGrad with L2 regularisation, in an order shuffled by opts.Seed, and
// quantizes it. The dense features ds (nil: none) are standardized by
// their mean and spread over the examples idx, and the model's dense
// weights and bias take the standardization in. With seqs (each
// example's rows of the vector table; nil: none) the attention head's
// weights are trained with the rest.
func fit(xs [][]uint32, ds [][]float32, seqs [][]int, ys []bool, opts TrainOptions, idx []int) *Model {
	if idx == nil {
		idx = make([]int, len(xs))
		for i := range idx {
			idx[i] = i
		}
	} else {
		idx = slices.Clone(idx)
	}
	size := 1 << opts.Bits
	mask := uint32(size - 1)
	w := make([]float64, size)
	g2 := make([]float64, size)
	var bias, bg2 float64
	var st standardizer
	var wd, gd []float64
	if ds != nil {
		st = newStandardizer(ds, idx)
		wd, gd = make([]float64, len(st.mean)), make([]float64, len(st.mean))
	}
	z := make([]float64, len(wd))
	var att *attnFit
	if seqs != nil {
		att = newAttnFit(wordVectors(), opts.Seed)
	}
	rng := rand.New(rand.NewPCG(opts.Seed, uint64(len(idx))))
	for range opts.Epochs {
		rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
		for _, i := range idx {
			margin := bias
			for _, h := range xs[i] {
				margin += w[h&mask]
			}
			if wd != nil {
				st.apply(z, ds[i])
				for j, v := range z {
					margin += wd[j] * v
				}
			}
			if att != nil {
				margin += att.forward(seqs[i])
			}
			y := 0.0
			if ys[i] {
				y = 1
			}
			g := 1/(1+math.Exp(-margin)) - y
			for _, h := range xs[i] {
				j := h & mask
				gj := g + opts.Lambda*w[j]
				g2[j] += gj * gj
				w[j] -= opts.Rate * gj / math.Sqrt(g2[j]+1e-8)
			}
			for j, v := range z {
				gj := g*v + opts.Lambda*wd[j]
				gd[j] += gj * gj
				wd[j] -= opts.Rate * gj / math.Sqrt(gd[j]+1e-8)
			}
			bg2 += g * g
			bias -= opts.Rate * g / math.Sqrt(bg2+1e-8)
			if att != nil {
				att.backward(seqs[i], g)
			}
		}
	}
	m := quantize(w, bias, opts)
	if wd != nil {
		// w·(d-μ)/σ = (w/σ)·d - w·μ/σ
		dense := make([]float32, len(wd))
		b := bias
		for j, x := range wd {
			dense[j] = float32(x / st.sd[j])
			b -= x * st.mean[j] / st.sd[j]
		}
		m.bias = float32(b)
		m.withVectors(dense)
	}
	if att != nil {
		m.withAttention(att.weights())
	}
	return m
}

// A standardizer holds the mean and the spread of each dense feature.
type standardizer struct{ mean, sd []float64 }

func newStandardizer(ds [][]float32, idx []int) standardizer {
	n := len(ds[idx[0]])
	st := standardizer{mean: make([]float64, n), sd: make([]float64, n)}
	s2 := make([]float64, n)
	for _, i := range idx {
		for j, v := range ds[i] {
			st.mean[j] += float64(v)
			s2[j] += float64(v) * float64(v)
		}
	}
	k := float64(len(idx))
	for j := range st.mean {
		st.mean[j] /= k
		st.sd[j] = math.Sqrt(max(s2[j]/k-st.mean[j]*st.mean[j], 1e-12))
	}
	return st
}

// apply writes the standardized d into z.
func (st standardizer) apply(z []float64, d []float32) {
	for j, v := range d {
		z[j] = (float64(v) - st.mean[j]) / st.sd[j]
	}
}

// quantize turns float weights into int8 with one scale: the largest
// magnitude maps to 127.
func quantize(w []float64, bias float64, opts TrainOptions) *Model {
	top := 0.0
	for _, x := range w {
		top = max(top, math.Abs(x))
	}
	m := &Model{bits: uint8(opts.Bits), syntax: opts.Syntax, bias: float32(bias), a: 1, w: make([]int8, len(w))}
	if top == 0 {
		return m
	}
	scale := float32(top / 127)
	m.scale = scale
	for i, x := range w {
		m.w[i] = int8(math.Round(x / float64(scale)))
	}
	return m
}

// platt fits p = 1/(1+exp(-(a·margin+b))) to the labels by Newton's
// method on the log-loss, with Platt's smoothed targets.
func platt(margins []float64, ys []bool) (a, b float64) {
	var npos, nneg float64
	for _, y := range ys {
		if y {
			npos++
		} else {
			nneg++
		}
	}
	hi, lo := (npos+1)/(npos+2), 1/(nneg+2)
	a, b = 1, 0
	for range 100 {
		var ga, gb, haa, hab, hbb float64
		for i, f := range margins {
			t := lo
			if ys[i] {
				t = hi
			}
			p := 1 / (1 + math.Exp(-(a*f + b)))
			d := p - t
			ga += d * f
			gb += d
			s := p * (1 - p)
			haa += s * f * f
			hab += s * f
			hbb += s
		}
		haa += 1e-9
		hbb += 1e-9
		det := haa*hbb - hab*hab
		if det <= 0 {
			break
		}
		da := (hbb*ga - hab*gb) / det
		db := (haa*gb - hab*ga) / det
		a -= da
		b -= db
		if math.Abs(da) < 1e-10 && math.Abs(db) < 1e-10 {
			break
		}
	}
	return a, b
}
