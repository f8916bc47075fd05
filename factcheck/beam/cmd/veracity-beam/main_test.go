package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		input, output, published, want string
	}{
		{"", t.TempDir(), "", "no input glob"},
		{"x/*.txt", "", "", "no output folder"},
		{"x/*.txt", t.TempDir(), "15/06/2005", `bad publication date "15/06/2005"`},
	} {
		*input, *output, *published = tc.input, tc.output, tc.published
		var stderr bytes.Buffer
		if got := run(context.Background(), &stderr); got != 2 || !strings.Contains(stderr.String(), tc.want) {
			t.Errorf("input %q output %q published %q: status %d, %q; want 2 and %q", tc.input, tc.output, tc.published, got, stderr.String(), tc.want)
		}
	}
}

func TestRefusesAnEarlierRunsFolder(t *testing.T) {
	dir := t.TempDir()
	if err := prepare(filepath.Join(dir, "new")); err != nil {
		t.Errorf("a new folder: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "reports-00000-of-00004.jsonl"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := prepare(dir); err == nil || !strings.Contains(err.Error(), "already holds the output of a run") {
		t.Errorf("a folder with reports: %v", err)
	}
}
