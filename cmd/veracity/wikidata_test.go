package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// importExampleKB builds the kb of examples/wikidata with the CLI.
func importExampleKB(t *testing.T) string {
	t.Helper()
	kb := filepath.Join(t.TempDir(), "sample.kb")
	var stdout, stderr bytes.Buffer
	status := run([]string{"kb", "import", "wikidata", "../../examples/wikidata/testdata/sample.json.gz", "--out", kb}, nil, &stdout, &stderr)
	if status != exitOK {
		t.Fatalf("kb import: status %d\n%s", status, stderr.String())
	}
	if !strings.Contains(stderr.String(), "13 items kept of 13 entities") {
		t.Errorf("kb import summary: %s", stderr.String())
	}
	return kb
}

func TestCheckWikidataKB(t *testing.T) {
	kb := importExampleKB(t)
	var stdout, stderr bytes.Buffer
	status := run([]string{"check", "--kb", kb, "--published", "2015-09-01", "--format", "json", "--explain",
		"../../examples/wikidata/article.txt"}, nil, &stdout, &stderr)
	if status != exitOK {
		t.Fatalf("status %d\n%s", status, stderr.String())
	}
	var r struct {
		Claims []struct {
			Text, Subject, Property string
		}
		Verdicts []struct {
			Rating   string
			Evidence []struct {
				Source, URL, Reliability string
			}
		}
	}
	if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	ratings := map[string]string{}
	for i, c := range r.Claims {
		ratings[c.Subject+" "+c.Property] = r.Verdicts[i].Rating
		if r.Verdicts[i].Rating != "unverified" {
			ev := r.Verdicts[i].Evidence
			if len(ev) == 0 || ev[0].Source != "Wikidata" || ev[0].URL != "https://www.wikidata.org/wiki/"+c.Subject || ev[0].Reliability != "B" {
				t.Errorf("%q: evidence %+v, want Wikidata (B) at the item's page", c.Text, ev)
			}
		}
	}
	for k, want := range map[string]string{
		"Q255 date-of-birth": "true", "Q275 opened": "true", "Q179 first-flight": "true", "Q220 population": "true",
		"Q306 age": "true", "Q185 age": "false", "eiffel-tower opened": "unverified",
	} {
		if ratings[k] != want {
			t.Errorf("%s: %q, want %q (all: %v)", k, ratings[k], want, ratings)
		}
	}
	if !strings.Contains(stderr.String(), `"December" [80:88] stays unlinked: part of the time "16 December 1770"`) {
		t.Errorf("--explain does not say why December stays unlinked:\n%s", stderr.String())
	}
	if !strings.Contains(stderr.String(), `"Rome" [`) || !strings.Contains(stderr.String(), "→ Q220") {
		t.Errorf("--explain does not say how Rome was linked:\n%s", stderr.String())
	}
}

// TestCheckWikidataClaimSet: a claim set whose entities name their items
// is checked against the kb's facts, under the set's own ids; a property
// that names a Wikidata property (established: P571) is read from it.
func TestCheckWikidataClaimSet(t *testing.T) {
	kb := importExampleKB(t)
	set := filepath.Join(t.TempDir(), "claims.yaml")
	os.WriteFile(set, []byte(`version: 1
document: {published: 2015-09-01}
entities:
  - {id: bridge, name: Forth Bridge, wikidata: Q275}
  - {id: sanger, name: Larry Sanger, wikidata: Q185}
  - {id: berlin, name: Berlin, wikidata: Q64}
properties:
  - {id: established, kind: time, wikidata: P571}
claims:
  - {id: opened-1890, subject: bridge, property: opened, value: 1890}
  - {id: opened-1889, subject: bridge, property: opened, value: 1889}
  - {id: sanger-born, subject: sanger, property: date-of-birth, value: 1968-07-16}
  - {id: berlin-1237, subject: berlin, property: established, value: 1237}
expect:
  verdicts: {opened-1890: true, opened-1889: false, sanger-born: true}
`), 0o644)
	var stdout, stderr bytes.Buffer
	status := run([]string{"check", "--kb", kb, "--format", "json", set}, nil, &stdout, &stderr)
	if status != exitOK {
		t.Fatalf("status %d\n%s", status, stderr.String())
	}
	for _, want := range []string{`"rating": "true"`, `"rating": "false"`} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("report lacks %s:\n%s", want, stdout.String())
		}
	}
	var r struct {
		Verdicts []struct{ Claim, Rating string }
	}
	json.Unmarshal(stdout.Bytes(), &r)
	for _, v := range r.Verdicts {
		want := map[string]string{"opened-1890": "true", "opened-1889": "false", "sanger-born": "true", "berlin-1237": "true"}[v.Claim]
		if v.Rating != want {
			t.Errorf("%s: %s, want %s", v.Claim, v.Rating, want)
		}
	}
}

func TestKBImportErrors(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join(dir, "broken.json")
	os.WriteFile(broken, []byte("[\n{\"type\":\"item\",\"id\":\"Q1\"},\n{\"type\":\"item\",\"id\":"), 0o644)
	ids := filepath.Join(dir, "ids.txt")
	os.WriteFile(ids, []byte("Q1\nParis\n"), 0o644)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"kb", "import", "wikidata", broken, "--out", filepath.Join(dir, "x.kb")}, "byte offset 29 (line 3)"},
		{[]string{"kb", "import", "wikidata", broken, "--out", filepath.Join(dir, "x.kb"), "--ids", ids}, `ids.txt:2: "Paris" is not an item id`},
		{[]string{"kb", "import", "wikidata", broken}, "no --out KB"},
		{[]string{"kb", "export", "wikidata", broken, "--out", "x"}, "want: kb import wikidata DUMP --out KB"},
		{[]string{"check", "--kb", broken + ".kb", "--wikidata", "dead", broken}, "bad --wikidata"},
	} {
		var stdout, stderr bytes.Buffer
		if status := run(tc.args, nil, &stdout, &stderr); status != exitUsage || !strings.Contains(stderr.String(), tc.want) {
			t.Errorf("%v: status %d, stderr %q; want 2 and %q", tc.args, status, stderr.String(), tc.want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "x.kb")); err == nil {
		t.Error("a failed import left a kb")
	}
}

// TestCheckWikidataLive: --wikidata live links through the API (an
// httptest server standing in for wikidata.org) and caches its answers.
func TestCheckWikidataLive(t *testing.T) {
	entity := `{"type":"item","id":"Q275","labels":{"en":{"language":"en","value":"Forth Bridge"}},"claims":{"P1619":[{"rank":"normal","mainsnak":{"snaktype":"value","property":"P1619","datatype":"time","datavalue":{"type":"time","value":{"time":"+1890-03-04T00:00:00Z","precision":11,"calendarmodel":"http://www.wikidata.org/entity/Q1985727"}}}}]},"sitelinks":{}}`
	requests := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests++
		switch r.URL.Query().Get("action") {
		case "wbsearchentities":
			if r.URL.Query().Get("search") == "Forth Bridge" {
				w.Write([]byte(`{"search":[{"id":"Q275"}],"success":1}`))
				return
			}
			w.Write([]byte(`{"search":[],"success":1}`))
		case "wbgetentities":
			w.Write([]byte(`{"entities":{"Q275":` + entity + `},"success":1}`))
		}
	}))
	defer srv.Close()
	t.Setenv("VERACITY_WIKIDATA_API", srv.URL)
	article := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(article, []byte("The Forth Bridge opened in 1889.\n"), 0o644)
	cache := t.TempDir()
	for i := range 2 {
		var stdout, stderr bytes.Buffer
		status := run([]string{"check", "--wikidata", "live", "--wikidata-cache", cache, "--published", "2015-09-01", "--format", "json", article}, nil, &stdout, &stderr)
		if status != exitOK {
			t.Fatalf("status %d\n%s", status, stderr.String())
		}
		if !strings.Contains(stdout.String(), `"rating": "false"`) || !strings.Contains(stdout.String(), "https://www.wikidata.org/wiki/Q275") {
			t.Errorf("run %d: want a false verdict from Wikidata:\n%s", i, stdout.String())
		}
		if i == 0 && requests == 0 {
			t.Fatal("no request reached the API")
		}
	}
	if requests != 2 {
		t.Errorf("%d requests, want 2 (search, entities), the second run from the cache", requests)
	}
}
