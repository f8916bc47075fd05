package web

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
)

// FuzzAPI posts any body to /api/check, as JSON, with the real extractor
// and checks. The answer must be 200 with a JSON report, or 400, 413 or
// 415 with a JSON error; never a panic (which the handler would answer
// with 500) and never another status. The seed corpus in
// testdata/fuzz/FuzzAPI holds valid requests (with a kb as a string and
// as an object) and broken ones.
func FuzzAPI(f *testing.F) {
	h := NewHandler(MaxBodyBytes(1 << 20))
	f.Fuzz(func(t *testing.T, body []byte) {
		req := httptest.NewRequest(http.MethodPost, "/api/check", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		out := rec.Body.Bytes()
		switch rec.Code {
		case http.StatusOK, http.StatusBadRequest, http.StatusRequestEntityTooLarge, http.StatusUnsupportedMediaType:
		default:
			t.Fatalf("status %d for body %q: %s", rec.Code, body, out)
		}
		if !json.Valid(out) {
			t.Fatalf("status %d: the answer is not valid JSON: %q", rec.Code, out)
		}
		if rec.Code == http.StatusOK {
			var r struct {
				Version int `json:"version"`
			}
			if err := json.Unmarshal(out, &r); err != nil || r.Version != 1 {
				t.Fatalf("200 without a version 1 report (%v): %s", err, out)
			}
			return
		}
		var e errorBody
		if err := json.Unmarshal(out, &e); err != nil || e.Error == "" {
			t.Fatalf("status %d without {\"error\": …} (%v): %s", rec.Code, err, out)
		}
	})
}
