package main

import (
	"strings"
	"testing"

	"github.com/veracity-go/veracity/factcheck/checks"
)

func TestChecksList(t *testing.T) {
	status, stdout, stderr := veracity(t, "", "checks")
	wantStatus(t, []string{"checks"}, status, exitOK, stdout, stderr)
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if len(lines) != len(checks.Default) {
		t.Fatalf("got %d lines, want one per check (%d):\n%s", len(lines), len(checks.Default), stdout)
	}
	for i, c := range checks.Default {
		name, doc, _ := strings.Cut(lines[i], " ")
		if name != c.Name {
			t.Errorf("line %d names %q, want %q", i+1, name, c.Name)
		}
		if got, want := strings.TrimSpace(doc), firstLine(c.Doc); got != want {
			t.Errorf("line %d: doc %q, want the first line of %s's doc, %q", i+1, got, c.Name, want)
		}
	}
}

func TestChecksVerbose(t *testing.T) {
	status, stdout, stderr := veracity(t, "", "checks", "-v")
	wantStatus(t, []string{"checks", "-v"}, status, exitOK, stdout, stderr)
	for _, c := range checks.Default {
		for line := range strings.Lines(strings.TrimSpace(c.Doc)) {
			if !strings.Contains(stdout, "    "+strings.TrimSpace(line)) {
				t.Errorf("checks -v lacks %s's doc line %q:\n%s", c.Name, line, stdout)
			}
		}
	}
}

func TestFirstLine(t *testing.T) {
	for in, want := range map[string]string{
		"":                      "",
		"one line":              "one line",
		"\n  summary  \nmore\n": "summary",
		"summary\n\nparagraph.": "summary",
	} {
		if got := firstLine(in); got != want {
			t.Errorf("firstLine(%q) = %q, want %q", in, got, want)
		}
	}
}
