//go:build unix

package main

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A named pipe given as an article, a claim set, a --kb or a --prior file
// is refused with exit status 2 and its name, not waited on (issue 16).
func TestCheckNamedPipe(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"pipe.txt", "pipe.yaml"} {
		if err := syscall.Mkfifo(filepath.Join(dir, name), 0o600); err != nil {
			t.Skip("no named pipes here:", err)
		}
	}
	article := writeFile(t, dir, "a.txt", "Anchorage is the venue.")
	for _, args := range [][]string{
		{"check", filepath.Join(dir, "pipe.txt")},
		{"check", filepath.Join(dir, "pipe.yaml")},
		{"check", "--kb", filepath.Join(dir, "pipe.yaml"), article},
		{"check", "--prior", filepath.Join(dir, "pipe.txt"), article},
		{"extract", filepath.Join(dir, "pipe.txt")},
	} {
		done := make(chan struct{})
		var status int
		var stdout, stderr string
		go func() { status, stdout, stderr = veracity(t, "", args...); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("veracity %s hangs", strings.Join(args, " "))
		}
		wantStatus(t, args, status, exitUsage, stdout, stderr)
		if !strings.Contains(stderr, "pipe.") || !strings.Contains(stderr, "named pipe") {
			t.Errorf("veracity %s: stderr %q does not name the pipe", strings.Join(args, " "), stderr)
		}
	}
}
