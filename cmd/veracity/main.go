// Command veracity checks the claims in news text.
//
// Usage:
//
//	veracity check [flags] FILE...    check claim sets and articles
//	veracity checks [-v]              list the checks with their docs
//	veracity extract [flags] FILE     print an article's claims as a claim-set file
//	veracity serve [--addr :8080]     the web page and JSON API
//	veracity version                  print the version
//
// Run "veracity COMMAND --help" for a command's flags. The exit status is 0
// when all is well, 1 when "check --fail-on" found something, and 2 for bad
// usage or bad input, with a message on standard error that names the file,
// the line and the column.
package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

// Exit statuses.
const (
	exitOK     = 0 // all is well
	exitFailed = 1 // check --fail-on found a finding or a false verdict
	exitUsage  = 2 // bad usage or bad input
)

// A command is one subcommand of veracity. Each lives in its own file and
// registers itself in an init function, so adding a command is adding a
// file.
type command struct {
	// Name is the word that selects the command.
	Name string
	// Args names the command's arguments in its usage line.
	Args string
	// Summary is one line for the list of commands.
	Summary string
	// Doc is the command's help text, printed after the usage line.
	Doc string
	// Run runs the command with its arguments (after the name) and
	// returns the exit status.
	Run func(e *env, args []string) int
}

// commands holds the registered commands in name order.
var commands []*command

// register adds a command; it is called from init functions.
func register(c *command) {
	commands = append(commands, c)
	slices.SortFunc(commands, func(a, b *command) int { return strings.Compare(a.Name, b.Name) })
}

// lookup returns the command with the given name.
func lookup(name string) (*command, bool) {
	for _, c := range commands {
		if c.Name == name {
			return c, true
		}
	}
	return nil, false
}

// env is what a command runs with: its standard streams.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// errorf prints "veracity: message" on standard error.
func (e *env) errorf(format string, args ...any) {
	fmt.Fprintf(e.stderr, "veracity: "+format+"\n", args...)
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run runs veracity with the given arguments (without the program name)
// and streams, and returns the exit status. It does not exit, so that
// tests can call it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	switch name := args[0]; name {
	case "-h", "-help", "--help":
		usage(stdout)
		return exitOK
	case "help":
		if len(args) == 1 {
			usage(stdout)
			return exitOK
		}
		c, ok := lookup(args[1])
		if !ok {
			e.errorf("help: unknown command %q", args[1])
			return exitUsage
		}
		return c.Run(e, []string{"--help"})
	default:
		c, ok := lookup(name)
		if !ok {
			e.errorf("unknown command %q\nRun 'veracity --help' for the list of commands.", name)
			return exitUsage
		}
		return c.Run(e, args[1:])
	}
}

// usage prints the list of commands.
func usage(w io.Writer) {
	fmt.Fprintf(w, "veracity checks the claims in news text.\n\nusage: veracity COMMAND [flags] [args]\n\nCommands:\n")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-10s %s\n", c.Name, c.Summary)
	}
	fmt.Fprintf(w, "\nRun 'veracity COMMAND --help' for a command's flags.\n")
	fmt.Fprintf(w, "Exit status: 0 clean, 1 check --fail-on triggered, 2 bad usage or bad input.\n")
}
