package wikidata

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// DefaultAPI is the Wikidata API endpoint.
const DefaultAPI = "https://www.wikidata.org/w/api.php"

// DefaultUserAgent identifies veracity to the Wikidata API, as the
// Wikimedia User-Agent policy asks.
const DefaultUserAgent = "veracity/1 (https://github.com/veracity-go/veracity; fact-checking library) Go-http-client"

// A Client reads entities from the live Wikidata API: wbsearchentities to
// find the items a name may name, wbgetentities to fetch them. Responses
// are cached on disk (when CacheDir is set) and requests are spaced by
// Interval. The zero Client is not usable: set fields, or use [NewClient].
// A Client is safe for concurrent use once its fields are set.
type Client struct {
	API       string        // the endpoint; DefaultAPI
	UserAgent string        // sent with every request; DefaultUserAgent
	HTTP      *http.Client  // with its timeout
	CacheDir  string        // where responses are cached; "" for none
	Interval  time.Duration // the least time between two requests
	Languages []string      // the languages of labels and searches; English
	Map       *Map          // the property map; the default map

	mu   sync.Mutex
	last time.Time
}

// NewClient returns a client of the Wikidata API with a 30-second timeout,
// requests spaced by 200 ms and responses cached in cacheDir ("" for no
// cache).
func NewClient(cacheDir string) *Client {
	return &Client{API: DefaultAPI, UserAgent: DefaultUserAgent, HTTP: &http.Client{Timeout: 30 * time.Second},
		CacheDir: cacheDir, Interval: 200 * time.Millisecond, Languages: []string{"en"}, Map: DefaultMap()}
}

// maxResponse bounds a response body.
const maxResponse = 32 << 20

// get fetches the API with the given parameters, from the cache when it
// holds the response.
func (c *Client) get(ctx context.Context, params url.Values) ([]byte, error) {
	params.Set("format", "json")
	u := c.API + "?" + params.Encode()
	var cached string
	if c.CacheDir != "" {
		sum := sha256.Sum256([]byte(u))
		cached = filepath.Join(c.CacheDir, hex.EncodeToString(sum[:16])+".json")
		if b, err := os.ReadFile(cached); err == nil {
			return b, nil
		}
	}
	if err := c.wait(ctx); err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, fmt.Errorf("wikidata: %w", err)
	}
	req.Header.Set("User-Agent", c.UserAgent)
	req.Header.Set("Accept", "application/json")
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, fmt.Errorf("wikidata: %w", err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, maxResponse+1))
	if err != nil {
		return nil, fmt.Errorf("wikidata: reading the response: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("wikidata: %s: %s", params.Get("action"), resp.Status)
	}
	if len(b) > maxResponse {
		return nil, fmt.Errorf("wikidata: response over %d bytes", maxResponse)
	}
	if cached != "" {
		if err := os.MkdirAll(c.CacheDir, 0o755); err == nil {
			tmp := cached + ".tmp"
			if os.WriteFile(tmp, b, 0o644) == nil {
				os.Rename(tmp, cached)
			}
		}
	}
	return b, nil
}

// wait spaces requests by c.Interval.
func (c *Client) wait(ctx context.Context) error {
	c.mu.Lock()
	next := c.last.Add(c.Interval)
	now := time.Now()
	if next.Before(now) {
		next = now
	}
	c.last = next
	c.mu.Unlock()
	if d := time.Until(next); d > 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

func (c *Client) lang() string {
	if len(c.Languages) > 0 {
		return c.Languages[0]
	}
	return "en"
}

// Search returns the ids of the items wbsearchentities finds for name, best
// first.
func (c *Client) Search(ctx context.Context, name string) ([]string, error) {
	b, err := c.get(ctx, url.Values{"action": {"wbsearchentities"}, "search": {name}, "language": {c.lang()},
		"type": {"item"}, "limit": {"7"}})
	if err != nil {
		return nil, err
	}
	var resp struct {
		Search []struct {
			ID string `json:"id"`
		} `json:"search"`
		Error *struct{ Code, Info string } `json:"error"`
	}
	if err := json.Unmarshal(b, &resp); err != nil {
		return nil, fmt.Errorf("wikidata: search response: %w", err)
	}
	if resp.Error != nil {
		return nil, fmt.Errorf("wikidata: api error %s: %s", resp.Error.Code, resp.Error.Info)
	}
	var ids []string
	for _, s := range resp.Search {
		ids = append(ids, s.ID)
	}
	return ids, nil
}

// maxIDsPerRequest is the API's limit on the ids of one wbgetentities.
const maxIDsPerRequest = 50

// Entities fetches the entities with the given ids (missing ones are left
// out).
func (c *Client) Entities(ctx context.Context, ids []string) ([]*Entity, error) {
	var out []*Entity
	f := &Filter{Languages: c.Languages, Properties: c.Map.Wikidata()}
	for len(ids) > 0 {
		n := min(len(ids), maxIDsPerRequest)
		b, err := c.get(ctx, url.Values{"action": {"wbgetentities"}, "ids": {strings.Join(ids[:n], "|")},
			"props": {"labels|aliases|descriptions|claims|sitelinks"}, "languages": {strings.Join(c.Languages, "|")}})
		if err != nil {
			return nil, err
		}
		es, err := DecodeResponse(b, f)
		if err != nil {
			return nil, err
		}
		out = append(out, es...)
		ids = ids[n:]
	}
	return out, nil
}

// Link finds the names of text (runs of capitalized words), searches the
// items each may name, fetches them and links the names as [LinkText]
// does. It returns the links and the items fetched, from which
// [BuildSet] makes a claim set.
func (c *Client) Link(ctx context.Context, text string) ([]Link, *MemKB, error) {
	seen := map[string]bool{}
	var ids []string
	for _, name := range candidateNames(text) {
		found, err := c.Search(ctx, name)
		if err != nil {
			return nil, nil, err
		}
		for _, id := range found {
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
	}
	es, err := c.Entities(ctx, ids)
	if err != nil {
		return nil, nil, err
	}
	kb := NewMemKB()
	for _, e := range es {
		kb.Add(NewItem(e, c.Map, c.Languages, nil))
	}
	return LinkText(kb, text), kb, nil
}

// nameConnectors may stand inside a name: "Ludwig van Beethoven".
var nameConnectors = map[string]bool{"van": true, "von": true, "de": true, "da": true, "di": true, "del": true,
	"la": true, "le": true, "of": true, "the": true, "y": true, "bin": true, "al": true}

// A Name is a run of capitalized words in a text, with its byte offsets.
// It is plain data.
type Name struct {
	Text       string
	Start, End int
}

// Names returns the runs of capitalized words of text, with connectors
// inside ("Ludwig van Beethoven") and without leading function words
// ("The"): the names a text may give, linked or not.
func Names(text string) []Name {
	words := splitWords(text)
	var out []Name
	for i := 0; i < len(words); i++ {
		if r, _ := utf8.DecodeRuneInString(text[words[i].start:]); !unicode.IsUpper(r) {
			continue // a name starts with a capital letter; digits may follow ("Boeing 747")
		}
		j := i
		for j+1 < len(words) && j+1-i < maxNameWords && words[j+1].start-words[j].end <= 1 {
			w := text[words[j+1].start:words[j+1].end]
			if !capitalized(w) && !nameConnectors[w] {
				break
			}
			j++
		}
		for j > i && nameConnectors[text[words[j].start:words[j].end]] {
			j--
		}
		s := i
		for s < j && functionWords[Fold(text[words[s].start:words[s].end])] {
			s++
		}
		name := text[words[s].start:words[j].end]
		if s < j || nameWord(name) {
			out = append(out, Name{name, words[s].start, words[j].end})
		}
		i = j
	}
	return out
}

// candidateNames returns the names of text, each once.
func candidateNames(text string) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range Names(text) {
		if !seen[n.Text] {
			seen[n.Text] = true
			out = append(out, n.Text)
		}
	}
	return out
}

func capitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// A MemKB is an in-memory set of items, as a [Client] fetches them. It is
// safe for concurrent reads once built.
type MemKB struct {
	items map[string]*Item
	names map[string][]string
}

// NewMemKB returns an empty MemKB.
func NewMemKB() *MemKB {
	return &MemKB{items: map[string]*Item{}, names: map[string][]string{}}
}

// Add adds an item, indexing its label and aliases.
func (m *MemKB) Add(it *Item) {
	if _, ok := m.items[it.ID]; !ok {
		for _, n := range append([]string{it.Label}, it.Aliases...) {
			if f := Fold(n); f != "" && !contains(m.names[f], it.ID) {
				m.names[f] = append(m.names[f], it.ID)
			}
		}
	}
	m.items[it.ID] = it
}

// Item returns the item with the given id.
func (m *MemKB) Item(id string) (*Item, bool) {
	it, ok := m.items[id]
	return it, ok
}

// Named returns the ids of the items named name.
func (m *MemKB) Named(name string) []string { return m.names[Fold(name)] }
