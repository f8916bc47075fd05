package wikidata

import (
	"bufio"
	"bytes"
	"compress/bzip2"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// MaxEntitySize bounds the JSON of one entity in a dump; the largest
// items of Wikidata are a few megabytes.
const MaxEntitySize = 64 << 20

// A DumpError is a dump that cannot be read: where it broke, in bytes of
// the decompressed dump from its start, and the line. It is plain data.
type DumpError struct {
	Offset int64
	Line   int
	Err    error
}

func (e *DumpError) Error() string {
	return fmt.Sprintf("wikidata: dump: byte offset %d (line %d): %v", e.Offset, e.Line, e.Err)
}

func (e *DumpError) Unwrap() error { return e.Err }

// A DumpReader reads the entities of a Wikidata JSON dump: a JSON array
// with one entity a line (each line but the last ending in a comma), as
// https://dumps.wikimedia.org/wikidatawiki/entities/ publishes it, plain,
// gzip- or bzip2-compressed (detected by their magic bytes). A stream of
// one entity a line with no brackets (JSON Lines, as wikibase-dump-filter
// writes) is read too. Memory is bounded by the largest entity.
//
// A DumpReader is not safe for concurrent use.
type DumpReader struct {
	r       *bufio.Reader
	off     int64 // bytes of the decompressed stream read so far
	line    int
	buf     []byte
	array   bool // the dump opened with "["
	started bool
	closed  bool // "]" seen
	// Filter, when set, limits what Next decodes.
	Filter *Filter
}

// NewDumpReader returns a reader of the dump r, decompressing it when it
// starts with the gzip or bzip2 magic bytes.
func NewDumpReader(r io.Reader) (*DumpReader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := br.Peek(3)
	if err != nil && err != io.EOF {
		return nil, fmt.Errorf("wikidata: dump: %w", err)
	}
	var in io.Reader = br
	switch {
	case len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b:
		z, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("wikidata: dump: gzip: %w", err)
		}
		in = z
	case len(head) >= 3 && string(head) == "BZh":
		in = bzip2.NewReader(br)
	default:
		return &DumpReader{r: br}, nil
	}
	return &DumpReader{r: bufio.NewReaderSize(in, 256<<10)}, nil
}

// Unclosed reports, at the end of a dump that opened with "[", that it
// had no closing "]": it may have been cut after a whole entity. (A dump
// cut inside an entity is an error.)
func (d *DumpReader) Unclosed() bool { return d.array && !d.closed }

// Offset returns how many bytes of the decompressed dump have been read.
func (d *DumpReader) Offset() int64 { return d.off }

// NextRaw returns the JSON of the next entity, without the line's trailing
// comma, and the byte offset where it starts. The bytes are valid until
// the next call. At the end of the dump it returns io.EOF (see
// [DumpReader.Unclosed]); a line that is not an object, a compressed
// stream that ends early, a read error or an over-long line is a
// *DumpError naming the byte offset.
func (d *DumpReader) NextRaw() ([]byte, int64, error) {
	for {
		start := d.off
		line, err := d.readLine()
		if err == io.EOF && len(line) == 0 {
			// A dump cut after a whole line (some extracts end so) is
			// read; Unclosed says so.
			return nil, start, io.EOF
		}
		if err != nil && err != io.EOF {
			return nil, start, &DumpError{start, d.line + 1, err}
		}
		d.line++
		t := bytes.TrimSpace(line)
		if len(t) == 0 {
			continue
		}
		if d.closed {
			return nil, start, &DumpError{start, d.line, errors.New("data after the closing ]")}
		}
		if !d.started {
			d.started = true
			if t[0] == '[' {
				d.array = true
				t = bytes.TrimSpace(t[1:])
				if len(t) == 0 {
					continue
				}
			}
		}
		if d.array && t[len(t)-1] == ']' && (len(t) == 1 || t[len(t)-2] == '}' || t[len(t)-2] == ',') {
			d.closed = true
			t = bytes.TrimSpace(t[:len(t)-1])
			if len(t) == 0 {
				continue
			}
		}
		t = bytes.TrimSuffix(t, []byte(","))
		if len(t) == 0 || t[0] != '{' {
			return nil, start, &DumpError{start, d.line, fmt.Errorf("want an entity (a JSON object), got %q", clip(t))}
		}
		return t, start, nil
	}
}

// readLine reads one line into d.buf, bounded by MaxEntitySize.
func (d *DumpReader) readLine() ([]byte, error) {
	d.buf = d.buf[:0]
	for {
		chunk, err := d.r.ReadSlice('\n')
		d.off += int64(len(chunk))
		if len(d.buf)+len(chunk) > MaxEntitySize {
			return nil, fmt.Errorf("a line longer than %d bytes", MaxEntitySize)
		}
		d.buf = append(d.buf, chunk...)
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.ErrUnexpectedEOF:
			return nil, fmt.Errorf("compressed stream ends early: %w", err)
		}
		return d.buf, err
	}
}

// Next returns the next entity of the dump, decoded with d.Filter. A line
// that is not an entity is a *DumpError naming its byte offset; at the
// end it returns io.EOF.
func (d *DumpReader) Next() (*Entity, error) {
	raw, off, err := d.NextRaw()
	if err != nil {
		return nil, err
	}
	e, err := DecodeEntity(raw, d.Filter)
	if err != nil {
		return nil, &DumpError{off, d.line, err}
	}
	return e, nil
}

func clip(b []byte) string {
	if len(b) > 40 {
		return string(b[:40]) + "…"
	}
	return string(b)
}

// PeekID returns the id of the entity whose JSON is raw when it appears
// near the start, as in dumps ({"type":"item","id":"Q42",…}), without
// decoding it; ok is false when it does not.
func PeekID(raw []byte) (id string, ok bool) {
	head := raw[:min(len(raw), 256)]
	i := bytes.Index(head, []byte(`"id":"`))
	if i < 0 {
		return "", false
	}
	rest := head[i+6:]
	j := bytes.IndexByte(rest, '"')
	if j <= 0 {
		return "", false
	}
	return string(rest[:j]), true
}

// DecodeResponse decodes a wbgetentities response: its entities, in no
// particular order. Missing entities are left out; an API error is an
// error.
func DecodeResponse(data []byte, f *Filter) ([]*Entity, error) {
	var resp struct {
		Entities map[string]json.RawMessage `json:"entities"`
		Error    *struct {
			Code string `json:"code"`
			Info string `json:"info"`
		} `json:"error"`
	}
	if err := json.Unmarshal(data, &resp); err != nil {
		return nil, fmt.Errorf("wikidata: response: %w", err)
	}
	if resp.Error != nil {
		return nil, fmt.Errorf("wikidata: api error %s: %s", resp.Error.Code, resp.Error.Info)
	}
	var out []*Entity
	for id, raw := range resp.Entities {
		var je jsonEntity
		if err := json.Unmarshal(raw, &je); err != nil {
			return nil, fmt.Errorf("wikidata: response entity %s: %w", id, err)
		}
		if je.Missing != nil {
			continue
		}
		e, err := convertEntity(&je, f)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}
