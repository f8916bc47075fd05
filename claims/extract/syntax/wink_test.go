package syntax

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestWinkSideBySide tags the EWT development set, written out as text
// (a sentence a line, words separated by spaces), with this package and
// with wink-nlp and wink-eng-lite-web-model in one run, and logs each
// one's words per second and UPOS accuracy. Both read the same text and
// tokenize it themselves; a gold word counts as right when a token with
// exactly its span has its UPOS. It runs only where node and the
// comparison's npm packages are installed:
//
//	cd claims/extract/syntax/testdata/wink && npm install
//	go test -run TestWinkSideBySide -v ./claims/extract/syntax/
//
// Speeds are logged, never asserted; the test fails only if wink-nlp
// tags more words right than this package.
func TestWinkSideBySide(t *testing.T) {
	dir := filepath.Join("testdata", "wink")
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "wink-nlp")); err != nil {
		t.Skip("wink-nlp is not installed (cd testdata/wink && npm install)")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("no node")
	}
	gold := readGold(t, "en_ewt-ud-dev.conllu.gz")
	var sb strings.Builder
	type span struct{ start, end int }
	var spans []span
	var want []UPOS
	for _, g := range gold {
		for i, f := range g.Form {
			if i > 0 {
				sb.WriteByte(' ')
			}
			spans = append(spans, span{sb.Len(), sb.Len() + len(f)})
			want = append(want, g.UPOS[i])
			sb.WriteString(f)
		}
		sb.WriteByte('\n')
	}
	text := sb.String()
	words := len(want)
	score := func(got map[span]string) float64 {
		right := 0
		for i, s := range spans {
			if got[s] == want[i].String() {
				right++
			}
		}
		return 100 * float64(right) / float64(words)
	}

	// Ours: the fastest of three runs, as wink.js does.
	m := Default()
	d := &Doc{}
	best := time.Duration(1 << 62)
	for range 3 {
		start := time.Now()
		Tokenize(d, text)
		m.Tag(d)
		best = min(best, time.Since(start))
	}
	ours := map[span]string{}
	for i := range d.Len() {
		ours[span{int(d.Start[i]), int(d.End[i])}] = d.UPOS[i].String()
	}
	bestParse := time.Duration(1 << 62)
	for range 3 {
		start := time.Now()
		Tokenize(d, text)
		m.Annotate(d)
		bestParse = min(bestParse, time.Since(start))
	}

	file := filepath.Join(t.TempDir(), "dev.txt")
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(node, filepath.Join(dir, "wink.js"), file, "3").Output()
	if err != nil {
		t.Fatalf("wink.js: %v", err)
	}
	var w struct {
		Seconds float64
		Tokens  [][3]any
	}
	if err := json.Unmarshal(out, &w); err != nil {
		t.Fatalf("wink.js output: %v", err)
	}
	winks := map[span]string{}
	for _, tok := range w.Tokens {
		s, _ := tok[0].(float64)
		e, _ := tok[1].(float64)
		p, _ := tok[2].(string)
		winks[span{int(s), int(e)}] = p
	}
	oursUPOS, winkUPOS := score(ours), score(winks)
	t.Logf("EWT dev as text, %d words (%d bytes), one core each, best of 3:", words, len(text))
	t.Logf("  veracity syntax, tokenize + tag + lemmatize: %8.0f words/s, UPOS %.2f%%", float64(words)/best.Seconds(), oursUPOS)
	t.Logf("  veracity syntax, the same + parse:           %8.0f words/s", float64(words)/bestParse.Seconds())
	t.Logf("  wink-nlp + wink-eng-lite-web-model:          %8.0f words/s, UPOS %.2f%%", float64(words)/w.Seconds, winkUPOS)
	if oursUPOS < winkUPOS {
		t.Errorf("UPOS %.2f%%, below wink-nlp's %.2f%%", oursUPOS, winkUPOS)
	}
}
