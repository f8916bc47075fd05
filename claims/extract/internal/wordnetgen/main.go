// Command wordnetgen writes framewords_wordnet.txt, the verb synonyms and
// the verb and adjective antonyms the frame claims take from WordNet 3.0
// (Princeton University; its licence notice is copied into the file), and
// frame/synonyms_wordnet.txt, the noun synonym groups the frame layer's
// references take from it (see nouns.go).
//
// It is run by go generate in claims/extract, on a machine with WordNet's
// database (Debian's wordnet-base puts it in /usr/share/wordnet):
//
//	go run ./internal/wordnetgen -dict /usr/share/wordnet -words framewords.txt -o framewords_wordnet.txt -framewords frame/words.txt -nouns frame/synonyms_wordnet.txt
//
// The tables are committed, so that building and testing need no WordNet.
//
// It is conservative, as a false alarm on a real article costs more than
// a statement left unmatched. A word counts only by its most frequent
// sense (WordNet's sense 1), and only when the tag counts of cntlist.rev
// give that sense at least minTagged uses and at least half of the
// word's tagged uses. Two verbs are synonyms when that sense is one
// synset and the frame layer can give both as a lemma (one word, or a
// verb and its particle); each group keys as its most tagged member
// (then the first in alphabetical order). Two words are antonyms when
// WordNet's direct antonym pointer ("!") joins their most frequent
// senses: verbs of thinking, saying, social acts and states only (not
// of change over time such as "increase" and "decrease", of motion, of
// possession, or of doing and undoing such as "lock" and "unlock": an
// article gives both at different times or of different parties), and
// adjectives only where one is the other with a negating prefix ("legal",
// "illegal"; not "high", "low"). The light, reporting, change and unsure
// words of framewords.txt are left out, and so are the words and pairs
// of excludedVerbs, excludedAdjectives and excludedPairs, each with its
// reason. In an antonym pair the base is the word without the prefix,
// else the more tagged; its verbs are given as their synonym group's.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

func main() {
	dict := flag.String("dict", "/usr/share/wordnet", "WordNet 3.0 database directory")
	words := flag.String("words", "framewords.txt", "the hand-written word lists (their [light], [reporting], [change] and [unsure] sections are left out)")
	licence := flag.String("licence", "/usr/share/doc/wordnet-base/copyright", "WordNet's licence notice (Debian copyright file)")
	out := flag.String("o", "framewords_wordnet.txt", "output file")
	frameWords := flag.String("framewords", "frame/words.txt", "the frame layer's word lists (their [timenoun], [title] and [actor] sections are left out of the nouns)")
	nouns := flag.String("nouns", "frame/synonyms_wordnet.txt", "output file of the noun synonym groups")
	kinds := flag.String("kinds", "frame/kinds_wordnet.txt", "output file of the nouns of each kind of the frame layer's [kind] list")
	flag.Parse()
	b, err := Generate(*dict, *words, *licence)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		log.Fatal(err)
	}
	b, err = GenerateNouns(*dict, []string{*words, *frameWords}, *licence)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*nouns, b, 0o644); err != nil {
		log.Fatal(err)
	}
	b, err = GenerateKinds(*dict, *frameWords, *licence)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*kinds, b, 0o644); err != nil {
		log.Fatal(err)
	}
}

const (
	// minTagged is the least number of tagged uses of a word's first
	// sense for it to count.
	minTagged = 3
)

// stateLexFiles are WordNet's lexicographer files (lexnames) whose verb
// antonyms may be taken: of thinking, saying, social acts and states.
// The others are of change ("increase", "decrease"), motion ("arrive",
// "leave"), possession ("buy", "sell"), the body ("dress", "undress"),
// contact and making ("lock", "unlock", "assemble", "disassemble"),
// competition ("arm", "disarm") and feeling ("love", "hate"): done and
// undone at different times, or by different parties, or by degrees.
var stateLexFiles = map[int]string{
	31: "verb.cognition",
	32: "verb.communication",
	41: "verb.social",
	42: "verb.stative",
}

// excludedVerbs are verbs left out by judgment, with the reason: their
// first sense in WordNet is not their common one in news.
var excludedVerbs = map[string]string{
	"recall":    "recalled cars, not remembered",
	"discount":  "discounted prices, not dismissed",
	"lay_off":   "laid off workers, not ceased",
	"conquer":   "conquered a country, not inhibited",
	"quit":      "quit a job, not ceased",
	"number":    "a [having] verb: numbers 40 staff",
	"promote":   "promoted a person, a product",
	"recover":   "recovered from an illness",
	"enrol":     "enrolled students, not recruited",
	"enroll":    "enrolled students, not recruited",
	"race":      "raced a car",
	"set_aside": "set aside a ruling",
	"sanction":  "sanctioned a country: penalised, not approved",
	"utilize":   "utilised, where framewords.txt's employ is hiring",
	"lay":       "laid a wreath, laid charges",
	"seize":     "police seized drugs, not clutched",
	"prescribe": "prescribed drugs, not dictated",
	"instruct":  "instructed lawyers: hired",
	"comment":   "a verb of saying",
	"come_on":   "not come out", "show_up": "not come out", "turn_up": "not come out",
	"bring_down": "brought down a government", "take_down": "took down a site",
	"go_out": "the lights went out", "get_over": "got over an illness",
	"push_back": "pushed back a date: postponed", "take_back": "took back words: retracted",
	"sort_out": "sorted out a problem", "end_up": "wind up is to close a firm",
	"carry_on": "carried on: continued", "count_on": "counted on: relied",
	"turn_out": "turned out voters, goods",
}

// excludedAdjectives are adjectives left out by judgment, with the reason.
var excludedAdjectives = map[string]string{
	// Adjectives said by degrees, and by different people of one thing:
	// "residents are unhappy" against "residents are happy".
	"adequate": "gradable", "happy": "gradable", "pleasant": "gradable",
	"satisfactory": "gradable", "sufficient": "gradable", "tolerable": "gradable",
	"fortunate": "gradable", "patient": "gradable", "stable": "gradable",
	"familiar": "gradable", "usual": "gradable", "experienced": "gradable",
	"concerned": "gradable", "relevant": "gradable",
	"complete": "a state an article gives at different times",
	// Antonyms that take a complement the statement key leaves out:
	// "was unable to vote" and "was able to attend" do not meet.
	"able": "takes a complement", "possible": "takes a complement",
	"necessary": "takes a complement", "aware": "takes a complement",
	"capable": "takes a complement", "expected": "takes a complement",
	"like": "a preposition more than an adjective",
}

// excludedPairs are antonyms left out by judgment, with the reason.
var excludedPairs = map[[2]string]string{
	{"equal", "differ"}:     "not said of one subject and object",
	{"praise", "criticize"}: "both are said of one thing",
	{"shout", "whisper"}:    "manners of saying, said at different times",
	{"divide", "unite"}:     "done and undone at different times",
}

type synset struct {
	lexFile int
	words   []string // lemmas, lower-case, "_" for a space
	capital []bool   // the word is written with a capital: a name
	ants    [][2]int // direct antonyms: source and target word, from 0
	antOff  []int    // and their target synsets
	// derivs are the derivationally related verbs of a noun synset
	// ("compensation", "compensate"): source and target word, from 0;
	// derivOff their target synsets.
	derivs   [][2]int
	derivOff []int
	// hypers are a noun synset's hypernyms (its kinds: "building" of
	// "library"), instance hypernyms included.
	hypers []int
}

type pos struct {
	name   string // "verb", "adj"
	digits string // the sense key's synset types
	sets   map[int]*synset
	index  map[string][]int // lemma → synset offsets, most frequent first
	// excluded are words left out by judgment.
	excluded map[string]string
}

// Generate returns the table.
func Generate(dict, wordsFile, licenceFile string) ([]byte, error) {
	counts, err := readCounts(filepath.Join(dict, "cntlist.rev"))
	if err != nil {
		return nil, err
	}
	skip, err := readSkip(wordsFile)
	if err != nil {
		return nil, err
	}
	notice, err := readNotice(licenceFile)
	if err != nil {
		return nil, err
	}
	verb, err := readPOS(dict, "verb", "2")
	if err != nil {
		return nil, err
	}
	adj, err := readPOS(dict, "adj", "35")
	if err != nil {
		return nil, err
	}
	verb.excluded, adj.excluded = excludedVerbs, excludedAdjectives
	first := func(p *pos, w string) int { return dominant(counts, p, w) }
	tagged := func(p *pos, w string) int { return counts[p.digits[:1]+"/"+w][1] }

	// Synonyms: verbs whose dominant sense is one synset.
	groups := map[int][]string{}
	for w, offs := range verb.index {
		if skip[w] || !keyable(w) || first(verb, w) < 0 || tagged(verb, w) < minTagged {
			continue // tagged, as a rare verb may be one sense in WordNet and another in news
		}
		groups[offs[0]] = append(groups[offs[0]], w)
	}
	syn := map[string]string{}
	for _, g := range groups {
		if len(g) < 2 {
			continue
		}
		sort.Slice(g, func(i, j int) bool {
			if a, b := tagged(verb, g[i]), tagged(verb, g[j]); a != b {
				return a > b
			}
			return g[i] < g[j]
		})
		for _, w := range g[1:] {
			syn[w] = g[0]
		}
	}
	canon := func(w string) string {
		if c, ok := syn[w]; ok {
			return c
		}
		return w
	}

	// Antonyms between dominant senses.
	type pair struct{ base, denied string }
	var pairs []pair
	seen := map[[2]string]bool{}
	for _, p := range []*pos{verb, adj} {
		for off, s := range p.sets {
			for k, a := range s.ants {
				w1 := s.words[a[0]]
				t := p.sets[s.antOff[k]]
				if t == nil || a[1] >= len(t.words) {
					continue
				}
				w2 := t.words[a[1]]
				if first(p, w1) != off || first(p, w2) != s.antOff[k] || skip[w1] || skip[w2] {
					continue
				}
				if p == verb && (stateLexFiles[s.lexFile] == "" || stateLexFiles[t.lexFile] == "") {
					continue
				}
				if p == adj && !negates(w1, w2) && !negates(w2, w1) {
					continue // "legal", "illegal"; not "high", "low"
				}
				if p == verb {
					w1, w2 = canon(w1), canon(w2)
				}
				if w1 == w2 {
					continue
				}
				// The base is the unmarked word: "approve" for
				// "disapprove", else the more frequent.
				if negates(w1, w2) || !negates(w2, w1) && (tagged(p, w1) < tagged(p, w2) || tagged(p, w1) == tagged(p, w2) && w1 > w2) {
					w1, w2 = w2, w1
				}
				k := [2]string{w1, w2}
				if seen[k] || excludedPairs[k] != "" || excludedPairs[[2]string{w2, w1}] != "" {
					continue
				}
				seen[k] = true
				pairs = append(pairs, pair{w1, w2})
			}
		}
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].base != pairs[j].base {
			return pairs[i].base < pairs[j].base
		}
		return pairs[i].denied < pairs[j].denied
	})

	nounVerbs, err := nounVerbs(dict, counts, skip, verb, canon)
	if err != nil {
		return nil, err
	}

	var b bytes.Buffer
	writeHeader(&b, "change the generator, or framewords.txt,", "whose entries win over these.", notice)
	fmt.Fprintf(&b, "\n[wnantonyms]\n# pairs: the second keys as the first denied (verbs by their\n# synonym group's verb, in [wnverbsyn])\n")
	for _, p := range pairs {
		fmt.Fprintf(&b, "%s %s\n", p.base, p.denied)
	}
	fmt.Fprintf(&b, "\n[wnverbsyn]\n# verbs whose most frequent sense is one synset: word:the verb it keys as\n")
	keys := make([]string, 0, len(syn))
	for w := range syn {
		keys = append(keys, w)
	}
	sort.Strings(keys)
	for _, w := range keys {
		fmt.Fprintf(&b, "%s:%s\n", w, syn[w])
	}
	fmt.Fprintf(&b, "\n[wnnounverb]\n# nouns of an act whose most frequent sense is derived from the most\n# frequent sense of a verb of one stem: noun:the verb (by its synonym group's)\n")
	for _, nv := range nounVerbs {
		fmt.Fprintf(&b, "%s:%s\n", nv[0], nv[1])
	}
	return b.Bytes(), nil
}

// dominant returns the synset of word w's most frequent sense in p when
// it dominates (at least minTagged tagged uses, and at least half of
// the word's), or -1; and -1 for a word left out by judgment.
func dominant(counts map[string]map[int]int, p *pos, w string) int {
	offs := p.index[w]
	if len(offs) == 0 || p.excluded[w] != "" {
		return -1
	}
	c := counts[p.digits[:1]+"/"+w]
	if c[1] < minTagged {
		return -1
	}
	total := 0
	for _, n := range c {
		total += n
	}
	if 2*c[1] < total {
		return -1
	}
	return offs[0]
}

// keyable reports whether the frame layer can give w as a lemma: one
// word, or a verb and its particle ("knock_down").
func keyable(w string) bool {
	v, prt, ok := strings.Cut(w, "_")
	return v != "" && (!ok || particles[prt])
}

var particles = map[string]bool{
	"up": true, "down": true, "out": true, "off": true, "in": true, "on": true, "over": true,
	"away": true, "back": true, "through": true, "around": true, "about": true, "along": true,
}

// negates reports whether word a is word b with a negating prefix:
// "disapprove" of "approve", "unable" of "able".
func negates(a, b string) bool {
	for _, p := range []string{"un", "in", "im", "il", "ir", "dis", "non", "non-", "mis"} {
		if a == p+b {
			return true
		}
	}
	return false
}

// readCounts reads cntlist.rev: "lemma%type:…  sense count" → by
// "type/lemma", the tag count of each sense number.
func readCounts(path string) (map[string]map[int]int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m := map[string]map[int]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) != 3 {
			continue
		}
		lemma, rest, ok := strings.Cut(fs[0], "%")
		if !ok || rest == "" {
			continue
		}
		typ := rest[:1]
		if typ == "5" {
			typ = "3" // satellites count with adjectives
		}
		sense, err1 := strconv.Atoi(fs[1])
		n, err2 := strconv.Atoi(fs[2])
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("wordnetgen: %s: bad line %q", path, sc.Text())
		}
		k := typ + "/" + lemma
		if m[k] == nil {
			m[k] = map[int]int{}
		}
		m[k][sense] += n
	}
	return m, sc.Err()
}

// readPOS reads index.NAME and data.NAME.
func readPOS(dict, name, digits string) (*pos, error) {
	p := &pos{name: name, digits: digits, sets: map[int]*synset{}, index: map[string][]int{}}
	idx, err := os.ReadFile(filepath.Join(dict, "index."+name))
	if err != nil {
		return nil, err
	}
	for _, line := range strings.Split(string(idx), "\n") {
		if line == "" || line[0] == ' ' {
			continue
		}
		fs := strings.Fields(line)
		if len(fs) < 4 {
			continue
		}
		nsyn, _ := strconv.Atoi(fs[2])
		if len(fs) < nsyn {
			continue
		}
		for _, o := range fs[len(fs)-nsyn:] {
			off, err := strconv.Atoi(o)
			if err != nil {
				return nil, fmt.Errorf("wordnetgen: index.%s: bad line %q", name, line)
			}
			p.index[fs[0]] = append(p.index[fs[0]], off)
		}
	}
	data, err := os.ReadFile(filepath.Join(dict, "data."+name))
	if err != nil {
		return nil, err
	}
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || line[0] == ' ' {
			continue
		}
		body, _, _ := strings.Cut(line, "|")
		fs := strings.Fields(body)
		off, err := strconv.Atoi(fs[0])
		if err != nil || len(fs) < 4 {
			return nil, fmt.Errorf("wordnetgen: data.%s: bad line %q", name, line[:min(len(line), 40)])
		}
		lex, _ := strconv.Atoi(fs[1])
		nw, _ := strconv.ParseInt(fs[3], 16, 0)
		s := &synset{lexFile: lex}
		i := 4
		for range nw {
			w := strings.ToLower(fs[i])
			s.capital = append(s.capital, w != fs[i])
			if j := strings.IndexByte(w, '('); j > 0 {
				w = w[:j] // "(p)", "(a)": adjective positions
			}
			s.words = append(s.words, w)
			i += 2
		}
		np, _ := strconv.Atoi(fs[i])
		i++
		for range np {
			sym, target, tpos, src := fs[i], fs[i+1], fs[i+2], fs[i+3]
			i += 4
			if name == "noun" && (sym == "@" || sym == "@i") {
				t, _ := strconv.Atoi(target)
				s.hypers = append(s.hypers, t)
				continue
			}
			if sym != "!" && !(sym == "+" && name == "noun" && tpos == "v") {
				continue
			}
			t, _ := strconv.Atoi(target)
			st, _ := strconv.ParseInt(src, 16, 0)
			from, to := int(st>>8), int(st&0xff)
			if from == 0 || to == 0 {
				continue
			}
			if sym == "+" {
				s.derivs = append(s.derivs, [2]int{from - 1, to - 1})
				s.derivOff = append(s.derivOff, t)
				continue
			}
			s.ants = append(s.ants, [2]int{from - 1, to - 1})
			s.antOff = append(s.antOff, t)
		}
		p.sets[off] = s
	}
	return p, nil
}

// readSkip returns the words of framewords.txt's [light], [reporting],
// [change] and [unsure] sections.
func readSkip(path string) (map[string]bool, error) {
	skip := map[string]bool{}
	err := readSections(path, map[string]bool{"light": true, "reporting": true, "change": true, "unsure": true}, skip)
	return skip, err
}

// readSections adds to words the words of a hand list's sections names
// (without the value after a colon: "date" of "date:date").
func readSections(path string, names, words map[string]bool) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	on := false
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || line[0] == '#':
		case line[0] == '[':
			on = names[strings.Trim(line, "[]")]
		case on:
			for _, w := range strings.Fields(line) {
				w, _, _ = strings.Cut(w, ":")
				words[w] = true
			}
		}
	}
	return nil
}

// readNotice returns the WordNet licence paragraph of a Debian copyright
// file, or the whole file when it has none.
func readNotice(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	s := string(b)
	i := strings.Index(s, "License: WordNet")
	if i < 0 {
		return strings.TrimSpace(s), nil
	}
	s = s[i:]
	if j := strings.Index(s, "\n\n"); j > 0 {
		s = s[:j]
	}
	var lines []string
	for _, l := range strings.Split(s, "\n")[1:] {
		l = strings.TrimPrefix(l, " ")
		if l == "." {
			l = ""
		}
		lines = append(lines, l)
	}
	return strings.Join(lines, "\n"), nil
}
