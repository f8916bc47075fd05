package factchecktest

import (
	"os"
	"path/filepath"
	"testing"
)

// TestArticles runs the articles of testdata/articles: news stories in
// several domains with planted contradictions, each expected by quotes,
// and clean stories of the same kinds that expect no warning or error.
func TestArticles(t *testing.T) {
	RunArticles(t, "testdata/articles")
}

// TestArticlesKnownGaps runs the articles of testdata/articles/known-gaps,
// whose planted problems the pipeline does not find yet (the folder's
// README says which). What differs from their expectations is logged, not
// failed; an article that no longer differs fails, so that it moves to
// testdata/articles, where it is held to its expectations.
func TestArticlesKnownGaps(t *testing.T) {
	runArticles(logT{T: t}, "testdata/articles/known-gaps", nil)
}

// logT is a tb that logs what would fail a test, and counts it in gaps.
// Each article (a subtest of the top level) gets its own count and fails
// when it has none left.
type logT struct {
	*testing.T
	gaps *int
}

func (t logT) gap() {
	if t.gaps != nil {
		*t.gaps++
	}
}

func (t logT) Errorf(format string, args ...any) {
	t.T.Helper()
	t.gap()
	t.T.Logf("gap: "+format, args...)
}

func (t logT) Fatalf(format string, args ...any) {
	t.T.Helper()
	t.gap()
	t.T.Skipf("gap: "+format, args...)
}

func (t logT) sub(name string, f func(tb)) bool {
	t.T.Helper()
	return t.T.Run(name, func(tt *testing.T) {
		tt.Helper()
		gaps := t.gaps
		if gaps == nil { // an article: count its own gaps
			gaps = new(int)
			defer func() {
				if *gaps == 0 {
					tt.Errorf("%s meets all its expectations now: move it to testdata/articles and its line out of the known-gaps README", name)
				}
			}()
		}
		f(logT{T: tt, gaps: gaps})
	})
}

// TestRunArticlesFake runs articles written for the test with a fake and
// checks what fails, and where.
func TestRunArticlesFake(t *testing.T) {
	const text = `  text: |
    The council will spend £4m on roads this year.

    Turnover rose 8% to £1,150m from £1,000m.
`
	write := func(dir, name, body string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	head := "version: 1\ndocument:\n  published: 2025-03-06\n" + text
	tests := []struct {
		name  string
		files map[string]string
		want  [][]string
	}{{
		name: "expected by quotes",
		files: map[string]string{"a.yaml": head + `expect:
  findings:
    - {check: arithmetic, severity: error, quotes: ["rose 8% to £1,150m", "a rise of 15%, not 8%"]}
`},
	}, {
		name: "expected by passages of the text the finding reads",
		files: map[string]string{"a.yaml": head + `expect:
  findings:
    - {check: arithmetic, severity: error, quotes: ["rose 8%", "from £1,000m"]}
`},
	}, {
		name: "a passage the finding does not read is no quote of it",
		files: map[string]string{"a.yaml": head + `expect:
  findings:
    - {check: arithmetic, severity: error, quotes: ["spend £4m on roads"]}
`},
		want: [][]string{
			{"a.yaml:10:7: missing finding: error arithmetic quoting [\"spend £4m on roads\"]", "unmatched: error arithmetic"},
			{"a.yaml:7: unexpected finding: error arithmetic"},
			{"a.yaml: findings (-want +got):"},
		},
	}, {
		name:  "unexpected, at the line of its sentence",
		files: map[string]string{"a.yaml": head},
		want: [][]string{
			{"/a.yaml: ", "a.yaml:7: unexpected finding: error arithmetic on [", "a rise of 15%, not 8%", `"Turnover rose 8% to £1,150m from £1,000m"`},
			{"a.yaml: findings (-want +got):"},
		},
	}, {
		name: "missing, at the line of its expectation",
		files: map[string]string{"a.yaml": head + `expect:
  findings:
    - {check: arithmetic, quotes: ["rose 8% to £1,150m"]}
    - {check: value-conflict, quotes: ["£4m"]}
`},
		want: [][]string{
			{"a.yaml:11:7: missing finding: value-conflict quoting [\"£4m\"]"},
			{"a.yaml: findings (-want +got):"},
		},
	}, {
		name: "info compared when the file expects some",
		files: map[string]string{"a.yaml": head + `expect:
  findings:
    - {check: arithmetic, quotes: ["rose 8% to £1,150m"]}
    - {check: unsourced, severity: info, quotes: ["Turnover rose 8%"]}
    - {check: unsourced, severity: info, quotes: ["Turnover rose 8%"]}
`},
	}, {
		name: "claim sets and files without text are not articles",
		files: map[string]string{
			"claims.yaml": head + "claims:\n  - {id: c1, text: x}\n",
			"kb.yaml":     "version: 1\n",
		},
		want: [][]string{{"no articles"}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, body := range tt.files {
				write(dir, name, body)
			}
			got := newFake().run(func(t tb) { runArticles(t, dir, nil) })
			checkErrors(t, got, tt.want)
		})
	}
}
