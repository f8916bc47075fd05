package extract

import (
	_ "embed"
	"strings"

	"github.com/veracity-go/veracity/claims/extract/frame"
)

//go:embed framewords.txt
var frameWordData string

// frameWords holds the sections of framewords.txt: section → lemma →
// the text after a colon ("date:date"), or "" for a plain word.
var frameWords = frame.ParseSections(frameWordData)

// eventWord returns the word an event word counts as when slots are
// matched by their words ("begin" as "start"), or the word itself.
func eventWord(w string) string {
	if k := eventWords[w]; k != "" {
		return k
	}
	return w
}

var eventWords = frameWords["eventsyn"]

// verbSynonyms and prepVerbs: see [verbsyn] and [prepverb] in
// framewords.txt ("_" stands for a space).
var verbSynonyms, prepVerbs = underscored(frameWords["verbsyn"]), underscored(frameWords["prepverb"])

func underscored(m map[string]string) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[strings.ReplaceAll(k, "_", " ")] = v
	}
	return out
}

// frameSet returns a section of framewords.txt as a set.
func frameSet(name string) map[string]bool { return frame.Set(frameWords[name]) }

var (
	havingVerbs      = frameSet("having")
	priceVerbs       = frameSet("price")
	frameChangeWords = frameSet("change")
	frameMeasure     = frameSet("measure")
	sumThings        = frameSet("sumthing")
	// happenNouns maps a noun of an event to its verb; happenVerbs are the
	// verbs.
	happenNouns = func() map[string]string {
		m := map[string]string{}
		for n, v := range frameWords["event"] {
			if v == "" {
				v = n
			}
			m[n] = v
		}
		return m
	}()
	happenVerbs = func() map[string]bool {
		m := map[string]bool{}
		for _, v := range happenNouns {
			m[v] = true
		}
		return m
	}()
	decideVerbs = func() map[string]bool {
		m := map[string]bool{}
		for w := range frameSet("decideverb") {
			m[strings.ReplaceAll(w, "_", " ")] = true
		}
		return m
	}()
	vagueNouns      = frameSet("vague")
	lightVerbs      = frameSet("light")
	reportingVerbs  = frameSet("reporting")
	againVerbs      = frameWords["again"]
	decisionNouns   = frameSet("decision")
	openVerbs       = frameSet("open")
	unsureWords     = frameSet("unsure")
	slotNouns       = frameWords["slot"]
	slotVerbs       = frameWords["slotverb"]
	venuePredicates = frameSet("venue")
	whenPredicates  = frameSet("when")
	// antonyms maps the second word of each pair to the first words it
	// is the opposite of.
	antonyms = func() map[string][]string {
		m := map[string][]string{}
		for _, line := range strings.Split(frameWordData[strings.Index(frameWordData, "[antonyms]"):], "\n")[1:] {
			f := strings.Fields(line)
			if len(f) == 0 || f[0][0] == '#' {
				continue
			}
			if f[0][0] == '[' {
				break
			}
			if len(f) == 2 {
				m[f[1]] = append(m[f[1]], f[0])
			}
		}
		return m
	}()
)
