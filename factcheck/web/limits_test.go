package web

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
)

// serveOnce runs the request through h, failing the test when the handler
// does not answer within a few seconds (as when it reads a body that never
// comes).
func serveOnce(t *testing.T, h http.Handler, r *http.Request) *httptest.ResponseRecorder {
	t.Helper()
	w := httptest.NewRecorder()
	done := make(chan struct{})
	go func() { h.ServeHTTP(w, r); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second * raceSlowdown):
		t.Fatalf("%s %s: no answer within 10s", r.Method, r.URL)
	}
	return w
}

func apiRequest(body io.Reader) *http.Request {
	r := httptest.NewRequest(http.MethodPost, "/api/check", body)
	r.Header.Set("Content-Type", "application/json")
	return r
}

// stalled is a body that never comes: reads block until the test ends.
type stalled struct{ done chan struct{} }

func (s stalled) Read([]byte) (int, error) { <-s.done; return 0, io.EOF }

// A declared body over the limit is answered 413 at once, unread.
func TestAPIDeclaredOversize(t *testing.T) {
	done := make(chan struct{})
	defer close(done)
	r := apiRequest(stalled{done})
	r.ContentLength = 1 << 30
	w := serveOnce(t, NewHandler(MaxBodyBytes(1000)), r)
	if w.Code != http.StatusRequestEntityTooLarge || !strings.Contains(w.Body.String(), "larger than 1000 bytes") {
		t.Errorf("status %d, body %s; want 413 naming the limit", w.Code, w.Body)
	}
}

// brokenBody fails as a connection whose read deadline passed does.
type brokenBody struct{}

func (brokenBody) Read([]byte) (int, error) {
	a := &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 8080}
	b := &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 51234}
	return 0, &net.OpError{Op: "read", Net: "tcp", Source: a, Addr: b, Err: os.ErrDeadlineExceeded}
}

// A body that stalls is answered 408, without the socket's addresses.
func TestAPIStalledBody(t *testing.T) {
	w := serveOnce(t, NewHandler(), apiRequest(brokenBody{}))
	if w.Code != http.StatusRequestTimeout {
		t.Errorf("status %d, want 408", w.Code)
	}
	if b := w.Body.String(); strings.Contains(b, "127.0.0.1") || strings.Contains(b, "51234") || strings.Contains(b, "tcp") {
		t.Errorf("the error echoes the socket: %s", b)
	}
}

// A key given twice in any object of the body is an error; the same key in
// two objects is not.
func TestAPIDuplicateKeys(t *testing.T) {
	for _, tt := range []struct {
		body, want string
	}{
		{`{"text": "a", "title": "x", "title": "y"}`, `"title" given twice`},
		{`{"text": "Anchorage is the venue.", "kb": {"version": 1, "entities": [{"id": "a", "name": "A", "id": "b"}]}}`, `"id" given twice (in "entities")`},
		{`{"text": "Anchorage is the venue.", "kb": {"version": 1, "version": 2}}`, `"version" given twice (in "kb")`},
	} {
		w := serveOnce(t, NewHandler(), apiRequest(strings.NewReader(tt.body)))
		if w.Code != http.StatusBadRequest || !strings.Contains(errorOf(w), tt.want) {
			t.Errorf("%s: status %d, body %s; want 400 saying %s", tt.body, w.Code, w.Body, tt.want)
		}
	}
	ok := `{"text": "Anchorage is the venue.", "kb": {"version": 1, "entities": [{"id": "a", "name": "A", "kind": "place"}, {"id": "b", "name": "B", "kind": "place"}]}}`
	if w := serveOnce(t, NewHandler(), apiRequest(strings.NewReader(ok))); w.Code != http.StatusOK {
		t.Errorf("keys repeated across objects: status %d, body %s; want 200", w.Code, w.Body)
	}
}

// A charset other than UTF-8 and a content encoding are refused with 415.
func TestAPIEncodings(t *testing.T) {
	body := `{"text": "Anchorage is the venue."}`
	for _, tt := range []struct{ header, value, want string }{
		{"Content-Type", "application/json; charset=iso-8859-1", "charset"},
		{"Content-Type", "application/json; charset=utf-16", "charset"},
		{"Content-Encoding", "gzip", "encoding"},
		{"Content-Encoding", "identity, br", "encoding"},
	} {
		r := apiRequest(strings.NewReader(body))
		r.Header.Set(tt.header, tt.value)
		w := serveOnce(t, NewHandler(), r)
		if w.Code != http.StatusUnsupportedMediaType || !strings.Contains(w.Body.String(), tt.want) {
			t.Errorf("%s: %s: status %d, body %s; want 415", tt.header, tt.value, w.Code, w.Body)
		}
	}
	r := apiRequest(strings.NewReader(body))
	r.Header.Set("Content-Type", "application/json; charset=UTF-8")
	if w := serveOnce(t, NewHandler(), r); w.Code != http.StatusOK {
		t.Errorf("charset=UTF-8: status %d, body %s; want 200", w.Code, w.Body)
	}
}

// Beyond MaxInFlight checks at once, a request is answered 503 with
// Retry-After; once a check ends, the next is served.
func TestAPIInFlight(t *testing.T) {
	entered, unblock := make(chan struct{}), make(chan struct{})
	stubExtract(t, func(doc claims.Document, kb *claims.Set) (*claims.Set, error) {
		if strings.Contains(doc.Text, "slow") {
			entered <- struct{}{}
			<-unblock
		}
		return &claims.Set{Version: claims.Version, Document: doc}, nil
	})
	h := NewHandler(MaxInFlight(1))
	first := make(chan *httptest.ResponseRecorder)
	go func() {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, apiRequest(strings.NewReader(`{"text": "slow"}`)))
		first <- w
	}()
	<-entered
	w := serveOnce(t, h, apiRequest(strings.NewReader(`{"text": "quick"}`)))
	if w.Code != http.StatusServiceUnavailable || w.Header().Get("Retry-After") == "" {
		t.Errorf("second check in flight: status %d, Retry-After %q; want 503 with Retry-After", w.Code, w.Header().Get("Retry-After"))
	}
	close(unblock)
	if w := <-first; w.Code != http.StatusOK {
		t.Errorf("first check: status %d, body %s", w.Code, w.Body)
	}
	if w := serveOnce(t, h, apiRequest(strings.NewReader(`{"text": "quick"}`))); w.Code != http.StatusOK {
		t.Errorf("after the first ended: status %d, body %s; want 200", w.Code, w.Body)
	}
}

// With AllowedHosts, a request for another host is refused.
func TestAllowedHosts(t *testing.T) {
	h := NewHandler(AllowedHosts("localhost", "veracity.example:8443"))
	for host, want := range map[string]int{
		"localhost": 200, "localhost:8080": 200, "LOCALHOST:1": 200, "veracity.example:8443": 200,
		"veracity.example:80": http.StatusMisdirectedRequest, "evil.example": http.StatusMisdirectedRequest,
		"127.0.0.1:8080": http.StatusMisdirectedRequest,
	} {
		r := httptest.NewRequest(http.MethodGet, "/healthz", nil)
		r.Host = host
		if w := serveOnce(t, h, r); w.Code != want {
			t.Errorf("Host %s: status %d, want %d", host, w.Code, want)
		}
	}
	r := httptest.NewRequest(http.MethodGet, "/healthz", nil)
	r.Host = "anything.example"
	if w := serveOnce(t, NewHandler(), r); w.Code != http.StatusOK {
		t.Errorf("without AllowedHosts: status %d, want 200", w.Code)
	}
}

// The extraction runs under the request's context: a client that hangs up
// cancels it.
func TestAPIExtractionCancelled(t *testing.T) {
	got := make(chan error, 1)
	old := extractClaims
	t.Cleanup(func() { extractClaims = old })
	ctx, cancel := context.WithCancel(context.Background())
	extractClaims = func(c context.Context, _ *extract.Extractor, doc claims.Document, kb *claims.Set) (*claims.Set, error) {
		cancel() // the client hangs up
		select {
		case <-c.Done():
			got <- nil
		case <-time.After(5 * time.Second):
			got <- context.DeadlineExceeded
		}
		return nil, c.Err()
	}
	w := serveOnce(t, NewHandler(), apiRequest(strings.NewReader(`{"text": "Anchorage is the venue."}`)).WithContext(ctx))
	if err := <-got; err != nil {
		t.Fatal("the extraction's context was not cancelled with the request's")
	}
	if w.Code != http.StatusServiceUnavailable {
		t.Errorf("status %d, want 503 (request canceled)", w.Code)
	}
}

// errorOf returns the "error" of a JSON error body.
func errorOf(w *httptest.ResponseRecorder) string {
	var e errorBody
	json.Unmarshal(w.Body.Bytes(), &e)
	return e.Error
}
