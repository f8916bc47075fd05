package syntax

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"testing"
)

// synthetic returns n generated sentences of a toy grammar, annotated as
// UD would annotate them: "The council approved the plan ." and "Critics
// said the plan was late ." in many words.
func synthetic(n int, seed uint64) []*GoldSentence {
	rng := rand.New(rand.NewPCG(seed, 7))
	nouns := []string{"council", "plan", "museum", "minister", "budget", "library", "bridge", "club"}
	verbs := [][2]string{{"approved", "approve"}, {"rejected", "reject"}, {"opened", "open"}, {"closed", "close"}}
	adjs := []string{"late", "new", "costly", "popular"}
	rel := func(s string) Rel { r, _ := ParseRel(s); return r }
	var out []*GoldSentence
	for k := 0; k < n; k++ {
		g := &GoldSentence{}
		add := func(form, lemma string, u UPOS, x string, head int32, r string) {
			g.Form = append(g.Form, form)
			g.Lemma = append(g.Lemma, lemma)
			g.UPOS = append(g.UPOS, u)
			g.XPOS = append(g.XPOS, x)
			g.Head = append(g.Head, head)
			g.Rel = append(g.Rel, rel(r))
		}
		n1, n2 := nouns[rng.IntN(len(nouns))], nouns[rng.IntN(len(nouns))]
		v := verbs[rng.IntN(len(verbs))]
		if rng.IntN(2) == 0 {
			// The N1 V the N2 .
			add("The", "the", DET, "DT", 1, "det")
			add(n1, n1, NOUN, "NN", 2, "nsubj")
			add(v[0], v[1], VERB, "VBD", -1, "root")
			add("the", "the", DET, "DT", 4, "det")
			add(n2, n2, NOUN, "NN", 2, "obj")
			add(".", ".", PUNCT, ".", 2, "punct")
		} else {
			// Critics said the N1 was ADJ .
			a := adjs[rng.IntN(len(adjs))]
			add("Critics", "critic", NOUN, "NNS", 1, "nsubj")
			add("said", "say", VERB, "VBD", -1, "root")
			add("the", "the", DET, "DT", 3, "det")
			add(n1, n1, NOUN, "NN", 5, "nsubj")
			add("was", "be", AUX, "VBD", 5, "cop")
			add(a, a, ADJ, "JJ", 1, "ccomp")
			add(".", ".", PUNCT, ".", 1, "punct")
		}
		out = append(out, g)
	}
	return out
}

// TestTrainDeterministic: the same sentences and options give the same
// model, byte for byte.
func TestTrainDeterministic(t *testing.T) {
	gold := synthetic(300, 1)
	save := func() []byte {
		m, err := Train(gold, TrainOptions{Seed: 3, TagEpochs: 3, ParseEpochs: 3, Folds: 2})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := m.Save(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	a, b := save(), save()
	if !bytes.Equal(a, b) {
		t.Fatalf("two trainings gave different models (%d and %d bytes)", len(a), len(b))
	}
	// The model learns the toy grammar and reads back as it was saved.
	m, err := Load(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	s := Evaluate(m, synthetic(100, 2))
	if s.UPOS < 99 || s.UAS < 95 || s.Lemma < 99 {
		t.Errorf("on the toy grammar: %s; want UPOS and lemmas ≥ 99%%, UAS ≥ 95%%", s)
	}
}

// TestLoadCorrupt: a damaged model file is an error, not a panic.
func TestLoadCorrupt(t *testing.T) {
	var good bytes.Buffer
	m, err := Train(synthetic(50, 4), TrainOptions{Seed: 1, TagEpochs: 1, ParseEpochs: 1, Folds: 1})
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Save(&good); err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{0, 10, good.Len() / 2, good.Len() - 1} {
		if _, err := Load(bytes.NewReader(good.Bytes()[:n])); err == nil {
			t.Errorf("Load of the first %d of %d bytes: no error", n, good.Len())
		}
	}
	if _, err := Load(bytes.NewReader([]byte("not a model"))); err == nil {
		t.Error("Load of junk: no error")
	}
}

func ExampleModel_Parse() {
	d := Default().Parse("The council approved the plan.")
	for i := 0; i < d.Len(); i++ {
		head := "ROOT"
		if h := d.Head[i]; h >= 0 {
			head = d.Word(int(h))
		}
		fmt.Printf("%s %s %s %s→%s\n", d.Word(i), d.UPOS[i], d.Lemma[i], d.Rel[i], head)
	}
	// Output:
	// The DET the det→council
	// council NOUN council nsubj→approved
	// approved VERB approve root→ROOT
	// the DET the det→plan
	// plan NOUN plan obj→approved
	// . PUNCT . punct→approved
}
