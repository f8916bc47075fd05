package factchecktest

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks"
)

// RunArticles checks the articles in dir as a newsroom would: for each
// claim-set file (*.yaml, *.yml, *.json) directly in dir whose document has
// text (inline or in its text_file) and which lists no claims, it extracts
// the claims with [extract.Extract] (with the set itself as knowledge base
// when it declares entities or properties, and none otherwise), checks
// them with the built-in checks ([checks.Default]) and the given options,
// and compares the findings with the file's expect section, each file as
// a subtest named by its file name. Other files in dir are skipped; it
// fails when dir holds no article.
//
// Extracted claims are numbered c1, c2… in document order, ids that change
// as the extractor does, so an article's expectations usually name the
// findings by quotes:
//
//	expect:
//	  findings:
//	    - check: arithmetic
//	      severity: error
//	      quotes: ["rose 8% to £1,150m"]
//
// Findings of severity info (an unsourced claim, say) are compared only
// when the file expects at least one finding of severity info; otherwise
// they are neither required nor reported, and an expectation without a
// severity matches only warnings and errors. Warnings and errors are
// always compared: each must be expected, and each expectation must be
// met. Messages give the file and line of the expectation, or of the
// sentence a finding's first claim comes from.
func RunArticles(t *testing.T, dir string, opts ...factcheck.Option) {
	t.Helper()
	runArticles(testingT{t}, dir, opts)
}

func runArticles(t tb, dir string, opts []factcheck.Option) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatalf("factchecktest: %v", err)
		return
	}
	n := 0
	for _, e := range entries {
		if e.IsDir() || !IsClaimSet(e.Name()) {
			continue
		}
		path := filepath.Join(dir, e.Name())
		set, err := claims.Load(path)
		if err != nil {
			t.sub(e.Name(), func(t tb) {
				t.Helper()
				t.Fatalf("factchecktest: %v", err)
			})
			n++
			continue
		}
		if set.Document.Text == "" || len(set.Claims) > 0 {
			continue
		}
		n++
		if set.File == "" {
			set.File = path
		}
		t.sub(e.Name(), func(t tb) {
			t.Helper()
			runArticle(t, set, opts)
		})
	}
	if n == 0 {
		t.Fatalf("factchecktest: no articles (claim-set files with a document text and no claims) in %s", dir)
	}
}

// runArticle extracts the claims of set's document, checks them and
// compares the findings with set.Expect.
func runArticle(t tb, set *claims.Set, opts []factcheck.Option) *factcheck.Report {
	t.Helper()
	var kb *claims.Set
	if len(set.Entities) > 0 || len(set.Properties) > 0 {
		kb = set
	}
	got, err := extract.Extract(set.Document, kb)
	if err != nil {
		t.Fatalf("factchecktest: %s: %v", where(set, claims.Pos{}), err)
		return nil
	}
	full := &claims.Set{
		Version:    claims.Version,
		Document:   set.Document,
		Entities:   append(slices.Clone(set.Entities), got.Entities...),
		Properties: set.Properties,
		Sources:    set.Sources,
		Facts:      set.Facts,
		Claims:     got.Claims,
		Expect:     set.Expect,
		File:       set.File,
	}
	placeClaims(full)
	checker, err := factcheck.NewChecker(checks.Default, opts...)
	if err != nil {
		t.Fatalf("factchecktest: %v", err)
		return nil
	}
	r, err := checker.Check(context.Background(), full)
	if err != nil {
		t.Fatalf("factchecktest: %s: %v", where(full, claims.Pos{}), err)
		return nil
	}
	var exp claims.Expect
	if full.Expect != nil {
		exp = *full.Expect
	}
	min := factcheck.Warning
	if slices.ContainsFunc(exp.Findings, func(e claims.ExpectedFinding) bool { return e.Severity == "info" }) {
		min = factcheck.SeverityUnknown
	}
	compareVerdicts(t, full, r, exp)
	compareFindings(t, full, r, exp, checks.Default, min)
	return r
}

// blockText matches the line of a YAML key text with a literal or folded
// block scalar: `  text: |`.
var blockText = regexp.MustCompile(`^\s*text:\s*([|>])[-+0-9]*\s*(#.*)?$`)

// placeClaims gives the extracted claims of set, which have a span but no
// position, the file and line they come from (see [textPos]).
func placeClaims(set *claims.Set) {
	at := textPos(set)
	if at == nil {
		return
	}
	for i := range set.Claims {
		c := &set.Claims[i]
		if !c.Pos.IsValid() && !c.Span.IsZero() {
			c.Pos = at(c.Span.Start)
		}
	}
}

// textPos returns a function giving the file and line of a byte offset in
// set's document text: in the text_file, or in a literal block (text: |)
// of the set's file, whose lines are the text's. Text written otherwise (a
// quoted string, a folded block) is placed at its first line, the best a
// message can do. It returns nil when the text cannot be found.
func textPos(set *claims.Set) func(off int) claims.Pos {
	file, first, literal := "", 0, false
	if set.Document.TextFile != "" {
		file, first, literal = filepath.Join(filepath.Dir(set.File), set.Document.TextFile), 1, true
	} else if set.File == "" || set.Document.Text == "" {
		return nil
	} else if data, err := os.ReadFile(set.File); err == nil {
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(nil, len(data)+1)
		for n := 1; sc.Scan(); n++ {
			if m := blockText.FindStringSubmatch(sc.Text()); m != nil {
				file, first, literal = set.File, n+1, m[1] == "|"
				break
			}
		}
	}
	if file == "" {
		return nil
	}
	text := set.Document.Text
	return func(off int) claims.Pos {
		line := first
		if literal && off >= 0 && off <= len(text) {
			line += strings.Count(text[:off], "\n")
		}
		return claims.Pos{File: file, Line: line}
	}
}

// figurePos returns where in the document the first figure that f's
// message quotes is written ("412,000 from 366,000 is a rise of 13%": the
// line of "412,000"), for a finding that names no claim; the zero Pos when
// there is none.
func figurePos(set *claims.Set, f factcheck.Finding) claims.Pos {
	text := set.Document.Text
	if text == "" {
		return claims.Pos{}
	}
	for _, w := range strings.Fields(f.Message) {
		w = strings.Trim(w, `"'“”‘’,.;:()`)
		if !strings.ContainsAny(w, "0123456789") {
			continue
		}
		if i := strings.Index(text, w); i >= 0 {
			if at := textPos(set); at != nil {
				return at(i)
			}
			return claims.Pos{}
		}
	}
	return claims.Pos{}
}
