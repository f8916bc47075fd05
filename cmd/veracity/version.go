package main

import (
	"fmt"
	"runtime/debug"
)

var versionCmd = &command{
	Name:    "version",
	Summary: "print the version",
	Doc:     "Version prints veracity's module version and the Go version it was built with.",
}

func init() {
	versionCmd.Run = runVersion
	register(versionCmd)
}

func runVersion(e *env, args []string) int {
	fs := newFlagSet(versionCmd)
	operands, status, ok := parseFlags(e, versionCmd, fs, args)
	if !ok {
		return status
	}
	if len(operands) > 0 {
		return usageError(e, versionCmd, "unexpected argument %q", operands[0])
	}
	version, goVersion := "(devel)", "unknown"
	if bi, ok := debug.ReadBuildInfo(); ok {
		goVersion = bi.GoVersion
		if v := bi.Main.Version; v != "" {
			version = v
		}
	}
	fmt.Fprintf(e.stdout, "veracity %s %s\n", version, goVersion)
	return exitOK
}
