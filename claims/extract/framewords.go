package extract

import (
	_ "embed"
	"strings"

	"github.com/veracity-go/veracity/claims/extract/frame"
)

//go:generate go run ./internal/wordnetgen -dict /usr/share/wordnet -words framewords.txt -o framewords_wordnet.txt -framewords frame/words.txt -nouns frame/synonyms_wordnet.txt -kinds frame/kinds_wordnet.txt

//go:embed framewords.txt
var frameWordData string

// wordnetData is framewords_wordnet.txt, verb synonyms and antonyms
// generated from WordNet 3.0 (© 2006 Princeton University; its licence is
// in the file) by internal/wordnetgen; framewords.txt wins over it.
//
//go:embed framewords_wordnet.txt
var wordnetData string

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
// framewords.txt ("_" stands for a space), and [wnverbsyn] in
// framewords_wordnet.txt.
var (
	// supportVerbs and actVerbs: see [support] in framewords.txt and
	// [wnnounverb] in framewords_wordnet.txt.
	supportVerbs = underscored(frameWords["support"])
	actVerbs     = frame.ParseSections(wordnetData)["wnnounverb"]
	prepVerbs    = underscored(frameWords["prepverb"])
	verbSynonyms = withWordNetSynonyms(underscored(frameWords["verbsyn"]),
		underscored(frame.ParseSections(wordnetData)["wnverbsyn"]))
)

// withWordNetSynonyms adds WordNet's synonyms to the hand-written ones
// (hand), where those say nothing of the word: a word framewords.txt
// keys, keys as, or gives an opposite, or that is a verb of saying or a
// light verb, keeps its own meaning there; a verb keyed as one that
// framewords.txt keys as another keys as that other.
func withWordNetSynonyms(hand, wn map[string]string) map[string]string {
	out := make(map[string]string, len(hand)+len(wn))
	mentioned := map[string]bool{}
	for k, v := range hand {
		out[k] = v
		mentioned[k], mentioned[v] = true, true
	}
	for _, p := range handAntonyms {
		mentioned[p[0]], mentioned[p[1]] = true, true
	}
	for k, v := range frameWords["again"] {
		mentioned[k], mentioned[v] = true, true
	}
	for _, section := range []string{"light", "reporting"} {
		for k := range frameWords[section] {
			mentioned[k] = true
		}
	}
	for w, v := range wn {
		if mentioned[w] {
			continue
		}
		if h, ok := hand[v]; ok {
			v = h // "set out" as "begin", framewords.txt's "start"
		}
		out[w] = v
	}
	return out
}

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
	proposalNouns   = frameSet("proposal")
	consentNouns    = frameSet("consent")
	awaitVerbs      = frameSet("await")
	deciderVerbs    = frameSet("decider")
	boundWords      = frameSet("bound")
	openVerbs       = frameSet("open")
	unsureWords     = frameSet("unsure")
	sureWords       = frameSet("sure")
	deliberateVerbs = frameSet("deliberate")
	slotNouns       = frameWords["slot"]
	slotVerbs       = frameWords["slotverb"]
	venuePredicates = frameSet("venue")
	whenPredicates  = frameSet("when")
	// handAntonyms are the pairs of [antonyms] in framewords.txt.
	handAntonyms = pairs(frameWordData, "antonyms")
	// antonyms maps the second word of each pair to the first words it
	// is the opposite of: the pairs of framewords.txt, and those of
	// [wnantonyms] in framewords_wordnet.txt of which neither word is in
	// framewords.txt's pairs or keys as another verb.
	antonyms = func() map[string][]string {
		m := map[string][]string{}
		hand := map[string]bool{}
		for _, p := range handAntonyms {
			m[p[1]] = append(m[p[1]], p[0])
			hand[p[0]], hand[p[1]] = true, true
		}
		for _, p := range pairs(wordnetData, "wnantonyms") {
			_, syn0 := verbSynonyms[p[0]]
			_, syn1 := verbSynonyms[p[1]]
			if !hand[p[0]] && !hand[p[1]] && !syn0 && !syn1 {
				m[p[1]] = append(m[p[1]], p[0])
			}
		}
		return m
	}()
)

// pairs returns the lines of two words of a section of a word list.
func pairs(text, section string) [][2]string {
	var out [][2]string
	i := strings.Index(text, "["+section+"]")
	if i < 0 {
		return nil
	}
	for _, line := range strings.Split(text[i:], "\n")[1:] {
		f := strings.Fields(line)
		if len(f) == 0 || f[0][0] == '#' {
			continue
		}
		if f[0][0] == '[' {
			break
		}
		if len(f) == 2 {
			out = append(out, [2]string{f[0], f[1]})
		}
	}
	return out
}
