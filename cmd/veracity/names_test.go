//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// File names reach the text and Markdown headers of several reports with
// their control and bidirectional characters made visible: a newline
// cannot end the header (or a Markdown code span), an escape cannot drive
// the terminal (issue 16).
func TestHeadersShowFileNamesSafely(t *testing.T) {
	dir := t.TempDir()
	names := []string{"a\nb `<img src=x onerror=alert(1)>`.txt", "\x1b[31mred.txt", "x\u202egnp.txt"}
	var paths []string
	for _, n := range names {
		p := filepath.Join(dir, n)
		if err := os.WriteFile(p, []byte("Anchorage is the venue."), 0o600); err != nil {
			t.Skip("this file system refuses the name:", err)
		}
		paths = append(paths, p)
	}
	for _, format := range []string{"text", "markdown"} {
		args := append([]string{"check", "--format", format, "--published", "2025-08-13"}, paths...)
		status, stdout, stderr := veracity(t, "", args...)
		wantStatus(t, args, status, exitOK, stdout, stderr)
		for _, bad := range []string{"\x1b[31m", "\u202e", "a\nb"} {
			if strings.Contains(stdout, bad) {
				t.Errorf("%s: the output holds %q from a file name", format, bad)
			}
		}
		for _, want := range []string{`a\nb`, `\x1b[31mred.txt`, `x\u202egnp.txt`} {
			if !strings.Contains(stdout, want) {
				t.Errorf("%s: the header lacks %s:\n%s", format, want, stdout)
			}
		}
	}
}
