package main

import (
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// irregularFile returns an error naming the file name when it is neither
// a regular file nor a folder: a named pipe, a device or a socket, whose
// opening or reading may wait for ever (issue 16). It looks before
// opening, since opening a named pipe waits for a writer.
func irregularFile(name string) error {
	info, err := os.Stat(name)
	if err != nil {
		return nil // opening says what is wrong
	}
	m := info.Mode()
	switch {
	case m.IsRegular() || m.IsDir():
		return nil
	case m&fs.ModeNamedPipe != 0:
		return fmt.Errorf("%s: is a named pipe, not a regular file", displayName(name))
	case m&fs.ModeSocket != 0:
		return fmt.Errorf("%s: is a socket, not a regular file", displayName(name))
	case m&fs.ModeDevice != 0:
		return fmt.Errorf("%s: is a device, not a regular file", displayName(name))
	}
	return fmt.Errorf("%s: not a regular file", displayName(name))
}

// visibleName returns a file name fit for a report's header: control
// characters (a newline, an escape that would drive the terminal) written
// as Go escapes ("\n", "\x1b"), and bidirectional controls, which would
// reorder what follows, as "\u202e" (issue 16). Other names are unchanged.
func visibleName(name string) string {
	if !strings.ContainsFunc(name, hiddenRune) {
		return name
	}
	var b strings.Builder
	for _, r := range name {
		if hiddenRune(r) {
			q := strconv.QuoteRune(r) // '\n', '\x1b', '\u202e'
			b.WriteString(q[1 : len(q)-1])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// hiddenRune reports whether r is a control character or a bidirectional
// control.
func hiddenRune(r rune) bool {
	return unicode.IsControl(r) || r == utf8.RuneError || isBidiControl(r)
}

// isBidiControl reports whether r is an embedding, override or isolate
// (U+202A–U+202E, U+2066–U+2069) or a directional mark (U+200E, U+200F,
// U+061C).
func isBidiControl(r rune) bool {
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069 || r == 0x200E || r == 0x200F || r == 0x061C
}
