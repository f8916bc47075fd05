package worthiness

import (
	"math"
	"math/rand/v2"
)

// Attention pooling of a sentence's word vectors: each word v gets the
// weight softmax(a·v) over the sentence's words, and the model adds u·p
// to its margin, p the weighted mean of the vectors. As u·p is the mean of
// the words' u·v by the same weights, a model scores it from two numbers
// a word, exp(a·v) and u·v, computed once for the table.

// The Adam settings of the attention head's weights.
const (
	attnRate = 1e-3
	attnL2   = 1e-3
)

// An attnFit is the attention head being trained: a and u in p (a first),
// with their Adam state and the scratch space of one sentence.
type attnFit struct {
	t          *vectorTable
	p, m, v, g []float64
	step       int
	s, q, al   []float64 // a·v, u·v and the weight of each word
	vec        []float64 // a word's vector, dequantized
}

func newAttnFit(t *vectorTable, seed uint64) *attnFit {
	n := 2 * t.dim
	f := &attnFit{t: t, p: make([]float64, n), m: make([]float64, n), v: make([]float64, n), g: make([]float64, n), vec: make([]float64, t.dim)}
	rng := rand.New(rand.NewPCG(seed, 5150))
	for j := range f.p {
		f.p[j] = (rng.Float64()*2 - 1) * 0.01
	}
	return f
}

// load writes row r's vector into f.vec.
func (f *attnFit) load(r int) []float64 {
	sc := f.t.scales[r]
	for j, q := range f.t.vec(r) {
		f.vec[j] = float64(sc * float32(int8(q)))
	}
	return f.vec
}

// forward returns u·p for the words of rows, keeping what backward needs.
func (f *attnFit) forward(rows []int) float64 {
	f.s, f.q, f.al = f.s[:0], f.q[:0], f.al[:0]
	if len(rows) == 0 {
		return 0
	}
	d := f.t.dim
	a, u := f.p[:d], f.p[d:]
	top := math.Inf(-1)
	for _, r := range rows {
		var s, q float64
		for j, x := range f.load(r) {
			s += a[j] * x
			q += u[j] * x
		}
		f.s, f.q = append(f.s, s), append(f.q, q)
		top = max(top, s)
	}
	var sum, z float64
	for _, s := range f.s {
		e := math.Exp(s - top)
		f.al = append(f.al, e)
		sum += e
	}
	for k := range f.al {
		f.al[k] /= sum
		z += f.al[k] * f.q[k]
	}
	return z
}

// backward takes one Adam step for the sentence last run forward, whose
// log-loss has derivative g by the margin.
func (f *attnFit) backward(rows []int, g float64) {
	if len(rows) == 0 {
		return
	}
	d := f.t.dim
	clear(f.g)
	ga, gu := f.g[:d], f.g[d:]
	pooled := 0.0
	for k, al := range f.al {
		pooled += al * f.q[k]
	}
	for k, r := range rows {
		al := f.al[k]
		ds := g * al * (f.q[k] - pooled)
		for j, x := range f.load(r) {
			gu[j] += g * al * x
			ga[j] += ds * x
		}
	}
	const b1, b2 = 0.9, 0.999
	f.step++
	c1 := 1 - math.Pow(b1, float64(f.step))
	c2 := 1 - math.Pow(b2, float64(f.step))
	for j, gj := range f.g {
		gj += attnL2 * f.p[j]
		f.m[j] = b1*f.m[j] + (1-b1)*gj
		f.v[j] = b2*f.v[j] + (1-b2)*gj*gj
		f.p[j] -= attnRate * (f.m[j] / c1) / (math.Sqrt(f.v[j]/c2) + 1e-8)
	}
}

// weights returns a and u as float32.
func (f *attnFit) weights() (a, u []float32) {
	d := f.t.dim
	a, u = make([]float32, d), make([]float32, d)
	for j := range d {
		a[j], u[j] = float32(f.p[j]), float32(f.p[d+j])
	}
	return a, u
}

// attnTable is each table row's exp(a·v - max) and u·v for a model's a
// and u.
type attnTable struct{ e, q []float64 }

func newAttnTable(t *vectorTable, a, u []float32) attnTable {
	n := len(t.scales)
	at := attnTable{e: make([]float64, n), q: make([]float64, n)}
	top := math.Inf(-1)
	for r, sc := range t.scales {
		var s, q float64
		for j, x := range t.vec(r) {
			v := float64(sc * float32(int8(x)))
			s += float64(a[j]) * v
			q += float64(u[j]) * v
		}
		at.e[r], at.q[r] = s, q
		top = max(top, s)
	}
	for r, s := range at.e {
		at.e[r] = math.Exp(s - top)
	}
	return at
}

// attend is the attention head's addition to the margin of a sentence
// whose words have the table rows rows (0 for a model without one).
func (m *Model) attend(rows []int) float64 {
	if !m.attention || len(rows) == 0 {
		return 0
	}
	at := m.attnTab()
	var sum, z float64
	for _, r := range rows {
		sum += at.e[r]
		z += at.e[r] * at.q[r]
	}
	if sum == 0 {
		return 0
	}
	return z / sum
}
