package frame

import (
	_ "embed"
	"strings"
)

//go:embed words.txt
var wordData string

// ParseSections reads a word-list file of sections: a line "[name]" opens
// a section, later lines give its words separated by spaces, "#" starts a
// comment line. A word may carry a value after a colon ("date:date"); a
// hyphen in a word stands for a space ("take-place"). It returns section
// → word → value ("" for a plain word). The frame layer's lists and the
// extractor's frame-claim lists are such files.
func ParseSections(text string) map[string]map[string]string {
	out := map[string]map[string]string{}
	cur := map[string]string{}
	for _, line := range strings.Split(text, "\n") {
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
}

// Set returns the words of a section as a set.
func Set(section map[string]string) map[string]bool {
	m := make(map[string]bool, len(section))
	for w := range section {
		m[w] = true
	}
	return m
}

var (
	wordSets     = ParseSections(wordData)
	hedgeAdverbs = Set(wordSets["hedge"])
	reportVerbs  = Set(wordSets["report"])
	actorNouns   = Set(wordSets["actor"])
	titles       = Set(wordSets["title"])
	particles    = Set(wordSets["particle"])
	phrasalPreps = Set(wordSets["phrasalprep"])
	timeNouns    = Set(wordSets["timenoun"])
	bareClauses  = Set(wordSets["bareclause"])
	voteDecides  = Set(wordSets["votedecide"])
)

// IsTimeNoun reports a noun of time that "last", "next" or "this" makes
// a time: "year", "spring", "weekend".
func IsTimeNoun(lemma string) bool { return timeNouns[lemma] }
