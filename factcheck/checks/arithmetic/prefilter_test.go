package arithmetic

import (
	"strings"
	"testing"
)

// The cheap tests that spare a regexp its scan must never turn away text
// the regexp matches.

// gapsForPrefilters are words before a figure, in the cases the prefilters
// read: comparators in either case, glued to punctuation or a letter,
// after non-ASCII letters, with white space of each kind or none.
func gapsForPrefilters() []string {
	heads := []string{"", "sales ", "it was ", "3", "x", "é", "\u212a", "(", "moreover", "the club, "}
	words := []string{"more than", "MORE THAN", "More Than", "over", "Over", "above", "at least", "no fewer than",
		"almost", "nearly", "about", "around", "roughly", "approximately", "some", "ſome", "less than", "under",
		"below", "up to", "UP TO", "no more than", "at most", "AT MOST", "most", "moreover", "to", "than",
		"founded", "was founded in", "built back in", "set up in", "born on", "opened", "inaugurated on",
		"rose", "the", "", "ſet up in"}
	tails := []string{"", " ", "  ", "\t", "\n", "\r\n", "\f", "\v", " \u00a0", ".", " ,"}
	var out []string
	for _, h := range heads {
		for _, w := range words {
			for _, t := range tails {
				out = append(out, h+w+t)
			}
		}
	}
	return out
}

func TestCmpPrefilter(t *testing.T) {
	for _, gap := range gapsForPrefilters() {
		if cmpWords.MatchString(gap) && !mayEndInCmp(gap) {
			t.Errorf("mayEndInCmp(%q) = false, but cmpWords matches it", gap)
		}
	}
	// and the comparators still come out
	for gap, want := range map[string]string{"more than ": ">", "Nearly ": "~", "UP TO\t": "<=", "at least ": ">=", "moreover ": "=", "over": "="} {
		if got := cmpBefore(gap).String(); got != want {
			t.Errorf("cmpBefore(%q) = %q, want %q", gap, got, want)
		}
	}
}

func TestFoundedPrefilter(t *testing.T) {
	for _, gap := range gapsForPrefilters() {
		gap = norm(gap)
		if foundedCue.MatchString(gap) && !containsAny(gap, foundedVerbs) {
			t.Errorf("containsAny(%q, foundedVerbs) = false, but foundedCue matches it", gap)
		}
	}
	if !foundedCue.MatchString("the club was founded in ") || !containsAny("the club was founded in ", foundedVerbs) {
		t.Error("foundedCue no longer reads \"founded in\"")
	}
}

func TestBirthPrefilter(t *testing.T) {
	for _, gap := range []string{"Darren Holloway, who was born in ", "Smith was born on ", "Hart, 64, was born in "} {
		if !birthOf.MatchString(gap) || !strings.Contains(gap, "born") {
			t.Errorf("birthOf or its prefilter turns away %q", gap)
		}
	}
}
