package arithmetic_test

// The false-alarm count over real articles: set ARITHMETIC_CORPUS to a
// folder of articles (*.txt, title on the first line), such as the BBC
// News 2005 set extracted from ../shared/corpus to a temporary folder, and
// the test runs the check over every article and fails when warnings and
// errors exceed 0.05 per article. Without the variable it is skipped: the
// articles are never copied into the repository.
//
//	ARITHMETIC_CORPUS=/tmp/bbc go test -run TestCorpus -v ./factcheck/checks/arithmetic/

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks/arithmetic"
	"github.com/veracity-go/veracity/factcheck/checks/internal/checktest"
)

// corpusPublished dates the BBC 2005 articles, which carry no date of
// their own.
var corpusPublished = time.Date(2005, 3, 1, 0, 0, 0, 0, time.UTC)

func TestCorpus(t *testing.T) {
	dir := os.Getenv("ARITHMETIC_CORPUS")
	if dir == "" {
		t.Skip("ARITHMETIC_CORPUS not set")
	}
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txt") && !strings.EqualFold(d.Name(), "README.TXT") {
			files = append(files, p)
		}
		return err
	})
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles in %s: %v", dir, err)
	}
	serious := 0
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		set := &claims.Set{Version: 1, Document: claims.Document{Text: string(data), Published: corpusPublished}}
		for _, f := range checktest.Findings(t, arithmetic.Check, set) {
			if f.Severity >= factcheck.Warning {
				serious++
			}
			t.Logf("%s: %s: %s", p, f.Severity, f.Message)
		}
	}
	rate := float64(serious) / float64(len(files))
	t.Logf("%d articles, %d warnings and errors: %.3f per article", len(files), serious, rate)
	if rate >= 0.05 {
		t.Errorf("%.3f warnings and errors per article, want under 0.05", rate)
	}
}
