package factchecktest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
)

// fakeT records what the helpers report instead of failing the test.
type fakeT struct {
	name   string
	errors *[]string
	fatal  bool
}

// fatalStop unwinds a fake test after Fatalf, as runtime.Goexit does for a
// real one.
type fatalStop struct{}

func newFake() *fakeT { return &fakeT{errors: new([]string)} }

func (f *fakeT) Helper() {}

func (f *fakeT) Errorf(format string, args ...any) {
	*f.errors = append(*f.errors, f.name+": "+fmt.Sprintf(format, args...))
}

func (f *fakeT) Fatalf(format string, args ...any) {
	f.Errorf(format, args...)
	f.fatal = true
	panic(fatalStop{})
}

func (f *fakeT) sub(name string, fn func(tb)) (ok bool) {
	child := &fakeT{name: f.name + "/" + name, errors: f.errors}
	n := len(*f.errors)
	defer func() {
		if p := recover(); p != nil && p != (fatalStop{}) {
			panic(p)
		}
		ok = len(*f.errors) == n
	}()
	fn(child)
	return
}

// run calls fn with a fake and returns what it reported.
func (f *fakeT) run(fn func(tb)) []string {
	f.sub("", fn)
	return *f.errors
}

// flag is a test check that reports, for each claim whose text starts with
// "flag", a finding on it with the severity the rest of the text names.
var flag = &factcheck.Check{
	Name: "flag",
	Doc:  "flags claims whose text starts with flag",
	Run: func(pass *factcheck.Pass) error {
		for _, c := range pass.Set.Claims {
			if rest, ok := strings.CutPrefix(c.Text, "flag "); ok {
				sev, err := factcheck.ParseSeverity(rest)
				if err != nil {
					return err
				}
				pass.Reportf(sev, []string{c.ID}, "flagged %s", c.ID)
			}
		}
		return nil
	},
}

// pair is a test check that reports one warning on every pair of claims
// that share a subject, naming them in reverse order.
var pair = &factcheck.Check{
	Name: "pair",
	Doc:  "pairs claims of one subject",
	Run: func(pass *factcheck.Pass) error {
		cls := pass.Set.Claims
		for i := range cls {
			for j := i + 1; j < len(cls); j++ {
				if cls[i].Subject == cls[j].Subject {
					pass.Reportf(factcheck.Warning, []string{cls[j].ID, cls[i].ID}, "%s and %s pair", cls[i].ID, cls[j].ID)
				}
			}
		}
		return nil
	},
}

func pos(line int) claims.Pos { return claims.Pos{File: "set.yaml", Line: line, Col: 7} }

func newSet(exp *claims.Expect) *claims.Set {
	return &claims.Set{
		Version: 1,
		File:    "set.yaml",
		Claims: []claims.Claim{
			{ID: "c1", Subject: "s", Text: "flag warning", Pos: pos(3)},
			{ID: "c2", Subject: "s", Text: "flag info", Pos: pos(4)},
			{ID: "c3", Subject: "t", Text: "plain", Pos: pos(5)},
		},
		Expect: exp,
	}
}

func TestRunSetFindings(t *testing.T) {
	tests := []struct {
		name   string
		checks []*factcheck.Check
		expect *claims.Expect
		// want lists substrings of each error reported, in order.
		want [][]string
	}{{
		name:   "all expected",
		checks: []*factcheck.Check{flag, pair},
		expect: &claims.Expect{Findings: []claims.ExpectedFinding{
			{Check: "flag", Claims: []string{"c1"}, Severity: "warning", Pos: pos(10)},
			{Check: "flag", Claims: []string{"c2"}, Pos: pos(11)},
			{Check: "pair", Claims: []string{"c1", "c2"}, Pos: pos(12)}, // order differs from the finding's
		}},
	}, {
		name:   "no expect section expects no findings",
		checks: []*factcheck.Check{flag},
		expect: nil,
		want: [][]string{
			{"set.yaml:3:7: unexpected finding: warning flag on [c1]: flagged c1"},
			{"set.yaml:4:7: unexpected finding: info flag on [c2]: flagged c2"},
			{"set.yaml: findings (-want +got):", `"flag [c1] (warning): flagged c1"`},
		},
	}, {
		name:   "missing finding",
		checks: []*factcheck.Check{flag},
		expect: &claims.Expect{Findings: []claims.ExpectedFinding{
			{Check: "flag", Claims: []string{"c1"}, Pos: pos(10)},
			{Check: "flag", Claims: []string{"c2"}, Pos: pos(11)},
			{Check: "flag", Claims: []string{"c3"}, Pos: pos(12)},
		}},
		want: [][]string{
			{"set.yaml:12:7: missing finding: flag on [c3]"},
			{"set.yaml: findings (-want +got):", `"flag [c3]"`},
		},
	}, {
		name:   "wrong severity is missing and unexpected",
		checks: []*factcheck.Check{flag},
		expect: &claims.Expect{Findings: []claims.ExpectedFinding{
			{Check: "flag", Claims: []string{"c1"}, Severity: "error", Pos: pos(10)},
			{Check: "flag", Claims: []string{"c2"}, Pos: pos(11)},
		}},
		want: [][]string{
			{"set.yaml:10:7: missing finding: error flag on [c1]", "unmatched: warning flag on [c1]: flagged c1"},
			{"set.yaml:3:7: unexpected finding: warning flag on [c1]"},
			{"set.yaml: findings (-want +got):", `"flag [c1] (error)"`, `"flag [c1] (warning): flagged c1"`},
		},
	}, {
		name:   "specific severity matched before a wildcard",
		checks: []*factcheck.Check{pair},
		expect: &claims.Expect{Findings: []claims.ExpectedFinding{
			{Check: "pair", Claims: []string{"c2", "c1"}, Pos: pos(10)},
			{Check: "pair", Claims: []string{"c1", "c2"}, Severity: "warning", Pos: pos(11)},
		}},
		want: [][]string{
			{"set.yaml:10:7: missing finding: pair on [c2 c1]"},
			{"set.yaml: findings (-want +got):", `"pair [c1 c2]"`},
		},
	}, {
		name:   "findings of checks that did not run are not compared",
		checks: []*factcheck.Check{pair},
		expect: &claims.Expect{Findings: []claims.ExpectedFinding{
			{Check: "pair", Claims: []string{"c1", "c2"}, Pos: pos(10)},
			{Check: "value-conflict", Claims: []string{"c1", "c3"}, Pos: pos(11)},
		}},
	}, {
		name:   "unknown check",
		checks: []*factcheck.Check{pair},
		expect: &claims.Expect{Findings: []claims.ExpectedFinding{
			{Check: "pair", Claims: []string{"c1", "c2"}, Pos: pos(10)},
			{Check: "valu-conflict", Claims: []string{"c1", "c3"}, Pos: pos(11)},
		}},
		want: [][]string{{`set.yaml:11:7: expected finding of unknown check "valu-conflict"`}},
	}, {
		name:   "quotes from claim texts and messages",
		checks: []*factcheck.Check{flag, pair},
		expect: &claims.Expect{Findings: []claims.ExpectedFinding{
			{Check: "flag", Quotes: []string{"flag warning"}, Severity: "warning", Pos: pos(10)},
			{Check: "flag", Quotes: []string{"flagged c2"}, Pos: pos(11)},
			{Check: "pair", Quotes: []string{"flag info", "c1 and c2 pair"}, Pos: pos(12)},
		}},
	}, {
		name:   "quotes and claims both match",
		checks: []*factcheck.Check{flag},
		expect: &claims.Expect{Findings: []claims.ExpectedFinding{
			{Check: "flag", Claims: []string{"c1"}, Quotes: []string{"flagged"}, Pos: pos(10)},
			{Check: "flag", Claims: []string{"c2"}, Quotes: []string{"flagged c1"}, Pos: pos(11)},
		}},
		want: [][]string{
			{`set.yaml:11:7: missing finding: flag on [c2] quoting ["flagged c1"]`, "unmatched: info flag on [c2]: flagged c2"},
			{"set.yaml:4:7: unexpected finding: info flag on [c2]: flagged c2", `c2: "flag info"`},
			{"set.yaml: findings (-want +got):", `flag [c2] ["flagged c1"]`},
		},
	}, {
		name:   "a quote not found",
		checks: []*factcheck.Check{flag},
		expect: &claims.Expect{Findings: []claims.ExpectedFinding{
			{Check: "flag", Quotes: []string{"flag warning"}, Pos: pos(10)},
			{Check: "flag", Quotes: []string{"flag info", "not said"}, Pos: pos(11)},
		}},
		want: [][]string{
			{`set.yaml:11:7: missing finding: flag quoting ["flag info" "not said"]`},
			{"set.yaml:4:7: unexpected finding: info flag on [c2]"},
			{"set.yaml: findings (-want +got):"},
		},
	}, {
		name:   "a broad quote leaves the finding a narrow one needs",
		checks: []*factcheck.Check{flag},
		// Both findings quote "flag"; the first expectation could take
		// either, the second only c1's. The matching gives each its own.
		expect: &claims.Expect{Findings: []claims.ExpectedFinding{
			{Check: "flag", Quotes: []string{"flag"}, Pos: pos(10)},
			{Check: "flag", Quotes: []string{"flagged c1"}, Pos: pos(11)},
		}},
	}, {
		name:   "unknown claim and severity",
		checks: []*factcheck.Check{pair},
		expect: &claims.Expect{Findings: []claims.ExpectedFinding{
			{Check: "pair", Claims: []string{"c1", "c2"}, Severity: "fatal", Pos: pos(10)},
			{Check: "pair", Claims: []string{"c1", "c9"}, Pos: pos(11)},
		}},
		want: [][]string{
			{"set.yaml:10:7:", `unknown severity "fatal"`},
			{"set.yaml:11:7:", `"c9", which is not a claim of the set`},
			{"set.yaml:11:7: missing finding: pair on [c1 c9]"},
			{"set.yaml:3:7: unexpected finding: warning pair on [c2 c1]"},
			{"set.yaml: findings (-want +got):"},
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := newFake().run(func(t tb) { runSet(t, newSet(tt.expect), tt.checks, nil) })
			checkErrors(t, got, tt.want)
		})
	}
}

func TestRunSetVerdicts(t *testing.T) {
	tests := []struct {
		name     string
		verdicts map[string]string
		want     [][]string
	}{{
		name:     "right",
		verdicts: map[string]string{"c1": "unverified", "c3": "unverified"},
	}, {
		name:     "wrong rating",
		verdicts: map[string]string{"c1": "true", "c3": "unverified"},
		want:     [][]string{{"/c1: set.yaml:20:1: verdict on c1 (-want +got):", `"true"`, `"unverified"`}},
	}, {
		name:     "unknown rating",
		verdicts: map[string]string{"c3": "pants-on-fire"},
		want:     [][]string{{"/c3: set.yaml:22:1: verdict of c3:", `unknown rating "pants-on-fire"`}},
	}, {
		name:     "unknown claim",
		verdicts: map[string]string{"c7": "false"},
		want:     [][]string{{"/c7: set.yaml:26:1: verdict expected for c7, which is not a claim of the set"}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			exp := &claims.Expect{Verdicts: tt.verdicts, VerdictPos: map[string]claims.Pos{}}
			for id := range tt.verdicts {
				exp.VerdictPos[id] = claims.Pos{File: "set.yaml", Line: 19 + int(id[1]-'0'), Col: 1}
			}
			got := newFake().run(func(t tb) { runSet(t, newSet(exp), nil, nil) })
			checkErrors(t, got, tt.want)
		})
	}
}

func TestRunSetFatal(t *testing.T) {
	broken := &factcheck.Check{Name: "broken", Doc: "breaks", Run: func(*factcheck.Pass) error { return fmt.Errorf("out of order") }}
	tests := []struct {
		name   string
		checks []*factcheck.Check
		want   [][]string
	}{
		{"invalid checks", []*factcheck.Check{{Name: "Bad Name"}}, [][]string{{`invalid name "Bad Name"`}}},
		{"check breaks", []*factcheck.Check{broken}, [][]string{{"set.yaml:", `check "broken": out of order`}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFake()
			got := f.run(func(t tb) {
				runSet(t, newSet(nil), tt.checks, nil)
				t.Errorf("not reached")
			})
			checkErrors(t, got, tt.want)
		})
	}
}

func TestRunDirErrors(t *testing.T) {
	empty := t.TempDir()
	tests := []struct {
		name string
		dir  string
		want [][]string
	}{
		{"no such folder", empty + "/missing", [][]string{{"factchecktest:", "missing"}}},
		{"no claim sets", empty, [][]string{{"no claim-set files", empty}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := newFake().run(func(t tb) { runDir(t, tt.dir, []*factcheck.Check{flag}, nil) })
			checkErrors(t, got, tt.want)
		})
	}
}

func TestIsClaimSet(t *testing.T) {
	got := map[string]bool{}
	for _, name := range []string{"a.yaml", "b.YML", "c.json", "article.txt", "kb.yaml.orig", "README.md"} {
		got[name] = IsClaimSet(name)
	}
	want := map[string]bool{"a.yaml": true, "b.YML": true, "c.json": true, "article.txt": false, "kb.yaml.orig": false, "README.md": false}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("IsClaimSet (-want +got):\n%s", diff)
	}
}

// checkErrors compares the errors a fake recorded with the substrings each
// must hold, in order.
func checkErrors(t *testing.T, got []string, want [][]string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("got %d errors, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
		return
	}
	for i, subs := range want {
		for _, s := range subs {
			if !strings.Contains(got[i], s) {
				t.Errorf("error %d = %q, want it to contain %q", i, got[i], s)
			}
		}
	}
}
