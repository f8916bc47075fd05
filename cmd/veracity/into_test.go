package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/veracity-go/veracity/claims"
)

// curatedKB is the house knowledge base the curated files include.
const curatedKB = `version: 1
document: {published: 2025-08-13}
entities:
  - {id: alaska-purchase, name: Alaska Purchase, kind: event}
  - {id: summit, name: summit, kind: event}
  - {id: anchorage, name: Anchorage, kind: place}
properties:
  - {id: price, kind: money, cues: [sold, price, paid]}
  - {id: venue, kind: place, cues: [venue, held in]}
`

// curated is a hand-curated claim set: a comment, claims in an order of
// the editor's choosing and a hand-set modality, with expectations after
// the claims.
const curated = `# Curated by the politics desk. Do not reorder: c3 leads the story.
version: 1
include: [kb.yaml]
claims:
  # The lead.
  - id: c3
    text: the summit will be held in Anchorage
    subject: summit
    property: venue
    value: anchorage
    modality: hedged   # only "officials said"
  - {id: c1, text: Alaska was sold for $7.2 million, subject: alaska-purchase, property: price, value: $7.2 million}

# What the desk expects.
expect:
  verdicts: {c1: unverified}
`

// money returns a money value for tests.
func money(t *testing.T, lit string) claims.Value {
	t.Helper()
	v, err := claims.ParseValueKind(claims.KindMoney, lit)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestAppendClaims(t *testing.T) {
	fresh := func(t *testing.T) []claims.Claim {
		return []claims.Claim{
			{ID: "c4", Text: "the price was $7.5 million", Subject: "alaska-purchase", Property: "price", Value: money(t, "$7.5 million")},
			{ID: "c5", Text: "paid\nin gold", Subject: "alaska-purchase", Property: "price", Value: money(t, "$9 million"), Modality: claims.ModalityHedged},
		}
	}
	for _, tc := range []struct {
		name string
		file string
		// keep are lines of the file that must come through unchanged,
		// in order; the whole file when nil.
		keep []string
		// prefix says the file must be a prefix of the result.
		prefix bool
		err    string
	}{
		{name: "claims before expect", file: curated},
		{name: "claims last", file: strings.Split(curated, "\n# What")[0] + "\n", prefix: true},
		{name: "claims last without a final newline", file: strings.TrimSuffix(strings.Split(curated, "\n\n# What")[0], "\n"), prefix: true},
		{name: "items flush with the key", file: "version: 1\ninclude: [kb.yaml]\nclaims:\n- id: c9\n  text: x\n# top comment\nexpect: {verdicts: {c9: unverified}}\n"},
		{name: "no claims", file: "version: 1 # v\ninclude: [kb.yaml]\n", prefix: true},
		{name: "empty claims", file: "version: 1\ninclude: [kb.yaml]\nclaims:\nexpect: {}\n"},
		{name: "claims []", file: "version: 1\ninclude: [kb.yaml]\nclaims: [] # none yet\nexpect: {}\n", keep: []string{"version: 1", "include: [kb.yaml]", "claims: # none yet", "expect: {}"}},
		{name: "CRLF", file: strings.ReplaceAll(curated, "\n", "\r\n")},
		{name: "flow list", file: "version: 1\ninclude: [kb.yaml]\nclaims: [{id: c1, text: x}]\n", err: "flow style"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, dir, "kb.yaml", curatedKB)
			kb, err := claims.Load(filepath.Join(dir, "kb.yaml"))
			if err != nil {
				t.Fatal(err)
			}
			out, err := appendClaims([]byte(tc.file), fresh(t), kb.Properties)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("appendClaims: error %v, want one about %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("appendClaims: %v", err)
			}
			if tc.prefix && !bytes.HasPrefix(out, []byte(tc.file)) {
				t.Errorf("the file is not kept as the start of the result:\n%s", out)
			}
			keep := tc.keep
			if keep == nil {
				keep = strings.SplitAfter(tc.file, "\n")
			}
			rest := string(out)
			for _, line := range keep {
				i := strings.Index(rest, line)
				if i < 0 {
					t.Fatalf("line %q of the file is lost or out of order in:\n%s", line, out)
				}
				rest = rest[i+len(line):]
			}
			p := writeFile(t, dir, "set.yaml", string(out))
			set, err := claims.Load(p)
			if err != nil {
				t.Fatalf("result does not load: %v\n%s", err, out)
			}
			before, err := claims.Load(writeFile(t, dir, "before.yaml", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, c := range set.Claims {
				ids = append(ids, c.ID)
			}
			want := []string{"c4", "c5"}
			for i := len(before.Claims) - 1; i >= 0; i-- {
				want = append([]string{before.Claims[i].ID}, want...)
			}
			if diff := cmp.Diff(want, ids); diff != "" {
				t.Errorf("claim ids (-want +got):\n%s\n%s", diff, out)
			}
			if !sameClaims(before.Claims, set.Claims[:len(before.Claims)]) {
				t.Errorf("the file's own claims changed:\n%s", out)
			}
			if c5, _ := set.Claim("c5"); c5.Modality != claims.ModalityHedged || c5.Text != "paid\nin gold" || c5.Value.Amount != 9e6 {
				t.Errorf("c5 = %+v, want the hedged $9 million claim with its two-line text", c5)
			}
			if strings.Contains(tc.file, "\r\n") && bytes.Contains(bytes.ReplaceAll(out, []byte("\r\n"), nil), []byte("\n")) {
				t.Errorf("a CRLF file got LF lines:\n%q", out)
			}
		})
	}
}

func TestNewClaims(t *testing.T) {
	existing := []claims.Claim{
		{ID: "c3", Text: "the summit will be held in Anchorage", Subject: "summit", Property: "venue", Value: claims.Value{Kind: claims.KindPlace, Entity: "anchorage"}, Modality: claims.ModalityHedged},
		{ID: "c12", Text: "Alaska was sold for $7.2 million", Span: claims.Span{Start: 10, End: 42}},
		{ID: "lead", Text: "a hand-written claim"},
		{ID: "c5x", Text: "not numbered"},
	}
	found := []claims.Claim{
		// Same subject, property and value as c3, asserted: present.
		{ID: "c1", Text: "the summit is in Anchorage", Subject: "summit", Property: "venue", Value: claims.Value{Kind: claims.KindPlace, Entity: "anchorage", Text: "Anchorage"}},
		// Same span as c12: present.
		{ID: "c2", Text: "sold for $7.2 million", Span: claims.Span{Start: 10, End: 42}},
		// Same text as "lead", spaced and cased differently: present.
		{ID: "c3", Text: "A  hand-written\nclaim"},
		// New.
		{ID: "c4", Text: "the price was $7.5 million", Subject: "alaska-purchase", Property: "price", Value: money(t, "$7.5 million")},
		// The same value again, written otherwise: taken once.
		{ID: "c5", Text: "it cost $7.5 million", Subject: "alaska-purchase", Property: "price", Value: money(t, "7500000 USD")},
		// New: another value.
		{ID: "c6", Text: "the summit is in Juneau", Subject: "summit", Property: "venue", Value: claims.Value{Kind: claims.KindPlace, Entity: "juneau"}, Pos: claims.Pos{File: "x", Line: 3}},
	}
	got := newClaims(existing, found)
	var ids, texts []string
	for _, c := range got {
		ids = append(ids, c.ID)
		texts = append(texts, c.Text)
		if c.Pos != (claims.Pos{}) {
			t.Errorf("claim %s keeps position %v, want none", c.ID, c.Pos)
		}
	}
	if diff := cmp.Diff([]string{"c13", "c14"}, ids); diff != "" {
		t.Errorf("ids (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"the price was $7.5 million", "the summit is in Juneau"}, texts); diff != "" {
		t.Errorf("new claims (-want +got):\n%s", diff)
	}
	if found[3].ID != "c4" {
		t.Errorf("newClaims changed its input: %+v", found[3])
	}
	if got := newClaims(nil, found[3:4]); len(got) != 1 || got[0].ID != "c1" {
		t.Errorf("into an empty set: %+v, want c1", got)
	}
}

// writeFile writes text to dir/name and returns the path.
func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// setupInto writes the curated set, its kb and an article into a fresh
// folder, makes it the working folder and returns it.
func setupInto(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	writeFile(t, dir, "kb.yaml", curatedKB)
	writeFile(t, dir, "claims.yaml", curated)
	writeFile(t, dir, "article.txt", "Alaska was sold for $7.5 million.\n")
	t.Chdir(dir)
	return dir
}

// dirNames returns the names in dir.
func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	slices.Sort(names)
	return names
}

func TestExtractInto(t *testing.T) {
	var fake fakeExtract
	fake.install(t)
	dir := setupInto(t)
	if err := os.Chmod("claims.yaml", 0o640); err != nil {
		t.Fatal(err)
	}

	args := []string{"extract", "--into", "claims.yaml", "article.txt"}
	status, stdout, stderr := veracity(t, "", args...)
	wantStatus(t, args, status, exitOK, stdout, stderr)
	if want := "added 1 claim to claims.yaml (c4)\n"; stderr != want {
		t.Errorf("stderr = %q, want %q", stderr, want)
	}
	if stdout != "" {
		t.Errorf("stdout = %q, want nothing", stdout)
	}
	got, err := os.ReadFile("claims.yaml")
	if err != nil {
		t.Fatal(err)
	}
	// The editor's file is all there, in order, with the new claim after
	// the last of the claims and before the expectations.
	head, tail, _ := strings.Cut(curated, "\n# What the desk expects.")
	if !strings.HasPrefix(string(got), head) || !strings.HasSuffix(string(got), "# What the desk expects."+tail) {
		t.Errorf("claims.yaml lost some of the editor's work:\n%s", got)
	}
	set, err := claims.Load("claims.yaml")
	if err != nil {
		t.Fatalf("claims.yaml does not load: %v\n%s", err, got)
	}
	var ids []string
	for _, c := range set.Claims {
		ids = append(ids, c.ID)
	}
	if diff := cmp.Diff([]string{"c3", "c1", "c4"}, ids); diff != "" {
		t.Errorf("claim order (-want +got):\n%s", diff)
	}
	if c3, _ := set.Claim("c3"); c3.Modality != claims.ModalityHedged {
		t.Errorf("c3 modality = %v, want the hand-set hedged", c3.Modality)
	}
	if c4, _ := set.Claim("c4"); c4.Value.Amount != 7.5e6 || c4.Subject != "alaska-purchase" {
		t.Errorf("c4 = %+v, want the extracted $7.5 million", c4)
	}
	if len(fake.kbs) != 1 || fake.kbs[0] == nil || len(fake.kbs[0].Properties) != 2 {
		t.Errorf("extractor got kb %+v, want claims.yaml with its included kb", fake.kbs)
	}
	if info, err := os.Stat("claims.yaml"); err != nil || info.Mode().Perm() != 0o640 {
		t.Errorf("claims.yaml mode = %v (%v), want 0640 kept", info.Mode().Perm(), err)
	}
	if diff := cmp.Diff([]string{"article.txt", "claims.yaml", "kb.yaml"}, dirNames(t, dir)); diff != "" {
		t.Errorf("folder (-want +got), want no temporary file left:\n%s", diff)
	}

	// Again: nothing new, nothing written.
	status, stdout, stderr = veracity(t, "", args...)
	wantStatus(t, args, status, exitOK, stdout, stderr)
	if want := "no new claims for claims.yaml; not changed\n"; stderr != want {
		t.Errorf("second run: stderr = %q, want %q", stderr, want)
	}
	if again, _ := os.ReadFile("claims.yaml"); !bytes.Equal(again, got) {
		t.Errorf("second run changed the file")
	}
}

func TestExtractIntoChangedMeanwhile(t *testing.T) {
	var fake fakeExtract
	fake.install(t)
	dir := setupInto(t)
	edited := curated + "# an editor's late change\n"
	intoBeforeRename = func(path string) {
		if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
			t.Error(err)
		}
	}
	t.Cleanup(func() { intoBeforeRename = nil })

	args := []string{"extract", "--into", "claims.yaml", "article.txt"}
	status, stdout, stderr := veracity(t, "", args...)
	wantStatus(t, args, status, exitUsage, stdout, stderr)
	if want := "veracity: claims.yaml: changed since it was read; not overwritten\n"; stderr != want {
		t.Errorf("stderr = %q, want %q", stderr, want)
	}
	if got, _ := os.ReadFile("claims.yaml"); string(got) != edited {
		t.Errorf("claims.yaml = %q, want the editor's change kept", got)
	}
	if diff := cmp.Diff([]string{"article.txt", "claims.yaml", "kb.yaml"}, dirNames(t, dir)); diff != "" {
		t.Errorf("folder (-want +got), want no temporary file left:\n%s", diff)
	}
}

func TestExtractIntoRefuses(t *testing.T) {
	for _, tc := range []struct {
		name   string
		file   string // claims.yaml's content; curated when ""
		into   string
		args   []string
		extErr error
		want   string
	}{
		{name: "invalid file", file: "version: 1\nclaims:\n  - {id: c1, txt: x}\n", want: `claims.yaml:3:14: claim: unknown key "txt"`},
		{name: "missing file", into: "nope.yaml", want: "nope.yaml: no such file"},
		{name: "JSON", into: "claims.json", want: "claims.json: --into adds claims to a YAML claim set, not JSON"},
		{name: "with --mentions", args: []string{"--mentions"}, want: "--into adds claims; it does not go with --mentions"},
		{name: "extractor fails", extErr: errors.New("extract: broken"), want: "claims.yaml: extract: broken"},
		{name: "flow list", file: "version: 1\ninclude: [kb.yaml]\nclaims: [{id: c1, text: x}]\n", want: "claims.yaml: cannot add claims: line 3: the claims list is written in flow style"},
		{name: "claims that would not load", file: "version: 1\nclaims: []\n", want: "veracity: claims.yaml: not changed: with the new claims it would not load:\nveracity: claims.yaml:5:14: unknown entity \"alaska-purchase\" in claim subject\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fake := fakeExtract{err: tc.extErr}
			fake.install(t)
			dir := setupInto(t)
			if tc.file != "" {
				writeFile(t, dir, "claims.yaml", tc.file)
			}
			into := cmpOr(tc.into, "claims.yaml")
			before, _ := os.ReadFile("claims.yaml")
			args := append([]string{"extract", "--into", into}, tc.args...)
			args = append(args, "article.txt")
			status, stdout, stderr := veracity(t, "", args...)
			wantStatus(t, args, status, exitUsage, stdout, stderr)
			if !strings.Contains(stderr, tc.want) {
				t.Errorf("stderr = %q, want it to contain %q", stderr, tc.want)
			}
			if after, _ := os.ReadFile("claims.yaml"); !bytes.Equal(before, after) {
				t.Errorf("claims.yaml changed:\n%s", after)
			}
			if diff := cmp.Diff([]string{"article.txt", "claims.yaml", "kb.yaml"}, dirNames(t, dir)); diff != "" {
				t.Errorf("folder (-want +got), want no temporary file left:\n%s", diff)
			}
		})
	}
}

func TestExtractIntoSymlink(t *testing.T) {
	// A link to the curated file is followed: the file is updated and the
	// link stays a link.
	var fake fakeExtract
	fake.install(t)
	dir := setupInto(t)
	if err := os.Symlink("claims.yaml", filepath.Join(dir, "link.yaml")); err != nil {
		t.Skip(err)
	}
	args := []string{"extract", "--into", "link.yaml", "article.txt"}
	status, stdout, stderr := veracity(t, "", args...)
	wantStatus(t, args, status, exitOK, stdout, stderr)
	if info, err := os.Lstat("link.yaml"); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("link.yaml is no longer a symbolic link (%v)", err)
	}
	if set, err := claims.Load("claims.yaml"); err != nil || len(set.Claims) != 3 {
		t.Errorf("claims.yaml after --into through a link: %v, %d claims, want 3", err, len(set.Claims))
	}
}
