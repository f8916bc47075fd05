package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

// skippedNounFiles are WordNet's noun lexicographer files (lexnames) left
// out whole, with the reason.
var skippedNounFiles = map[int]string{
	3:  "noun.Tops: the most general nouns (entity, thing, act)",
	18: "noun.person: people, counted by [people] and named by roles",
	23: "noun.quantity: amounts and units",
	24: "noun.relation: part, share, proportion: said of many things at once",
	28: "noun.time: times and periods, which [timenoun] and the date rules read",
}

// skippedNounSections are the sections of the hand lists whose words are
// left out: they count people or sums, name times, titles or the
// organisation last named, or are too common to tie things by.
var skippedNounSections = map[string]bool{
	"people": true, "measure": true, "vague": true, "figurestop": true, "slot": true,
	"event": true, "decision": true, "timenoun": true, "title": true, "actor": true,
}

// excludedNouns are nouns left out by judgment, with the reason: their
// most frequent sense in WordNet is not their common one in news, or
// they are too general to tie two things by, or they name different
// things of one kind that an article gives together.
var excludedNouns = map[string]string{
	// The most general nouns, which name whatever the sentence is about:
	// left out whatever WordNet groups them with.
	"thing": "general", "place": "general", "way": "general", "part": "general", "group": "general",
	"number": "a quantity", "amount": "a quantity", "level": "a quantity", "area": "general",
	"point": "general", "case": "general", "fact": "general", "matter": "general", "issue": "general",
	"situation": "general", "side": "general", "form": "general", "type": "general", "item": "general",
	"piece": "general", "lot": "a quantity", "stuff": "general",
	// Too general: "the aim of the effort", "in that respect".
	"aspect": "general", "effect": "general", "consequence": "general", "result": "general; a match or election result",
	"effort": "general: a joint effort, efforts to", "element": "general", "idea": "general", "thought": "general",
	"kind": "general", "sort": "general", "lack": "general: a lack of", "manner": "general", "style": "general",
	"fashion": "an industry; general", "mode": "a mode of transport; general", "process": "general",
	"procedure": "a medical procedure; general", "product": "general", "respect": "in that respect",
	"regard": "with regard to", "responsibility": "general: claimed responsibility", "use": "general",
	"standard": "general: standards of care", "criterion": "general", "help": "general",
	"technology": "a field, not a thing", "engineering": "a field, not a thing", "philosophy": "a subject; a club's philosophy",
	// Their common sense in news is another.
	"advertising": "the industry, not an advert", "complaint": "a grievance, not an ailment",
	"engagement": "a betrothal, taking part", "battle": "figurative: a legal battle", "fight": "a boxing match; the fight against crime",
	"black": "an adjective; as a noun, a person", "brush": "a tool", "slug": "an animal",
	"complex": "a building: a sports complex", "conception": "a pregnancy", "assurance": "a promise: gave assurances",
	"contempt": "contempt of court", "settlement": "a legal settlement, a sum", "die": "a verb",
	"drift": "a movement; a snowdrift", "try": "a rugby score", "fault": "a technical fault; blame",
	"examination": "a school exam; a medical check", "exercise": "a military exercise; an exercise in",
	"enterprise": "a business", "being": "a verb form: a human being", "feature": "a news feature, an attraction",
	"fringe": "a festival; hair", "hold": "a verb; a ship's hold", "growing": "a verb form",
	"guidance": "official advice", "hall": "a town hall, a concert hall", "inside": "a preposition",
	"gag": "a gagging order", "lid": "a cover", "loading": "a verb form", "lobby": "a lobby group",
	"selling": "a verb form", "oath": "a sworn oath", "curse": "a spell", "chance": "a probability; a chance at goal",
	"bundle": "a broadband bundle", "packet": "a pay packet", "plant": "a green plant as well as a factory",
	"drama": "a TV series; excitement", "announcement": "any statement", "promotion": "a job promotion; promotion to a league",
	"purse": "prize money", "rail": "rail transport", "range": "a product range, a mountain range",
	"remembrance": "Remembrance Sunday", "faith": "trust", "petition": "a signed petition, not any request",
	"run": "a cricket run; a run of wins", "irony": "a figure of speech", "agenda": "a political agenda",
	"story": "a news story", "terror": "terrorism", "spell": "a period: a spell in charge", "tube": "the Underground",
	"integrity": "honesty", "voting": "a verb form", "warfare": "the practice, not one war", "headache": "a pain",
	"thunder": "weather", "center": "a building: a leisure centre", "middle": "a position",
	"textile": "an industry", "bunch": "a quantity: a bunch of", "tyranny": "abstract, not one regime",
	"hazard": "abstract", "growth": "a change, as [vague]'s rise", "decrease": "a change, as [vague]'s fall",
	"estimate": "a figure, as [vague]'s", "majority": "a quantity; an election majority", "bulk": "a quantity",
	"intake": "a figure of take-up", "uptake": "a figure of take-up", "pursuit": "an occupation: leisure pursuits",
	// Different things of one kind, which an article names together.
	"agency": "a body: an article names several", "bureau": "a body", "commission": "a body", "committee": "a body",
	"castle": "a building: the castle and the palace are two", "palace": "a building",
	"district": "a unit of government", "territory": "a unit of government", "state": "the state: government",
	"province": "a unit of government", "permit": "a permit to build, not a licence to sell",
	"license": "a licence to sell, not a permit to build", "mill": "a windmill; a mill of a factory's",
	"dependency": "a territory: a Crown dependency", "pecs": "a plural, of a muscle",
	"eating": "a verb form", "sensing": "a verb form", "preaching": "a verb form",
}

// GenerateNouns returns the noun table: synonym groups for the frame
// layer's references ("the scheme" … "the project"), leaving out the
// words of the skippedNounSections of the hand lists wordsFiles.
//
// Two nouns are grouped when both are single words whose dominant sense
// (as for verbs: WordNet's first, with at least minTagged tagged uses and
// at least half the noun's) is one synset, and neither is left out. Left
// out are names (a synset word written with a capital), plurals of other
// nouns, nouns of the lexicographer files in skippedNounFiles, the words
// of the hand lists' sections in skippedNounSections (people, time, sums
// and quantities, which the extractor treats specially), and the words
// of excludedNouns, each with its reason. A group takes the British
// spellings WordNet puts in its synset ("behaviour"), untagged as they
// are. Each group keys as its most tagged member, then the first in
// alphabetical order. The frame layer reads the groups after its
// hand-written ones (synonyms.txt), which win.
func GenerateNouns(dict string, wordsFiles []string, licenceFile string) ([]byte, error) {
	counts, err := readCounts(filepath.Join(dict, "cntlist.rev"))
	if err != nil {
		return nil, err
	}
	skip := map[string]bool{}
	for _, f := range wordsFiles {
		if err := readSections(f, skippedNounSections, skip); err != nil {
			return nil, err
		}
	}
	noun, plurals, notice, err := readNouns(dict, licenceFile)
	if err != nil {
		return nil, err
	}
	noun.excluded = excludedNouns
	tagged := func(w string) int { return counts["1/"+w][1] }

	groups := map[int][]string{}
	for w := range noun.index {
		off := dominant(counts, noun, w)
		if off < 0 || skip[w] || strings.ContainsAny(w, "_ .'") || plural(noun, plurals, w) {
			continue
		}
		s := noun.sets[off]
		if s == nil || skippedNounFiles[s.lexFile] != "" || s.capitalized(w) {
			continue
		}
		groups[off] = append(groups[off], w)
	}
	var lines []string
	for off, g := range groups {
		if len(g) < 2 {
			continue
		}
		// British spellings of the group's words that WordNet puts in
		// its synset, untagged ("behaviour" of "behavior").
		for _, w := range g {
			for _, v := range britishSpellings(w) {
				if noun.sets[off].has(v) && !slices.Contains(g, v) && excludedNouns[v] == "" && !skip[v] {
					g = append(g, v)
				}
			}
		}
		sort.Slice(g, func(i, j int) bool {
			if a, b := tagged(g[i]), tagged(g[j]); a != b {
				return a > b
			}
			return g[i] < g[j]
		})
		lines = append(lines, strings.Join(g, " "))
	}
	sort.Strings(lines)

	var b bytes.Buffer
	writeHeader(&b, "change the generator, or synonyms.txt,", "whose groups win over these.", notice)
	fmt.Fprintf(&b, "\n# Nouns whose most frequent sense is one synset: one group a line, the\n# first word (the most tagged) the key.\n")
	for _, l := range lines {
		fmt.Fprintf(&b, "%s\n", l)
	}
	return b.Bytes(), nil
}

// capitalized reports whether the synset writes w with a capital.
func (s *synset) capitalized(w string) bool {
	for i, x := range s.words {
		if x == w && s.capital[i] {
			return true
		}
	}
	return false
}

// has reports whether w is a word of s.
func (s *synset) has(w string) bool { return slices.Contains(s.words, w) }

// plural reports whether w is the plural of another noun: an irregular
// plural of WordNet's noun.exc ("men"), or a word in "s" whose stem is a
// noun ("works", "authorities"). The tagger gives nouns as their singular
// lemma, so such an entry would stand for another sense of the singular.
func plural(p *pos, exc map[string]string, w string) bool {
	if exc[w] != "" {
		return true
	}
	for _, suf := range [][2]string{{"ies", "y"}, {"es", ""}, {"s", ""}} {
		if stem, ok := strings.CutSuffix(w, suf[0]); ok && len(p.index[stem+suf[1]]) > 0 {
			return true
		}
	}
	return false
}

// britishSpellings returns the British spellings of an American word:
// "behaviour" of "behavior", "theatre" of "theater", "counselling" of
// "counseling".
func britishSpellings(w string) []string {
	var out []string
	if s, ok := strings.CutSuffix(w, "or"); ok {
		out = append(out, s+"our")
	}
	if s, ok := strings.CutSuffix(w, "er"); ok {
		out = append(out, s+"re")
	}
	if s, ok := strings.CutSuffix(w, "ization"); ok {
		out = append(out, s+"isation")
	}
	if s, ok := strings.CutSuffix(w, "eling"); ok {
		out = append(out, s+"elling")
	}
	if i := strings.Index(w, "or"); i > 0 && i+2 < len(w) {
		out = append(out, w[:i]+"our"+w[i+2:]) // "neighborhood"
	}
	return out
}

// readExc reads a WordNet exception list: an inflected form → its lemma.
func readExc(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m := map[string]string{}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 {
			m[f[0]] = f[1]
		}
	}
	return m, nil
}

// readNouns reads WordNet's nouns, their irregular plurals (noun.exc) and
// the licence notice the generated tables carry.
func readNouns(dict, licenceFile string) (noun *pos, plurals map[string]string, notice string, err error) {
	if notice, err = readNotice(licenceFile); err != nil {
		return nil, nil, "", err
	}
	if noun, err = readPOS(dict, "noun", "1"); err != nil {
		return nil, nil, "", err
	}
	if plurals, err = readExc(filepath.Join(dict, "noun.exc")); err != nil {
		return nil, nil, "", err
	}
	return noun, plurals, notice, nil
}
