package factchecktest

import (
	"testing"

	"github.com/veracity-go/veracity/factcheck/checks"
)

func TestRunDirTestdata(t *testing.T) {
	RunDir(t, "testdata")
}

// TestRunFileWrong runs a set whose expectations are wrong and checks that
// each mistake fails, at the file and line of the expectation or claim.
func TestRunFileWrong(t *testing.T) {
	got := newFake().run(func(t tb) { runFile(t, "testdata/wrong/wrong.yaml", checks.Default, nil) })
	checkErrors(t, got, [][]string{
		{"/c1: testdata/wrong/wrong.yaml:16:", "verdict on c1 (-want +got)", `"true"`, `"unverified"`},
		{"testdata/wrong/wrong.yaml:18:", "missing finding: polarity-conflict on [c1 c2]"},
		{"testdata/wrong/wrong.yaml:13:", "unexpected finding: warning value-conflict on [c1 c2]", `"Anchorage" (c1) and "Juneau" (c2) give different values for the venue of the summit`},
		{"testdata/wrong/wrong.yaml: findings (-want +got):", "polarity-conflict [c1 c2]", "value-conflict [c1 c2] (warning)"},
	})
}

func TestRunFileMissing(t *testing.T) {
	got := newFake().run(func(t tb) { runFile(t, "testdata/no-such-set.yaml", checks.Default, nil) })
	checkErrors(t, got, [][]string{{"factchecktest: ", "no-such-set.yaml"}})
}
