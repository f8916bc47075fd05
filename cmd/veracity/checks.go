package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks"
)

var checksCmd = &command{
	Name:    "checks",
	Args:    "[-v]",
	Summary: "list the checks with their docs",
	Doc:     "Checks lists the checks that check runs: each name with the first line of its doc, or with -v the whole doc.",
}

func init() {
	checksCmd.Run = runChecks
	register(checksCmd)
}

// builtinChecks returns the checks that check runs.
func builtinChecks() []*factcheck.Check { return checks.Default }

func runChecks(e *env, args []string) int {
	fs := newFlagSet(checksCmd)
	verbose := fs.Bool("v", false, "print each check's full doc")
	operands, status, ok := parseFlags(e, checksCmd, fs, args)
	if !ok {
		return status
	}
	if len(operands) > 0 {
		return usageError(e, checksCmd, "unexpected argument %q", operands[0])
	}
	if *verbose {
		for i, c := range builtinChecks() {
			if i > 0 {
				fmt.Fprintln(e.stdout)
			}
			fmt.Fprintf(e.stdout, "%s\n", c.Name)
			for line := range strings.Lines(strings.TrimSpace(c.Doc)) {
				fmt.Fprintf(e.stdout, "    %s", line)
			}
			fmt.Fprintln(e.stdout)
		}
		return exitOK
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 8, 2, ' ', 0)
	for _, c := range builtinChecks() {
		fmt.Fprintf(tw, "%s\t%s\n", c.Name, firstLine(c.Doc))
	}
	if err := tw.Flush(); err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	return exitOK
}

// firstLine returns the first line of a doc: its summary.
func firstLine(doc string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(doc), "\n")
	return strings.TrimSpace(line)
}
