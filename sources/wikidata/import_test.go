package wikidata

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// samplePath is the shared sample of 49 real items (about 2015).
const samplePath = "../../../shared/wikidata/wikidata-sample-49.json.gz"

// importSample imports the shared sample into a kb in t.TempDir, or skips
// when the shared data is absent.
func importSample(t testing.TB, opts ImportOptions) (*KB, ImportStats) {
	t.Helper()
	f, err := os.Open(samplePath)
	if err != nil {
		t.Skipf("shared sample absent: %v", err)
	}
	defer f.Close()
	out := filepath.Join(t.TempDir(), "sample.kb")
	stats, err := Import(context.Background(), f, out, opts)
	if err != nil {
		t.Fatal(err)
	}
	kb, err := Open(out)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { kb.Close() })
	return kb, stats
}

func TestImportSampleDebug(t *testing.T) {
	kb, stats := importSample(t, ImportOptions{})
	t.Logf("%+v", stats)
	s := kb.Set([]string{"Q255", "Q220", "Q185", "Q275", "Q179"}, SetOptions{})
	for _, e := range s.Entities {
		t.Logf("%+v", e)
	}
	for _, f := range s.Facts {
		if f.Property != "age" {
			t.Logf("%s %s %s %v %v %s", f.Subject, f.Property, f.Value.Literal(), f.ValidFrom, f.ValidUntil, f.Quote)
		}
	}
	t.Log(kb.Named("sao paulo"), kb.Named("Rome"), kb.Named("beethoven"))
}
