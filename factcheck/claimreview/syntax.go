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
// end is where the text ends, for an error at its end. Other errors are
// returned as they are.
func syntaxError(err error, base, end int64, pos func(int64) (int, int)) error {
	var syn *json.SyntaxError
	var off int64
	var msg string
	switch {
	case errors.As(err, &syn):
		off, msg = base+max(syn.Offset-1, 0), syn.Error()
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
