package web

import (
	"context"
	"embed"
	"io"
	"io/fs"
	"log"
	"net/http"
	"runtime/debug"
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks"
	"github.com/veracity-go/veracity/sources"
)

// ContentSecurityPolicy is the Content-Security-Policy of every response:
// the page may load scripts, styles and images from its own origin only,
// send requests to its own origin only, and may not be framed.
const ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// assets holds the page and its static files.
//
//go:embed assets
var assets embed.FS

// extractClaims runs the extractor ex (nil for the defaults), a variable so
// that tests can stand in for it.
var extractClaims = func(ctx context.Context, ex *extract.Extractor, doc claims.Document, kb *claims.Set) (*claims.Set, error) {
	return ex.ExtractContext(ctx, doc, kb)
}

// handler serves the page, the API and the health check.
type handler struct {
	cfg config
	mux *http.ServeMux
	// houseStore holds the knowledge base of WithKB, if any.
	houseStore sources.Store
	// checker checks requests without a kb of their own; checkerErr is
	// why there is none, when the checks are not well formed.
	checker    *factcheck.Checker
	checkerErr error
	// house has the house knowledge base indexed, for requests that bring
	// none of their own; nil without one.
	house *extract.Extractor
	// slots holds a token per check in flight (MaxInFlight).
	slots chan struct{}
}

// NewHandler returns an http.Handler that serves the page at /, its
// assets under /static/, the JSON API at /api/check and a health check
// at /healthz. See the package documentation for the API.
//
// By default it runs checks.Default with no knowledge base beyond what a
// request sends, reads request bodies of up to [DefaultMaxBodyBytes] and
// checks up to [DefaultMaxClaims] claims a request.
// When the checks are not well formed (see [factcheck.Validate]), the
// API and /healthz answer 500 and 503 with the reason.
func NewHandler(opts ...Option) http.Handler {
	cfg := config{checks: checks.Default, maxBodyBytes: DefaultMaxBodyBytes, maxClaims: DefaultMaxClaims, maxInFlight: DefaultMaxInFlight()}
	Options(opts).apply(&cfg)
	h := &handler{cfg: cfg, slots: make(chan struct{}, cfg.maxInFlight)}
	if cfg.kb != nil {
		h.houseStore = sources.NewMemStore(cfg.kb)
		h.house = extract.New(extract.KnowledgeBase(cfg.kb))
	}
	h.checker, h.checkerErr = h.newChecker(nil)

	static, err := fs.Sub(assets, "assets")
	if err != nil {
		panic("web: " + err.Error()) // the embedded tree is fixed at build time
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", h.page)
	mux.Handle("GET /static/", http.StripPrefix("/static/", noListing(http.FileServerFS(static))))
	mux.HandleFunc("GET /static/annotation.css", annotationCSS)
	mux.HandleFunc("/api/check", h.check)
	mux.HandleFunc("GET /healthz", h.healthz)
	h.mux = mux
	return h
}

// newChecker returns a checker with the configured checks and stores,
// consulting reqStore (a request's own knowledge base) first.
func (h *handler) newChecker(reqStore sources.Store) (*factcheck.Checker, error) {
	opts := factcheck.Options{h.cfg.checkOpts}
	if reqStore != nil {
		opts = append(opts, factcheck.WithStore(reqStore))
	}
	if h.houseStore != nil {
		opts = append(opts, factcheck.WithStore(h.houseStore))
	}
	for _, s := range h.cfg.stores {
		opts = append(opts, factcheck.WithStore(s))
	}
	return factcheck.NewChecker(h.cfg.checks, opts)
}

// ServeHTTP sets the security headers and routes the request. A panic
// while serving it is answered with 500 and a JSON error, and logged
// with its stack, rather than dropping the connection: one bad article
// must not look like a broken server.
func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	defer func() {
		v := recover()
		if v == nil {
			return
		}
		if v == http.ErrAbortHandler {
			panic(v) // net/http's way to abort a response on purpose
		}
		log.Printf("web: panic serving %s %s: %v\n%s", r.Method, r.URL.Path, v, debug.Stack())
		writeError(w, http.StatusInternalServerError, "internal error while serving this request")
	}()
	hd := w.Header()
	hd.Set("Content-Security-Policy", ContentSecurityPolicy)
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Referrer-Policy", "no-referrer")
	hd.Set("X-Frame-Options", "DENY")
	if !hostAllowed(h.cfg.allowedHosts, r.Host) {
		writeError(w, http.StatusMisdirectedRequest, "host not served here")
		return
	}
	h.mux.ServeHTTP(w, r)
}

// page serves the page.
func (h *handler) page(w http.ResponseWriter, r *http.Request) {
	page, err := assets.ReadFile("assets/index.html")
	if err != nil {
		http.Error(w, "page missing", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(page)
}

// healthz answers 200 "ok" when the handler can check articles.
func (h *handler) healthz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	if h.checkerErr != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		w.Write([]byte(h.checkerErr.Error() + "\n"))
		return
	}
	w.Write([]byte("ok\n"))
}

// noListing answers 404 for directories instead of listing them.
func noListing(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "" || strings.HasSuffix(r.URL.Path, "/") || r.URL.Path == "index.html" {
			http.NotFound(w, r)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// annotationCSS serves the stylesheet of the annotated article, the one the
// HTML report inlines.
func annotationCSS(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	io.WriteString(w, factcheck.AnnotationCSS)
}
