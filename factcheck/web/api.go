package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
	"github.com/veracity-go/veracity/factcheck/claimreview"
	"github.com/veracity-go/veracity/sources"
)

// checkRequest is the body of POST /api/check.
type checkRequest struct {
	Text      string          `json:"text"`
	Published string          `json:"published"`
	Title     string          `json:"title"`
	KB        json.RawMessage `json:"kb"`
	// Prior is ClaimReview markup: JSON-LD as a JSON value, or a string
	// holding JSON-LD or an HTML page with ld+json scripts.
	Prior json.RawMessage `json:"prior"`
	// MinWorthiness is the check-worthiness, in [0, 1], a claim needs to
	// be kept and a sentence to make a statement claim; absent, the
	// extractor's default.
	MinWorthiness *float64 `json:"min_worthiness"`
}

// errorBody is the body of every error the API answers.
type errorBody struct {
	Error string `json:"error"`
}

// badRequest is an error in the request, answered with its status.
type badRequest struct {
	status int
	msg    string
}

func (e *badRequest) Error() string { return e.msg }

func badf(format string, args ...any) error {
	return &badRequest{http.StatusBadRequest, fmt.Sprintf(format, args...)}
}

// check serves POST /api/check: it extracts the claims of the text,
// checks them and answers with the JSON report.
func (h *handler) check(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("method %s not allowed (want POST)", r.Method))
		return
	}
	if h.checkerErr != nil {
		writeError(w, http.StatusInternalServerError, h.checkerErr.Error())
		return
	}
	if ct := r.Header.Get("Content-Type"); !isJSON(ct) {
		writeError(w, http.StatusUnsupportedMediaType, fmt.Sprintf("content type %q not supported (want application/json)", ct))
		return
	}
	if !h.checkHeaders(w, r) {
		return
	}
	if !h.admit(w) {
		return
	}
	defer h.release()
	body, err := readBody(w, r, h.cfg.maxBodyBytes)
	var req *checkRequest
	if err == nil {
		if k := duplicateKey(body); k != "" {
			err = badf("malformed JSON: key %s", k)
		}
	}
	if err == nil {
		req, err = decodeRequest(bytes.NewReader(body))
	}
	var doc claims.Document
	var kb *claims.Set
	var prior *claimreview.Index
	var warnings []string
	if err == nil {
		doc, kb, err = h.input(req)
	}
	if err == nil {
		prior, warnings, err = decodePrior(req.Prior)
	}
	if err != nil {
		var mbe *http.MaxBytesError
		var bad *badRequest
		switch {
		case errors.As(err, &mbe):
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body larger than %d bytes", mbe.Limit))
		case errors.As(err, &bad):
			writeError(w, bad.status, bad.msg)
		default:
			writeError(w, http.StatusBadRequest, err.Error())
		}
		return
	}

	ctx := r.Context()
	ekb := h.extractionKB(kb)
	var ex *extract.Extractor
	if ekb == h.cfg.kb {
		ex = h.house // indexed once, when the handler was made
	}
	if req.MinWorthiness != nil {
		ex = ex.With(extract.MinWorthiness(*req.MinWorthiness))
	}
	set, err := extractClaims(ctx, ex, doc, ekb)
	if err != nil && ctx.Err() != nil {
		writeError(w, http.StatusServiceUnavailable, "request canceled")
		return
	}
	if err != nil {
		writeError(w, http.StatusInternalServerError, "extracting claims: "+err.Error())
		return
	}
	if n := len(set.Claims); n > h.cfg.maxClaims {
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("the text gives %d claims, more than the %d this server checks in one request; send a shorter text", n, h.cfg.maxClaims))
		return
	}
	if set.Document.Title == "" {
		set.Document.Title = doc.Title
	}
	if set.Document.Published.IsZero() {
		set.Document.Published = doc.Published
	}
	if ctx.Err() != nil {
		writeError(w, http.StatusServiceUnavailable, "request canceled")
		return
	}
	checker := h.checker
	if kb != nil {
		if checker, err = h.newChecker(sources.NewMemStore(kb)); err != nil {
			writeError(w, http.StatusInternalServerError, err.Error())
			return
		}
	}
	report, err := checker.Check(ctx, set)
	if err != nil {
		if ctx.Err() != nil {
			// The client went away; no one reads this.
			writeError(w, http.StatusServiceUnavailable, "request canceled")
			return
		}
		writeError(w, http.StatusInternalServerError, err.Error())
		return
	}
	if _, err := claimreview.AttachContext(ctx, report, prior, claimreview.DefaultThreshold); err != nil {
		writeError(w, http.StatusServiceUnavailable, "request canceled")
		return
	}
	var buf bytes.Buffer
	if err := report.WriteJSON(&buf); err != nil {
		writeError(w, http.StatusInternalServerError, err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Write(withWarnings(buf.Bytes(), warnings))
}

// isJSON reports whether a Content-Type is application/json.
func isJSON(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	return err == nil && mt == "application/json"
}

// decodeRequest reads one JSON object with only the known fields.
func decodeRequest(body io.Reader) (*checkRequest, error) {
	dec := json.NewDecoder(body)
	dec.DisallowUnknownFields()
	var req checkRequest
	if err := dec.Decode(&req); err != nil {
		return nil, jsonError(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, err
		}
		return nil, badf("malformed JSON: the body holds more than one JSON value")
	}
	return &req, nil
}

// jsonError says what is wrong with a body that does not decode.
func jsonError(err error) error {
	var mbe *http.MaxBytesError
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &mbe):
		return err
	case errors.Is(err, io.EOF):
		return badf(`empty body (want a JSON object with "text")`)
	case errors.As(err, &syn):
		return badf("malformed JSON at byte %d: %s", syn.Offset, strings.TrimPrefix(syn.Error(), "json: "))
	case errors.As(err, &typ):
		if typ.Field == "" {
			return badf("malformed JSON: want an object, not a %s", typ.Value)
		}
		return badf("malformed JSON: %q must be a %s, not a %s", typ.Field, typ.Type, typ.Value)
	}
	return badf("malformed JSON: %s", strings.TrimPrefix(err.Error(), "json: "))
}

// input checks a request and returns its document and knowledge base.
func (h *handler) input(req *checkRequest) (claims.Document, *claims.Set, error) {
	if strings.TrimSpace(req.Text) == "" {
		return claims.Document{}, nil, badf(`"text" is empty (want the article's text)`)
	}
	if w := req.MinWorthiness; w != nil && !(*w >= 0 && *w <= 1) {
		return claims.Document{}, nil, badf(`bad "min_worthiness" %v (want a number from 0 to 1)`, *w)
	}
	doc := claims.Document{Text: req.Text, Title: strings.TrimSpace(req.Title)}
	if req.Published != "" {
		t, err := time.Parse(time.DateOnly, req.Published)
		if err != nil {
			return claims.Document{}, nil, badf(`bad "published" date %q (want YYYY-MM-DD)`, req.Published)
		}
		doc.Published = t
	}
	kb, err := decodeKB(req.KB, h.kbLimits())
	if err != nil {
		return claims.Document{}, nil, err
	}
	if doc.Published.IsZero() && kb != nil {
		doc.Published = kb.Document.Published
	}
	if doc.Published.IsZero() && h.cfg.kb != nil {
		doc.Published = h.cfg.kb.Document.Published
	}
	return doc, kb, nil
}

// decodeKB decodes a request's knowledge base: a claim set as a JSON
// object, or a string holding a claim-set file in YAML or JSON. It
// returns nil when there is none.
func decodeKB(raw json.RawMessage, lim claims.Limits) (*claims.Set, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	data := []byte(raw)
	switch raw[0] {
	case '{':
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return nil, badf("kb: %v", err)
		}
		if strings.TrimSpace(s) == "" {
			return nil, nil
		}
		data = []byte(s)
	default:
		return nil, badf(`bad "kb": want a claim set (a JSON object) or the text of a claim-set file (a string)`)
	}
	set, err := claims.DecodeWith(data, "kb", lim)
	if err != nil {
		return nil, badf("bad kb: %s", claimsMessage(err))
	}
	if len(set.Include) > 0 {
		return nil, badf("bad kb: include is not supported here; send one claim set with everything in it")
	}
	return set, nil
}

// kbLimits returns the limits on a request's knowledge base. It cannot be
// larger than the body, which bounds the memory decoding it takes (some
// 62 bytes of heap a byte); and since a kb sent as a JSON object arrives
// on one line as often as not, its lines may be as long as the body.
func (h *handler) kbLimits() claims.Limits {
	return claims.Limits{MaxFileSize: h.cfg.maxBodyBytes, MaxLineLength: int(min(h.cfg.maxBodyBytes, 1<<30))}
}

// claimsMessage returns the problems of a claim-set error on one line,
// "kb:3:5: unknown key \"foo\"; kb:7:1: …", without the package prefix.
func claimsMessage(err error) string {
	var list claims.ErrorList
	if !errors.As(err, &list) {
		return strings.TrimPrefix(err.Error(), "claims: ")
	}
	msgs := make([]string, 0, len(list))
	for _, e := range list {
		m := e.Msg
		if p := e.Pos.String(); p != "" {
			m = p + ": " + m
		}
		msgs = append(msgs, m)
	}
	return strings.Join(msgs, "; ")
}

// extractionKB returns the knowledge that guides extraction: the
// request's, then the house knowledge base's.
func (h *handler) extractionKB(kb *claims.Set) *claims.Set {
	house := h.cfg.kb
	switch {
	case kb == nil:
		return house
	case house == nil:
		return kb
	}
	return &claims.Set{
		Version:    claims.Version,
		Document:   kb.Document,
		Entities:   append(append([]claims.Entity(nil), kb.Entities...), house.Entities...),
		Properties: append(append([]claims.Property(nil), kb.Properties...), house.Properties...),
		Sources:    append(append([]claims.Source(nil), kb.Sources...), house.Sources...),
		Facts:      append(append([]claims.Fact(nil), kb.Facts...), house.Facts...),
	}
}

// writeError answers with status and a JSON body {"error": msg}.
func writeError(w http.ResponseWriter, status int, msg string) {
	body, _ := json.Marshal(errorBody{Error: msg})
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(append(body, '\n'))
}
