package claimreview

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// A SyntaxError is a document, or a script of an HTML page, that is not
// JSON: where it breaks and why. Line and Column count from 1 (Column in
// characters) in the document as read, after decompression; they are zero
// when the place is too far back in a streamed document to be counted.
// A SyntaxError is plain data.
type SyntaxError struct {
	// Script is the number of the ld+json script of an HTML page (1 for
	// the first), 0 for a JSON document.
	Script int
	// Offset is the byte offset of the place in the document.
	Offset       int64
	Line, Column int
	// Msg says what is wrong: "invalid character '}' looking for
	// beginning of object key string", "the document ends inside a JSON
	// value (is it cut off?)".
	Msg string
}

func (e *SyntaxError) Error() string {
	var b strings.Builder
	b.WriteString("claimreview: ")
	if e.Script > 0 {
		fmt.Fprintf(&b, "script[%d]: ", e.Script)
	}
	switch {
	case e.Line > 0 && e.Column > 0:
		fmt.Fprintf(&b, "line %d, column %d: ", e.Line, e.Column)
	case e.Line > 0:
		fmt.Fprintf(&b, "line %d: ", e.Line)
	default:
		fmt.Fprintf(&b, "byte %d: ", e.Offset)
	}
	b.WriteString(e.Msg)
	return b.String()
}

// truncatedMsg is the message of a document that ends inside a value.
const truncatedMsg = "the document ends inside a JSON value (is it cut off?)"

// syntaxError returns err, an error of encoding/json on the text that
// starts at byte base of the document, as a SyntaxError placed by pos;
// end is where the text ends, for an error at its end, and byteAt gives
// the document's bytes where it can. Other errors are returned as they
// are.
func syntaxError(err error, base, end int64, pos func(int64) (int, int), byteAt func(int64) (byte, bool)) error {
	var syn *json.SyntaxError
	var off int64
	var msg string
	switch {
	case errors.As(err, &syn):
		off, msg = base+syn.Offset, syn.Error()
		// Decode counts the bad character in its offset, Token does not:
		// point at the character the message names.
		if c, ok := quotedChar(msg); !ok || !isByteAt(byteAt, off, c) {
			off = max(off-1, base)
		}
		if syn.Offset >= end-base && strings.Contains(msg, "unexpected end") {
			off, msg = end, truncatedMsg
		}
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		off, msg = end, truncatedMsg
	default:
		return err
	}
	e := &SyntaxError{Offset: off, Msg: msg}
	e.Line, e.Column = pos(off)
	return e
}

// quotedChar returns the character an "invalid character 'x' …" message
// names.
func quotedChar(msg string) (byte, bool) {
	const p = "invalid character '"
	if !strings.HasPrefix(msg, p) || len(msg) < len(p)+2 || msg[len(p)+1] != '\'' {
		return 0, false
	}
	return msg[len(p)], true
}

func isByteAt(byteAt func(int64) (byte, bool), off int64, c byte) bool {
	b, ok := byteAt(off)
	return ok && b == c
}

// lineCol returns the line and column (from 1, the column in characters)
// of byte off of data.
func lineCol(data []byte, off int64) (line, col int) {
	off = min(max(off, 0), int64(len(data)))
	before := data[:off]
	line = 1 + bytes.Count(before, []byte{'\n'})
	col = 1 + utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:])
	return line, col
}

// contentEnd returns the offset just after the last byte of data that is
// not white space: where a cut-off document stops.
func contentEnd(data []byte) int64 {
	return int64(len(bytes.TrimRight(data, " \t\r\n")))
}
