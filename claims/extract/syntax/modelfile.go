package syntax

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
)

// The model file is gzip-compressed little-endian binary: a magic and
// version (6: partner parsers; 5: the parser's beam; 4: word classes; 3:
// weight keys of 48 bits, as varint differences), then the tagger
// (classes, ambiguity classes, word classes, weights), the lemmatizer
// (tables, rules, case and number conventions), the parser (beam,
// weights), and the number of partner parsers, then if any the
// temperature of the parser's beam in the combination (float64 bits) and
// each partner: right to left or not (a byte), beam, temperature and
// weight (float64 bits), weights. Version 5 is read without partners,
// version 4 as a greedy parser (beam 1).

const (
	modelMagic   = "VSYN"
	modelVersion = 6
	maxPartners  = 8
)

// Save writes m to w; the same model always gives the same bytes.
func (m *Model) Save(w io.Writer) error {
	if m.parser == nil {
		return errors.New("syntax: a model without a parser (TagOnly) cannot be saved")
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	e := &encoder{w: bufio.NewWriter(zw)}
	e.bytes([]byte(modelMagic))
	e.u32(modelVersion)
	t := m.tagger
	e.u32(uint32(len(t.classes)))
	for _, c := range t.classes {
		e.u8(uint8(c.UPOS))
		e.str(c.XPOS)
	}
	ak := make([]uint64, 0, len(t.ambig))
	for k := range t.ambig {
		ak = append(ak, k)
	}
	sort.Slice(ak, func(i, j int) bool { return ak[i] < ak[j] })
	e.u32(uint32(len(ak)))
	for _, k := range ak {
		e.u64(k)
		e.u64(t.ambig[k])
	}
	ck := make([]uint64, 0, len(t.clusters))
	for k := range t.clusters {
		ck = append(ck, k)
	}
	sort.Slice(ck, func(i, j int) bool { return ck[i] < ck[j] })
	e.u32(uint32(len(ck)))
	for _, k := range ck {
		e.u64(k)
		c := t.clusters[k]
		e.u8(uint8(c))
		e.u8(uint8(c >> 8))
	}
	e.weights(t.w)
	e.lemmatizer(m.lem)
	e.u32(uint32(max(m.parser.beam, 1)))
	e.weights(m.parser.w)
	blob, err := encodePartners(m.combination())
	if err != nil {
		return err
	}
	e.u32(uint32(len(blob)))
	e.bytes(blob)
	if e.err != nil {
		return e.err
	}
	if err := e.w.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Load reads a model written by [Model.Save].
func Load(r io.Reader) (*Model, error) { return load(r, false) }

// load reads a model; with lazy, its partner parsers are decoded on
// first use.
func load(r io.Reader, lazy bool) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("syntax: model: %w", err)
	}
	d := &decoder{r: bufio.NewReaderSize(zr, 1<<16)}
	if string(d.bytes(4)) != modelMagic {
		return nil, errors.New("syntax: model: not a veracity syntax model")
	}
	v := d.u32()
	if v < 4 || v > modelVersion {
		return nil, fmt.Errorf("syntax: model: version %d, want %d", v, modelVersion)
	}
	t := &tagger{}
	nc := d.count(256)
	for i := 0; i < nc && d.err == nil; i++ {
		u := UPOS(d.u8())
		x := d.str()
		if u >= numUPOS {
			d.fail("bad UPOS")
		}
		t.classes = append(t.classes, tagClass{u, x})
	}
	na := d.count(1 << 24)
	t.ambig = make(map[uint64]uint64, na)
	for i := 0; i < na && d.err == nil; i++ {
		k := d.u64()
		t.ambig[k] = d.u64()
	}
	nk := d.count(1 << 24)
	t.clusters = make(map[uint64]uint16, nk)
	for i := 0; i < nk && d.err == nil; i++ {
		k := d.u64()
		t.clusters[k] = uint16(d.u8()) | uint16(d.u8())<<8
	}
	t.w = d.weights(len(t.classes))
	lem := d.lemmatizer()
	p := &parser{beam: 1}
	if v >= 5 {
		p.beam = d.count(maxBeam)
	}
	p.w = d.weights(nActions())
	var blob []byte
	if v >= 6 {
		blob = d.bytes(d.count(1 << 30))
	}
	if d.err == nil {
		// Nothing may follow, and the gzip trailer's checksum must hold.
		if n, err := io.Copy(io.Discard, d.r); err != nil {
			d.err = err
		} else if n > 0 {
			d.err = fmt.Errorf("%d bytes after the model", n)
		}
	}
	if d.err != nil {
		return nil, fmt.Errorf("syntax: model: %w", d.err)
	}
	m := &Model{tagger: t, lem: lem, parser: p}
	if len(blob) > 0 {
		if lazy {
			m.lazy = &lazyCombination{blob: blob}
		} else if m.comb, err = decodePartners(blob); err != nil {
			return nil, fmt.Errorf("syntax: model: partners: %w", err)
		}
	}
	return m, nil
}

type encoder struct {
	w   *bufio.Writer
	err error
	buf [8]byte
}

func (e *encoder) bytes(b []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
}
func (e *encoder) u8(v uint8) { e.bytes([]byte{v}) }
func (e *encoder) u32(v uint32) {
	binary.LittleEndian.PutUint32(e.buf[:4], v)
	e.bytes(e.buf[:4])
}
func (e *encoder) u64(v uint64) {
	binary.LittleEndian.PutUint64(e.buf[:8], v)
	e.bytes(e.buf[:8])
}
func (e *encoder) str(s string) {
	e.u32(uint32(len(s)))
	e.bytes([]byte(s))
}
func (e *encoder) stringMap(m map[string]string) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	e.u32(uint32(len(keys)))
	for _, k := range keys {
		e.str(k)
		e.str(m[k])
	}
}

// weights writes the table's rows in key order: the keys as varint
// differences, then the row lengths, the classes, and the weights' low
// bytes then high bytes (mostly 0 or 0xff, which gzip packs well), each
// as one block.
func (e *encoder) weights(w *weights) {
	var kb, lens, cls, lo, hi []byte
	var prev uint64
	w.rows(func(key uint64, pairs []wpair) {
		kb = binary.AppendUvarint(kb, key-prev)
		prev = key
		lens = append(lens, uint8(len(pairs)))
		for _, p := range pairs {
			cls = append(cls, p.class)
			lo = append(lo, uint8(p.w))
			hi = append(hi, uint8(uint16(p.w)>>8))
		}
	})
	e.u32(uint32(w.nclass))
	e.u32(math.Float32bits(w.scale))
	e.u32(uint32(len(lens)))
	e.u32(uint32(len(kb)))
	e.bytes(kb)
	e.bytes(lens)
	e.bytes(cls)
	e.bytes(lo)
	e.bytes(hi)
}

type decoder struct {
	r   *bufio.Reader
	err error
	buf [8]byte
}

func (d *decoder) fail(msg string) {
	if d.err == nil {
		d.err = errors.New(msg)
	}
}

func (d *decoder) bytes(n int) []byte {
	if d.err != nil {
		return nil
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.err = fmt.Errorf("truncated: %w", err)
		return nil
	}
	return b
}
func (d *decoder) u8() uint8 {
	if d.err != nil {
		return 0
	}
	c, err := d.r.ReadByte()
	if err != nil {
		d.err = fmt.Errorf("truncated: %w", err)
	}
	return c
}
func (d *decoder) u32() uint32 {
	if d.err != nil {
		return 0
	}
	if _, err := io.ReadFull(d.r, d.buf[:4]); err != nil {
		d.err = fmt.Errorf("truncated: %w", err)
		return 0
	}
	return binary.LittleEndian.Uint32(d.buf[:4])
}
func (d *decoder) u64() uint64 {
	if d.err != nil {
		return 0
	}
	if _, err := io.ReadFull(d.r, d.buf[:8]); err != nil {
		d.err = fmt.Errorf("truncated: %w", err)
		return 0
	}
	return binary.LittleEndian.Uint64(d.buf[:8])
}

// f64 reads a float64 (NaN and the infinities are left to the caller).
func (d *decoder) f64() float64 { return math.Float64frombits(d.u64()) }

func (d *decoder) count(max int) int {
	n := int(d.u32())
	if n > max {
		d.fail(fmt.Sprintf("count %d over %d", n, max))
		return 0
	}
	return n
}
func (d *decoder) str() string { return string(d.bytes(d.count(1 << 20))) }
func (d *decoder) stringMap() map[string]string {
	n := d.count(1 << 24)
	m := make(map[string]string, n)
	for i := 0; i < n && d.err == nil; i++ {
		k := d.str()
		m[k] = d.str()
	}
	return m
}

func (d *decoder) weights(nclass int) *weights {
	if got := int(d.u32()); got != nclass && d.err == nil {
		d.fail(fmt.Sprintf("weights for %d classes, want %d", got, nclass))
	}
	scale := math.Float32frombits(d.u32())
	n := d.count(1 << 24)
	kb := d.bytes(d.count(10 << 24))
	lens := d.bytes(n)
	if d.err != nil {
		return nil
	}
	keys := make([]uint64, n)
	var prev uint64
	for i := range keys {
		delta, m := binary.Uvarint(kb)
		if m <= 0 || delta == 0 && i > 0 {
			d.fail("bad weight keys")
			return nil
		}
		kb = kb[m:]
		prev += delta
		if prev == 0 || prev > keyMask {
			d.fail("bad weight keys")
			return nil
		}
		keys[i] = prev
	}
	if len(kb) > 0 {
		d.fail("bad weight keys")
		return nil
	}
	total := 0
	for _, l := range lens {
		if l == 0 {
			d.fail("empty weight row")
			return nil
		}
		total += int(l)
	}
	cls := d.bytes(total)
	lo := d.bytes(total)
	hi := d.bytes(total)
	if d.err != nil {
		return nil
	}
	for _, c := range cls {
		if int(c) >= nclass {
			d.fail("class out of range")
			return nil
		}
	}
	ws := make([]int16, total)
	for i := range ws {
		ws[i] = int16(uint16(lo[i]) | uint16(hi[i])<<8)
	}
	return assemble(nclass, scale, keys, lens, cls, ws)
}

func (e *encoder) lemmatizer(l *lemmatizer) {
	e.stringMap(l.forms)
	e.stringMap(l.lowers)
	e.stringMap(l.words)
	rk := sortedKeys(l.rules)
	e.u32(uint32(len(rk)))
	for _, k := range rk {
		s := l.rules[k]
		e.str(k)
		e.u8(s.Strip)
		e.str(s.Add)
	}
	for _, set := range []map[string]bool{l.lower, l.title} {
		keys := sortedKeys(set)
		e.u32(uint32(len(keys)))
		for _, k := range keys {
			e.str(k)
		}
	}
	if l.plainNumbers {
		e.u8(1)
	} else {
		e.u8(0)
	}
}

func (d *decoder) lemmatizer() *lemmatizer {
	l := &lemmatizer{rules: map[string]script{}}
	l.forms, l.lowers, l.words = d.stringMap(), d.stringMap(), d.stringMap()
	nr := d.count(1 << 24)
	for i := 0; i < nr && d.err == nil; i++ {
		k := d.str()
		l.rules[k] = script{Strip: d.u8(), Add: d.str()}
	}
	for _, set := range []*map[string]bool{&l.lower, &l.title} {
		n := d.count(1 << 10)
		*set = make(map[string]bool, n)
		for i := 0; i < n && d.err == nil; i++ {
			(*set)[d.str()] = true
		}
	}
	l.plainNumbers = d.u8() == 1
	return l
}
