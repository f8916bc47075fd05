package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestGenerated: the committed table is what the generator writes from
// WordNet 3.0, where WordNet is installed.
func TestGenerated(t *testing.T) {
	const dict, licence = "/usr/share/wordnet", "/usr/share/doc/wordnet-base/copyright"
	for _, f := range []string{dict + "/data.verb", licence} {
		if _, err := os.Stat(f); err != nil {
			t.Skipf("WordNet not installed: %v", err)
		}
	}
	got, err := Generate(dict, "../../framewords.txt", licence)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../framewords_wordnet.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("framewords_wordnet.txt is not what the generator writes: run go generate in claims/extract")
	}
	got, err = GenerateNouns(dict, []string{"../../framewords.txt", "../../frame/words.txt"}, licence)
	if err != nil {
		t.Fatal(err)
	}
	want, err = os.ReadFile("../../frame/synonyms_wordnet.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("frame/synonyms_wordnet.txt is not what the generator writes: run go generate in claims/extract")
	}
	got, err = GenerateKinds(dict, "../../frame/words.txt", licence)
	if err != nil {
		t.Fatal(err)
	}
	want, err = os.ReadFile("../../frame/kinds_wordnet.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("frame/kinds_wordnet.txt is not what the generator writes: run go generate in claims/extract")
	}
}

// TestGenerateNouns: on a made-up fragment of WordNet, nouns are grouped
// when both have their dominant sense in one synset, with the British
// spellings WordNet puts there; names, the most general nouns, plurals,
// the hand lists' people and the excluded words are left out.
func TestGenerateNouns(t *testing.T) {
	b, err := GenerateNouns("testdata/dict", []string{"testdata/nounwords.txt"}, "testdata/copyright")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, line := range strings.Split(string(b), "\n") {
		if line != "" && line[0] != '#' {
			got = append(got, line)
		}
	}
	want := []string{
		"film movie",
		// "theatre" untagged, in the synset of "theater"
		"theater playhouse theatre",
		// not "project task" (task's dominant sense is a duty), "thing
		// stuff" (noun.Tops), "staff faculty" ([people]), "factory plant
		// works" (plant excluded, works a plural), "men manpower" (men a
		// plural), "Earth world" (a name)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("groups (-want +got):\n%s", diff)
	}
	if !strings.Contains(string(b), "# WordNet 3.0 Copyright 2006 by Princeton University.") {
		t.Errorf("no licence notice in\n%s", b)
	}
}

// TestGenerateRules: on a made-up fragment of WordNet, a verb's synonyms
// are the verbs whose dominant first sense is its synset, keyed as the
// most tagged; antonyms join first senses, not of verbs of change nor
// adjectives of degree; light verbs are left out.
func TestGenerateRules(t *testing.T) {
	b, err := Generate("testdata/dict", "testdata/words.txt", "testdata/copyright")
	if err != nil {
		t.Fatal(err)
	}
	sections := map[string][]string{}
	cur := ""
	for _, line := range strings.Split(string(b), "\n") {
		switch {
		case line == "" || line[0] == '#':
		case line[0] == '[':
			cur = strings.Trim(line, "[]")
		default:
			sections[cur] = append(sections[cur], line)
		}
	}
	want := map[string][]string{
		// not "increase decrease" (change), "high low" (degree)
		"wnantonyms": {"legal illegal", "permit forbid"},
		// "end" by its first sense ("stop", the more tagged), not by its
		// second ("complete"); not "allow" (its first sense is not
		// "permit"'s), nor "create" (its synset's other verb, "make", is light)
		"wnverbsyn": {"end:stop", "finish:complete"},
	}
	if diff := cmp.Diff(want, sections); diff != "" {
		t.Errorf("sections (-want +got):\n%s", diff)
	}
	if !strings.Contains(string(b), "# WordNet 3.0 Copyright 2006 by Princeton University.") {
		t.Errorf("no licence notice in\n%s", b)
	}
	if strings.Contains(string(b), "GPL") {
		t.Errorf("the notice runs past WordNet's licence:\n%s", b)
	}
}

// TestNounVerbs: on WordNet 3.0, where installed, nouns of acts get the
// verb they are made from, by the most used verb of their stem; things
// paid, persons and things named by the verb's own word do not.
func TestNounVerbs(t *testing.T) {
	const dict = "/usr/share/wordnet"
	if _, err := os.Stat(dict + "/data.noun"); err != nil {
		t.Skipf("WordNet not installed: %v", err)
	}
	b, err := Generate(dict, "../../framewords.txt", "testdata/copyright")
	if err != nil {
		t.Fatal(err)
	}
	_, table, _ := strings.Cut(string(b), "[wnnounverb]")
	got := map[string]string{}
	for _, line := range strings.Split(table, "\n") {
		if n, v, ok := strings.Cut(line, ":"); ok && !strings.HasPrefix(line, "#") {
			got[n] = v
		}
	}
	for n, want := range map[string]string{
		"compensation": "compensate", "repair": "repair", "payment": "pay", "decision": "decide",
		"approval": "approve", "inspection": "inspect", "closure": "close",
		"rent": "", "fine": "", "tax": "", "bomber": "", "telephone": "",
	} {
		if got[n] != want {
			t.Errorf("%s: verb %q, want %q", n, got[n], want)
		}
	}
}

// TestOneStem: a noun and a verb of one stem begin alike.
func TestOneStem(t *testing.T) {
	for _, c := range []struct {
		n, v string
		want bool
	}{
		{"payment", "pay", true}, {"decision", "decide", true}, {"closure", "close", true},
		{"marriage", "wed", false}, {"sale", "sell", false}, {"cut", "cut", true},
	} {
		if got := oneStem(c.n, c.v); got != c.want {
			t.Errorf("oneStem(%q, %q) = %v, want %v", c.n, c.v, got, c.want)
		}
	}
}
