package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
)

// hostileDeadline is how long any one hostile input may take through the
// CLI. A case that takes longer is a hang: superlinear work on the largest
// input (9 MB) takes hours, linear work about 12 s of one core, which a
// busy machine running the other packages' tests beside it may stretch
// past 20 s.
const hostileDeadline = 60 * time.Second

// A hostileCase is an input an editor should never see crash or hang the
// CLI: it must end with exit status 2 and a message naming the file, the
// line (where the file has lines) and the problem, or with a report.
type hostileCase struct {
	name string
	// files are written into a fresh folder before the run; a value of
	// nil with a name in links makes a symbolic link instead.
	files map[string][]byte
	// links maps link names to their targets, relative to the folder.
	links map[string]string
	// args are the CLI's arguments; "DIR" in one is replaced by the
	// folder.
	args  []string
	stdin []byte
	// status is the exit status wanted; -1 accepts a report, 0 or 1.
	status int
	// stderr lists what the messages must contain ("DIR" replaced), in
	// order: the file, the position, the problem.
	stderr []string
	// within, when set, is a tighter deadline than hostileDeadline.
	within time.Duration
	// maxHeap, when set, bounds the heap in use during the run beyond
	// what was in use before, in bytes (sampled every 10ms).
	maxHeap uint64
	// needsExtract marks a case whose outcome depends on the real
	// extractor: it is skipped while the extractor is not implemented.
	needsExtract bool
	// check, when set, checks the output further.
	check func(t *testing.T, dir, stdout, stderr string)
}

// hostileSet is a minimal valid claim-set head.
const hostileSet = "version: 1\n"

// placeKB is a knowledge base whose entities compare through part_of.
const placeKB = `version: 1
document: {published: 2025-08-13}
entities:
  - {id: alaska, name: Alaska, kind: place}
  - {id: anchorage, name: Anchorage, kind: place, part_of: [alaska]}
  - {id: summit, name: summit, kind: event}
properties:
  - {id: venue, kind: place, cues: [venue, held in]}
`

// pngBytes returns a PNG signature and header followed by n random bytes
// from a fixed seed.
func pngBytes(n int) []byte {
	b := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00")
	r := rand.New(rand.NewPCG(1, 2))
	for range n {
		b = append(b, byte(r.UintN(256)))
	}
	return b
}

// singleLine returns an article of n bytes on one line: a sentence with a
// figure and a date repeated, without a newline.
func singleLine(n int) []byte {
	const s = "Alaska was sold for $7.2 million in 1867, reportedly to the United States; "
	b := bytes.Repeat([]byte(s), n/len(s)+1)
	return b[:n]
}

// includeChain returns n claim-set files, f0.yaml including f1.yaml … up
// to f<n-1>.yaml.
func includeChain(n int) map[string][]byte {
	files := make(map[string][]byte, n)
	for i := range n {
		body := hostileSet
		if i+1 < n {
			body += fmt.Sprintf("include: [f%d.yaml]\n", i+1)
		}
		files[fmt.Sprintf("f%d.yaml", i)] = []byte(body)
	}
	return files
}

// aliasBomb returns a YAML "billion laughs": ten levels of nine aliases.
func aliasBomb() []byte {
	var b strings.Builder
	b.WriteString("version: 1\nx0: &a0 [lol]\n")
	for i := 1; i <= 10; i++ {
		fmt.Fprintf(&b, "x%d: &a%d [", i, i)
		for j := range 9 {
			if j > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "*a%d", i-1)
		}
		b.WriteString("]\n")
	}
	b.WriteString("claims: *a10\n")
	return []byte(b.String())
}

// sharedListBomb returns a claim set whose entities all alias one list of
// n aliases: small on disk, n×entities nodes once aliases are followed.
func sharedListBomb(n, entities int) []byte {
	var b strings.Builder
	b.WriteString("version: 1\nentities:\n  - {id: e0, name: E, kind: thing, aliases: &l [")
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "a%d", i)
	}
	b.WriteString("]}\n")
	for i := 1; i < entities; i++ {
		fmt.Fprintf(&b, "  - {id: e%d, name: E, kind: thing, aliases: *l}\n", i)
	}
	return []byte(b.String())
}

// nestedYAML returns a claim set whose claims list nests depth mappings
// in block style.
func nestedYAML(depth int) []byte {
	var b strings.Builder
	b.WriteString("version: 1\nclaims:\n")
	for i := range depth {
		b.WriteString(strings.Repeat(" ", i+1))
		b.WriteString("- \n")
	}
	return []byte(b.String())
}

// valueSet returns a claim set with one claim giving value lit to a
// property of the given kind.
func valueSet(kind, lit string) []byte {
	return fmt.Appendf(nil, `version: 1
document: {published: 2025-08-13}
entities: [{id: thing, name: Thing, kind: event}]
properties: [{id: p, kind: %s}]
claims:
  - {id: c1, subject: thing, property: p, value: %q}
`, kind, lit)
}

// hostileCases returns the table; big inputs are made here, at test time,
// never committed.
func hostileCases() []hostileCase {
	article := "Alaska was sold for $7.2 million in 1867.\nCaf\xe9 owners in Anchorage said the summit was held in Anchorage.\n"
	return []hostileCase{
		{
			name:   "invalid UTF-8 in an article",
			files:  map[string][]byte{"a.txt": []byte(article)},
			args:   []string{"check", "--format", "json", "--published", "2025-08-13", "DIR/a.txt"},
			status: -1,
			stderr: []string{"DIR/a.txt:2:4: not UTF-8", "(1 replaced)"},
			check:  checkSpans(repaired(article)),
		},
		{
			name:   "invalid UTF-8 in an article, extracted",
			files:  map[string][]byte{"a.txt": []byte(article)},
			args:   []string{"extract", "--published", "2025-08-13", "DIR/a.txt"},
			status: 0,
			stderr: []string{"DIR/a.txt:2:4: not UTF-8"},
			check:  checkExtractOutput,
		},
		{
			name:   "NUL bytes in an article",
			files:  map[string][]byte{"a.txt": []byte("Alaska was sold\nfor $7.2\x00 million.\n")},
			args:   []string{"check", "DIR/a.txt"},
			status: exitUsage,
			stderr: []string{"DIR/a.txt:2:9: NUL byte"},
		},
		{
			name:   "NUL bytes on standard input",
			args:   []string{"check", "-"},
			stdin:  []byte("\x00\x00\x00"),
			status: exitUsage,
			stderr: []string{"<stdin>:1:1: NUL byte"},
		},
		{
			name:   "binary file as an article",
			files:  map[string][]byte{"image.txt": pngBytes(64 << 10)},
			args:   []string{"check", "DIR/image.txt"},
			status: exitUsage,
			stderr: []string{"DIR/image.txt:3:1: NUL byte", "binary"},
		},
		{
			name:   "binary file as a claim set",
			files:  map[string][]byte{"image.yaml": pngBytes(64 << 10)},
			args:   []string{"check", "DIR/image.yaml"},
			status: exitUsage,
			stderr: []string{"DIR/image.yaml:1:1: invalid UTF-8"},
		},
		{
			name:   "binary file as a JSON claim set",
			files:  map[string][]byte{"image.json": pngBytes(64 << 10)},
			args:   []string{"check", "DIR/image.json"},
			status: exitUsage,
			stderr: []string{"DIR/image.json:1:1: invalid UTF-8"},
		},
		{
			name:   "binary file as a knowledge base",
			files:  map[string][]byte{"kb.yaml": pngBytes(1 << 10)},
			args:   []string{"check", "--kb", "DIR/kb.yaml", "-"},
			status: exitUsage,
			stderr: []string{"DIR/kb.yaml:1:1: invalid UTF-8"},
		},
		{
			name:    "25 MB article on one line",
			files:   map[string][]byte{"big.txt": singleLine(25 << 20)},
			maxHeap: 64 << 20,
			args:    []string{"check", "DIR/big.txt"},
			status:  exitUsage,
			stderr:  []string{"DIR/big.txt: larger than 10 MiB, the limit for an article"},
			within:  time.Second,
		},
		{
			name:   "25 MB article extracted",
			files:  map[string][]byte{"big.md": singleLine(25 << 20)},
			args:   []string{"extract", "DIR/big.md"},
			status: exitUsage,
			stderr: []string{"DIR/big.md: larger than 10 MiB"},
			within: time.Second,
		},
		{
			name:   "25 MB on standard input",
			args:   []string{"check", "-"},
			stdin:  singleLine(25 << 20),
			status: exitUsage,
			stderr: []string{"<stdin>: larger than 10 MiB"},
			within: time.Second,
		},
		{
			name:         "9 MB article on one line",
			files:        map[string][]byte{"nine.txt": singleLine(9 << 20 / raceShrink)},
			maxHeap:      1 << 30,
			args:         []string{"check", "--format", "json", "--published", "2025-08-13", "DIR/nine.txt"},
			status:       -1,
			needsExtract: true,
		},
		{
			name:   "empty article",
			files:  map[string][]byte{"empty.txt": nil},
			args:   []string{"check", "--format", "json", "DIR/empty.txt"},
			status: -1,
		},
		{
			name:   "number beyond float64",
			files:  map[string][]byte{"s.yaml": valueSet("number", "1e400")},
			args:   []string{"check", "DIR/s.yaml"},
			status: exitUsage,
			stderr: []string{"DIR/s.yaml:6:", "1e400"},
		},
		{
			name:   "money beyond float64",
			files:  map[string][]byte{"s.yaml": valueSet("money", "$1e400")},
			args:   []string{"check", "DIR/s.yaml"},
			status: exitUsage,
			stderr: []string{"DIR/s.yaml:6:", "1e400"},
		},
		{
			name:   "10^400",
			files:  map[string][]byte{"s.yaml": valueSet("number", "10^400")},
			args:   []string{"check", "DIR/s.yaml"},
			status: exitUsage,
			stderr: []string{"DIR/s.yaml:6:", "10^400"},
		},
		{
			name:   "amount beyond float64 in a value mapping",
			files:  map[string][]byte{"s.yaml": []byte(hostileSet + "entities: [{id: t, name: T, kind: event}]\nclaims: [{id: c1, subject: t, property: p, value: {kind: number, amount: 1e400}}]\n")},
			args:   []string{"check", "DIR/s.yaml"},
			status: exitUsage,
			stderr: []string{"DIR/s.yaml:3:", "amount"},
		},
		{
			name:   "NaN as a literal",
			files:  map[string][]byte{"s.yaml": valueSet("number", "NaN")},
			args:   []string{"check", "DIR/s.yaml"},
			status: exitUsage,
			stderr: []string{"DIR/s.yaml:6:", "NaN"},
		},
		{
			name:   "NaN in a value mapping",
			files:  map[string][]byte{"s.yaml": []byte(hostileSet + "entities: [{id: t, name: T, kind: event}]\nclaims: [{id: c1, subject: t, property: p, value: {kind: number, amount: .nan}}]\n")},
			args:   []string{"check", "DIR/s.yaml"},
			status: exitUsage,
			stderr: []string{"DIR/s.yaml:3:", "amount"},
		},
		{
			name:   "NaN amount in JSON",
			files:  map[string][]byte{"s.json": []byte(`{"version": 1, "entities": [{"id": "t", "name": "T", "kind": "event"}], "claims": [{"id": "c1", "subject": "t", "property": "p", "value": {"kind": "number", "amount": "NaN"}}]}`)},
			args:   []string{"check", "DIR/s.json"},
			status: exitUsage,
			stderr: []string{"DIR/s.json:1:", "amount"},
		},
		{
			name:   "negative duration",
			files:  map[string][]byte{"s.yaml": valueSet("duration", "-3 years")},
			args:   []string{"check", "DIR/s.yaml"},
			status: exitUsage,
			stderr: []string{"DIR/s.yaml:6:", "-3 years"},
		},
		{
			name:   "year 0",
			files:  map[string][]byte{"s.yaml": valueSet("time", "0")},
			args:   []string{"check", "DIR/s.yaml"},
			status: exitUsage,
			stderr: []string{"DIR/s.yaml:6:50:", "year 0 out of range"},
		},
		{
			name:   "year 99999",
			files:  map[string][]byte{"s.yaml": valueSet("time", "99999")},
			args:   []string{"check", "DIR/s.yaml"},
			status: exitUsage,
			stderr: []string{"DIR/s.yaml:6:50:", "year 99999 out of range"},
		},
		{
			name:   "publication date in year 0",
			files:  map[string][]byte{"s.yaml": []byte(hostileSet + "document: {published: 0000-01-01}\n")},
			args:   []string{"check", "--format", "json", "DIR/s.yaml"},
			status: -1,
		},
		{
			name: "cyclic part_of",
			files: map[string][]byte{"s.yaml": []byte(`version: 1
entities:
  - {id: a, name: A, kind: place, part_of: [b]}
  - {id: b, name: B, kind: place, part_of: [a]}
  - {id: summit, name: summit, kind: event}
properties: [{id: venue, kind: place}]
facts: [{subject: summit, property: venue, value: a}]
claims: [{id: c1, subject: summit, property: venue, value: b}]
`)},
			args:   []string{"check", "DIR/s.yaml"},
			status: exitUsage,
			stderr: []string{"DIR/s.yaml:3:", "part_of cycle"},
		},
		{
			name: "part_of loop made by two knowledge bases",
			files: map[string][]byte{
				"kb1.yaml": []byte("version: 1\nentities: [{id: a, name: A, kind: place, part_of: [b]}, {id: b, name: B, kind: place}, {id: summit, name: summit, kind: event}]\nproperties: [{id: venue, kind: place}]\nfacts: [{subject: summit, property: venue, value: a}]\n"),
				"kb2.yaml": []byte("version: 1\nentities: [{id: b, name: B, kind: place, part_of: [a]}, {id: a, name: A, kind: place}, {id: c, name: C, kind: place}]\n"),
				"s.yaml":   []byte("version: 1\nentities: [{id: summit, name: summit, kind: event}, {id: c, name: C, kind: place}]\nproperties: [{id: venue, kind: place}]\nclaims: [{id: c1, subject: summit, property: venue, value: c}]\n"),
			},
			args:   []string{"check", "--format", "json", "--kb", "DIR/kb1.yaml", "--kb", "DIR/kb2.yaml", "DIR/s.yaml"},
			status: -1,
		},
		{
			name: "cyclic includes",
			files: map[string][]byte{
				"a.yaml": []byte(hostileSet + "include: [b.yaml]\n"),
				"b.yaml": []byte(hostileSet + "include: [a.yaml]\n"),
			},
			args:   []string{"check", "DIR/a.yaml"},
			status: exitUsage,
			stderr: []string{"DIR/b.yaml:2:", "include cycle"},
		},
		{
			name:   "a file including itself",
			files:  map[string][]byte{"a.yaml": []byte(hostileSet + "include: [a.yaml]\n")},
			args:   []string{"check", "DIR/a.yaml"},
			status: exitUsage,
			stderr: []string{"DIR/a.yaml:2:", "include cycle"},
		},
		{
			name:   "200 nested includes",
			files:  includeChain(200),
			args:   []string{"check", "DIR/f0.yaml"},
			status: exitUsage,
			stderr: []string{"DIR/f31.yaml:2:", "includes nest deeper than 32 files"},
		},
		{
			name:   "YAML billion laughs under unknown keys",
			files:  map[string][]byte{"bomb.yaml": aliasBomb()},
			args:   []string{"check", "DIR/bomb.yaml"},
			status: exitUsage,
			stderr: []string{"DIR/bomb.yaml:2:1:", `unknown key "x0"`},
		},
		{
			name:   "YAML alias bomb in the claims",
			files:  map[string][]byte{"bomb.yaml": []byte(strings.Replace(string(aliasBomb()), "x0:", "claims:", 1))},
			args:   []string{"check", "DIR/bomb.yaml"},
			status: exitUsage,
			stderr: []string{"DIR/bomb.yaml:"},
		},
		{
			name:   "YAML alias bomb through a shared list",
			files:  map[string][]byte{"bomb.yaml": sharedListBomb(1000, 1100)},
			args:   []string{"check", "DIR/bomb.yaml"},
			status: exitUsage,
			stderr: []string{"DIR/bomb.yaml", "aliases expand to more than 1000000 nodes"},
		},
		{
			name:   "100k nested JSON lists",
			files:  map[string][]byte{"deep.json": []byte(`{"version": 1, "claims": ` + strings.Repeat("[", 100_000) + strings.Repeat("]", 100_000) + "}")},
			args:   []string{"check", "DIR/deep.json"},
			status: exitUsage,
			stderr: []string{"DIR/deep.json:1:10025:", "exceeded max depth"},
		},
		{
			name:   "100k nested lists in a YAML file",
			files:  map[string][]byte{"deep.yaml": []byte("version: 1\nclaims: " + strings.Repeat("[", 100_000) + strings.Repeat("]", 100_000) + "\n")},
			args:   []string{"check", "DIR/deep.yaml"},
			status: exitUsage,
			stderr: []string{"DIR/deep.yaml:2:", "exceeded max depth"},
		},
		{
			name:   "100k unclosed lists in a YAML file",
			files:  map[string][]byte{"deep.yaml": []byte("version: 1\nclaims: " + strings.Repeat("[", 100_000))},
			args:   []string{"check", "DIR/deep.yaml"},
			status: exitUsage,
			stderr: []string{"DIR/deep.yaml:2"},
		},
		{
			name:   "deeply nested block YAML",
			files:  map[string][]byte{"deep.yaml": nestedYAML(5000)},
			args:   []string{"check", "DIR/deep.yaml"},
			status: exitUsage,
			stderr: []string{"DIR/deep.yaml:", "nest"},
		},
		{
			name: "text_file with ..",
			files: map[string][]byte{
				"secret.txt":  []byte("secret"),
				"sets/s.yaml": []byte(hostileSet + "document: {text_file: ../secret.txt}\n"),
			},
			args:   []string{"check", "DIR/sets/s.yaml"},
			status: exitUsage,
			stderr: []string{"DIR/sets/s.yaml:2:", "text_file"},
		},
		{
			name: "text_file through a symbolic link out of the folder",
			files: map[string][]byte{
				"secret.txt":  []byte("secret"),
				"sets/s.yaml": []byte(hostileSet + "document: {text_file: link.txt}\n"),
			},
			links:  map[string]string{"sets/link.txt": "../secret.txt"},
			args:   []string{"check", "DIR/sets/s.yaml"},
			status: exitUsage,
			stderr: []string{"DIR/sets/s.yaml:2:", "text_file \"link.txt\"", "outside the folder"},
		},
		{
			name: "include with ..",
			files: map[string][]byte{
				"kb.yaml":     []byte(hostileSet),
				"sets/s.yaml": []byte(hostileSet + "include: [../kb.yaml]\n"),
			},
			args:   []string{"check", "DIR/sets/s.yaml"},
			status: exitUsage,
			stderr: []string{"DIR/sets/s.yaml:2:", "include"},
		},
		{
			name: "include through a symbolic link out of the folder",
			files: map[string][]byte{
				"kb.yaml":     []byte(hostileSet),
				"sets/s.yaml": []byte(hostileSet + "include: [kb.yaml]\n"),
			},
			links:  map[string]string{"sets/kb.yaml": "../kb.yaml"},
			args:   []string{"check", "DIR/sets/s.yaml"},
			status: exitUsage,
			stderr: []string{"DIR/sets/s.yaml:2:", "include \"kb.yaml\"", "outside the folder"},
		},
		{
			name: "include of a symbolic link to a folder",
			files: map[string][]byte{
				"sets/s.yaml": []byte(hostileSet + "include: [dir]\n"),
			},
			links:  map[string]string{"sets/dir": "."},
			args:   []string{"check", "DIR/sets/s.yaml"},
			status: exitUsage,
			stderr: []string{"DIR/sets/s.yaml:2:", "include \"dir\""},
		},
		{
			name:   "empty claim set",
			files:  map[string][]byte{"empty.yaml": nil},
			args:   []string{"check", "DIR/empty.yaml"},
			status: exitUsage,
			stderr: []string{"DIR/empty.yaml: empty file"},
		},
		{
			name:   "empty JSON claim set",
			files:  map[string][]byte{"empty.json": nil},
			args:   []string{"check", "DIR/empty.json"},
			status: exitUsage,
			stderr: []string{"DIR/empty.json"},
		},
		{
			name:   "claim set of only whitespace",
			files:  map[string][]byte{"blank.yaml": []byte(" \n\t\n  \n")},
			args:   []string{"check", "DIR/blank.yaml"},
			status: exitUsage,
			stderr: []string{"DIR/blank.yaml"},
		},
		{
			name:   "article of only whitespace",
			files:  map[string][]byte{"blank.txt": []byte(" \n\t\n  \n")},
			args:   []string{"check", "--format", "json", "DIR/blank.txt"},
			status: -1,
		},
		{
			name:   "version 2",
			files:  map[string][]byte{"v2.yaml": []byte("version: 2\nclaims: []\n")},
			args:   []string{"check", "DIR/v2.yaml"},
			status: exitUsage,
			stderr: []string{"DIR/v2.yaml:1:10: unsupported version 2"},
		},
		{
			name:   "unknown keys",
			files:  map[string][]byte{"s.yaml": []byte(hostileSet + "claims:\n  - {id: c1, text: x, subjekt: y}\n")},
			args:   []string{"check", "DIR/s.yaml"},
			status: exitUsage,
			stderr: []string{"DIR/s.yaml:3:", `unknown key "subjekt"`},
		},
		{
			name:   "a folder as an article",
			files:  map[string][]byte{"dir.txt/x": nil},
			args:   []string{"check", "DIR/dir.txt"},
			status: exitUsage,
			stderr: []string{"DIR/dir.txt", "folder"},
		},
	}
}

func TestHostileInput(t *testing.T) {
	realExtract := extractorWorks()
	if !realExtract {
		// Until claims/extract lands, articles go through a stand-in, so
		// that the reading limits are still exercised.
		var fake fakeExtract
		fake.install(t)
	}
	for _, tc := range hostileCases() {
		t.Run(tc.name, func(t *testing.T) {
			if tc.needsExtract && !realExtract {
				t.Skip("claims/extract.Extract is not implemented yet; this case needs the real extractor")
			}
			dir := t.TempDir()
			writeHostileFiles(t, dir, tc)
			args := make([]string, len(tc.args))
			for i, a := range tc.args {
				args[i] = strings.ReplaceAll(a, "DIR", dir)
			}
			status, stdout, stderr, took, heap := runWithin(t, tc, args)
			if tc.maxHeap > 0 && heap > tc.maxHeap {
				t.Errorf("heap reached %d MiB during the run, want at most %d MiB", heap>>20, tc.maxHeap>>20)
			}
			if tc.status == -1 {
				if status != exitOK && status != exitFailed {
					t.Fatalf("veracity %s: exit status %d, want a report (0 or 1)\nstderr:\n%s", strings.Join(tc.args, " "), status, stderr)
				}
				if strings.Contains(strings.Join(args, " "), "--format json") {
					checkJSONReport(t, stdout)
				}
			} else {
				wantStatus(t, tc.args, status, tc.status, clip(stdout), clip(stderr))
			}
			if tc.status == exitUsage && stdout != "" {
				t.Errorf("stdout = %q, want nothing on bad input", clip(stdout))
			}
			rest := stderr
			for _, w := range tc.stderr {
				w = strings.ReplaceAll(w, "DIR", dir)
				i := strings.Index(rest, w)
				if i < 0 {
					t.Errorf("stderr lacks %q (in order)\nstderr:\n%s", w, clip(stderr))
					break
				}
				rest = rest[i+len(w):]
			}
			if strings.Contains(stderr, "panic") || strings.Contains(stderr, "goroutine ") {
				t.Errorf("stderr shows a panic:\n%s", clip(stderr))
			}
			if tc.check != nil {
				tc.check(t, dir, stdout, stderr)
			}
			t.Logf("exit %d in %v, heap ≤ %d MiB: %s", status, took.Round(time.Millisecond), heap>>20, firstLine(clip(stderr)))
		})
	}
}

// extractorWorks reports whether claims/extract.Extract is implemented.
func extractorWorks() bool {
	_, err := extract.Extract(claims.Document{Text: "Alaska was sold for $7.2 million."}, nil)
	return err == nil || !strings.Contains(err.Error(), "not implemented")
}

// writeHostileFiles writes the case's files and links into dir.
func writeHostileFiles(t *testing.T, dir string, tc hostileCase) {
	t.Helper()
	for name, data := range tc.files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for name, target := range tc.links {
		if runtime.GOOS == "windows" {
			t.Skip("symbolic links need privileges on Windows")
		}
		if err := os.Symlink(filepath.FromSlash(target), filepath.Join(dir, filepath.FromSlash(name))); err != nil {
			t.Fatal(err)
		}
	}
}

// runWithin runs the CLI on args in a goroutine and fails the test when it
// takes longer than the case's deadline or panics. heap is the most heap
// in use seen while it ran, beyond what was in use before.
func runWithin(t *testing.T, tc hostileCase, args []string) (status int, stdout, stderr string, took time.Duration, heap uint64) {
	t.Helper()
	deadline := hostileDeadline
	if tc.within > 0 {
		deadline = tc.within
	}
	deadline *= raceSlowdown
	type result struct {
		status         int
		stdout, stderr string
		panicked       any
	}
	done := make(chan result, 1)
	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	stopSampling := make(chan struct{})
	peak := make(chan uint64, 1)
	go func() {
		var most uint64
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for {
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			most = max(most, m.HeapAlloc)
			select {
			case <-stopSampling:
				peak <- most - min(most, base.HeapAlloc)
				return
			case <-tick.C:
			}
		}
	}()
	defer func() {
		select {
		case <-stopSampling:
		default:
			close(stopSampling)
		}
	}()
	start := time.Now()
	go func() {
		var r result
		defer func() {
			if p := recover(); p != nil {
				r.panicked = p
			}
			done <- r
		}()
		var out, errOut bytes.Buffer
		r.status = run(args, bytes.NewReader(tc.stdin), &out, &errOut)
		r.stdout, r.stderr = out.String(), errOut.String()
	}()
	timer := time.NewTimer(deadline)
	defer timer.Stop()
	select {
	case r := <-done:
		took = time.Since(start)
		close(stopSampling)
		heap = <-peak
		if r.panicked != nil {
			t.Fatalf("veracity %s panicked: %v", strings.Join(tc.args, " "), r.panicked)
		}
		return r.status, r.stdout, r.stderr, took, heap
	case <-timer.C:
		t.Fatalf("veracity %s: no answer within %v (a hang)", strings.Join(tc.args, " "), deadline)
	}
	panic("unreachable")
}

// checkJSONReport fails unless out is one JSON report.
func checkJSONReport(t *testing.T, out string) {
	t.Helper()
	var r struct {
		Version int `json:"version"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil || r.Version != 1 {
		t.Errorf("stdout is not a JSON report (version 1): %v\n%s", err, clip(out))
	}
}

// checkSpans returns a check that every claim of the JSON report has a
// span within text that holds the claim's text, and that the report is
// valid UTF-8.
func checkSpans(text string) func(t *testing.T, dir, stdout, stderr string) {
	return func(t *testing.T, dir, stdout, stderr string) {
		t.Helper()
		var r struct {
			Claims []struct {
				ID   string `json:"id"`
				Text string `json:"text"`
				Span []int  `json:"span"`
			} `json:"claims"`
		}
		if err := json.Unmarshal([]byte(stdout), &r); err != nil {
			t.Fatalf("report: %v", err)
		}
		for _, c := range r.Claims {
			if len(c.Span) != 2 {
				continue
			}
			if c.Span[0] < 0 || c.Span[0] > c.Span[1] || c.Span[1] > len(text) {
				t.Errorf("claim %s: span %v outside the text's %d bytes", c.ID, c.Span, len(text))
				continue
			}
			if got := text[c.Span[0]:c.Span[1]]; c.Text != "" && got != c.Text && !strings.Contains(c.Text, got) && !strings.Contains(got, c.Text) {
				t.Errorf("claim %s: text[%d:%d] = %q, claim text %q", c.ID, c.Span[0], c.Span[1], got, c.Text)
			}
		}
	}
}

// checkExtractOutput fails unless the extract output is valid UTF-8 YAML
// whose strings are text (not !!binary) and that decodes as a claim set
// apart from references to entities the extractor inferred.
func checkExtractOutput(t *testing.T, dir, stdout, stderr string) {
	t.Helper()
	if !utf8.ValidString(stdout) || strings.Contains(stdout, "!!binary") {
		t.Errorf("extract output is not UTF-8 text:\n%q", clip(stdout))
	}
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatalf("extract output is not YAML: %v\n%s", err, clip(stdout))
	}
	_, err := claims.Decode([]byte(stdout), "out.yaml")
	var list claims.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			if strings.HasPrefix(e.Msg, "unknown entity") {
				// Known: the extractor names entities it infers without
				// defining them (reported to claims/extract).
				t.Logf("extract output: %v", e)
				continue
			}
			t.Errorf("extract output does not decode: %v\n%s", e, clip(stdout))
		}
	} else if err != nil {
		t.Errorf("extract output does not decode: %v", err)
	}
}

// clip shortens long output for failure messages.
func clip(s string) string {
	if len(s) > 2000 {
		return s[:2000] + "…"
	}
	return s
}

// TestArticleLimitBoundsReading checks that the limit stops the reading,
// not only the checking: a reader that never ends is read one byte past
// the limit.
func TestArticleLimitBoundsReading(t *testing.T) {
	saved := maxArticleSize
	t.Cleanup(func() { maxArticleSize = saved })
	maxArticleSize = 1000
	var endless countingReader
	_, err := readStdin(&endless)
	if err == nil || !strings.Contains(err.Error(), "<stdin>: larger than 1000 bytes") {
		t.Errorf("readStdin of an endless stream: error %v, want it refused over 1000 bytes", err)
	}
	if endless.n > 1001+512 {
		t.Errorf("read %d bytes of an endless stream, want about the limit, 1001", endless.n)
	}

	dir := t.TempDir()
	for _, tc := range []struct {
		size   int
		reject bool
	}{{1000, false}, {1001, true}, {0, false}} {
		p := filepath.Join(dir, fmt.Sprintf("a%d.txt", tc.size))
		if err := os.WriteFile(p, bytes.Repeat([]byte("a"), tc.size), 0o644); err != nil {
			t.Fatal(err)
		}
		_, _, err := readArticle(p, nil, time.Time{})
		if got := err != nil; got != tc.reject {
			t.Errorf("readArticle of %d bytes: error %v, want rejected %v", tc.size, err, tc.reject)
		}
	}
}

// countingReader is an endless stream of 'a' that counts what is read.
type countingReader struct{ n int }

func (r *countingReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	r.n += len(p)
	return len(p), nil
}

// repaired returns article as veracity reads it: each invalid byte as
// U+FFFD.
func repaired(article string) string {
	doc, _, _ := claims.ArticleDocument("article.txt", []byte(article))
	return doc.Text
}
