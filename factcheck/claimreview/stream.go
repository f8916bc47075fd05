package claimreview

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// WholeLimit is the size up to which [Reader.Stream] reads a document
// whole, following "@id" references anywhere in it. A larger JSON
// document (a feed of every review of a publisher, or Data Commons'
// feed of some 200 MB) is streamed: its objects are read key by key and
// its arrays element by element, each element decoded whole, its reviews
// passed on and then dropped, so memory is bounded by the largest element
// (a feed item), not by the document; references are then followed within
// an element. An HTML page larger than WholeLimit is refused.
const WholeLimit = 16 << 20

// wholeLimit is WholeLimit, a var for tests.
var wholeLimit int64 = WholeLimit

// DefaultMaxSize is the most a Reader reads of a document, after
// decompression, when its MaxSize is not set: a bound on what a small
// gzip file may expand to.
const DefaultMaxSize = 1 << 30

// ErrTooLarge is wrapped by the error of a document larger than the
// Reader's MaxSize.
var ErrTooLarge = errors.New("claimreview: document larger than the limit")

// maxStreamDepth bounds the nesting of a streamed document.
const maxStreamDepth = 512

// Stream reads ClaimReview markup from r, as [Reader.Read] does, and
// calls fn with each review in document order. A gzip-compressed
// document is decompressed. A JSON document larger than [WholeLimit] is
// streamed with memory bounded by its largest element (see WholeLimit).
// The error is that of Read; when it is not nil, fn may have been called
// with the reviews read before the problem.
func (rd Reader) Stream(r io.Reader, fn func(Review)) error {
	br := bufio.NewReaderSize(r, 64<<10)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		gz, err := gzip.NewReader(br)
		if err != nil {
			return fmt.Errorf("claimreview: gzip: %w", err)
		}
		defer gz.Close()
		br = bufio.NewReaderSize(gz, 64<<10)
	}
	limit := rd.MaxSize
	if limit <= 0 {
		limit = DefaultMaxSize
	}
	src := &maxReader{r: br, left: limit, max: limit}
	head, err := io.ReadAll(io.LimitReader(src, wholeLimit+1))
	if err != nil {
		return readError(err)
	}
	if int64(len(head)) <= wholeLimit {
		return rd.readWhole(head, fn)
	}
	body := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\uFEFF")), " \t\r\n")
	if body[0] != '{' && body[0] != '[' {
		return fmt.Errorf("claimreview: an HTML page larger than %d bytes; not read (save its ld+json, or a JSON feed, instead)", wholeLimit)
	}
	return rd.stream(io.MultiReader(bytes.NewReader(head), src), fn)
}

// readError wraps an error of the underlying reader.
func readError(err error) error {
	if errors.Is(err, ErrTooLarge) {
		return err
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader) {
		return fmt.Errorf("claimreview: gzip: %w (is the file cut off?)", err)
	}
	return fmt.Errorf("claimreview: reading: %w", err)
}

// readWhole reads a document held in memory.
func (rd Reader) readWhole(data []byte, fn func(Review)) error {
	blocks, page, err := parseBlocks(data)
	if err != nil {
		return err
	}
	st := rd.newReadState(page.info(rd.BaseURL))
	var errs []error
	for _, b := range blocks {
		if b.err != nil {
			errs = append(errs, b.err)
			continue
		}
		st.reviews(b.value, fn)
	}
	return errors.Join(errs...)
}

// info returns the page's address (canonical link, else og:url, resolved
// against base when relative) and site name.
func (p scannedPage) info(base string) pageInfo {
	info := pageInfo{siteName: p.siteName}
	b := parseBase(base)
	for _, s := range []string{p.canonical, p.ogURL} {
		if s == "" {
			continue
		}
		if u := parseBase(s); u != nil {
			info.base = u
			break
		}
		if b != nil {
			if u := parseBase(resolveRef(b, s)); u != nil {
				info.base = u
				break
			}
		}
	}
	return info
}

// stream reads a JSON document token by token (see WholeLimit).
func (rd Reader) stream(r io.Reader, fn func(Review)) error {
	pr := &posReader{r: r}
	dec := json.NewDecoder(pr)
	dec.UseNumber()
	s := &streamer{pr: pr, dec: dec, st: rd.newReadState(pageInfo{}), fn: fn}
	fail := func(err error) error {
		if pr.err != nil && errors.Is(err, pr.err) && !errors.Is(pr.err, io.EOF) {
			return readError(pr.err)
		}
		var base int64
		if ee, ok := err.(*elementError); ok {
			// The decoder's offsets in an element count from neither the
			// element nor the document: decode the element's text again,
			// as far as it was read, to place the error.
			err = ee.err
			if text, ok := pr.bytesFrom(ee.base); ok {
				var v any
				if again := json.NewDecoder(bytes.NewReader(text)).Decode(&v); again != nil {
					err, base = again, ee.base
				}
			}
		}
		return syntaxError(err, base, pr.contentEnd(), pr.pos, pr.byteAt)
	}
	tok, err := dec.Token()
	if err != nil {
		return fail(err)
	}
	v, _, err := s.value(tok, 0)
	if err != nil {
		return fail(err)
	}
	s.st.reviews(v, fn) // what was not streamed
	// Only spaces and semicolons may follow the value.
	off := dec.InputOffset()
	rest := bufio.NewReader(io.MultiReader(dec.Buffered(), pr))
	for {
		c, err := rest.ReadByte()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return readError(err)
		}
		if !strings.ContainsRune(" \t\r\n;", rune(c)) {
			e := &SyntaxError{Offset: off, Msg: "unexpected data after the JSON value"}
			e.Line, e.Column = pr.pos(off)
			return e
		}
		off++
	}
}

// A streamer builds the values of a streamed document from its tokens,
// passing on the reviews of its arrays' elements and dropping them.
type streamer struct {
	pr  *posReader
	dec *json.Decoder
	st  *readState
	fn  func(Review)
}

// value reads the value whose first token is tok: an object token by
// token, an array element by element, each decoded whole, its reviews
// passed on, and dropped, so that an array is read as empty. streamed
// reports whether reviews in v were passed on.
func (s *streamer) value(tok json.Token, depth int) (v any, streamed bool, err error) {
	if depth > maxStreamDepth {
		return nil, false, fmt.Errorf("claimreview: JSON nested deeper than %d levels", maxStreamDepth)
	}
	d, ok := tok.(json.Delim)
	if !ok {
		return tok, false, nil
	}
	switch d {
	case '{':
		n := make(node)
		for s.dec.More() {
			kt, err := s.dec.Token()
			if err != nil {
				return nil, false, err
			}
			key, _ := kt.(string)
			vt, err := s.dec.Token()
			if err != nil {
				return nil, false, err
			}
			cv, cs, err := s.value(vt, depth+1)
			if err != nil {
				return nil, false, err
			}
			streamed = streamed || cs
			n[key] = cv // the last of a repeated key, as when read whole
		}
		if _, err := s.dec.Token(); err != nil {
			return nil, false, err
		}
		return n, streamed, nil
	case '[':
		for k := 0; s.dec.More(); k++ {
			// An element is decoded whole: a feed item, a claim of a Fact
			// Check Tools API response, a node of a graph.
			start := s.dec.InputOffset()
			var ev any
			if err := s.dec.Decode(&ev); err != nil {
				return nil, false, &elementError{err: err, base: s.elementStart(start, k > 0)}
			}
			// Its reviews are passed on, and it is dropped: references are
			// followed within an element.
			if hasReviews(ev, 0) {
				s.st.reviews(ev, s.fn)
				streamed = true
			}
		}
		if _, err := s.dec.Token(); err != nil {
			return nil, false, err
		}
		return []any{}, streamed, nil
	}
	return nil, false, fmt.Errorf("claimreview: unexpected %v", d)
}

// An elementError is an error of decoding an array element, whose
// offsets count from base, where the element's text starts.
type elementError struct {
	err  error
	base int64
}

func (e *elementError) Error() string { return e.err.Error() }
func (e *elementError) Unwrap() error { return e.err }

// elementStart returns where the text of an array element starts, for a
// decoder positioned at off before it: after the white space and, but for
// the first element, the comma that the decoder skips before decoding.
func (s *streamer) elementStart(off int64, comma bool) int64 {
	for {
		c, ok := s.pr.byteAt(off)
		switch {
		case !ok:
			return off
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			off++
		case c == ',' && comma:
			return off + 1
		default:
			return off
		}
	}
}

// hasReviews reports whether findReviews would find anything in v.
func hasReviews(v any, depth int) bool {
	if depth > maxDepth {
		return false
	}
	switch v := v.(type) {
	case node:
		if hasType(v, "ClaimReview") || isGoogleClaim(v) {
			return true
		}
		for _, c := range v {
			if hasReviews(c, depth+1) {
				return true
			}
		}
	case []any:
		for _, c := range v {
			if hasReviews(c, depth+1) {
				return true
			}
		}
	}
	return false
}

// A maxReader reads at most max bytes of r, and fails with ErrTooLarge on
// more.
type maxReader struct {
	r         io.Reader
	left, max int64
}

func (m *maxReader) Read(p []byte) (int, error) {
	if m.left < 0 {
		return 0, fmt.Errorf("%w of %d bytes", ErrTooLarge, m.max)
	}
	if int64(len(p)) > m.left+1 {
		p = p[:m.left+1]
	}
	n, err := m.r.Read(p)
	m.left -= int64(n)
	if m.left < 0 {
		return n - 1, fmt.Errorf("%w of %d bytes", ErrTooLarge, m.max)
	}
	return n, err
}

// A posReader counts the lines of what it reads and keeps the last few
// MiB of it, so that an error of the JSON decoder, which reads ahead, can
// be given a line and column.
type posReader struct {
	r      io.Reader
	off    int64 // bytes read
	lines  int   // newlines in them
	chunks []posChunk
	kept   int
	err    error // the last error of r
}

// A posChunk is one read: where it starts, how many newlines come before
// it, and its bytes.
type posChunk struct {
	start int64
	lines int
	data  []byte
}

// posWindow is how many bytes a posReader keeps at least.
const posWindow = 4 << 20

func (p *posReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	if err != nil {
		p.err = err
	}
	if n > 0 {
		p.chunks = append(p.chunks, posChunk{start: p.off, lines: p.lines, data: bytes.Clone(b[:n])})
		p.kept += n
		p.off += int64(n)
		p.lines += bytes.Count(b[:n], []byte{'\n'})
		for len(p.chunks) > 1 && p.kept-len(p.chunks[0].data) >= posWindow {
			p.kept -= len(p.chunks[0].data)
			p.chunks[0] = posChunk{}
			p.chunks = p.chunks[1:]
		}
	}
	return n, err
}

// contentEnd returns the offset just after the last byte read that is not
// white space, as far as the kept bytes tell.
func (p *posReader) contentEnd() int64 {
	for i := len(p.chunks) - 1; i >= 0; i-- {
		c := p.chunks[i]
		if t := bytes.TrimRight(c.data, " \t\r\n"); len(t) > 0 {
			return c.start + int64(len(t))
		}
	}
	return p.off
}

// bytesFrom returns the bytes read from off on, if they are kept.
func (p *posReader) bytesFrom(off int64) ([]byte, bool) {
	if len(p.chunks) == 0 || off < p.chunks[0].start || off > p.off {
		return nil, false
	}
	var b []byte
	for _, c := range p.chunks {
		end := c.start + int64(len(c.data))
		if end <= off {
			continue
		}
		b = append(b, c.data[max(off-c.start, 0):]...)
	}
	return b, true
}

// byteAt returns the byte at off, if it is kept.
func (p *posReader) byteAt(off int64) (byte, bool) {
	for i := len(p.chunks) - 1; i >= 0; i-- {
		c := p.chunks[i]
		if off >= c.start && off < c.start+int64(len(c.data)) {
			return c.data[off-c.start], true
		}
	}
	return 0, false
}

// pos returns the line and column of byte off; zeros when off lies before
// the kept bytes.
func (p *posReader) pos(off int64) (line, col int) {
	if len(p.chunks) == 0 || off < p.chunks[0].start || off > p.off {
		return 0, 0
	}
	// The chunk holding off (or ending at it).
	k := len(p.chunks) - 1
	for k > 0 && p.chunks[k].start > off {
		k--
	}
	c := p.chunks[k]
	before := c.data[:off-c.start]
	line = c.lines + bytes.Count(before, []byte{'\n'}) + 1
	if i := bytes.LastIndexByte(before, '\n'); i >= 0 {
		return line, 1 + utf8.RuneCount(before[i+1:])
	}
	// The line starts in an earlier chunk, or before the kept bytes.
	col = 1 + utf8.RuneCount(before)
	for j := k - 1; j >= 0; j-- {
		d := p.chunks[j].data
		if i := bytes.LastIndexByte(d, '\n'); i >= 0 {
			return line, col + utf8.RuneCount(d[i+1:])
		}
		col += utf8.RuneCount(d)
	}
	if p.chunks[0].start > 0 {
		return line, 0 // the line is longer than the kept bytes
	}
	return line, col
}
