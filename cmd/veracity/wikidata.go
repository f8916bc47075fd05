package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
	"github.com/veracity-go/veracity/sources/wikidata"
)

// wikidataFlags are check's flags for Wikidata.
type wikidataFlags struct {
	mode        string // "" or "live"
	cache       string
	reliability string
	explain     bool
}

func (f *wikidataFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.mode, "wikidata", "", "`live`: link the article's names and fetch their facts from the Wikidata API (online; cached)")
	fs.StringVar(&f.cache, "wikidata-cache", "", "the `DIR` where --wikidata live caches API responses (default: the user cache directory)")
	fs.StringVar(&f.reliability, "wikidata-reliability", "B", "the Admiralty `grade` (A–F) given to Wikidata as a source")
	fs.BoolVar(&f.explain, "explain", false, "say on standard error how each name of an article was linked to a Wikidata item, or why it was not")
}

// wikidataSources are the Wikidata knowledge bases of a check run: the
// on-disk ones named by --kb, and the live API. It is safe for concurrent
// use.
type wikidataSources struct {
	kbs     []*wikidata.KB
	linker  func(text string) ([]wikidata.Link, wikidata.Items, error)
	grade   claims.Reliability
	explain bool
	mu      sync.Mutex // serializes explanations
	e       *env
}

// isWikidataKB reports whether a --kb path names an on-disk Wikidata
// knowledge base rather than a claim-set file: by its kind, a file that is
// not .yaml, .yml or .json and starts as a bbolt file does.
func isWikidataKB(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".yaml", ".yml", ".json":
		return false
	}
	return wikidata.IsKB(path)
}

// splitKBs separates the on-disk Wikidata knowledge bases among paths from
// the claim-set files, and opens them.
func splitKBs(e *env, paths []string, f wikidataFlags) (sets []string, wd *wikidataSources, err error) {
	grade, err := claims.ParseReliability(f.reliability)
	if err != nil {
		return nil, nil, fmt.Errorf("bad --wikidata-reliability %q (want A to F)", f.reliability)
	}
	for _, p := range paths {
		if !isWikidataKB(p) {
			sets = append(sets, p)
			continue
		}
		kb, err := wikidata.Open(p)
		if err != nil {
			return nil, nil, err
		}
		if wd == nil {
			wd = &wikidataSources{grade: grade, explain: f.explain, e: e}
		}
		wd.kbs = append(wd.kbs, kb)
	}
	switch f.mode {
	case "":
	case "live":
		c, err := newLiveClient(f.cache)
		if err != nil {
			return nil, nil, err
		}
		if wd == nil {
			wd = &wikidataSources{grade: grade, explain: f.explain, e: e}
		}
		wd.linker = c.Link
	default:
		return nil, nil, fmt.Errorf("bad --wikidata %q (want live)", f.mode)
	}
	return sets, wd, nil
}

// articleSet links the names of doc's text to items and returns the claim
// set of what the knowledge bases know of them. Entities of house that
// name an item ({id: alaska, wikidata: Q797}) give it their id.
func (w *wikidataSources) articleSet(doc claims.Document, house *claims.Set) (*claims.Set, error) {
	ids := houseIDs(house)
	out := &claims.Set{}
	add := func(items wikidata.Items, links []wikidata.Link) {
		var want []string
		for _, l := range links {
			if l.Linked() {
				want = append(want, l.Item)
			}
		}
		for q := range ids {
			want = append(want, q)
		}
		w.explainLinks(doc, links)
		mergeInto(out, wikidata.BuildSet(items, mapOf(items, house), want, wikidata.SetOptions{Reliability: w.grade, IDs: ids}))
	}
	var all []wikidata.Link
	times := timeSpans(doc)
	for _, kb := range w.kbs {
		links := notInTimes(kb.Link(doc.Text), times)
		add(kb, links)
		all = append(all, links...)
	}
	if w.linker != nil {
		links, items, err := w.linker(doc.Text)
		if err != nil {
			return nil, err
		}
		links = notInTimes(links, times)
		add(items, links)
		all = append(all, links...)
	}
	unknownNames(out, doc.Text, all, house)
	return out, nil
}

// unknownNames adds to set, as entities of unknown kind with no facts,
// the names of text that no knowledge base knows: their claims are then
// extracted, and stay unverified ("there is no reference fact for the
// Eiffel Tower opened"), rather than being lost.
func unknownNames(set *claims.Set, text string, links []wikidata.Link, house *claims.Set) {
	have := map[string]bool{}
	for _, e := range set.Entities {
		for _, n := range e.Names() {
			have[wikidata.Fold(n)] = true
		}
	}
	if house != nil {
		for _, e := range house.Entities {
			for _, n := range e.Names() {
				have[wikidata.Fold(n)] = true
			}
		}
	}
	covered := func(n wikidata.Name) bool {
		for _, l := range links {
			if l.Start < n.End && n.Start < l.End {
				return true
			}
		}
		return have[wikidata.Fold(n.Text)]
	}
	for _, n := range wikidata.Names(text) {
		if covered(n) {
			continue
		}
		id := extract.Slug(n.Text)
		if id == "" {
			continue
		}
		have[wikidata.Fold(n.Text)] = true
		set.Entities = append(set.Entities, claims.Entity{ID: id, Name: n.Text})
	}
}

// claimSetFacts adds to set what the knowledge bases know of the items
// its entities and those of house name.
func (w *wikidataSources) claimSetFacts(set, house *claims.Set) {
	ids := houseIDs(house)
	for q, id := range houseIDs(set) {
		ids[q] = id
	}
	var want []string
	for q := range ids {
		want = append(want, q)
	}
	for _, kb := range w.kbs {
		mergeInto(set, kb.Set(want, wikidata.SetOptions{Reliability: w.grade, IDs: ids, Map: mapOf(kb, house, set)}))
	}
}

// mapOf returns the property map of items (a kb's own, else the default
// one) with the properties of sets that name a Wikidata property.
func mapOf(items wikidata.Items, sets ...*claims.Set) *wikidata.Map {
	m := wikidata.DefaultMap()
	if kb, ok := items.(*wikidata.KB); ok {
		m = kb.Map()
	}
	for _, s := range sets {
		m.AddSet(s)
	}
	return m
}

// houseIDs maps the items that entities of set name to the entities' ids.
func houseIDs(set *claims.Set) map[string]string {
	ids := map[string]string{}
	if set == nil {
		return ids
	}
	for _, e := range set.Entities {
		if e.Wikidata != "" {
			ids[e.Wikidata] = e.ID
		}
	}
	return ids
}

// explainLinks prints, with --explain, how each name was linked.
func (w *wikidataSources) explainLinks(doc claims.Document, links []wikidata.Link) {
	if !w.explain {
		return
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, l := range links {
		if l.Linked() {
			w.e.errorf("wikidata: %q [%d:%d] → %s (%s): %s", l.Name, l.Start, l.End, l.Item, wikidata.ItemURL(l.Item), l.Why)
		} else {
			w.e.errorf("wikidata: %q [%d:%d] stays unlinked: %s", l.Name, l.Start, l.End, l.Why)
		}
	}
}

// mergeInto adds src's entities, properties and sources that dst does not
// define, and all its facts.
func mergeInto(dst, src *claims.Set) {
	have := map[string]bool{}
	for _, e := range dst.Entities {
		have["e:"+e.ID] = true
	}
	for _, p := range dst.Properties {
		have["p:"+p.ID] = true
	}
	for _, s := range dst.Sources {
		have["s:"+s.ID] = true
	}
	for _, e := range src.Entities {
		if !have["e:"+e.ID] {
			have["e:"+e.ID] = true
			dst.Entities = append(dst.Entities, e)
		}
	}
	for _, p := range src.Properties {
		if !have["p:"+p.ID] {
			have["p:"+p.ID] = true
			dst.Properties = append(dst.Properties, p)
		}
	}
	for _, s := range src.Sources {
		if !have["s:"+s.ID] {
			have["s:"+s.ID] = true
			dst.Sources = append(dst.Sources, s)
		}
	}
	dst.Facts = append(dst.Facts, src.Facts...)
}

// extractWithWikidata extracts the claims of doc with the house knowledge
// base and what Wikidata knows of the article's names, and returns the
// claim set with that knowledge in it, for the checker.
func (w *wikidataSources) extract(doc claims.Document, house *claims.Set) (*claims.Set, error) {
	wd, err := w.articleSet(doc, house)
	if err != nil {
		return nil, err
	}
	kb := &claims.Set{Version: claims.Version}
	if house != nil {
		mergeInto(kb, house)
		kb.Document = house.Document
	}
	mergeInto(kb, wd)
	set, err := extract.New(extract.KnowledgeBase(kb)).Extract(doc, kb)
	if err != nil {
		return nil, err
	}
	mergeInto(set, wd)
	return set, nil
}

// newLiveClient returns the --wikidata live client, caching in dir or in
// the user cache directory.
func newLiveClient(dir string) (*liveClient, error) {
	if dir == "" {
		d, err := os.UserCacheDir()
		if err != nil {
			return nil, fmt.Errorf("no cache directory for --wikidata live (give --wikidata-cache DIR): %v", err)
		}
		dir = filepath.Join(d, "veracity", "wikidata")
	}
	c := wikidata.NewClient(dir)
	if api := os.Getenv("VERACITY_WIKIDATA_API"); api != "" {
		c.API = api // tests point it at an httptest server
	}
	return &liveClient{c}, nil
}

// liveClient links an article's names through the Wikidata API.
type liveClient struct{ c *wikidata.Client }

func (l *liveClient) Link(text string) ([]wikidata.Link, wikidata.Items, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	links, kb, err := l.c.Link(ctx, text)
	if err != nil {
		return nil, nil, err
	}
	return links, kb, nil
}

// timeSpans returns the spans and texts of the times the extractor reads in doc.
type timeSpan struct {
	claims.Span
	text string
}

func timeSpans(doc claims.Document) []timeSpan {
	var out []timeSpan
	for _, m := range extract.New().Mentions(doc, nil) {
		if m.Kind == claims.KindTime {
			out = append(out, timeSpan{m.Span, m.Text})
		}
	}
	return out
}

// notInTimes unlinks the names that lie in a time: "December" in "16
// December 1770" is part of a date, not the month's item, and linking it
// would hide the date from the extractor.
func notInTimes(links []wikidata.Link, times []timeSpan) []wikidata.Link {
	for i := range links {
		for _, t := range times {
			if links[i].Linked() && links[i].Start < t.End && t.Start < links[i].End {
				links[i].Item = ""
				links[i].Why = "part of the time " + strconv.Quote(t.text)
			}
		}
	}
	return links
}
