package main

import (
	"io"
	"os"
)

// isTerminal reports whether w is a terminal: an *os.File that is a
// character device.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// useColor reports whether to colour output written to w: only on a
// terminal, never with --no-color, and never when the NO_COLOR environment
// variable is set to a non-empty value (https://no-color.org).
func useColor(w io.Writer, noColor bool) bool {
	return !noColor && os.Getenv("NO_COLOR") == "" && isTerminal(w)
}
