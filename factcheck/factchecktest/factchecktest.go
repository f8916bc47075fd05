package factchecktest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks"
)

// Run loads the claim set at path with [claims.Load], checks it with the
// built-in checks ([checks.Default]) and the given options, and compares
// the outcome with the set's expectations. It returns the report, or nil
// after failing t when the set cannot be loaded or checked.
func Run(t *testing.T, path string, opts ...factcheck.Option) *factcheck.Report {
	t.Helper()
	return runFile(testingT{t}, path, checks.Default, opts)
}

// RunChecks is like [Run] with the given checks instead of the built-in
// ones. Only the findings of these checks are compared with the
// expectations.
func RunChecks(t *testing.T, path string, chks []*factcheck.Check, opts ...factcheck.Option) *factcheck.Report {
	t.Helper()
	return runFile(testingT{t}, path, chks, opts)
}

// RunSet is like [RunChecks] for a set built in memory: it checks set and
// compares the outcome with set.Expect. Positions in messages are the
// claims' and expectations' Pos, when set.
func RunSet(t *testing.T, set *claims.Set, chks []*factcheck.Check, opts ...factcheck.Option) *factcheck.Report {
	t.Helper()
	return runSet(testingT{t}, set, chks, opts)
}

// RunDir runs [Run] on every claim-set file (*.yaml, *.yml, *.json)
// directly in dir, each as a subtest named by its file name. It fails when
// dir holds none.
func RunDir(t *testing.T, dir string, opts ...factcheck.Option) {
	t.Helper()
	runDir(testingT{t}, dir, checks.Default, opts)
}

// RunDirChecks is like [RunDir] with the given checks instead of the
// built-in ones.
func RunDirChecks(t *testing.T, dir string, chks []*factcheck.Check, opts ...factcheck.Option) {
	t.Helper()
	runDir(testingT{t}, dir, chks, opts)
}

// tb is the part of *testing.T the helpers use, so that their own tests can
// watch them fail.
type tb interface {
	Helper()
	Errorf(format string, args ...any)
	Fatalf(format string, args ...any)
	// sub runs f as a subtest named name.
	sub(name string, f func(tb)) bool
}

// testingT adapts *testing.T to tb.
type testingT struct{ *testing.T }

func (t testingT) sub(name string, f func(tb)) bool {
	t.T.Helper()
	return t.T.Run(name, func(t *testing.T) {
		t.Helper()
		f(testingT{t})
	})
}

// IsClaimSet reports whether name has the extension of a claim-set file:
// .yaml, .yml or .json.
func IsClaimSet(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".yaml", ".yml", ".json":
		return true
	}
	return false
}

func runDir(t tb, dir string, chks []*factcheck.Check, opts []factcheck.Option) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatalf("factchecktest: %v", err)
		return
	}
	var files []string
	for _, e := range entries {
		if !e.IsDir() && IsClaimSet(e.Name()) {
			files = append(files, e.Name())
		}
	}
	if len(files) == 0 {
		t.Fatalf("factchecktest: no claim-set files (*.yaml, *.yml, *.json) in %s", dir)
		return
	}
	for _, name := range files {
		path := filepath.Join(dir, name)
		t.sub(name, func(t tb) {
			t.Helper()
			runFile(t, path, chks, opts)
		})
	}
}

func runFile(t tb, path string, chks []*factcheck.Check, opts []factcheck.Option) *factcheck.Report {
	t.Helper()
	set, err := claims.Load(path)
	if err != nil {
		t.Fatalf("factchecktest: %v", err)
		return nil
	}
	if set.File == "" {
		set.File = path
	}
	return runSet(t, set, chks, opts)
}

func runSet(t tb, set *claims.Set, chks []*factcheck.Check, opts []factcheck.Option) *factcheck.Report {
	t.Helper()
	checker, err := factcheck.NewChecker(chks, opts...)
	if err != nil {
		t.Fatalf("factchecktest: %v", err)
		return nil
	}
	r, err := checker.Check(context.Background(), set)
	if err != nil {
		t.Fatalf("factchecktest: %s: %v", where(set, claims.Pos{}), err)
		return nil
	}
	var exp claims.Expect
	if set.Expect != nil {
		exp = *set.Expect
	}
	compareVerdicts(t, set, r, exp)
	compareFindings(t, set, r, exp, chks, factcheck.SeverityUnknown)
	return r
}

// compareVerdicts runs one subtest per expected verdict.
func compareVerdicts(t tb, set *claims.Set, r *factcheck.Report, exp claims.Expect) {
	t.Helper()
	ids := make([]string, 0, len(exp.Verdicts))
	for id := range exp.Verdicts {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		want := exp.Verdicts[id]
		at := where(set, exp.VerdictPos[id])
		t.sub(id, func(t tb) {
			t.Helper()
			if _, err := factcheck.ParseRating(want); err != nil {
				t.Errorf("%s: verdict of %s: %v", at, id, err)
				return
			}
			v, ok := r.Verdict(id)
			if !ok {
				t.Errorf("%s: verdict expected for %s, which is not a claim of the set", at, id)
				return
			}
			if diff := cmp.Diff(want, v.Rating.String()); diff != "" {
				t.Errorf("%s: verdict on %s (-want +got):\n%s\nexplanation: %s", at, id, diff, v.Explanation)
			}
		})
	}
}

// where names a position for a message: pos, or else the set's file.
func where(set *claims.Set, pos claims.Pos) string {
	if pos.IsValid() {
		return pos.String()
	}
	if set.File != "" {
		return set.File
	}
	return "(set)"
}

// describe names a finding for a message.
func describe(f factcheck.Finding) string {
	return fmt.Sprintf("%s %s on [%s]: %s", f.Severity, f.Check, strings.Join(f.Claims, " "), f.Message)
}
