package factcheck

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

// This file keeps text from the article or a claim set from acting on the
// page or terminal that shows a report (issue 16): bidirectional controls
// that would reorder what follows their field, and, in Markdown, text a
// renderer would turn into links or mentions.

// isBidiControl reports whether r is a bidirectional embedding, override
// or isolate: U+202A–U+202E, U+2066–U+2069. Left unclosed in a field, they
// reorder the text after it ("Trojan Source").
func isBidiControl(r rune) bool {
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}

// stripBidi returns b without bidirectional controls, for the text,
// Markdown and HTML reports.
func stripBidi(b []byte) []byte {
	if !bytes.ContainsFunc(b, isBidiControl) {
		return b
	}
	return bytes.Map(func(r rune) rune {
		if isBidiControl(r) {
			return -1
		}
		return r
	}, b)
}

// escapeBidiJSON writes the bidirectional controls of the JSON text b as
// \u escapes: the data stays the same for a JSON reader, and the JSON
// itself, read in a terminal or an editor, is not reordered. Outside
// strings, JSON holds only ASCII, so every such rune is inside a string.
func escapeBidiJSON(b []byte) []byte {
	if !bytes.ContainsFunc(b, isBidiControl) {
		return b
	}
	out := make([]byte, 0, len(b)+32)
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if isBidiControl(r) {
			out = fmt.Appendf(out, `\u%04x`, r)
		} else {
			out = append(out, b[:n]...)
		}
		b = b[n:]
	}
	return out
}

// EscapeBidiJSON is escapeBidiJSON for other packages' JSON (the
// ClaimReview export): it returns the JSON text b with its bidirectional
// controls (U+202A–U+202E, U+2066–U+2069) written as \u escapes, which
// leaves the data unchanged.
func EscapeBidiJSON(b []byte) []byte { return escapeBidiJSON(b) }

// mdAutolink matches what GitHub's Markdown links or mentions by itself,
// once mdSpecial has escaped the rest: "://" after a scheme, "www." and
// an "@" followed by a name (an e-mail address, an @mention).
var mdAutolink = regexp.MustCompile(`://|(?i:\bwww)\.|@`)

// mdNoAutolink breaks what mdAutolink matches without changing how it
// reads: "http\://", "www\.", and a word joiner (U+2060) after "@".
func mdNoAutolink(s string) string {
	if !strings.ContainsAny(s, ":.@") {
		return s
	}
	return mdAutolink.ReplaceAllStringFunc(s, func(m string) string {
		switch {
		case m == "://":
			return `\://`
		case m == "@":
			return "@\u2060"
		}
		return m[:len(m)-1] + `\.`
	})
}
