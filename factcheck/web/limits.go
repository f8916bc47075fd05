package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"runtime"
	"strconv"
	"strings"
)

// DefaultMaxInFlight returns how many checks the API runs at once unless
// told otherwise: two per CPU.
func DefaultMaxInFlight() int { return 2 * runtime.NumCPU() }

// MaxInFlight sets how many checks the API runs at once (default
// [DefaultMaxInFlight]); a request beyond is answered at once with 503 and
// Retry-After, rather than queueing work the server cannot do. n <= 0
// means the default.
func MaxInFlight(n int) Option {
	return optionFunc(func(c *config) {
		if n <= 0 {
			n = DefaultMaxInFlight()
		}
		c.maxInFlight = n
	})
}

// AllowedHosts restricts the Host header requests may carry to the given
// host names (with or without a port; compared without case). A request
// for another host is answered with 421: it guards a server on a private
// address against pages that rebind a DNS name to it. None, the default,
// allows every host.
func AllowedHosts(hosts ...string) Option {
	return optionFunc(func(c *config) {
		for _, h := range hosts {
			if h = strings.TrimSpace(h); h != "" {
				c.allowedHosts = append(c.allowedHosts, strings.ToLower(h))
			}
		}
	})
}

// retryAfter is the Retry-After, in seconds, of a 503 for a full server.
const retryAfter = 1

// hostAllowed reports whether the request's Host is one of hosts (all
// when there are none). A host listed without a port allows every port.
func hostAllowed(hosts []string, host string) bool {
	if len(hosts) == 0 {
		return true
	}
	host = strings.ToLower(host)
	name := host
	if h, _, err := net.SplitHostPort(host); err == nil {
		name = h
	}
	name = strings.TrimSuffix(strings.TrimPrefix(name, "["), "]")
	for _, a := range hosts {
		if a == host || a == name || strings.TrimSuffix(strings.TrimPrefix(a, "["), "]") == name {
			return true
		}
	}
	return false
}

// admit takes a slot for a check, answering 503 and reporting false when
// all are taken; release gives it back.
func (h *handler) admit(w http.ResponseWriter) bool {
	select {
	case h.slots <- struct{}{}:
		return true
	default:
		w.Header().Set("Retry-After", strconv.Itoa(retryAfter))
		writeError(w, http.StatusServiceUnavailable, fmt.Sprintf("the server is checking %d articles already; retry in a moment", cap(h.slots)))
		return false
	}
}

func (h *handler) release() { <-h.slots }

// checkHeaders refuses a request the API cannot read, before reading its
// body: a declared body over the limit (413), a charset other than UTF-8
// or a content encoding (415). It reports whether the request may go on.
func (h *handler) checkHeaders(w http.ResponseWriter, r *http.Request) bool {
	if r.ContentLength > h.cfg.maxBodyBytes {
		// said by the client itself: no need to read it
		w.Header().Set("Connection", "close")
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body larger than %d bytes (Content-Length %d)", h.cfg.maxBodyBytes, r.ContentLength))
		return false
	}
	if _, params, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err == nil {
		if cs, ok := params["charset"]; ok && !strings.EqualFold(cs, "utf-8") && !strings.EqualFold(cs, "utf8") {
			writeError(w, http.StatusUnsupportedMediaType, fmt.Sprintf("charset %q not supported (want utf-8)", cs))
			return false
		}
	}
	for _, enc := range r.Header.Values("Content-Encoding") {
		for _, e := range strings.Split(enc, ",") {
			if e = strings.TrimSpace(e); e != "" && !strings.EqualFold(e, "identity") {
				writeError(w, http.StatusUnsupportedMediaType, fmt.Sprintf("content encoding %q not supported (send the body as is)", e))
				return false
			}
		}
	}
	return true
}

// readBody reads the request body up to the limit. A body that does not
// arrive in full (a stalled or broken connection) is an error with status
// 408 that says so without the socket's addresses.
func readBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, error) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err == nil {
		return body, nil
	}
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return nil, err
	}
	w.Header().Set("Connection", "close")
	return nil, &badRequest{http.StatusRequestTimeout, "request body not received in full (the connection stalled or broke)"}
}

// duplicateKey describes the first key that appears twice in one object
// of the JSON value data, `"id" given twice (in "entities")`, or returns
// "" when none does: the API, like
// claim-set and knowledge-base files, takes a repeated key for an error,
// not for the last one winning. Malformed JSON is left to the decoder.
func duplicateKey(data []byte) string {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	type frame struct {
		keys    map[string]bool // nil in an array
		inKey   bool            // the next token of an object is a key
		path    string          // the key this container is the value of
		lastKey string
	}
	var stack []frame
	for {
		tok, err := dec.Token()
		if err != nil {
			return ""
		}
		top := len(stack) - 1
		inObject := top >= 0 && stack[top].keys != nil
		if d, ok := tok.(json.Delim); ok {
			switch d {
			case '{', '[':
				f := frame{}
				if inObject {
					f.path = stack[top].lastKey
					stack[top].inKey = true // after this value, a key
				} else if top >= 0 {
					f.path = stack[top].path
				}
				if d == '{' {
					f.keys, f.inKey = map[string]bool{}, true
				}
				stack = append(stack, f)
			default:
				stack = stack[:top]
			}
			continue
		}
		if !inObject {
			continue
		}
		if stack[top].inKey {
			k, _ := tok.(string)
			if stack[top].keys[k] {
				return fmt.Sprintf("%q given twice%s", k, where(stack[top].path))
			}
			stack[top].keys[k] = true
			stack[top].lastKey = k
			stack[top].inKey = false
			continue
		}
		stack[top].inKey = true // a scalar value: a key next
	}
}

// where says in which object a key was found.
func where(path string) string {
	if path == "" {
		return ""
	}
	return fmt.Sprintf(" (in %q)", path)
}
