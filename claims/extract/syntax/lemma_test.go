package syntax

import (
	"strconv"
	"testing"
)

// TestLemmatizer trains on a handful of words and checks the three
// sources of a lemma: the spelling as seen, the spelling in lower case,
// and suffix rules for words never seen.
func TestLemmatizer(t *testing.T) {
	var ex []lemmaExample
	add := func(form, xpos, lemma string, n int) {
		for range n {
			ex = append(ex, lemmaExample{form, xpos, lemma})
		}
	}
	add("he", "PRP", "he", 5)
	add("He", "PRP", "he", 2)
	add("I", "PRP", "I", 3)
	add("was", "VBD", "be", 4)
	add("mice", "NNS", "mouse", 1)
	for _, w := range []string{"repair", "cost", "bank", "road", "plan"} {
		add(w+"s", "NNS", w, 1)
		add(w+"ing", "VBG", w, 1)
	}
	add("Problems", "NNPS", "Problem", 1)
	add("Roads", "NNS", "road", 1)
	add("Chicago", "NNP", "Chicago", 2)
	add("1,200", "CD", "1200", 2)
	add("Smiths", "NNPS", "Smith", 1)
	add("lit", "VBN", "light", 2)
	for _, w := range []string{"quit", "split", "submit", "omit", "admit", "permit"} {
		add(w, "VBN", w, 1) // (so that the rules keep a final "it")
	}
	add("took", "VBD", "take", 2)
	l := trainLemmatizer(ex)
	for _, c := range []struct{ form, xpos, want string }{
		{"He", "PRP", "he"},
		{"HE", "PRP", "he"},
		{"I", "PRP", "I"},
		{"Was", "VBD", "be"},
		{"mice", "NNS", "mouse"},
		{"repairs", "NNS", "repair"},
		{"costing", "VBG", "cost"},
		{"gardens", "NNS", "garden"},
		{"Gardens", "NNS", "garden"},
		{"CHICAGO", "NNP", "Chicago"},
		{"3,500", "CD", "3500"},
		{"3.5", "CD", "3.5"},
		{"relit", "VBN", "relight"}, // a prefix on an irregular form seen in training
		{"overtook", "VBD", "overtake"},
		{"Relit", "VBN", "relight"},
	} {
		if got := l.lemma(c.form, c.xpos); got != c.want {
			t.Errorf("lemma(%q, %s) = %q, want %q", c.form, c.xpos, got, c.want)
		}
	}
}

// TestWorkerLemmas: a worker's cache of lemmas gives what the
// lemmatizer gives, for a word under each of its tags, cached or not,
// and after the cache is emptied.
func TestWorkerLemmas(t *testing.T) {
	m := Default()
	w := &worker{}
	cases := []struct{ form, xpos string }{
		{"saw", "VBD"}, {"saw", "NN"}, {"Saw", "VBD"}, {"left", "VBD"}, {"left", "JJ"},
		{"Problems", "NNPS"}, {"1,200", "CD"}, {"relit", "VBN"},
	}
	for round := range 2 {
		for _, c := range cases {
			want := m.lem.lemma(c.form, c.xpos)
			if got := w.lemma(m.lem, c.form, c.xpos); got != want {
				t.Errorf("round %d: worker's lemma(%q, %s) = %q, want %q", round, c.form, c.xpos, got, want)
			}
		}
	}
	if len(w.lemmas) != len(cases) {
		t.Errorf("%d lemmas cached, want %d", len(w.lemmas), len(cases))
	}
	for i := range maxCachedLemmas + 10 {
		w.lemma(m.lem, "word"+strconv.Itoa(i), "NN")
	}
	if len(w.lemmas) > maxCachedLemmas {
		t.Errorf("%d lemmas cached, want at most %d", len(w.lemmas), maxCachedLemmas)
	}
	if got, want := w.lemma(m.lem, "saw", "VBD"), m.lem.lemma("saw", "VBD"); got != want {
		t.Errorf("after emptying: lemma(saw, VBD) = %q, want %q", got, want)
	}
}
