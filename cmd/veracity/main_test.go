package main

import (
	"bytes"
	"strings"
	"testing"
)

// veracity runs the command in process with the given arguments and
// standard input, and returns the exit status and the output.
func veracity(t *testing.T, stdin string, args ...string) (status int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	status = run(args, strings.NewReader(stdin), &out, &errOut)
	return status, out.String(), errOut.String()
}

// wantStatus fails the test when status is not want, showing the output.
func wantStatus(t *testing.T, args []string, status, want int, stdout, stderr string) {
	t.Helper()
	if status != want {
		t.Errorf("veracity %s: exit status %d, want %d\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), status, want, stdout, stderr)
	}
}

func TestNoCommand(t *testing.T) {
	status, stdout, stderr := veracity(t, "")
	wantStatus(t, nil, status, exitUsage, stdout, stderr)
	if !strings.Contains(stderr, "usage: veracity COMMAND") {
		t.Errorf("stderr lacks the usage:\n%s", stderr)
	}
}

func TestUnknownCommand(t *testing.T) {
	status, stdout, stderr := veracity(t, "", "frobnicate", "x.yaml")
	wantStatus(t, []string{"frobnicate"}, status, exitUsage, stdout, stderr)
	if want := `veracity: unknown command "frobnicate"`; !strings.Contains(stderr, want) {
		t.Errorf("stderr = %q, want it to contain %q", stderr, want)
	}
	if stdout != "" {
		t.Errorf("stdout = %q, want nothing", stdout)
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{
		{"--help"}, {"-h"}, {"help"},
		{"check", "--help"}, {"check", "-h"}, {"help", "check"},
		{"checks", "--help"}, {"extract", "--help"}, {"serve", "--help"}, {"version", "-h"},
		// Help wins over the other arguments.
		{"check", "--format", "json", "a.yaml", "--help"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			status, stdout, stderr := veracity(t, "", args...)
			wantStatus(t, args, status, exitOK, stdout, stderr)
			if !strings.Contains(stdout, "usage: veracity") {
				t.Errorf("stdout lacks a usage line:\n%s", stdout)
			}
			if stderr != "" {
				t.Errorf("stderr = %q, want nothing", stderr)
			}
		})
	}
}

func TestHelpListsFlags(t *testing.T) {
	_, stdout, _ := veracity(t, "", "check", "--help")
	for _, flag := range []string{"-kb", "-published", "-format", "-fail-on", "-tolerance", "-no-color"} {
		if !strings.Contains(stdout, flag) {
			t.Errorf("check --help lacks %s:\n%s", flag, stdout)
		}
	}
}

func TestServeUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"serve", "--max-body", "0"},
		{"serve", "extra"},
		{"serve", "--kb", "testdata/no-such-kb.yaml"},
	} {
		status, stdout, stderr := veracity(t, "", args...)
		wantStatus(t, args, status, exitUsage, stdout, stderr)
		if stderr == "" {
			t.Errorf("%v: no message on stderr", args)
		}
	}
}

func TestVersion(t *testing.T) {
	status, stdout, stderr := veracity(t, "", "version")
	wantStatus(t, []string{"version"}, status, exitOK, stdout, stderr)
	if !strings.HasPrefix(stdout, "veracity ") {
		t.Errorf("stdout = %q, want it to start with \"veracity \"", stdout)
	}
}
