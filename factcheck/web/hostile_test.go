package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/veracity-go/veracity/claims"
)

// apiDeadline is how long any one hostile request may take. A case that
// takes longer is a hang. It is generous for a busy machine; a hang runs
// for ever.
const apiDeadline = 30 * time.Second

// An apiCase is a request an editor's browser (or anyone else) might send
// to /api/check. The handler must answer it with a 4xx status and a JSON
// error naming the problem, or with 200 and a JSON report; never a panic,
// a 500, or a hang.
type apiCase struct {
	name string
	body []byte
	// contentType defaults to application/json.
	contentType string
	// status is the status wanted; 0 accepts 200 or 400 (and then want
	// applies only to a 400).
	status int
	// want lists what the error message must contain.
	want []string
	// within, when set, is a tighter deadline than apiDeadline.
	within time.Duration
	// opts configure the handler; nil means the defaults.
	opts []Option
}

// jsonBody returns the JSON object of fields, with HTML left unescaped.
func jsonBody(fields map[string]any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(fields); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// kbBody returns a request with a short article and kb, a claim-set file
// as a string.
func kbBody(kb string) []byte {
	return jsonBody(map[string]any{"text": "Anchorage is the venue of the summit, officials said on Friday.", "kb": kb})
}

// hostileKB is a valid knowledge-base head for the kb cases.
const hostileKB = `version: 1
document: {published: 2025-08-13}
entities:
  - {id: alaska, name: Alaska, kind: place}
  - {id: anchorage, name: Anchorage, kind: place, part_of: [alaska]}
  - {id: summit, name: summit, kind: event}
properties:
  - {id: venue, kind: place, cues: [venue]}
  - {id: price, kind: money, cues: [price]}
  - {id: count, kind: count, cues: [people]}
`

// aliasBomb returns a kb whose aliases expand where the format allows
// them: a thousand claims, each an alias of one claim whose sources are an
// alias of two thousand ids; two million nodes from some 20 KB.
func aliasBomb() string {
	var b strings.Builder
	b.WriteString("version: 1\nfacts:\n  - {subject: x, property: y, value: z, sources: &s [")
	for i := range 2000 {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "s%d", i)
	}
	b.WriteString("]}\nclaims:\n  - &c {id: c, sources: *s}\n")
	for range 1000 {
		b.WriteString("  - *c\n")
	}
	return b.String()
}

// randomBytes returns n bytes from a fixed seed.
func randomBytes(n int) []byte {
	r := rand.New(rand.NewPCG(3, 4))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.UintN(256))
	}
	return b
}

// longArticle returns a single-line article of about n bytes: sentences
// with figures, dates, places and hedges, and no line break.
func longArticle(n int) string {
	sentences := []string{
		"Anchorage in the US state of Alaska is the venue for the upcoming meeting, two White House officials said.",
		"The United States bought Alaska from Russia in 1867 for $7.2 million.",
		"Prices rose 15% to $1.2bn from $1.1bn last year, analysts said.",
		"The exact location of the summit is not yet known.",
		"It will take place on Friday, more than three and a half years after Moscow's invasion.",
	}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(sentences[i%len(sentences)])
		b.WriteByte(' ')
	}
	return b.String()
}

func hostileCases() []apiCase {
	nested := strings.Repeat("[", 100_000)
	return []apiCase{{
		name: "invalid UTF-8 in text",
		body: []byte("{\"text\": \"Anchorage \xff\xfe is the venue \xc3\x28 of the summit.\"}"),
	}, {
		name: "lone surrogate escapes in text",
		body: []byte(`{"text": "Anchorage \udc00\ud800 is the venue."}`),
	}, {
		name: "NUL bytes escaped in text",
		body: []byte(`{"text": "Anchorage\u0000 is\u0000\u0000 the venue of the summit in 1867.\u0000"}`),
	}, {
		name:   "raw NUL byte in body",
		body:   []byte("{\"text\": \"Anchorage\x00 is the venue.\"}"),
		status: http.StatusBadRequest,
		want:   []string{"malformed JSON at byte 20", "in string literal"},
	}, {
		name:   "binary body",
		body:   append([]byte("\x89PNG\r\n\x1a\n"), randomBytes(64<<10)...),
		status: http.StatusBadRequest,
		want:   []string{"malformed JSON at byte 1"},
	}, {
		name:   "binary body as octet-stream",
		body:   randomBytes(4 << 10),
		status: http.StatusUnsupportedMediaType,
		want:   []string{`content type "application/octet-stream" not supported`},

		contentType: "application/octet-stream",
	}, {
		name:   "body over the limit",
		body:   jsonBody(map[string]any{"text": strings.Repeat("Anchorage is the venue. ", 230_000)}),
		status: http.StatusRequestEntityTooLarge,
		want:   []string{"request body larger than 5242880 bytes"},
	}, {
		name:   "body over a lowered limit",
		body:   jsonBody(map[string]any{"text": strings.Repeat("x", 2000)}),
		opts:   []Option{MaxBodyBytes(1000)},
		status: http.StatusRequestEntityTooLarge,
		want:   []string{"request body larger than 1000 bytes"},
	}, {
		name:   "endless body of whitespace",
		body:   bytes.Repeat([]byte(" "), 6<<20),
		status: http.StatusRequestEntityTooLarge,
		want:   []string{"larger than 5242880 bytes"},
	}, {
		name:   "deeply nested body",
		body:   []byte(nested),
		status: http.StatusBadRequest,
		want:   []string{"malformed JSON", "exceeded max depth"},
	}, {
		name:   "deeply nested text",
		body:   []byte(`{"text": ` + nested),
		status: http.StatusBadRequest,
		want:   []string{"malformed JSON", "exceeded max depth"},
	}, {
		name:   "deeply nested kb object",
		body:   []byte(`{"text": "Anchorage.", "kb": ` + nested),
		status: http.StatusBadRequest,
		want:   []string{"malformed JSON", "exceeded max depth"},
	}, {
		name:   "kb object nested past the claim-set limit",
		body:   []byte(`{"text": "Anchorage.", "kb": {"version": 1, "document": {"title": ` + strings.Repeat("[", 200) + strings.Repeat("]", 200) + `}}}`),
		status: http.StatusBadRequest,
		want:   []string{"bad kb: kb:1:", "nested deeper than 100 levels"},
	}, {
		name:   "deeply nested kb file",
		body:   kbBody("version: 1\ndocument: {title: " + nested + "}\n"),
		status: http.StatusBadRequest,
		want:   []string{"bad kb: kb:2: YAML syntax: exceeded max depth"},
	}, {
		name:   "kb alias bomb",
		body:   kbBody(aliasBomb()),
		status: http.StatusBadRequest,
		want:   []string{"bad kb: kb", "aliases expand to more than 1000000 nodes"},
		within: 15 * time.Second,
	}, {
		name:   "kb version 2",
		body:   kbBody("version: 2\nentities: [{id: x}]\n"),
		status: http.StatusBadRequest,
		want:   []string{"bad kb: kb:1:10: unsupported version 2; this build reads version 1"},
	}, {
		name:   "kb object version 2",
		body:   []byte(`{"text": "Anchorage.", "kb": {"version": 2}}`),
		status: http.StatusBadRequest,
		want:   []string{"bad kb: kb:1:13: unsupported version 2"},
	}, {
		name:   "kb unknown keys",
		body:   kbBody(hostileKB + "entitys: []\nfacts:\n  - {subject: alaska, property: venue, value: anchorage, sauce: x}\n"),
		status: http.StatusBadRequest,
		want:   []string{`kb:11:1: claim set: unknown key "entitys" (did you mean entities?)`, `kb:13:58: fact: unknown key "sauce"`},
	}, {
		name:   "kb unknown field of the request",
		body:   []byte(`{"text": "Anchorage.", "kbb": "version: 1"}`),
		status: http.StatusBadRequest,
		want:   []string{`unknown field "kbb"`},
	}, {
		name: "kb value 1e400",
		body: kbBody(hostileKB + "facts:\n  - {subject: alaska, property: price, value: 1e400 USD}\n  - {subject: summit, property: count, value: 1e400}\n"),
	}, {
		name:   "kb worthiness 1e400",
		body:   kbBody(hostileKB + "claims:\n  - {id: c1, worthiness: 1e400}\n"),
		status: http.StatusBadRequest,
		want:   []string{`kb:12:26: claim worthiness: want a number, got "1e400"`},
	}, {
		name: "kb object value 1e400",
		body: []byte(`{"text": "The price was $7.2 million.", "kb": {"version": 1, "entities": [{"id": "a"}], "facts": [{"subject": "a", "property": "price", "value": 1e400}]}}`),
	}, {
		name: "kb value NaN",
		body: kbBody(hostileKB + "facts:\n  - {subject: alaska, property: price, value: NaN}\n  - {subject: summit, property: count, value: .nan}\n  - {subject: summit, property: size, value: -.inf}\n"),
	}, {
		name: "kb value as a mapping with NaN amount",
		body: kbBody(hostileKB + "facts:\n  - {subject: alaska, property: price, value: {kind: money, amount: .nan, unit: USD}}\n"),
	}, {
		name: "kb year 99999",
		body: kbBody(hostileKB + "facts:\n  - {subject: summit, property: date, value: 99999}\n  - {subject: alaska, property: founded, value: 99999-01-01}\n"),
	}, {
		name:   "kb entity date 99999-12-31",
		body:   kbBody(strings.Replace(hostileKB, "kind: event}", "kind: event, date: 99999-12-31}", 1)),
		status: 0,
	}, {
		name:   "published year 99999",
		body:   []byte(`{"text": "Anchorage is the venue.", "published": "99999-01-01"}`),
		status: http.StatusBadRequest,
		want:   []string{`bad "published" date "99999-01-01" (want YYYY-MM-DD)`},
	}, {
		name:   "kb published year 99999",
		body:   kbBody("version: 1\ndocument: {published: 99999-01-01}\n"),
		status: http.StatusBadRequest,
		want:   []string{`kb:2:23: document published: want a date YYYY-MM-DD, got "99999-01-01"`},
	}, {
		name: "kb negative durations",
		body: jsonBody(map[string]any{
			"text": "The summit came more than three and a half years after the invasion.",
			"kb": hostileKB + "  - {id: since, kind: duration}\n" +
				"facts:\n  - {subject: summit, property: time-since, value: -3.5 years}\n  - {subject: summit, property: since, value: -10 days}\n" +
				"claims:\n  - {id: c1, subject: summit, property: time-since, value: more than -3 years}\n",
		}),
	}, {
		name: "kb cyclic part_of",
		body: jsonBody(map[string]any{
			"text": "Anchorage is the venue of the summit. Alaska is the venue of the summit.",
			"kb":   strings.Replace(hostileKB, "kind: place}", "kind: place, part_of: [anchorage]}", 1),
		}),
	}, {
		name: "kb self part_of",
		body: jsonBody(map[string]any{
			"text": "Anchorage is the venue of the summit.",
			"kb":   strings.Replace(hostileKB, "part_of: [alaska]", "part_of: [anchorage, alaska]", 1),
		}),
	}, {
		name:   "kb include",
		body:   kbBody("version: 1\ninclude: [/etc/passwd]\n"),
		status: http.StatusBadRequest,
		want:   []string{"bad kb", "/etc/passwd"},
	}, {
		name:   "kb a number",
		body:   []byte(`{"text": "Anchorage.", "kb": 1e400}`),
		status: http.StatusBadRequest,
		want:   []string{`bad "kb": want a claim set`},
	}, {
		name:   "kb invalid UTF-8 in a string",
		body:   []byte("{\"text\": \"Anchorage.\", \"kb\": \"version: 1\\ndocument: {title: \xff\xfe}\\n\"}"),
		status: 0,
	}, {
		name:   "kb line over the default line limit",
		body:   kbBody("version: 1\ndocument: {title: " + strings.Repeat("x", 2<<20) + "}\n"),
		within: 20 * time.Second,
	}, {
		name: "kb of 4 MB on one line",
		body: []byte(`{"text": "Anchorage is the venue of the summit.", "kb": {"version": 1, "entities": [` +
			strings.TrimSuffix(strings.Repeat(`{"id": "e", "name": "Anchorage"}, `, 4<<20/34), ", ") + `]}}`),
		status: http.StatusBadRequest,
		want:   []string{`duplicate`},
		within: 20 * time.Second,
	}, {
		// Some 80,000 claims: refused once extracted, before the checks,
		// whose time grows with the square of the claims of one topic.
		name:   "article of 4 MB on one line",
		body:   jsonBody(map[string]any{"text": longArticle(4 << 20), "published": "2025-08-13"}),
		status: http.StatusRequestEntityTooLarge,
		want:   []string{"claims, more than the 10000 this server checks in one request"},
		within: 15 * time.Second,
	}, {
		name:   "article of 400 KB on one line",
		body:   jsonBody(map[string]any{"text": longArticle(400 << 10), "published": "2025-08-13"}),
		status: http.StatusOK,
		within: 15 * time.Second,
	}, {
		name:   "article over a lowered claim limit",
		body:   jsonBody(map[string]any{"text": longArticle(4 << 10), "published": "2025-08-13"}),
		opts:   []Option{MaxClaims(10)},
		status: http.StatusRequestEntityTooLarge,
		want:   []string{"claims, more than the 10 this server checks in one request"},
	}, {
		name:   "article of 4 MB of one word",
		body:   jsonBody(map[string]any{"text": strings.Repeat("a", 4<<20)}),
		status: http.StatusOK,
		within: 25 * time.Second,
	}, {
		name:   "article of 4 MB of digits",
		body:   jsonBody(map[string]any{"text": "$" + strings.Repeat("9", 4<<20)}),
		status: http.StatusOK,
		within: 25 * time.Second,
	}, {
		name:        "wrong content type",
		body:        []byte(`{"text": "Anchorage is the venue."}`),
		contentType: "text/plain",
		status:      http.StatusUnsupportedMediaType,
		want:        []string{`content type "text/plain" not supported (want application/json)`},
	}, {
		name:        "form content type",
		body:        []byte(`text=Anchorage`),
		contentType: "application/x-www-form-urlencoded",
		status:      http.StatusUnsupportedMediaType,
		want:        []string{"not supported"},
	}, {
		name:        "no content type",
		body:        []byte(`{"text": "Anchorage is the venue."}`),
		contentType: "-",
		status:      http.StatusUnsupportedMediaType,
		want:        []string{`content type "" not supported`},
	}, {
		name:        "malformed content type",
		body:        []byte(`{"text": "Anchorage is the venue."}`),
		contentType: "application/json; charset",
		status:      http.StatusUnsupportedMediaType,
		want:        []string{"not supported"},
	}, {
		name:        "JSON with charset",
		body:        []byte(`{"text": "Anchorage is the venue."}`),
		contentType: "application/json; charset=utf-8",
		status:      http.StatusOK,
	}, {
		name:   "empty text",
		body:   []byte(`{"text": ""}`),
		status: http.StatusBadRequest,
		want:   []string{`"text" is empty (want the article's text)`},
	}, {
		name:   "text of whitespace",
		body:   []byte(`{"text": " \n\t\u00a0 "}`),
		status: http.StatusBadRequest,
		want:   []string{`"text" is empty`},
	}, {
		name:   "no text",
		body:   []byte(`{"kb": "version: 1"}`),
		status: http.StatusBadRequest,
		want:   []string{`"text" is empty`},
	}, {
		name:   "empty body",
		body:   nil,
		status: http.StatusBadRequest,
		want:   []string{"empty body"},
	}, {
		name:   "text a number",
		body:   []byte(`{"text": 1e400}`),
		status: http.StatusBadRequest,
		want:   []string{`"text" must be a string, not a number`},
	}, {
		name:   "JSON null",
		body:   []byte(`null`),
		status: http.StatusBadRequest,
		want:   []string{`"text" is empty`},
	}, {
		name:   "two JSON values",
		body:   []byte(`{"text": "a"} {"text": "b"}`),
		status: http.StatusBadRequest,
		want:   []string{"more than one JSON value"},
	}, {
		name:   "duplicate text keys",
		body:   []byte(`{"text": "Anchorage is the venue.", "text": ""}`),
		status: http.StatusBadRequest,
		want:   []string{`"text" given twice`}, // an error, as in claim-set files, not the last one winning (issue 16)
	}, {
		name:   "truncated JSON",
		body:   []byte(`{"text": "Anchorage is`),
		status: http.StatusBadRequest,
		want:   []string{"malformed JSON"},
	}, {
		name: "markup in text and title",
		body: []byte(`{"text": "<script>alert(1)</script> Anchorage is the venue.", "title": "<img src=x onerror=alert(1)>"}`),
	}}
}

// TestAPIHostile sends each hostile request to the API with the real
// extractor and checks the answer: a 4xx with a JSON error naming the
// problem, or a 200 with a JSON report; within the deadline.
func TestAPIHostile(t *testing.T) {
	for _, tc := range hostileCases() {
		t.Run(tc.name, func(t *testing.T) {
			h := NewHandler(tc.opts...)
			within := cmpOr(tc.within, apiDeadline) * raceSlowdown
			start := time.Now()
			resp, body := postWithin(t, h, tc.body, tc.contentType, within)
			took := time.Since(start)
			checkAPIAnswer(t, resp, body)
			switch {
			case tc.status == 0 && resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusBadRequest:
				t.Errorf("status %d, want 200 or 400; body %.300s", resp.StatusCode, body)
			case tc.status != 0 && resp.StatusCode != tc.status:
				t.Errorf("status %d, want %d; body %.300s", resp.StatusCode, tc.status, body)
			}
			if resp.StatusCode != http.StatusOK {
				var e errorBody
				json.Unmarshal([]byte(body), &e)
				for _, w := range tc.want {
					if !strings.Contains(e.Error, w) {
						t.Errorf("error %.300q, want it to contain %q", e.Error, w)
					}
				}
			}
			t.Logf("%d in %v: %.200s", resp.StatusCode, took.Round(time.Millisecond), strings.TrimSpace(body))
		})
	}
}

// cmpOr returns a unless it is zero, else b.
func cmpOr(a, b time.Duration) time.Duration {
	if a != 0 {
		return a
	}
	return b
}

// postWithin posts body to /api/check with the content type ("" means
// application/json, "-" none) and fails the test if the handler has not
// answered within d. A panic that escapes the handler fails the test.
func postWithin(t *testing.T, h http.Handler, body []byte, contentType string, d time.Duration) (*http.Response, string) {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, "/api/check", bytes.NewReader(body))
	switch contentType {
	case "":
		req.Header.Set("Content-Type", "application/json")
	case "-":
	default:
		req.Header.Set("Content-Type", contentType)
	}
	rec := httptest.NewRecorder()
	done := make(chan any, 1)
	go func() {
		defer func() { done <- recover() }()
		h.ServeHTTP(rec, req)
	}()
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case p := <-done:
		if p != nil {
			t.Fatalf("handler panicked: %v", p)
		}
	case <-timer.C:
		buf := make([]byte, 1<<20)
		n := runtime.Stack(buf, true)
		t.Fatalf("no answer within %v (a hang); goroutines:\n%s", d, buf[:n])
	}
	resp := rec.Result()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

// checkAPIAnswer checks what every answer of the API must be: JSON, and
// either a report (200) or an error {"error": "..."} (4xx); never a 5xx.
func checkAPIAnswer(t *testing.T, resp *http.Response, body string) {
	t.Helper()
	if ct := resp.Header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
		t.Errorf("Content-Type %q, want application/json; charset=utf-8", ct)
	}
	if !json.Valid([]byte(body)) {
		t.Fatalf("status %d: body is not valid JSON: %.300q", resp.StatusCode, body)
	}
	switch {
	case resp.StatusCode == http.StatusOK:
		var r struct {
			Version  *int            `json:"version"`
			Document json.RawMessage `json:"document"`
			Claims   []json.RawMessage
			Verdicts []json.RawMessage
			Findings []json.RawMessage
		}
		if err := json.Unmarshal([]byte(body), &r); err != nil || r.Version == nil || *r.Version != 1 {
			t.Errorf("200 without a version 1 report (%v): %.300s", err, body)
		}
	case resp.StatusCode >= 400 && resp.StatusCode < 500:
		var e errorBody
		dec := json.NewDecoder(strings.NewReader(body))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&e); err != nil || e.Error == "" {
			t.Errorf("status %d without {\"error\": …} (%v): %.300s", resp.StatusCode, err, body)
		}
	default:
		t.Errorf("status %d: %.300s", resp.StatusCode, body)
	}
}

// TestAPIRecoversPanics checks that a panic while checking is answered
// with 500 and a JSON error, and that the handler serves the next request.
func TestAPIRecoversPanics(t *testing.T) {
	h := NewHandler()
	stubExtract(t, func(claims.Document, *claims.Set) (*claims.Set, error) {
		var m map[string]int
		m["boom"]++ // a nil map: panics
		return nil, nil
	})
	resp, body := postWithin(t, h, []byte(`{"text": "Anchorage is the venue."}`), "", apiDeadline)
	wantError(t, "panic", resp, body, http.StatusInternalServerError, "internal error while serving this request")
	wantSecurityHeaders(t, "panic", resp)
	if strings.Contains(body, "nil map") {
		t.Errorf("the error shows the panic to the client: %s", body)
	}

	stubExtract(t, func(doc claims.Document, _ *claims.Set) (*claims.Set, error) {
		return &claims.Set{Version: 1, Document: doc}, nil
	})
	resp, body = postWithin(t, h, []byte(`{"text": "Anchorage is the venue."}`), "", apiDeadline)
	if resp.StatusCode != http.StatusOK {
		t.Errorf("after a panic: status %d, body %s", resp.StatusCode, body)
	}
}

// TestAPIAbortHandler checks that http.ErrAbortHandler, net/http's way to
// abort a response on purpose, passes through the recovery.
func TestAPIAbortHandler(t *testing.T) {
	h := NewHandler()
	stubExtract(t, func(claims.Document, *claims.Set) (*claims.Set, error) {
		panic(http.ErrAbortHandler)
	})
	req := httptest.NewRequest(http.MethodPost, "/api/check", strings.NewReader(`{"text": "x"}`))
	req.Header.Set("Content-Type", "application/json")
	defer func() {
		if p := recover(); p != http.ErrAbortHandler {
			t.Errorf("recovered %v, want http.ErrAbortHandler", p)
		}
	}()
	h.ServeHTTP(httptest.NewRecorder(), req)
}
