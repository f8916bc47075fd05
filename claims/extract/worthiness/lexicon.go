package worthiness

import (
	"embed"
	"fmt"
	"strings"
	"sync"
)

// The lexicons are data: lexicon/*.txt, one "word class" a line, compiled
// by hand for this package (lexicon/README.md says from what).
//
//go:embed lexicon/*.txt
var lexiconFS embed.FS

// classes maps a lower-case word to its feature class ("p1p", "modal-will",
// "report", "num", "month"…), read once from the embedded lexicons.
var classes = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, name := range []string{"person1.txt", "cues.txt", "numbers.txt"} {
		b, err := lexiconFS.ReadFile("lexicon/" + name)
		if err != nil {
			panic("worthiness: " + err.Error()) // embedded: cannot happen
		}
		if err := parseLexicon(m, name, string(b)); err != nil {
			panic(err.Error())
		}
	}
	return m
})

// parseLexicon adds the "word class" lines of text to m; the first entry
// of a word wins.
func parseLexicon(m map[string]string, name, text string) error {
	for n, line := range strings.Split(text, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if len(f) != 2 {
			return fmt.Errorf("worthiness: lexicon %s: line %d: want \"word class\", have %q", name, n+1, line)
		}
		if _, dup := m[f[0]]; !dup {
			m[f[0]] = f[1]
		}
	}
	return nil
}
