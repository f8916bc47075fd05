package syntax

import (
	"slices"
	"testing"
)

// TestParseBufferScores checks that parse, which sums the scores of the
// buffer's features once for each b0, chooses the transitions that
// scoring all the features of each configuration chooses.
func TestParseBufferScores(t *testing.T) {
	m := Default()
	w := m.worker()
	for _, text := range []string{
		"The council approved the plan on Tuesday, officials said.",
		"Ms Holt will not open the conference; the minister, Sara Holt, will.",
		"x",
		"\" ' ( ) - , .",
	} {
		d := m.Parse(text)
		forms := make([]string, d.Len())
		for i := range forms {
			forms[i] = d.Word(i)
		}
		m.tagger.prepare(&w.sw, forms, true)
		tags, alts := make([]int, len(forms)), make([]int, len(forms))
		m.tagger.tag(&w.sw, tags, alts, nil, w.tscore)
		var st sentenceTags
		st.lower = w.sw.lower
		st.setTags(tags, alts, m.tagger.classes)
		var got pstate
		m.parser.parse(&got, &st, nil, make([]int32, nActions()))

		var want pstate
		want.reset(len(forms))
		scores := make([]int32, nActions())
		for !want.terminal() {
			clear(scores)
			m.parser.w.score(want.parseFeatures(nil, &st), scores)
			best := -1
			for a := range scores {
				if (best < 0 || scores[a] > scores[best]) && want.valid(a) {
					best = a
				}
			}
			want.apply(best)
		}
		if !slices.Equal(got.head, want.head) || !slices.Equal(got.rel, want.rel) {
			t.Errorf("%q: heads %v %v, want %v %v", text, got.head, got.rel, want.head, want.rel)
		}
	}
}

// TestMixWeights: the mixed table's weight of a feature and class is the
// mean of the tables', a missing weight counting as 0.
func TestMixWeights(t *testing.T) {
	table := func(rows map[uint64][]wentry) *weights {
		b := newWeightsBuilder(4)
		keys := make([]uint64, 0, len(rows))
		for k := range rows {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			b.add(k, rows[k])
		}
		return b.build()
	}
	a := table(map[uint64][]wentry{10: {{0, 2}, {3, -4}}, 20: {{1, 4}}})
	b := table(map[uint64][]wentry{10: {{0, 4}}, 30: {{2, -2}}})
	m := mixWeights([]*weights{a, b})
	for _, c := range []struct {
		key  uint64
		want []float64
	}{
		{10, []float64{3, 0, 0, -2}},
		{20, []float64{0, 2, 0, 0}},
		{30, []float64{0, 0, -1, 0}},
		{40, []float64{0, 0, 0, 0}},
	} {
		scores := make([]int32, 4)
		m.score([]uint64{c.key}, scores)
		for k, want := range c.want {
			if got := float64(scores[k]) * float64(m.scale); got < want-0.01 || got > want+0.01 {
				t.Errorf("key %d class %d: %.3f, want %.0f", c.key, k, got, want)
			}
		}
	}
}

// TestNameRuns: a capitalized word between two words of a name is a word
// of the name, not a common noun ("Fenwick Community Hospital"); the
// same word outside a name stays a noun.
func TestNameRuns(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		want       UPOS
	}{
		{"The minor injuries unit at Fenwick Community Hospital will close overnight from 1 July.", "Community", PROPN},
		{"The unit serves the community in Fenwick.", "community", NOUN},
	} {
		d := Default().Parse(tc.text)
		for i := 0; i < d.Len(); i++ {
			if d.Word(i) == tc.word && d.UPOS[i] != tc.want {
				t.Errorf("%q: %q tagged %v, want %v", tc.text, tc.word, d.UPOS[i], tc.want)
			}
		}
	}
}

// TestVerbsBeforeFigures: a word ending in "s" between a singular noun
// and a figure is the noun's verb ("The tenor weighs 2.3 tonnes"), and
// the lemmatizer then gives the verb's lemma; a plural noun elsewhere
// stays a noun.
func TestVerbsBeforeFigures(t *testing.T) {
	for _, tc := range []struct {
		text, word, lemma string
		want              UPOS
	}{
		{"The tenor weighs 2.3 tonnes and will sound the note D.", "weighs", "weigh", VERB},
		{"The new bridge measures 240 metres from end to end.", "measures", "measure", VERB},
		{"The council weighs its options.", "options", "option", NOUN},
		{"Car sales rose 5% in May.", "sales", "sale", NOUN},
	} {
		d := Default().Parse(tc.text)
		found := false
		for i := 0; i < d.Len(); i++ {
			if d.Word(i) != tc.word {
				continue
			}
			found = true
			if d.UPOS[i] != tc.want || d.Lemma[i] != tc.lemma {
				t.Errorf("%q: %q tagged %v with lemma %q, want %v and %q", tc.text, tc.word, d.UPOS[i], d.Lemma[i], tc.want, tc.lemma)
			}
		}
		if !found {
			t.Errorf("%q: no word %q", tc.text, tc.word)
		}
	}
}

// TestNounsBeforeTimes: a noun ending its phrase before "next spring",
// "last year" is a noun, not an adverb; the adverbs that follow noun
// phrases stay adverbs.
func TestNounsBeforeTimes(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		want       UPOS
	}{
		{"The council will close the Brackenthwaite library next spring.", "library", NOUN},
		{"The plan includes shutting the Brackenthwaite collection depot next spring.", "depot", NOUN},
		{"I took Ric there last year.", "there", ADV},
	} {
		d := Default().Parse(tc.text)
		for i := 0; i < d.Len(); i++ {
			if d.Word(i) == tc.word && d.UPOS[i] != tc.want {
				t.Errorf("%q: %q tagged %v, want %v", tc.text, tc.word, d.UPOS[i], tc.want)
			}
		}
	}
}

// TestAdverbsBeforeParticiples: "last" or "first" between an auxiliary
// and a past participle is an adverb ("was last seen"), and the
// participle heads the clause; elsewhere "last" stays what it is.
func TestAdverbsBeforeParticiples(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		want       UPOS
	}{
		{"Stephen Mallory, 47, was last seen alive on 14 November 2023.", "last", ADV},
		{"The festival was first held in 1987.", "first", ADV},
		{"The last train leaves at ten.", "last", ADJ},
	} {
		d := Default().Parse(tc.text)
		for i := 0; i < d.Len(); i++ {
			if d.Word(i) == tc.word && d.UPOS[i] != tc.want {
				t.Errorf("%q: %q tagged %v, want %v", tc.text, tc.word, d.UPOS[i], tc.want)
			}
		}
	}
}
