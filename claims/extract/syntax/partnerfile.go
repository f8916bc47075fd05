package syntax

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"math"
	"sync"
)

// The partner parsers (combine.go) are stored in the model file as a
// section of their own, compressed apart: its length, then the gzip
// stream of the number of partners, the temperature of the model's own
// parser's beam (float64 bits) and each partner: right to left or not (a
// byte), beam, temperature and weight (float64 bits), weights. Reading
// the model copies the section without decoding it, so that the embedded
// model ([Default]) decodes its partners only when it first combines:
// loading costs what it did without them, and the tagger alone never
// pays for them.

// lazyCombination is a combination decoded on first use.
type lazyCombination struct {
	once sync.Once
	blob []byte
	comb *combination
	err  error
}

func (l *lazyCombination) get() (*combination, error) {
	l.once.Do(func() {
		l.comb, l.err = decodePartners(l.blob)
		l.blob = nil
	})
	return l.comb, l.err
}

// combination returns m's combination, decoding it if need be; nil if m
// has no partners. It panics if the partners of the embedded model do
// not decode, which a test rules out.
func (m *Model) combination() *combination {
	if m.lazy == nil {
		return m.comb
	}
	c, err := m.lazy.get()
	if err != nil {
		panic(fmt.Sprintf("syntax: model: partners: %v", err))
	}
	return c
}

// encodePartners returns the partners' section of c (nil for none).
func encodePartners(c *combination) ([]byte, error) {
	if c == nil || len(c.partners) == 0 {
		return nil, nil
	}
	var b bytes.Buffer
	zw, err := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	e := &encoder{w: bufio.NewWriter(zw)}
	e.u32(uint32(len(c.partners)))
	e.u64(math.Float64bits(c.lrTemp))
	for _, v := range c.partners {
		rtl := uint8(0)
		if v.p.rtl {
			rtl = 1
		}
		e.u8(rtl)
		e.u32(uint32(max(v.p.beam, 1)))
		e.u64(math.Float64bits(v.temp))
		e.u64(math.Float64bits(v.weight))
		e.weights(v.p.w)
	}
	if e.err != nil {
		return nil, e.err
	}
	if err := e.w.Flush(); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// decodePartners reads a partners' section.
func decodePartners(blob []byte) (*combination, error) {
	zr, err := gzip.NewReader(bytes.NewReader(blob))
	if err != nil {
		return nil, err
	}
	d := &decoder{r: bufio.NewReaderSize(zr, 1<<16)}
	np := d.count(maxPartners)
	if np == 0 && d.err == nil {
		return nil, errors.New("no partners in the partners' section")
	}
	c := &combination{lrTemp: d.f64()}
	for i := 0; i < np && d.err == nil; i++ {
		p := &parser{rtl: d.u8() == 1, beam: max(1, d.count(maxBeam))}
		v := voter{p: p, temp: d.f64(), weight: d.f64()}
		p.w = d.weights(nActions())
		c.partners = append(c.partners, v)
	}
	if !(c.lrTemp >= 0) {
		d.fail("bad combination")
	}
	for _, v := range c.partners {
		if !(v.temp >= 0 && v.weight >= 0) {
			d.fail("bad combination")
		}
	}
	if d.err == nil {
		if n, err := io.Copy(io.Discard, d.r); err != nil {
			d.err = err
		} else if n > 0 {
			d.err = fmt.Errorf("%d bytes after the partners", n)
		}
	}
	if d.err != nil {
		return nil, d.err
	}
	return c, nil
}
