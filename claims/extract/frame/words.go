package frame

import (
	_ "embed"
	"strings"
)

//go:embed words.txt
var wordData string

// wordSets holds the sections of words.txt.
var wordSets = func() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	var cur map[string]bool
	for _, line := range strings.Split(wordData, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || line[0] == '#':
		case line[0] == '[':
			cur = map[string]bool{}
			out[strings.Trim(line, "[]")] = cur
		default:
			for _, w := range strings.Fields(line) {
				cur[w] = true
			}
		}
	}
	return out
}()

var (
	hedgeAdverbs = wordSets["hedge"]
	titles       = wordSets["title"]
)
