package claims

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// writeFiles writes files (name → content) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

const kbYAML = `version: 1
document: {title: House knowledge base, language: en}
entities:
  - {id: alaska, name: Alaska, kind: place}
  - {id: anchorage, name: Anchorage, kind: place, part_of: [alaska]}
  - {id: summit, name: Trump–Putin summit, kind: event}
properties:
  - {id: venue, kind: place}
sources:
  - {id: tass, name: Tass, kind: wire, reliability: B}
`

func TestLoadIncludes(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"kb.yaml": kbYAML,
		"article.yaml": `version: 1
include: [kb.yaml]
document: {title: Summit, published: 2025-08-13, text_file: texts/summit.txt}
entities:
  - {id: jber, name: JBER, kind: place, part_of: [anchorage]}
claims:
  - {id: c1, subject: summit, property: venue, value: anchorage, sources: [tass], span: [0, 9]}
`,
		"texts/summit.txt": "Anchorage is the venue.",
	})
	path := filepath.Join(dir, "article.yaml")
	s, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if s.File != path || s.Include != nil {
		t.Errorf("File, Include = %q, %q; want %q, nil", s.File, s.Include, path)
	}
	wantDoc := Document{Title: "Summit", Language: "en", Published: s.Document.Published,
		Text: "Anchorage is the venue.", TextFile: "texts/summit.txt"}
	if diff := cmp.Diff(wantDoc, s.Document); diff != "" || s.Document.Published.IsZero() {
		t.Errorf("Document (-want +got):\n%s", diff)
	}
	var ids, files []string
	for _, e := range s.Entities {
		ids = append(ids, e.ID)
		files = append(files, filepath.Base(e.Pos.File))
	}
	if diff := cmp.Diff([]string{"alaska", "anchorage", "summit", "jber"}, ids); diff != "" {
		t.Errorf("entities, included first (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"kb.yaml", "kb.yaml", "kb.yaml", "article.yaml"}, files); diff != "" {
		t.Errorf("entity files (-want +got):\n%s", diff)
	}
	// The property's kind comes from the include: anchorage is a place.
	if diff := cmp.Diff(Value{Kind: KindPlace, Entity: "anchorage", Text: "anchorage"}, s.Claims[0].Value); diff != "" {
		t.Errorf("c1 value (-want +got):\n%s", diff)
	}
	if p := s.Sources[0].Pos; p != (Pos{File: filepath.Join(dir, "kb.yaml"), Line: 10, Col: 5}) {
		t.Errorf("source tass at %v, want kb.yaml:10:5", p)
	}
}

// TestLoadNested checks includes relative to the file that names them, a
// shared file included twice (merged once) and a symbolic link that stays
// inside the folder.
func TestLoadNested(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"kb/places.yaml": "version: 1\nentities:\n  - {id: alaska, kind: place}\n",
		"kb/events.yaml": "version: 1\ninclude: [places.yaml]\nentities:\n  - {id: summit, kind: event}\n",
		"kb/people.yaml": "version: 1\ninclude: [places.yaml]\nentities:\n  - {id: putin, kind: person}\n",
		"article.yaml": `version: 1
include: [kb/events.yaml, kb/people.yaml, linked.yaml]
claims:
  - {id: c1, subject: summit}
  - {id: c2, subject: putin}
  - {id: c3, subject: alaska}
`,
		"linked-target.yaml": "version: 1\nsources:\n  - {id: tass}\n",
	})
	if err := os.Symlink("linked-target.yaml", filepath.Join(dir, "linked.yaml")); err != nil {
		t.Skip("no symbolic links:", err)
	}
	s, err := Load(filepath.Join(dir, "article.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range s.Entities {
		ids = append(ids, e.ID)
	}
	if diff := cmp.Diff([]string{"alaska", "summit", "putin"}, ids); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
	if len(s.Sources) != 1 {
		t.Errorf("sources = %+v, want tass from the linked file", s.Sources)
	}
}

// TestLoadErrors checks the problems only Load sees, each with the file
// and line that names the problem.
func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		// links are symbolic links to make: name → target, which may lie
		// outside the test's folder ("OUTSIDE/…").
		links map[string]string
		load  string
		want  string // the first error, DIR for the test's folder
	}{{
		name: "cycle",
		files: map[string]string{
			"a.yaml": "version: 1\ninclude: [b.yaml]\n",
			"b.yaml": "version: 1\ninclude: [c.yaml]\n",
			"c.yaml": "version: 1\ninclude: [a.yaml]\n",
		},
		load: "a.yaml",
		want: `claims: DIR/c.yaml:2:11: include cycle: DIR/a.yaml → DIR/b.yaml → DIR/c.yaml → DIR/a.yaml`,
	}, {
		name:  "self",
		files: map[string]string{"a.yaml": "version: 1\ninclude: [./a.yaml]\n"},
		load:  "a.yaml",
		want:  `claims: DIR/a.yaml:2:11: include cycle: DIR/a.yaml → DIR/a.yaml`,
	}, {
		name: "escape by dot-dot",
		files: map[string]string{
			"kb.yaml":        "version: 1\n",
			"sub/a.yaml":     "version: 1\ninclude: [../kb.yaml]\n",
			"sub/other.yaml": "version: 1\n",
		},
		load: "sub/a.yaml",
		want: `claims: DIR/sub/a.yaml:2:11: include "../kb.yaml" lies outside the folder of this file; name a file in it or below it`,
	}, {
		name: "escape by dot-dot in the middle",
		files: map[string]string{
			"kb.yaml":    "version: 1\n",
			"sub/a.yaml": "version: 1\ninclude: [x/../../kb.yaml]\n",
		},
		load: "sub/a.yaml",
		want: `claims: DIR/sub/a.yaml:2:11: include "x/../../kb.yaml" lies outside the folder of this file`,
	}, {
		name:  "escape by symbolic link",
		files: map[string]string{"a.yaml": "version: 1\ninclude: [kb.yaml]\n"},
		links: map[string]string{"kb.yaml": "OUTSIDE/kb.yaml"},
		load:  "a.yaml",
		want:  `claims: DIR/a.yaml:2:11: include "kb.yaml": lies outside the folder of the file that names it`,
	}, {
		name:  "escape by symbolic link to a folder",
		files: map[string]string{"a.yaml": "version: 1\ninclude: [shared/kb.yaml]\n"},
		links: map[string]string{"shared": "OUTSIDE"},
		load:  "a.yaml",
		want:  `claims: DIR/a.yaml:2:11: include "shared/kb.yaml": lies outside the folder of the file that names it`,
	}, {
		name:  "text file by symbolic link",
		files: map[string]string{"a.yaml": "version: 1\ndocument:\n  text_file: article.txt\n"},
		links: map[string]string{"article.txt": "OUTSIDE/kb.yaml"},
		load:  "a.yaml",
		want:  `claims: DIR/a.yaml:3:14: text_file "article.txt": lies outside the folder of the file that names it`,
	}, {
		name:  "missing include",
		files: map[string]string{"a.yaml": "version: 1\ninclude:\n  - kb.yaml\n"},
		load:  "a.yaml",
		want:  `claims: DIR/a.yaml:3:5: include "kb.yaml": no such file`,
	}, {
		name:  "missing text file",
		files: map[string]string{"a.yaml": "version: 1\ndocument: {text_file: article.txt}\n"},
		load:  "a.yaml",
		want:  `claims: DIR/a.yaml:2:23: text_file "article.txt": no such file`,
	}, {
		name:  "include a folder",
		files: map[string]string{"a.yaml": "version: 1\ninclude: [kb]\n", "kb/x.yaml": "version: 1\n"},
		load:  "a.yaml",
		want:  `claims: DIR/a.yaml:2:11: include "kb": is a folder`,
	}, {
		name: "duplicate id across files",
		files: map[string]string{
			"kb.yaml": kbYAML,
			"a.yaml":  "version: 1\ninclude: [kb.yaml]\nentities:\n  - {id: anchorage, kind: place}\n",
		},
		load: "a.yaml",
		want: `claims: DIR/a.yaml:4:5: duplicate entity id "anchorage" (first defined at DIR/kb.yaml:5:5)`,
	}, {
		name: "unknown entity across files",
		files: map[string]string{
			"kb.yaml": kbYAML,
			"a.yaml":  "version: 1\ninclude: [kb.yaml]\nclaims:\n  - {id: c1, subject: anchorage, property: venue, value: juneau}\n",
		},
		load: "a.yaml",
		want: `claims: DIR/a.yaml:4:58: unknown entity "juneau" in value`,
	}, {
		name: "bad included file",
		files: map[string]string{
			"kb.yaml": "version: 1\nentities:\n  - {id: alaska, kind: state}\n",
			"a.yaml":  "version: 1\ninclude: [kb.yaml]\n",
		},
		load: "a.yaml",
		want: `claims: DIR/kb.yaml:3:24: unknown entity kind "state"`,
	}, {
		name:  "missing file",
		files: map[string]string{},
		load:  "a.yaml",
		want:  `claims: DIR/a.yaml: cannot read: no such file`,
	}, {
		name:  "invalid UTF-8 in the text",
		files: map[string]string{"a.yaml": "version: 1\ndocument: {text_file: a.txt}\n", "a.txt": "one\ntw\xffo\n"},
		load:  "a.yaml",
		want:  `claims: DIR/a.txt:2:3: invalid UTF-8`,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			base := t.TempDir()
			dir, outside := filepath.Join(base, "set"), filepath.Join(base, "outside")
			writeFiles(t, dir, tt.files)
			writeFiles(t, outside, map[string]string{"kb.yaml": kbYAML})
			for name, target := range tt.links {
				target = strings.Replace(target, "OUTSIDE", outside, 1)
				if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
					t.Skip("no symbolic links:", err)
				}
			}
			s, err := Load(filepath.Join(dir, tt.load))
			if err == nil {
				t.Fatalf("Load = %+v, nil; want error %s", s, tt.want)
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Load error %T %v: not an *Error", err, err)
			}
			if got := strings.ReplaceAll(e.Error(), dir, "DIR"); !strings.HasPrefix(got, tt.want) {
				t.Errorf("Load first error\n\t%s\nwant\n\t%s\nall:\n%v", got, tt.want, err)
			}
		})
	}
}

func TestLoadMissingIsNotExist(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "nope.yaml"))
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Load(missing) = %v, want an error that is fs.ErrNotExist", err)
	}
}

// TestLoadJSON checks that a .json file must be JSON, and that it may
// include YAML.
func TestLoadJSON(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"kb.yaml": kbYAML,
		"a.json":  `{"version": 1, "include": ["kb.yaml"], "claims": [{"id": "c1", "subject": "summit"}]}`,
		"b.json":  "version: 1\n",
	})
	s, err := Load(filepath.Join(dir, "a.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Entities) != 3 || len(s.Claims) != 1 {
		t.Errorf("Load(a.json) = %d entities, %d claims; want 3 and 1", len(s.Entities), len(s.Claims))
	}
	_, err = Load(filepath.Join(dir, "b.json"))
	if err == nil || !strings.Contains(err.Error(), "b.json:1:1: JSON syntax: invalid character 'v'") {
		t.Errorf("Load(b.json) = %v, want a JSON syntax error at 1:1", err)
	}
}

// TestLoadMissingIncludeAlone checks that an include that cannot be read
// is reported once, not again at every use of the ids it would define.
func TestLoadMissingIncludeAlone(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.yaml": "version: 1\ninclude: [kb.yaml]\nclaims:\n  - {id: c1, subject: summit}\n  - {id: c2, subject: summit}\n",
	})
	_, err := Load(filepath.Join(dir, "a.yaml"))
	want := "claims: DIR/a.yaml:2:11: include \"kb.yaml\": no such file"
	if err == nil || strings.ReplaceAll(err.Error(), dir, "DIR") != want {
		t.Errorf("Load error:\n%v\nwant:\n%s", err, want)
	}
}

// TestLoadTextInline checks that a document giving its text inline keeps
// it, with its text_file as a record only: the file is not read.
func TestLoadTextInline(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.yaml": "version: 1\ndocument: {text: Inline text., text_file: gone.txt}\n",
	})
	s, err := Load(filepath.Join(dir, "a.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(Document{Text: "Inline text.", TextFile: "gone.txt"}, s.Document); diff != "" {
		t.Errorf("Document (-want +got):\n%s", diff)
	}
}
