package wikidata

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// fakeAPI serves wbsearchentities and wbgetentities in the API's format
// from the test dump's entities, and counts requests.
func fakeAPI(t *testing.T) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	raw := map[string]json.RawMessage{}
	data, err := os.ReadFile("testdata/dump.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSuffix(strings.TrimSpace(line), ",")
		if id, ok := PeekID([]byte(line)); ok {
			raw[id] = json.RawMessage(line)
		}
	}
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		if !strings.HasPrefix(r.Header.Get("User-Agent"), "veracity/") {
			http.Error(w, "no User-Agent", http.StatusForbidden)
			return
		}
		q := r.URL.Query()
		if q.Get("format") != "json" {
			http.Error(w, "format", http.StatusBadRequest)
			return
		}
		switch q.Get("action") {
		case "wbsearchentities":
			type hit struct {
				ID string `json:"id"`
			}
			var hits []hit
			for id, e := range raw {
				var x struct {
					Labels map[string]struct{ Value string } `json:"labels"`
				}
				json.Unmarshal(e, &x)
				if strings.HasPrefix(Fold(x.Labels["en"].Value), Fold(q.Get("search"))) {
					hits = append(hits, hit{id})
				}
			}
			json.NewEncoder(w).Encode(map[string]any{"search": hits, "success": 1})
		case "wbgetentities":
			out := map[string]json.RawMessage{}
			for _, id := range strings.Split(q.Get("ids"), "|") {
				if e, ok := raw[id]; ok {
					out[id] = e
				} else {
					out[id] = json.RawMessage(`{"id":"` + id + `","missing":""}`)
				}
			}
			json.NewEncoder(w).Encode(map[string]any{"entities": out, "success": 1})
		default:
			w.Write([]byte(`{"error":{"code":"badvalue","info":"Unrecognized value for parameter \"action\"."}}`))
		}
	}))
	t.Cleanup(srv.Close)
	return srv, &n
}

func testClient(srv *httptest.Server, cache string) *Client {
	c := NewClient(cache)
	c.API = srv.URL
	c.Interval = time.Millisecond
	return c
}

func TestClientLink(t *testing.T) {
	srv, n := fakeAPI(t)
	c := testClient(srv, t.TempDir())
	text := "Jane Roe visited Paris in France."
	links, kb, err := c.Link(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, l := range links {
		got[l.Name] = l.Item
	}
	if got["Jane Roe"] != "Q1005" || got["Paris"] != "Q1001" || got["France"] != "Q1003" {
		t.Errorf("links %+v", links)
	}
	set := BuildSet(kb, nil, []string{"Q1001"}, SetOptions{})
	if len(set.Facts) == 0 || set.Sources[0].URL != "https://www.wikidata.org/wiki/Q1001" {
		t.Errorf("set from the live items: %+v", set)
	}
	// the same article again: every response comes from the cache
	before := n.Load()
	if _, _, err := c.Link(context.Background(), text); err != nil {
		t.Fatal(err)
	}
	if n.Load() != before {
		t.Errorf("%d requests for a cached article, want none", n.Load()-before)
	}
}

func TestClientErrors(t *testing.T) {
	srv, _ := fakeAPI(t)
	c := testClient(srv, "")
	c.UserAgent = "bot"
	if _, err := c.Search(context.Background(), "Paris"); err == nil || !strings.Contains(err.Error(), "403") {
		t.Errorf("refused request: %v", err)
	}
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	}))
	defer slow.Close()
	c = testClient(slow, "")
	c.HTTP.Timeout = 50 * time.Millisecond
	if _, err := c.Entities(context.Background(), []string{"Q1"}); err == nil {
		t.Error("no error from a server that does not answer in time")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := testClient(srv, "").Search(ctx, "Paris"); err == nil {
		t.Error("no error with a cancelled context")
	}
}

// TestClientRateLimit: requests are spaced by Interval (the wait is
// scheduled, not timed: the client reserves the next slot).
func TestClientRateLimit(t *testing.T) {
	c := &Client{Interval: time.Hour}
	if err := c.wait(context.Background()); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := c.wait(ctx); err == nil {
		t.Error("a second request within the interval did not wait")
	}
}
