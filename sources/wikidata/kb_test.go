package wikidata

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/veracity-go/veracity/claims"
)

// importTest imports the test dump into a kb in t.TempDir.
func importTest(t *testing.T, opts ImportOptions) (*KB, ImportStats) {
	t.Helper()
	f, err := os.Open("testdata/dump.json.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	path := filepath.Join(t.TempDir(), "test.kb")
	stats, err := Import(context.Background(), f, path, opts)
	if err != nil {
		t.Fatal(err)
	}
	kb, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { kb.Close() })
	return kb, stats
}

func TestImport(t *testing.T) {
	kb, stats := importTest(t, ImportOptions{})
	if stats.Entities != 8 || stats.Items != 7 || stats.Skipped["not an item"] != 1 || stats.Bytes == 0 {
		t.Errorf("stats %+v, want 8 entities, 7 items, the property skipped", stats)
	}
	if stats.Values["unit Q999999"] != 1 {
		t.Errorf("values left out: %v, want the unknown unit", stats.Values)
	}
	if got := kb.Named("PARIS"); len(got) != 2 {
		t.Errorf("Named(PARIS) = %v, want both Parises", got)
	}
	if got := kb.Named("u.s."); len(got) != 1 || got[0] != "Q1004" {
		t.Errorf("Named(u.s.) = %v, want Q1004", got)
	}
	if it, ok := kb.Item("Q1005"); !ok || it.Label != "Jane Roe" {
		t.Errorf("Item(Q1005) = %+v, %v", it, ok)
	}
	if _, ok := kb.Item("Q9"); ok {
		t.Error("Item(Q9) found in a kb without it")
	}
	if kb.Stats().Items != 7 {
		t.Errorf("stored stats %+v", kb.Stats())
	}
}

func TestImportFilters(t *testing.T) {
	_, stats := importTest(t, ImportOptions{IDs: map[string]bool{"Q1001": true, "Q1003": true}})
	if stats.Items != 2 || stats.Skipped["not in --ids"] != 6 {
		t.Errorf("--ids: %+v", stats)
	}
	_, stats = importTest(t, ImportOptions{MinSitelinks: 5})
	if stats.Items != 3 || stats.Skipped["fewer sitelinks"] != 4 {
		t.Errorf("--min-sitelinks 5: %+v", stats)
	}
}

// TestImportBrokenDump: a corrupt dump is an error naming the byte
// offset, and leaves no knowledge base behind.
func TestImportBrokenDump(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "broken.kb")
	_, err := Import(context.Background(), strings.NewReader("[\n{\"type\":\"item\",\"id\":\"Q1\"},\n{\"type\":\"item\",\"id\""), path, ImportOptions{})
	var de *DumpError
	if !errors.As(err, &de) || de.Offset != 29 {
		t.Errorf("error %v, want a *DumpError at byte offset 29", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a failed import left %v", entries)
	}
}

func TestOpenNotKB(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kb.yaml")
	os.WriteFile(path, []byte("version: 1\n"), 0o644)
	if IsKB(path) {
		t.Error("IsKB(a YAML file) = true")
	}
	if _, err := Open(path); err == nil || !strings.Contains(err.Error(), "not a knowledge base") {
		t.Errorf("Open(a YAML file): %v", err)
	}
}

// TestSet: the claim set of items: entities with kinds and part_of, facts
// with Wikidata as their source, a dated series, derived ages.
func TestSet(t *testing.T) {
	kb, _ := importTest(t, ImportOptions{})
	set := kb.Set([]string{"Q1001", "Q1005", "Q1006"}, SetOptions{IDs: map[string]string{"Q1001": "paris"}})
	ents := map[string]claims.Entity{}
	for _, e := range set.Entities {
		ents[e.ID] = e
	}
	if p := ents["paris"]; p.Kind != claims.EntityPlace || len(p.PartOf) != 1 || p.PartOf[0] != "Q1003" || p.Wikidata != "Q1001" {
		t.Errorf("paris: %+v", p)
	}
	if _, ok := ents["Q1003"]; !ok {
		t.Error("France, which Paris lies in, is not defined")
	}
	if s := ents["Q1006"]; s.Kind != claims.EntityEvent || s.Date.Start != day(1960, 5, 16) {
		t.Errorf("summit: %+v", s)
	}
	var pops []claims.Fact
	ages := 0
	for _, f := range set.Facts {
		switch f.Property {
		case "population":
			pops = append(pops, f)
		case PropertyAge:
			ages++
		case "venue":
			if f.Subject != "Q1006" || f.Value.Entity != "paris" {
				t.Errorf("venue fact %+v, want the summit in paris", f)
			}
		}
	}
	if len(pops) != 2 {
		t.Fatalf("population facts %+v, want 2", pops)
	}
	// the 2010 figure holds until the 2012 one
	if pops[0].ValidFrom != day(2010, 1, 1) || pops[0].ValidUntil != day(2012, 1, 1) || !pops[1].ValidUntil.IsZero() {
		t.Errorf("series: %v–%v, %v–%v", pops[0].ValidFrom, pops[0].ValidUntil, pops[1].ValidFrom, pops[1].ValidUntil)
	}
	if src := set.Sources; len(src) == 0 || src[0].Name != "Wikidata" || src[0].Reliability != claims.ReliabilityB || src[0].URL != "https://www.wikidata.org/wiki/Q1001" {
		t.Errorf("sources %+v", set.Sources)
	}
	if !strings.Contains(pops[1].Quote, "https://census.example.org/paris") {
		t.Errorf("quote %q does not carry the statement's reference", pops[1].Quote)
	}
	if ages != maxAge+1 {
		t.Errorf("%d age facts, want %d", ages, maxAge+1)
	}
	if set := kb.Set([]string{"Q1001"}, SetOptions{Reliability: claims.ReliabilityC}); set.Sources[0].Reliability != claims.ReliabilityC {
		t.Errorf("reliability %v, want C", set.Sources[0].Reliability)
	}
}

// TestKBConcurrent: a KB serves links and sets to several goroutines at
// once, as check's workers ask (run with -race).
func TestKBConcurrent(t *testing.T) {
	kb, _ := importTest(t, ImportOptions{})
	done := make(chan string)
	for range 4 {
		go func() {
			var ids []string
			for _, l := range kb.Link("Jane Roe came to Paris in France.") {
				ids = append(ids, l.Item)
			}
			done <- strings.Join(ids, ",") + " " + strconv.Itoa(len(kb.Set(ids, SetOptions{}).Facts))
		}()
	}
	first := <-done
	for range 3 {
		if got := <-done; got != first {
			t.Errorf("concurrent results differ: %q and %q", first, got)
		}
	}
}
