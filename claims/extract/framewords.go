package extract

import (
	_ "embed"
	"strings"
)

//go:embed framewords.txt
var frameWordData string

// frameWords holds the sections of framewords.txt: section → lemma →
// the text after a colon ("date:date"), or "" for a plain word.
var frameWords = func() map[string]map[string]string {
	out := map[string]map[string]string{}
	var cur map[string]string
	for _, line := range strings.Split(frameWordData, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || line[0] == '#':
		case line[0] == '[':
			cur = map[string]string{}
			out[strings.Trim(line, "[]")] = cur
		default:
			for _, w := range strings.Fields(line) {
				k, v, _ := strings.Cut(w, ":")
				cur[strings.ReplaceAll(k, "-", " ")] = v
			}
		}
	}
	return out
}()

// frameSet returns a section of framewords.txt as a set.
func frameSet(name string) map[string]bool {
	m := map[string]bool{}
	for w := range frameWords[name] {
		m[w] = true
	}
	return m
}

var (
	havingVerbs      = frameSet("having")
	priceVerbs       = frameSet("price")
	frameChangeWords = frameSet("change")
	frameMeasure     = frameSet("measure")
	vagueNouns       = frameSet("vague")
	lightVerbs       = frameSet("light")
	openVerbs        = frameSet("open")
	unsureWords      = frameSet("unsure")
	slotNouns        = frameWords["slot"]
	slotVerbs        = frameWords["slotverb"]
	venuePredicates  = frameSet("venue")
	whenPredicates   = frameSet("when")
	// antonyms maps the second word of each pair to the first.
	antonyms = func() map[string]string {
		m := map[string]string{}
		for _, line := range strings.Split(frameWordData[strings.Index(frameWordData, "[antonyms]"):], "\n")[1:] {
			f := strings.Fields(line)
			if len(f) == 0 || f[0][0] == '#' {
				continue
			}
			if f[0][0] == '[' {
				break
			}
			if len(f) == 2 {
				m[f[1]] = f[0]
			}
		}
		return m
	}()
)
