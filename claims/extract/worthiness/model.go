package worthiness

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sync"
)

// A Model scores sentences: a logistic regression over hashed features
// whose weights are quantized to int8 with one scale, and a Platt
// calibration that turns its margin into a probability. Threshold is the
// probability from which a sentence counts as check-worthy, the point of
// best F1 found by cross-validation when the model was trained.
//
// A Model is immutable once made and safe for concurrent use.
type Model struct {
	bits      uint8
	syntax    bool             // trained with UPOS and dependency features
	vectors   bool             // trained with the mean of the word vectors
	dense     []float32        // with vectors: the weights of the mean's coordinates
	proj      func() []float32 // with vectors: each table row's projection on dense, made once
	attention bool             // trained with an attention head over the word vectors
	attA      []float32        // with attention: the weights of a word's attention score, a
	attU      []float32        // and of its value, u
	attnTab   func() attnTable // with attention: each table row's exp(a·v) and u·v, made once
	scale     float32
	bias      float32
	a, b      float32 // Platt: p = 1 / (1 + exp(-(a·margin + b)))
	threshold float32
	w         []int8 // 1<<bits weights
}

// model.bin is the default model, trained by cmd/train on the ClaimBuster
// sentences (see the package documentation for the credit).
//
//go:embed model.bin
var modelBin []byte

// Default returns the model embedded in the package, parsed once on first
// use.
var Default = sync.OnceValue(func() *Model { return MustParseModel(modelBin) })

// Score returns the check-worthiness of a sentence, in [0, 1], by the
// default model.
func Score(text string) float64 { return Default().Score(Sentence{Text: text}) }

var featurizers = sync.Pool{New: func() any { return new(featurizer) }}

// Score returns the calibrated probability, in [0, 1], that s is
// check-worthy.
func (m *Model) Score(s Sentence) float64 {
	f := featurizers.Get().(*featurizer)
	f.vecs, f.pool = nil, false
	if m.vectors || m.attention {
		f.vecs = wordVectors()
	}
	z := m.margin(f.features(m.input(s)), nil)
	if m.vectors && len(f.rows) > 0 {
		// dense·mean(v) = mean(dense·v)
		proj := m.proj()
		var sum float32
		for _, r := range f.rows {
			sum += proj[r]
		}
		z += float64(sum / float32(len(f.rows)))
	}
	z += m.attend(f.rows)
	featurizers.Put(f)
	return m.prob(z)
}

// withVectors sets m's dense weights and the projection made of them.
func (m *Model) withVectors(dense []float32) {
	m.vectors, m.dense = true, dense
	m.proj = sync.OnceValue(func() []float32 { return wordVectors().project(dense) })
}

// withAttention sets m's attention weights and the table made of them.
func (m *Model) withAttention(a, u []float32) {
	m.attention, m.attA, m.attU = true, a, u
	m.attnTab = sync.OnceValue(func() attnTable { return newAttnTable(wordVectors(), a, u) })
}

// Threshold is the score from which a sentence counts as check-worthy: the
// F1-best point of the cross-validation the model was trained with.
func (m *Model) Threshold() float64 { return float64(m.threshold) }

// input drops the syntax of s when the model was trained without it, so
// that a model scores words alone the same whether or not a parse is given.
func (m *Model) input(s Sentence) Sentence {
	if !m.syntax {
		s.UPOS, s.Heads, s.Rels = nil, nil, nil
	}
	return s
}

// margin is the model's margin of a sentence of features hs and, for a
// model with vectors, the mean d of its words' vectors (nil: left out).
func (m *Model) margin(hs []uint32, d []float32) float64 {
	mask := uint32(len(m.w) - 1)
	var sum int32
	for _, h := range hs {
		sum += int32(m.w[h&mask])
	}
	z := float64(m.bias) + float64(m.scale)*float64(sum)
	if m.vectors && d != nil {
		var dz float32
		for j, w := range m.dense {
			dz += w * d[j]
		}
		z += float64(dz)
	}
	return z
}

func (m *Model) prob(margin float64) float64 {
	return 1 / (1 + math.Exp(-(float64(m.a)*margin + float64(m.b))))
}

// The file format of a Model, little-endian:
//
//	magic "VCWORTH1"
//	bits uint8, flags uint8 (bit 0: syntax features, bit 1: the mean of
//	    the word vectors, bit 2: attention over the word vectors)
//	scale, bias, a, b, threshold float32
//	with the mean: dense uvarint (the vectors' dimension), then dense
//	    float32 weights of the mean vector's coordinates
//	with attention: dim uvarint (the vectors' dimension), then dim
//	    float32 weights a of a word's score and dim float32 weights u of
//	    its value
//	count uvarint, then count pairs: index delta uvarint, weight int8
//
// Only nonzero weights are stored, in increasing index order.
const magic = "VCWORTH1"

// MarshalBinary encodes m in the model file format.
func (m *Model) MarshalBinary() ([]byte, error) {
	out := append([]byte(magic), m.bits, 0)
	if m.syntax {
		out[len(out)-1] |= 1
	}
	if m.vectors {
		out[len(out)-1] |= 2
	}
	if m.attention {
		out[len(out)-1] |= 4
	}
	for _, f := range []float32{m.scale, m.bias, m.a, m.b, m.threshold} {
		out = binary.LittleEndian.AppendUint32(out, math.Float32bits(f))
	}
	if m.vectors {
		out = binary.AppendUvarint(out, uint64(len(m.dense)))
		for _, f := range m.dense {
			out = binary.LittleEndian.AppendUint32(out, math.Float32bits(f))
		}
	}
	if m.attention {
		out = binary.AppendUvarint(out, uint64(len(m.attA)))
		for _, ws := range [][]float32{m.attA, m.attU} {
			for _, f := range ws {
				out = binary.LittleEndian.AppendUint32(out, math.Float32bits(f))
			}
		}
	}
	n := 0
	for _, w := range m.w {
		if w != 0 {
			n++
		}
	}
	out = binary.AppendUvarint(out, uint64(n))
	prev := 0
	for i, w := range m.w {
		if w != 0 {
			out = binary.AppendUvarint(out, uint64(i-prev))
			out = append(out, byte(w))
			prev = i
		}
	}
	return out, nil
}

// ParseModel decodes a model file.
func ParseModel(data []byte) (*Model, error) {
	const head = len(magic) + 2 + 5*4
	if len(data) < head || string(data[:len(magic)]) != magic {
		return nil, errors.New("worthiness: not a model file (bad magic)")
	}
	flags := data[len(magic)+1]
	m := &Model{bits: data[len(magic)], syntax: flags&1 != 0, vectors: flags&2 != 0, attention: flags&4 != 0}
	if m.bits < 4 || m.bits > 26 {
		return nil, fmt.Errorf("worthiness: model has %d hash bits (want 4 to 26)", m.bits)
	}
	if flags&^7 != 0 {
		return nil, fmt.Errorf("worthiness: model has unknown flags %#x", data[len(magic)+1])
	}
	fs := make([]float32, 5)
	for i := range fs {
		fs[i] = math.Float32frombits(binary.LittleEndian.Uint32(data[len(magic)+2+4*i:]))
		if f := float64(fs[i]); math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, fmt.Errorf("worthiness: model parameter %d is %v", i, f)
		}
	}
	m.scale, m.bias, m.a, m.b, m.threshold = fs[0], fs[1], fs[2], fs[3], fs[4]
	rest := data[head:]
	// floats reads a uvarint that must be the vectors' dimension, then
	// k·dimension float32 weights
	floats := func(k int) ([]float32, error) {
		n, l := binary.Uvarint(rest)
		if want := wordVectors().dim; l <= 0 || n != uint64(want) || len(rest)-l < 4*k*want {
			return nil, fmt.Errorf("worthiness: model's vector weights unreadable (want %d)", want)
		}
		rest = rest[l:]
		ws := make([]float32, k*int(n))
		for j := range ws {
			ws[j] = math.Float32frombits(binary.LittleEndian.Uint32(rest))
			if f := float64(ws[j]); math.IsNaN(f) || math.IsInf(f, 0) {
				return nil, fmt.Errorf("worthiness: model vector weight %d is %v", j, f)
			}
			rest = rest[4:]
		}
		return ws, nil
	}
	if m.vectors {
		dense, err := floats(1)
		if err != nil {
			return nil, err
		}
		m.withVectors(dense)
	}
	if m.attention {
		ws, err := floats(2)
		if err != nil {
			return nil, err
		}
		d := len(ws) / 2
		m.withAttention(ws[:d:d], ws[d:])
	}
	n, k := binary.Uvarint(rest)
	if k <= 0 {
		return nil, errors.New("worthiness: model weight count unreadable")
	}
	rest = rest[k:]
	size := 1 << m.bits
	if n > uint64(size) || n > uint64(len(rest)) {
		return nil, fmt.Errorf("worthiness: model claims %d weights for %d slots in %d bytes", n, size, len(rest))
	}
	m.w = make([]int8, size)
	at := 0
	for i := uint64(0); i < n; i++ {
		d, k := binary.Uvarint(rest)
		if k <= 0 || len(rest) < k+1 {
			return nil, fmt.Errorf("worthiness: model weight %d truncated", i)
		}
		if (i > 0 && d == 0) || d >= uint64(size-at) {
			return nil, fmt.Errorf("worthiness: model weight %d: index out of order or range", i)
		}
		at += int(d)
		if rest[k] == 0 {
			return nil, fmt.Errorf("worthiness: model weight %d is zero", i)
		}
		m.w[at] = int8(rest[k])
		rest = rest[k+1:]
	}
	if len(rest) != 0 {
		return nil, fmt.Errorf("worthiness: %d bytes after the model's weights", len(rest))
	}
	return m, nil
}

// MustParseModel is like [ParseModel] but panics on an error.
func MustParseModel(data []byte) *Model {
	m, err := ParseModel(data)
	if err != nil {
		panic(err)
	}
	return m
}
