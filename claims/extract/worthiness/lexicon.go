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

// A class is a word class of the lexicons: its name ("p1p", "modal-will",
// "report", "num", "month"…) and the name's hash.
type class struct {
	name string
	hash uint64
}

// classes maps the hash of a lower-case word to its class, read once from
// the embedded lexicons.
var classes = sync.OnceValue(func() *classTable {
	m := map[uint64]class{}
	for _, name := range []string{"person1.txt", "cues.txt", "numbers.txt"} {
		b, err := lexiconFS.ReadFile("lexicon/" + name)
		if err != nil {
			panic("worthiness: " + err.Error()) // embedded: cannot happen
		}
		if err := parseLexicon(m, name, string(b)); err != nil {
			panic(err.Error())
		}
	}
	return newClassTable(m)
})

// A classTable is an open-addressing hash table from word hashes to
// classes, faster than a map for the lookup of every word.
type classTable struct {
	keys []uint64 // 0: empty
	vals []class
	mask uint64
}

func newClassTable(m map[uint64]class) *classTable {
	size := 16
	for size < 4*len(m) {
		size <<= 1
	}
	t := &classTable{keys: make([]uint64, size), vals: make([]class, size), mask: uint64(size - 1)}
	for h, c := range m {
		i := h & t.mask
		for t.keys[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = h, c
	}
	return t
}

// lookup returns the class of the word of hash h.
func (t *classTable) lookup(h uint64) (class, bool) {
	for i := h & t.mask; t.keys[i] != 0; i = (i + 1) & t.mask {
		if t.keys[i] == h {
			return t.vals[i], true
		}
	}
	return class{}, false
}

// parseLexicon adds the "word class" lines of text to m; the first entry
// of a word wins.
func parseLexicon(m map[uint64]class, name, text string) error {
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
		if h := hashString(f[0]); m[h].name == "" {
			m[h] = class{name: f[1], hash: hashString("class:" + f[1])}
		}
	}
	return nil
}
