//go:build unix

package claims

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// loadWithin loads path, failing the test when Load does not return
// within ten seconds (as when it opens a named pipe no one writes to).
func loadWithin(t *testing.T, path string) error {
	t.Helper()
	done := make(chan error, 1)
	go func() { _, err := Load(path); done <- err }()
	select {
	case err := <-done:
		return err
	case <-time.After(10 * time.Second * raceSlowdown):
		t.Fatalf("Load(%s) hangs", path)
		return nil
	}
}

// A named pipe as the file, an include or a text file is refused at once,
// with its name, rather than waited on for ever (issue 16).
func TestLoadNamedPipe(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no named pipes here:", err)
	}
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for _, tt := range []struct {
		path, want string
	}{
		{fifo, "pipe: cannot read: is a named pipe, not a regular file"},
		{write("inc.yaml", "version: 1\ninclude: [pipe]\n"), `inc.yaml:2:11: include "pipe": is a named pipe, not a regular file`},
		{write("text.yaml", "version: 1\ndocument: {text_file: pipe}\n"), `text.yaml:2:23: text_file "pipe": is a named pipe, not a regular file`},
	} {
		err := loadWithin(t, tt.path)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Load(%s) = %v, want an error containing %q", filepath.Base(tt.path), err, tt.want)
		}
	}
}
