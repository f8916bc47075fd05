package syntax

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestWinkSideBySide tags the EWT development set, written out as text
// (a sentence a line, words separated by spaces), with this package and
// with wink-nlp and wink-eng-lite-web-model in one run, and logs each
// one's words per second and UPOS accuracy. Both read the same text and
// tokenize it themselves; a gold word counts as right when a token with
// exactly its span has its UPOS. Each reads the text five times; the
// fastest and the median reading are logged (wink-nlp's first readings
// are slower while its JIT warms up). It runs only where node and the
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

	// Ours: as many readings as wink.js makes.
	const rounds = 5
	m := Default()
	d := &Doc{}
	var tagging, parsing []float64
	for range rounds {
		start := time.Now()
		Tokenize(d, text)
		m.Tag(d)
		tagging = append(tagging, time.Since(start).Seconds())
	}
	ours := map[span]string{}
	for i := range d.Len() {
		ours[span{int(d.Start[i]), int(d.End[i])}] = d.UPOS[i].String()
	}
	for range rounds {
		start := time.Now()
		Tokenize(d, text)
		m.Annotate(d)
		parsing = append(parsing, time.Since(start).Seconds())
	}

	file := filepath.Join(t.TempDir(), "dev.txt")
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(node, filepath.Join(dir, "wink.js"), file, strconv.Itoa(rounds)).Output()
	if err != nil {
		t.Fatalf("wink.js: %v", err)
	}
	var w struct {
		Seconds []float64
		Tokens  [][3]any
	}
	if err := json.Unmarshal(out, &w); err != nil {
		t.Fatalf("wink.js output: %v", err)
	}
	if len(w.Seconds) == 0 {
		t.Fatal("wink.js: no timings")
	}
	winks := map[span]string{}
	for _, tok := range w.Tokens {
		s, _ := tok[0].(float64)
		e, _ := tok[1].(float64)
		p, _ := tok[2].(string)
		winks[span{int(s), int(e)}] = p
	}
	oursUPOS, winkUPOS := score(ours), score(winks)
	// Words per second at the fastest and the median of the readings.
	rate := func(secs []float64) string {
		s := slices.Clone(secs)
		slices.Sort(s)
		return fmt.Sprintf("%7.0f (median %7.0f) words/s", float64(words)/s[0], float64(words)/s[len(s)/2])
	}
	t.Logf("EWT dev as text, %d words (%d bytes), one core each, %d readings:", words, len(text), rounds)
	t.Logf("  veracity syntax, tokenize + tag + lemmatize: %s, UPOS %.2f%%", rate(tagging), oursUPOS)
	t.Logf("  veracity syntax, the same + parse:           %s", rate(parsing))
	t.Logf("  wink-nlp + wink-eng-lite-web-model:          %s, UPOS %.2f%%", rate(w.Seconds), winkUPOS)
	if oursUPOS < winkUPOS {
		t.Errorf("UPOS %.2f%%, below wink-nlp's %.2f%%", oursUPOS, winkUPOS)
	}
}
