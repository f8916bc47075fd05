package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"
)

// newFlagSet returns a flag set for command c that prints nothing itself:
// parseFlags reports errors and help.
func newFlagSet(c *command) *flag.FlagSet {
	fs := flag.NewFlagSet(c.Name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parseFlags parses a command's arguments, flags and operands in any order
// ("--" ends the flags), and returns the operands. When parsing stops, ok
// is false and status is the exit status: 0 after printing help on
// standard output for -h or --help, 2 after printing a usage error on
// standard error.
func parseFlags(e *env, c *command, fs *flag.FlagSet, args []string) (operands []string, status int, ok bool) {
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			commandUsage(e.stdout, c, fs)
			return nil, exitOK, false
		}
		if err != nil {
			e.errorf("%s: %v\nRun 'veracity %s --help' for usage.", c.Name, err, c.Name)
			return nil, exitUsage, false
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return operands, exitOK, true
		}
		// Parse stops at the first operand, or after "--".
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(operands, rest...), exitOK, true
		}
		operands = append(operands, rest[0])
		args = rest[1:]
	}
}

// commandUsage prints a command's usage line, doc and flags.
func commandUsage(w io.Writer, c *command, fs *flag.FlagSet) {
	fmt.Fprintf(w, "usage: veracity %s %s\n", c.Name, c.Args)
	if c.Doc != "" {
		fmt.Fprintf(w, "\n%s\n", strings.TrimSpace(c.Doc))
	}
	hasFlags := false
	fs.VisitAll(func(*flag.Flag) { hasFlags = true })
	if hasFlags {
		fmt.Fprintf(w, "\nFlags:\n")
		fs.SetOutput(w)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
}

// usageError prints a usage error for command c and returns exitUsage.
func usageError(e *env, c *command, format string, args ...any) int {
	e.errorf("%s: %s\nRun 'veracity %s --help' for usage.", c.Name, fmt.Sprintf(format, args...), c.Name)
	return exitUsage
}

// stringList is a flag that may be repeated; each use adds a value.
type stringList []string

func (l *stringList) String() string { return strings.Join(*l, ",") }

func (l *stringList) Set(s string) error {
	*l = append(*l, s)
	return nil
}

// dateFlag is a flag holding a YYYY-MM-DD date; zero when not given.
type dateFlag struct{ t time.Time }

func (d *dateFlag) String() string {
	if d.t.IsZero() {
		return ""
	}
	return d.t.Format(time.DateOnly)
}

func (d *dateFlag) Set(s string) error {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return fmt.Errorf("bad date %q (want YYYY-MM-DD)", s)
	}
	d.t = t
	return nil
}
