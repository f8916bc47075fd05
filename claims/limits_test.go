package claims

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestDefaultLimits(t *testing.T) {
	want := Limits{
		MaxFileSize:     256 << 20,
		MaxDepth:        100,
		MaxAliasNodes:   1_000_000,
		MaxClaims:       1_000_000,
		MaxLineLength:   1 << 20,
		MaxIncludeDepth: 32,
	}
	if diff := cmp.Diff(want, DefaultLimits()); diff != "" {
		t.Errorf("DefaultLimits() (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, Limits{}.orDefault()); diff != "" {
		t.Errorf("Limits{}.orDefault() (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, Limits{MaxDepth: -1, MaxClaims: -5}.orDefault()); diff != "" {
		t.Errorf("negative limits (-want +got):\n%s", diff)
	}
	low := Limits{MaxFileSize: 10}.orDefault()
	if low.MaxFileSize != 10 || low.MaxDepth != MaxDepth {
		t.Errorf("Limits{MaxFileSize: 10}.orDefault() = %+v, want MaxFileSize 10 and the other defaults", low)
	}
}

// claimsFile returns a claim set with n claims, one a line.
func claimsFile(n int) string {
	var b strings.Builder
	b.WriteString("version: 1\nclaims:\n")
	for i := range n {
		fmt.Fprintf(&b, "  - {id: c%d, text: claim %d}\n", i, i)
	}
	return b.String()
}

// TestDecodeWithLimits checks each limit of DecodeWith: the error names
// the file, the line where there is one, and the limit; the same file
// under the defaults is read.
func TestDecodeWithLimits(t *testing.T) {
	nested := "version: 1\ndocument: {title: " + strings.Repeat("[", 12) + strings.Repeat("]", 12) + "}\n"
	var bomb strings.Builder
	bomb.WriteString("version: 1\nfacts:\n  - {subject: x, property: y, value: z, sources: &s [a, b, c, d, e, f, g, h, i, j]}\nclaims:\n")
	for i := range 100 {
		fmt.Fprintf(&bomb, "  - {id: c%d, sources: *s}\n", i)
	}
	tests := []struct {
		name   string
		file   string
		data   string
		limits Limits
		want   string // the first error, whole
		// okByDefault says the file is read under the defaults.
		okByDefault bool
	}{{
		name:   "file size",
		file:   "big.yaml",
		data:   claimsFile(10),
		limits: Limits{MaxFileSize: 100},
		want:   "claims: big.yaml: file is larger than 100 bytes",
	}, {
		name:   "file size json",
		file:   "big.json",
		data:   `{"version": 1, "document": {"title": "` + strings.Repeat("x", 200) + `"}}`,
		limits: Limits{MaxFileSize: 100},
		want:   "claims: big.json: file is larger than 100 bytes",
	}, {
		name:   "depth",
		file:   "deep.yaml",
		data:   nested,
		limits: Limits{MaxDepth: 10},
		want:   "claims: deep.yaml:2:",
	}, {
		name:   "depth json",
		file:   "deep.json",
		data:   `{"version": 1,` + "\n" + `"document": {"title": ` + strings.Repeat("[", 12) + strings.Repeat("]", 12) + "}}",
		limits: Limits{MaxDepth: 10},
		want:   "claims: deep.json:2:",
	}, {
		name:   "alias nodes",
		file:   "alias.yaml",
		data:   bomb.String(),
		limits: Limits{MaxAliasNodes: 500},
		want:   "claims: alias.yaml:93:24: aliases expand to more than 500 nodes; refusing to read further", // at the alias that crossed it
	}, {
		name:   "claims",
		file:   "many.yaml",
		data:   claimsFile(11),
		limits: Limits{MaxClaims: 10},
		want:   "claims: many.yaml:3:3: claims: 11 claims, more than the limit of 10",
	}, {
		name:   "claims json",
		file:   "many.json",
		data:   "{\"version\": 1,\n \"claims\": [{\"id\": \"a\"}, {\"id\": \"b\"}, {\"id\": \"c\"}]}",
		limits: Limits{MaxClaims: 2},
		want:   "claims: many.json:2:12: claims: 3 claims, more than the limit of 2",
	}, {
		name:   "line length",
		file:   "long.yaml",
		data:   "version: 1\ndocument:\n  title: " + strings.Repeat("x", 100) + "\n",
		limits: Limits{MaxLineLength: 50},
		want:   "claims: long.yaml:3: line 3 is longer than 50 bytes, the limit for a line of a claim-set file",
	}, {
		name:   "line length crlf",
		file:   "crlf.yaml",
		data:   "version: 1\r\ndocument:\r\n  title: " + strings.Repeat("x", 100) + "\r\n",
		limits: Limits{MaxLineLength: 50},
		want:   "claims: crlf.yaml:3: line 3 is longer than 50 bytes, the limit for a line of a claim-set file",
	}, {
		name:   "line length last line",
		file:   "last.yaml",
		data:   "version: 1\ndocument: {title: " + strings.Repeat("x", 100) + "}",
		limits: Limits{MaxLineLength: 50},
		want:   "claims: last.yaml:2: line 2 is longer than 50 bytes, the limit for a line of a claim-set file",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeWith([]byte(tt.data), tt.file, tt.limits)
			if err == nil {
				t.Fatalf("DecodeWith(%+v) = nil error, want %s", tt.limits, tt.want)
			}
			first := err.(ErrorList)[0].Error()
			if !strings.HasPrefix(first, tt.want) {
				t.Errorf("DecodeWith(%+v) first error = %q, want %q", tt.limits, first, tt.want)
			}
			if _, err := Decode([]byte(tt.data), tt.file); err != nil && strings.Contains(err.Error(), "limit") {
				t.Errorf("Decode under the defaults: %v", err)
			}
		})
	}
}

// TestDecodeWithExactLimits checks that a file at each limit is read.
func TestDecodeWithExactLimits(t *testing.T) {
	data := claimsFile(10)
	l := Limits{MaxFileSize: int64(len(data)), MaxClaims: 10, MaxLineLength: len("  - {id: c9, text: claim 9}")}
	s, err := DecodeWith([]byte(data), "exact.yaml", l)
	if err != nil {
		t.Fatalf("DecodeWith(%+v): %v", l, err)
	}
	if len(s.Claims) != 10 {
		t.Errorf("got %d claims, want 10", len(s.Claims))
	}
}

// TestDecodeManyClaimsStopsEarly checks that a set with more claims than
// the limit is refused before its claims are decoded: a hundred thousand
// claims, each with a value the decoder would parse, against a limit of
// ten.
func TestDecodeManyClaimsStopsEarly(t *testing.T) {
	var b strings.Builder
	b.WriteString("version: 1\nclaims:\n")
	for i := range 100_000 {
		fmt.Fprintf(&b, "  - {id: c%d, subject: s, property: price, value: $%d million, sources: [a, b]}\n", i, i)
	}
	data := []byte(b.String())
	start := time.Now()
	_, err := DecodeWith(data, "many.yaml", Limits{MaxClaims: 10})
	limited := time.Since(start)
	if err == nil || !strings.Contains(err.Error(), "many.yaml:3:3: claims: 100000 claims, more than the limit of 10") {
		t.Fatalf("DecodeWith error = %v, want claims: 100000 claims, more than the limit of 10", err)
	}
	if l := err.(ErrorList); len(l) != 1 {
		t.Errorf("got %d errors, want the limit alone:\n%v", len(l), err)
	}
	t.Logf("refused in %v", limited)
}

// TestLoadWithLimits checks the limits LoadWith applies to included files,
// text files, the merged set and the nesting of includes.
func TestLoadWithLimits(t *testing.T) {
	dir := t.TempDir()
	chain := map[string]string{}
	for i := range 5 {
		chain[fmt.Sprintf("n%d.yaml", i)] = fmt.Sprintf("version: 1\ninclude: [n%d.yaml]\n", i+1)
	}
	chain["n5.yaml"] = "version: 1\n"
	writeFiles(t, dir, chain)
	writeFiles(t, dir, map[string]string{
		"kb.yaml":      kbYAML,
		"a.yaml":       "version: 1\ninclude: [b.yaml]\n" + strings.TrimPrefix(claimsFile(6), "version: 1\n"),
		"b.yaml":       "version: 1\nclaims:\n  - {id: b1}\n  - {id: b2}\n  - {id: b3}\n  - {id: b4}\n  - {id: b5}\n",
		"big.yaml":     "version: 1\ninclude: [kb.yaml]\n",
		"c.yaml":       "version: 1\ninclude: [b.yaml]\n",
		"text.yaml":    "version: 1\ndocument:\n  text_file: article.txt\n",
		"article.txt":  strings.Repeat("A long line of article text. ", 40),
		"longkb.yaml":  "version: 1\ninclude: [long.yaml]\n",
		"long.yaml":    "version: 1\n\ndocument: {title: " + strings.Repeat("y", 300) + "}\n",
		"exactly.yaml": "version: 1\ninclude: [n3.yaml]\n",
	})
	tests := []struct {
		name   string
		file   string
		limits Limits
		want   string // the first error, whole
	}{{
		name:   "file size of the file read",
		file:   "kb.yaml",
		limits: Limits{MaxFileSize: 100},
		want:   "claims: DIR/kb.yaml: cannot read: larger than 100 bytes",
	}, {
		name:   "file size of an include",
		file:   "big.yaml",
		limits: Limits{MaxFileSize: 100},
		want:   `claims: DIR/big.yaml:2:11: include "kb.yaml": larger than 100 bytes`,
	}, {
		name:   "file size of a text file",
		file:   "text.yaml",
		limits: Limits{MaxFileSize: 1000},
		want:   `claims: DIR/text.yaml:3:14: text_file "article.txt": larger than 1000 bytes`,
	}, {
		name:   "claims merged",
		file:   "a.yaml",
		limits: Limits{MaxClaims: 10},
		want:   "claims: DIR/a.yaml: 11 claims with its includes, more than the limit of 10",
	}, {
		name:   "claims of an include",
		file:   "c.yaml",
		limits: Limits{MaxClaims: 4},
		want:   "claims: DIR/b.yaml:3:3: claims: 5 claims, more than the limit of 4",
	}, {
		name:   "line length of an include",
		file:   "longkb.yaml",
		limits: Limits{MaxLineLength: 100},
		want:   "claims: DIR/long.yaml:3: line 3 is longer than 100 bytes, the limit for a line of a claim-set file",
	}, {
		name:   "include depth",
		file:   "n0.yaml",
		limits: Limits{MaxIncludeDepth: 3},
		want:   `claims: DIR/n2.yaml:2:11: include "n3.yaml": includes nest deeper than 3 files`,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadWith(filepath.Join(dir, tt.file), tt.limits)
			want := strings.ReplaceAll(tt.want, "DIR", dir)
			if err == nil {
				t.Fatalf("LoadWith(%+v) = nil error, want %s", tt.limits, want)
			}
			if first := err.(ErrorList)[0].Error(); first != want {
				t.Errorf("LoadWith(%+v) first error = %q, want %q", tt.limits, first, want)
			}
			if _, err := Load(filepath.Join(dir, tt.file)); err != nil {
				t.Errorf("Load under the defaults: %v", err)
			}
		})
	}
	// At the limit: n3 includes n4 includes n5, three files deep.
	if _, err := LoadWith(filepath.Join(dir, "n3.yaml"), Limits{MaxIncludeDepth: 3}); err != nil {
		t.Errorf("three files deep under MaxIncludeDepth 3: %v", err)
	}
}

// The line limit is YAML's: a JSON claim set may be minified onto one line
// longer than it, the size limit still applying (issue 16).
func TestLineLimitJSON(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"version": 1, "claims": [`)
	for i := range 40 {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, `{"id": "c%d", "text": "claim %d"}`, i, i)
	}
	b.WriteString("]}")
	data := b.String()
	set, err := DecodeWith([]byte(data), "min.json", Limits{MaxLineLength: 100})
	if err != nil {
		t.Fatalf("minified JSON of %d bytes on one line: %v", len(data), err)
	}
	if len(set.Claims) != 40 {
		t.Errorf("%d claims, want 40", len(set.Claims))
	}
	_, err = DecodeWith([]byte(data), "min.json", Limits{MaxLineLength: 100, MaxFileSize: 200})
	if err == nil || !strings.Contains(err.Error(), "larger than 200 bytes") {
		t.Errorf("over the size limit: %v, want the size error", err)
	}
	_, err = DecodeWith([]byte(data), "min.yaml", Limits{MaxLineLength: 100})
	if err == nil || !strings.Contains(err.Error(), "min.yaml:1: line 1 is longer than 100 bytes") {
		t.Errorf("the same in YAML: %v, want the line error", err)
	}
}
