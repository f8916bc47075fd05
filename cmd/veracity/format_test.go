package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestLookupFormat(t *testing.T) {
	for _, f := range formats {
		got, err := lookupFormat(f.Name)
		if err != nil || got.Name != f.Name {
			t.Errorf("lookupFormat(%q) = %q, %v; want the format", f.Name, got.Name, err)
		}
	}
	for _, name := range reservedFormats {
		if _, err := lookupFormat(name); err == nil || err.Error() != "format "+name+" not available in this build" {
			t.Errorf("lookupFormat(%q) error = %v, want not available in this build", name, err)
		}
	}
}

func TestCodeSpan(t *testing.T) {
	for in, want := range map[string]string{
		"a.yaml":   "`a.yaml`",
		"a`b.yaml": "``a`b.yaml``",
		"`a.yaml":  "`` `a.yaml ``",
	} {
		if got := codeSpan(in); got != want {
			t.Errorf("codeSpan(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestProgress(t *testing.T) {
	if p := newProgress(&bytes.Buffer{}, 40); p != nil {
		t.Errorf("newProgress on a buffer = %v, want nil (not a terminal)", p)
	}
	var buf bytes.Buffer
	p := &progress{w: &buf, total: 4}
	p.step("a.yaml")
	want := "\r[#####               ] 1/4 a.yaml"
	if got := buf.String(); got != want {
		t.Errorf("after one step: %q, want %q", got, want)
	}
	buf.Reset()
	p.pause(func() { buf.WriteString("REPORT\n") })
	if got, want := buf.String(), "\r"+strings.Repeat(" ", len(want)-1)+"\rREPORT\n"+want; got != want {
		t.Errorf("pause: %q, want the bar cleared, the output, and the bar again: %q", got, want)
	}
	buf.Reset()
	p.finish()
	if got, want := buf.String(), "\r"+strings.Repeat(" ", len(want)-1)+"\r"; got != want {
		t.Errorf("finish: %q, want the bar cleared: %q", got, want)
	}
	var nilBar *progress
	nilBar.step("x") // a nil bar draws nothing and does not panic
	nilBar.finish()
}
