package beam_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/google/go-cmp/cmp"

	vbeam "github.com/veracity-go/veracity/factcheck/beam"
)

func TestMain(m *testing.M) {
	beam.Init()
	os.Exit(m.Run())
}

// run runs the pipeline on Prism, in-process, and returns its output
// folder.
func run(t *testing.T, cfg vbeam.Config) string {
	t.Helper()
	cfg.Output = t.TempDir()
	p, s := beam.NewPipelineWithRoot()
	if err := vbeam.Build(s, cfg); err != nil {
		t.Fatal(err)
	}
	if _, err := prism.Execute(context.Background(), p); err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	return cfg.Output
}

// lines returns the JSON objects of the files of dir matching pattern.
func lines(t *testing.T, dir, pattern string) []map[string]any {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, pattern))
	if err != nil || len(files) == 0 {
		t.Fatalf("no %s in %s (%v)", pattern, dir, err)
	}
	var out []map[string]any
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(nil, 64<<20)
		for sc.Scan() {
			var m map[string]any
			if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
				t.Fatalf("%s: %v: %s", f, err, sc.Text())
			}
			out = append(out, m)
		}
	}
	return out
}

// buildVeracity builds the veracity command of the main module into a
// temporary folder, as a user would install it.
func buildVeracity(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "veracity")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/veracity")
	cmd.Dir = filepath.Join("..", "..")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building veracity: %v\n%s", err, out)
	}
	return bin
}

func TestReportsEqualVeracityCheck(t *testing.T) {
	files, _ := filepath.Glob("testdata/archive/*.txt")
	out := run(t, vbeam.Config{Input: "testdata/archive/*.txt", Published: "2025-03-01"})
	got := map[string]map[string]any{}
	for _, r := range lines(t, out, "reports-*.jsonl") {
		got[r["file"].(string)] = r
	}

	bin := buildVeracity(t)
	args := append([]string{"check", "--format", "json", "--published", "2025-03-01"}, files...)
	cmd := exec.Command(bin, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("veracity check: %v\n%s", err, stderr.String())
	}
	want := map[string]map[string]any{}
	sc := bufio.NewScanner(&stdout)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatal(err)
		}
		want[m["file"].(string)] = m
	}
	if len(want) != len(files) {
		t.Fatalf("veracity check gave %d reports for %d files", len(want), len(files))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("reports differ from veracity check's (-want +got):\n%s", diff)
	}
}

// finding is what a test reads of a cross-article finding.
type finding struct {
	Check string
	Names []string // the articles' files or ids
	Dates []string
	Quote []string
}

func findings(t *testing.T, out string) []finding {
	t.Helper()
	var fs []finding
	for _, m := range lines(t, out, "conflicts-*.jsonl") {
		var f finding
		f.Check = m["check"].(string)
		for _, c := range m["claims"].([]any) {
			c := c.(map[string]any)
			name, _ := c["file"].(string)
			if id, ok := c["id"].(string); ok && name == "" {
				name = id
			}
			date, _ := c["published"].(string)
			f.Names = append(f.Names, name)
			f.Dates = append(f.Dates, date)
			f.Quote = append(f.Quote, c["quote"].(string))
		}
		fs = append(fs, f)
	}
	return fs
}

func TestPlantedPairIsFound(t *testing.T) {
	out := run(t, vbeam.Config{Input: "testdata/archive/*.txt", Published: "2025-03-01", Shards: 2})
	got := findings(t, out)
	want := []finding{{
		Check: "value-conflict",
		Names: []string{"testdata/archive/acme-january.txt", "testdata/archive/acme-march.txt"},
		Dates: []string{"2025-03-01", "2025-03-01"},
		Quote: []string{"Acme's revenue in 2024 was £3.2bn, the company said in its annual report", "Acme's revenue in 2024 was £2.9bn"},
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("cross-article findings (-want +got):\n%s", diff)
	}
	for _, f := range got {
		if slices.Contains(f.Names, "testdata/archive/harbour.txt") {
			t.Errorf("the clean article is in a finding: %+v", f)
		}
	}
	var sum vbeam.Summary
	data, err := os.ReadFile(filepath.Join(out, "summary.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &sum); err != nil {
		t.Fatal(err)
	}
	if sum.Articles != 3 || sum.Refused != 0 || sum.CrossArticle["value-conflict"]["warning"] != 1 || sum.ByMonth["2025-03"].Articles != 3 {
		t.Errorf("summary.json:\n%s", data)
	}
	shards, _ := filepath.Glob(filepath.Join(out, "reports-*-of-00002.jsonl"))
	if len(shards) != 2 {
		t.Errorf("want 2 report shards, have %v", shards)
	}
}

func TestJSONLines(t *testing.T) {
	out := run(t, vbeam.Config{Input: "testdata/jsonl/*.jsonl"})
	var ids []string
	for _, r := range lines(t, out, "reports-*.jsonl") {
		id, _ := r["id"].(string)
		if _, ok := r["file"]; ok {
			t.Errorf("report of %s has a file", id)
		}
		ids = append(ids, id)
	}
	slices.Sort(ids)
	if want := []string{"acme-1", "acme-2", "harbour"}; !slices.Equal(ids, want) {
		t.Errorf("reports of %v, want %v", ids, want)
	}
	want := []finding{{
		Check: "value-conflict",
		Names: []string{"acme-1", "acme-2"},
		Dates: []string{"2025-01-14", "2025-03-10"},
		Quote: []string{"Acme's revenue in 2024 was £3.2bn, the company said in its annual report", "Acme's revenue in 2024 was £2.9bn"},
	}}
	if diff := cmp.Diff(want, findings(t, out)); diff != "" {
		t.Errorf("cross-article findings (-want +got):\n%s", diff)
	}
	var refused []string
	for _, e := range lines(t, out, "errors-*.jsonl") {
		refused = append(refused, e["error"].(string))
	}
	slices.Sort(refused)
	if len(refused) != 2 || !strings.HasPrefix(refused[0], "testdata/jsonl/articles.jsonl:5: bad JSON") ||
		!strings.HasPrefix(refused[1], "testdata/jsonl/articles.jsonl:6: beam: bad publication date \"2025-13-01\"") {
		t.Errorf("errors: want lines 5 (bad JSON) and 6 (bad date) refused, have %q", refused)
	}
	data, err := os.ReadFile(filepath.Join(out, "summary.json"))
	if err != nil {
		t.Fatal(err)
	}
	var sum vbeam.Summary
	if err := json.Unmarshal(data, &sum); err != nil {
		t.Fatal(err)
	}
	if sum.Refused != 2 || sum.ByMonth["2025-01"].Articles != 1 || sum.ByMonth["2025-03"].Articles != 2 ||
		sum.ByMonth["2025-03"].CrossArticle["value-conflict"]["warning"] != 1 {
		t.Errorf("summary.json:\n%s", data)
	}
}

func TestSidecar(t *testing.T) {
	out := run(t, vbeam.Config{Input: "testdata/sidecar/*", Published: "2025-01-01"})
	reports := lines(t, out, "reports-*.jsonl")
	if len(reports) != 2 {
		t.Fatalf("want 2 reports (the .json is a sidecar), have %d", len(reports))
	}
	for _, r := range reports {
		doc := r["document"].(map[string]any)
		switch r["file"] {
		case "testdata/sidecar/acme.txt":
			if doc["published"] != "2025-03-10" || doc["url"] != "https://example.org/acme-2" || doc["title"] != "Acme shares slide after accounts" {
				t.Errorf("acme.txt: the sidecar's metadata is not in the report: %v", doc)
			}
		case "testdata/sidecar/acme-old.txt":
			if doc["published"] != "2025-01-01" {
				t.Errorf("acme-old.txt: published %v, want the flag's 2025-01-01", doc["published"])
			}
		default:
			t.Errorf("unexpected report of %v", r["file"])
		}
	}
	f := findings(t, out)
	if len(f) != 1 || !slices.Equal(f[0].Dates, []string{"2025-01-01", "2025-03-10"}) {
		t.Errorf("want one finding dated 2025-01-01 and 2025-03-10, have %+v", f)
	}
}
