package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/veracity-go/veracity/factcheck/web"
)

var serveCmd = &command{
	Name:    "serve",
	Args:    "[--addr 127.0.0.1:8080] [--allowed-host HOST]... [--kb FILE] [--max-body BYTES] [--max-in-flight N] [--read-timeout D]",
	Summary: "serve the web page and JSON API",
	Doc: `Serve serves the page where an editor pastes or uploads an article and
sees it annotated, and the JSON API behind it:

  GET  /            the page
  POST /api/check   {"text", "published", "title", "kb"} → the JSON report
  GET  /healthz     200 "ok" when ready

It listens on 127.0.0.1:8080 by default, this machine only; --addr :8080
opens it to the network on purpose. --allowed-host (repeatable) answers
only requests whose Host header names one of the hosts given (421
otherwise), which a server reachable by a DNS name should set.

Limits: a request body of at most --max-body bytes (5 MiB; a larger
declared Content-Length is refused at once with 413), received within
--read-timeout (60s; 408 or a closed connection otherwise); at most
--max-in-flight checks at once (two per CPU; 503 with Retry-After beyond).

It runs until interrupted (SIGINT or SIGTERM), then stops taking requests,
cancels those in flight, which stop within a fraction of a second, and
exits.

--kb loads a house knowledge base whose entities guide extraction and whose
facts rate claims, beside any knowledge base a request sends.`,
}

func init() {
	serveCmd.Run = runServe
	register(serveCmd)
}

// Limits of the server: slow or oversized requests are cut off.
const (
	serveReadHeaderTimeout = 10 * time.Second
	serveReadTimeout       = 60 * time.Second
	serveWriteTimeout      = 2 * time.Minute
	serveIdleTimeout       = 2 * time.Minute
	serveMaxHeaderBytes    = 64 << 10
	serveShutdownTimeout   = 30 * time.Second
)

func runServe(e *env, args []string) int {
	fs := newFlagSet(serveCmd)
	addr := fs.String("addr", "127.0.0.1:8080", "`address` to listen on, host:port (\":8080\" for every interface)")
	var hosts stringList
	fs.Var(&hosts, "allowed-host", "answer only requests for this `HOST` (Host header, port optional); repeatable")
	inFlight := fs.Int("max-in-flight", web.DefaultMaxInFlight(), "most checks run at once; more are answered 503")
	readTimeout := fs.Duration("read-timeout", serveReadTimeout, "longest time to receive a request, body included")
	var kbs stringList
	fs.Var(&kbs, "kb", "house knowledge base: a claim-set `FILE`; repeatable")
	maxBody := fs.Int64("max-body", web.DefaultMaxBodyBytes, "largest request body the API reads, in `bytes`")
	operands, status, ok := parseFlags(e, serveCmd, fs, args)
	if !ok {
		return status
	}
	if len(operands) > 0 {
		return usageError(e, serveCmd, "unexpected argument %q", operands[0])
	}
	if *inFlight < 1 {
		return usageError(e, serveCmd, "bad --max-in-flight %d (want a number above 0)", *inFlight)
	}
	if *readTimeout <= 0 {
		return usageError(e, serveCmd, "bad --read-timeout %v (want a duration above 0)", *readTimeout)
	}
	if *maxBody < 1 {
		return usageError(e, serveCmd, "bad --max-body %d (want a number of bytes above 0)", *maxBody)
	}
	kb, err := loadKB(kbs)
	if err != nil {
		printError(e, err)
		return exitUsage
	}
	opts := web.Options{web.MaxBodyBytes(*maxBody), web.MaxInFlight(*inFlight), web.AllowedHosts(hosts...)}
	if kb != nil {
		opts = append(opts, web.WithKB(kb))
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		e.errorf("serve: %v", err)
		return exitUsage
	}
	// Requests run under base, which shutting down cancels: a runaway
	// check stops instead of being waited out.
	base, cancelRequests := context.WithCancel(context.Background())
	defer cancelRequests()
	srv := &http.Server{
		Handler:           web.NewHandler(opts),
		BaseContext:       func(net.Listener) context.Context { return base },
		ReadHeaderTimeout: min(serveReadHeaderTimeout, *readTimeout),
		ReadTimeout:       *readTimeout,
		WriteTimeout:      serveWriteTimeout,
		IdleTimeout:       serveIdleTimeout,
		MaxHeaderBytes:    serveMaxHeaderBytes,
		ErrorLog:          log.New(e.stderr, "veracity: serve: ", 0),
	}
	fmt.Fprintf(e.stderr, "veracity: serving on http://%s/ (stop with Ctrl-C)\n", ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		e.errorf("serve: %v", err)
		return exitUsage
	case <-ctx.Done():
	}
	stop() // a second signal stops at once
	fmt.Fprintf(e.stderr, "veracity: shutting down\n")
	cancelRequests()
	sctx, cancel := context.WithTimeout(context.Background(), serveShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		e.errorf("serve: shutdown: %v", err)
		return exitUsage
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		e.errorf("serve: %v", err)
		return exitUsage
	}
	return exitOK
}
