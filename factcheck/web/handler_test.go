package web

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks"
)

// do serves one request and returns the response with its body read.
func do(t *testing.T, h http.Handler, req *http.Request) (*http.Response, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	resp := rec.Result()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(body)
}

// post sends body to /api/check as JSON.
func post(t *testing.T, h http.Handler, body string) (*http.Response, string) {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, "/api/check", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	return do(t, h, req)
}

// wantSecurityHeaders checks the headers every response carries.
func wantSecurityHeaders(t *testing.T, what string, resp *http.Response) {
	t.Helper()
	for name, want := range map[string]string{
		"Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
		"X-Content-Type-Options":  "nosniff",
		"Referrer-Policy":         "no-referrer",
	} {
		if got := resp.Header.Get(name); got != want {
			t.Errorf("%s: %s = %q, want %q", what, name, got, want)
		}
	}
}

// wantError checks an API error: its status, a JSON body {"error": …}
// and a message containing want.
func wantError(t *testing.T, what string, resp *http.Response, body string, status int, want string) {
	t.Helper()
	if resp.StatusCode != status {
		t.Errorf("%s: status %d, want %d; body %s", what, resp.StatusCode, status, body)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("%s: Content-Type %q, want application/json", what, ct)
	}
	var e struct{ Error string }
	if err := json.Unmarshal([]byte(body), &e); err != nil || e.Error == "" {
		t.Errorf("%s: body %q is not {\"error\": …} (%v)", what, body, err)
		return
	}
	if !strings.Contains(e.Error, want) {
		t.Errorf("%s: error %q, want it to contain %q", what, e.Error, want)
	}
}

func TestPage(t *testing.T) {
	h := NewHandler()
	resp, body := do(t, h, httptest.NewRequest(http.MethodGet, "/", nil))
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /: status %d", resp.StatusCode)
	}
	wantSecurityHeaders(t, "GET /", resp)
	if ct := resp.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("GET /: Content-Type %q", ct)
	}
	for _, want := range []string{`<form id="check-form"`, `<textarea id="text"`, `<input id="published" name="published" type="date"`,
		`<input id="kb-file" type="file"`, `<script src="/static/app.js" defer></script>`, `<link rel="stylesheet" href="/static/annotation.css">`, `<link rel="stylesheet" href="/static/app.css">`} {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	// The policy allows no inline script or style: the page must have none.
	for _, re := range []string{`<script[^>]*>[^<]`, `<style`, `\sstyle=`, `\son[a-z]+=`, `javascript:`} {
		if m := regexp.MustCompile(re).FindString(body); m != "" {
			t.Errorf("page has %q, which the Content-Security-Policy blocks", m)
		}
	}
}

func TestStatic(t *testing.T) {
	h := NewHandler()
	for path, ct := range map[string]string{"/static/app.js": "text/javascript", "/static/app.css": "text/css", "/static/annotation.css": "text/css"} {
		resp, body := do(t, h, httptest.NewRequest(http.MethodGet, path, nil))
		if resp.StatusCode != http.StatusOK || len(body) == 0 {
			t.Errorf("GET %s: status %d, %d bytes", path, resp.StatusCode, len(body))
		}
		if got := resp.Header.Get("Content-Type"); !strings.HasPrefix(got, ct) {
			t.Errorf("GET %s: Content-Type %q, want %s", path, got, ct)
		}
		wantSecurityHeaders(t, "GET "+path, resp)
	}
	// The page's highlights are styled by the report's own stylesheet.
	if _, body := do(t, h, httptest.NewRequest(http.MethodGet, "/static/annotation.css", nil)); body != factcheck.AnnotationCSS {
		t.Errorf("GET /static/annotation.css does not serve factcheck.AnnotationCSS")
	}
	for _, path := range []string{"/static/", "/static/index.html", "/static/nothing.js", "/nothing"} {
		resp, _ := do(t, h, httptest.NewRequest(http.MethodGet, path, nil))
		if resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: status %d, want 404", path, resp.StatusCode)
		}
		wantSecurityHeaders(t, "GET "+path, resp)
	}
}

func TestHealthz(t *testing.T) {
	resp, body := do(t, NewHandler(), httptest.NewRequest(http.MethodGet, "/healthz", nil))
	if resp.StatusCode != http.StatusOK || body != "ok\n" {
		t.Errorf("GET /healthz: %d %q, want 200 \"ok\\n\"", resp.StatusCode, body)
	}
	wantSecurityHeaders(t, "GET /healthz", resp)

	// A handler whose checks are not well formed is not ready.
	bad := NewHandler(WithChecks([]*factcheck.Check{{Name: "Bad Name", Doc: "x", Run: func(*factcheck.Pass) error { return nil }}}))
	resp, body = do(t, bad, httptest.NewRequest(http.MethodGet, "/healthz", nil))
	if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(body, "invalid name") {
		t.Errorf("GET /healthz with bad checks: %d %q, want 503 naming the problem", resp.StatusCode, body)
	}
	resp, body = post(t, bad, `{"text": "Some text."}`)
	wantError(t, "POST with bad checks", resp, body, http.StatusInternalServerError, "invalid name")
}

func TestMethodNotAllowed(t *testing.T) {
	h := NewHandler()
	for _, method := range []string{http.MethodGet, http.MethodPut, http.MethodDelete} {
		resp, body := do(t, h, httptest.NewRequest(method, "/api/check", nil))
		wantError(t, method+" /api/check", resp, body, http.StatusMethodNotAllowed, "want POST")
		if allow := resp.Header.Get("Allow"); allow != "POST" {
			t.Errorf("%s /api/check: Allow %q, want POST", method, allow)
		}
		wantSecurityHeaders(t, method+" /api/check", resp)
	}
	for _, path := range []string{"/", "/healthz"} {
		resp, _ := do(t, h, httptest.NewRequest(http.MethodPost, path, strings.NewReader("x")))
		if resp.StatusCode != http.StatusMethodNotAllowed {
			t.Errorf("POST %s: status %d, want 405", path, resp.StatusCode)
		}
	}
}

func TestBadRequests(t *testing.T) {
	h := NewHandler()
	for _, tc := range []struct{ name, body, want string }{
		{"malformed JSON", `{"text": "abc"`, "malformed JSON"},
		{"not an object", `["text"]`, "malformed JSON: want an object"},
		{"empty body", ``, "empty body"},
		{"two values", `{"text": "a"} {"text": "b"}`, "more than one JSON value"},
		{"unknown field", `{"text": "abc", "txet": "abc"}`, `unknown field "txet"`},
		{"wrong type", `{"text": 42}`, `"text" must be a string, not a number`},
		{"no text", `{"published": "2025-08-13"}`, `"text" is empty`},
		{"blank text", `{"text": " \n\t "}`, `"text" is empty`},
		{"bad date", `{"text": "abc", "published": "13/08/2025"}`, `bad "published" date "13/08/2025" (want YYYY-MM-DD)`},
		{"kb not a set", `{"text": "abc", "kb": 12}`, `bad "kb"`},
		{"kb unknown key", `{"text": "abc", "kb": {"version": 1, "entitties": []}}`, `bad kb: kb:1:`},
		{"kb bad YAML file", `{"text": "abc", "kb": "version: 1\nentities:\n  - {id: x, kind: planet}\n"}`, "bad kb: kb:3:"},
		{"kb include", `{"text": "abc", "kb": {"version": 1, "include": ["other.yaml"]}}`, "include is not supported"},
	} {
		resp, body := post(t, h, tc.body)
		wantError(t, tc.name, resp, body, http.StatusBadRequest, tc.want)
	}
}

func TestUnsupportedMediaType(t *testing.T) {
	req := httptest.NewRequest(http.MethodPost, "/api/check", strings.NewReader(`{"text": "abc"}`))
	req.Header.Set("Content-Type", "text/plain")
	resp, body := do(t, NewHandler(), req)
	wantError(t, "text/plain body", resp, body, http.StatusUnsupportedMediaType, "want application/json")
}

func TestBodyTooLarge(t *testing.T) {
	h := NewHandler(MaxBodyBytes(100))
	big := `{"text": "` + strings.Repeat("Anchorage is the venue. ", 10) + `"}`
	resp, body := post(t, h, big)
	wantError(t, "oversized body", resp, body, http.StatusRequestEntityTooLarge, "larger than 100 bytes")
	wantSecurityHeaders(t, "oversized body", resp)

	// Within the limit, the same handler answers.
	stubExtract(t, func(doc claims.Document, kb *claims.Set) (*claims.Set, error) {
		return &claims.Set{Version: 1, Document: doc}, nil
	})
	resp, body = post(t, h, `{"text": "Anchorage is the venue."}`)
	if resp.StatusCode != http.StatusOK {
		t.Errorf("small body: status %d, body %s", resp.StatusCode, body)
	}
}

// stubExtract stands in for the extractor until the test ends.
func stubExtract(t *testing.T, f func(claims.Document, *claims.Set) (*claims.Set, error)) {
	t.Helper()
	old := extractClaims
	extractClaims = func(_ context.Context, _ *extract.Extractor, doc claims.Document, kb *claims.Set) (*claims.Set, error) {
		return f(doc, kb)
	}
	t.Cleanup(func() { extractClaims = old })
}

// houseKB is a knowledge base given to the handler.
const houseKB = `version: 1
document: {published: 2025-08-13}
entities:
  - {id: alaska, name: Alaska, kind: place}
  - {id: anchorage, name: Anchorage, kind: place, part_of: [alaska]}
  - {id: summit, name: Trump–Putin summit, kind: event, aliases: [summit]}
properties:
  - {id: venue, kind: place, cues: [venue]}
`

// report is the part of the JSON report the tests read.
type report struct {
	Document struct{ Title, Published string }
	Claims   []struct {
		ID, Text, Subject, Property string
		Span                        [2]int
	}
	Verdicts []struct{ Claim, Rating, Explanation string }
	Findings []struct {
		Check  string
		Claims []string
	}
}

func decodeReport(t *testing.T, body string) report {
	t.Helper()
	var r report
	if err := json.Unmarshal([]byte(body), &r); err != nil {
		t.Fatalf("response is not a JSON report: %v\n%s", err, body)
	}
	return r
}

// TestAPIKnowledge checks that the API gives the extractor the text, date,
// title and both knowledge bases, and rates the claims against the facts
// of the request's kb.
func TestAPIKnowledge(t *testing.T) {
	house, err := claims.Decode([]byte(houseKB), "house.yaml")
	if err != nil {
		t.Fatal(err)
	}
	const text = "Anchorage is the venue of the summit."
	var gotDoc claims.Document
	var gotKB *claims.Set
	stubExtract(t, func(doc claims.Document, kb *claims.Set) (*claims.Set, error) {
		gotDoc, gotKB = doc, kb
		return &claims.Set{Version: 1, Document: doc, Claims: []claims.Claim{{
			ID: "c1", Text: doc.Text[:len(doc.Text)-1], Span: claims.Span{Start: 0, End: len(doc.Text) - 1},
			Subject: "summit", Property: "venue", Value: claims.Value{Kind: claims.KindPlace, Text: "Anchorage", Entity: "anchorage"},
		}}}, nil
	})
	h := NewHandler(WithKB(house))
	// A request's kb stands on its own: it defines what its facts name.
	reqKB := `{"version": 1, "entities": [{"id": "summit", "name": "summit", "kind": "event"}, {"id": "anchorage", "name": "Anchorage", "kind": "place"}],
		"sources": [{"id": "wh", "name": "The White House", "reliability": "B"}],
		"facts": [{"subject": "summit", "property": "venue", "value": "anchorage", "sources": ["wh"]}]}`

	resp, body := post(t, h, `{"text": "`+text+`", "title": " Summit ", "kb": `+reqKB+`}`)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d: %s", resp.StatusCode, body)
	}
	wantSecurityHeaders(t, "POST /api/check", resp)
	if gotDoc.Text != text || gotDoc.Title != "Summit" || !gotDoc.Published.Equal(time.Date(2025, 8, 13, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("extractor got document %+v, want the text, the trimmed title and the house kb's date", gotDoc)
	}
	if _, ok := gotKB.Entity("alaska"); !ok || len(gotKB.Facts) != 1 {
		t.Errorf("extractor's kb lacks the house entities or the request's facts: %+v", gotKB)
	}
	r := decodeReport(t, body)
	if r.Document.Title != "Summit" || r.Document.Published != "2025-08-13" {
		t.Errorf("report document = %+v", r.Document)
	}
	if len(r.Verdicts) != 1 || r.Verdicts[0].Rating != "true" {
		t.Errorf("verdicts = %+v, want c1 true from the request's fact", r.Verdicts)
	}

	// The request's date wins; the same handler without the request's kb
	// has no fact to rate the claim by.
	resp, body = post(t, h, `{"text": "`+text+`", "published": "2025-08-14"}`)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d: %s", resp.StatusCode, body)
	}
	if r := decodeReport(t, body); r.Document.Published != "2025-08-14" || len(r.Verdicts) != 1 || r.Verdicts[0].Rating != "unverified" {
		t.Errorf("without a kb: document %+v, verdicts %+v; want 2025-08-14 and unverified", r.Document, r.Verdicts)
	}

	// A kb may come as the text of a YAML file, as the page sends an upload.
	yamlKB, _ := json.Marshal("version: 1\nentities: [{id: summit, name: summit, kind: event}, {id: anchorage, name: Anchorage, kind: place}]\nsources: [{id: wh, name: The White House, reliability: B}]\n" +
		"facts: [{subject: summit, property: venue, value: anchorage, sources: [wh]}]\n")
	resp, body = post(t, h, `{"text": "`+text+`", "kb": `+string(yamlKB)+`}`)
	if r := decodeReport(t, body); resp.StatusCode != http.StatusOK || len(r.Verdicts) != 1 || r.Verdicts[0].Rating != "true" {
		t.Errorf("YAML kb: status %d, body %s; want c1 true", resp.StatusCode, body)
	}
}

// TestAPIExtracts runs the real extractor over a paragraph of the Alaska
// article with its knowledge base, as the page does.
func TestAPIExtracts(t *testing.T) {
	kb, err := json.Marshal(readFile(t, "../../examples/alaska/kb.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	const text = "Although the exact location of the Trump-Putin summit is yet not known, it will take place in Alaska on Friday.\n" +
		"It remains to be seen if the summit can result in a ceasefire for Ukraine more than three and a half years after Moscow’s invasion.\n"
	body, _ := json.Marshal(map[string]any{"text": text, "published": "2025-08-13", "kb": json.RawMessage(kb)})
	resp, out := post(t, NewHandler(), string(body))
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d: %s", resp.StatusCode, out)
	}
	r := decodeReport(t, out)
	if len(r.Claims) == 0 {
		t.Fatalf("no claims extracted:\n%s", out)
	}
	for _, c := range r.Claims {
		if c.Span[0] < 0 || c.Span[1] > len(text) || c.Span[0] >= c.Span[1] {
			t.Errorf("claim %s has span %v outside the text", c.ID, c.Span)
		}
	}
	rating := map[string]string{}
	for _, v := range r.Verdicts {
		rating[v.Claim] = v.Rating
	}
	found := false
	for _, c := range r.Claims {
		if c.Subject == "invasion" && c.Property == "time-since" {
			found = true
			if rating[c.ID] != "false" {
				t.Errorf("claim %s (%q) is %s, want false", c.ID, c.Text, rating[c.ID])
			}
		}
	}
	if !found {
		t.Errorf("no time-since claim about the invasion among %+v", r.Claims)
	}
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestCanceled: a request whose client has gone is not checked to the
// end.
func TestCanceled(t *testing.T) {
	stubExtract(t, func(doc claims.Document, kb *claims.Set) (*claims.Set, error) {
		return &claims.Set{Version: 1, Document: doc, Claims: []claims.Claim{{ID: "c1", Text: "x"}}}, nil
	})
	ran := false
	spy := &factcheck.Check{Name: "spy", Doc: "records that it ran", Run: func(*factcheck.Pass) error { ran = true; return nil }}
	h := NewHandler(WithChecks(append([]*factcheck.Check{spy}, checks.Default...)))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	req := httptest.NewRequestWithContext(ctx, http.MethodPost, "/api/check", strings.NewReader(`{"text": "Some text."}`))
	req.Header.Set("Content-Type", "application/json")
	resp, body := do(t, h, req)
	if resp.StatusCode != http.StatusServiceUnavailable || ran {
		t.Errorf("canceled request: status %d (body %s), check ran: %v; want 503 and no check run", resp.StatusCode, body, ran)
	}
}
