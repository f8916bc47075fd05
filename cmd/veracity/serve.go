package main

// serve is reserved for the web page and JSON API of package
// factcheck/web. When that package lands, this file is replaced by one
// that serves it; nothing else in the command changes.

var serveCmd = &command{
	Name:    "serve",
	Args:    "[--addr :8080]",
	Summary: "the web page and JSON API (not in this build)",
	Doc:     "Serve serves the web page and the JSON API. It is not available in this build.",
}

func init() {
	serveCmd.Run = runServe
	register(serveCmd)
}

func runServe(e *env, args []string) int {
	fs := newFlagSet(serveCmd)
	fs.String("addr", ":8080", "`address` to listen on")
	if _, status, ok := parseFlags(e, serveCmd, fs, args); !ok {
		return status
	}
	e.errorf("serve: not available in this build")
	return exitUsage
}
