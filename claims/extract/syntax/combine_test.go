package syntax

import (
	"bytes"
	"slices"
	"strings"
	"sync"
	"testing"
)

// A model trained with a right-to-left partner combines the two
// parsers, saves and loads them byte for byte, and parses the toy
// grammar as well as the left-to-right parser alone; LeftToRight drops
// the partner.
func TestCombinedModel(t *testing.T) {
	gold := synthetic(300, 1)
	m, err := Train(gold, TrainOptions{Seed: 3, TagEpochs: 3, ParseEpochs: 3, Folds: 2, PartnerTemp: 16,
		Partners: []Partner{{RightToLeft: true, Temp: 16, Weight: 0.7}, {RightToLeft: true, Beam: 1, Weight: 0.3}}})
	if err != nil {
		t.Fatal(err)
	}
	if !m.Combined() || m.LeftToRight().Combined() {
		t.Fatalf("Combined: %v, LeftToRight().Combined: %v", m.Combined(), m.LeftToRight().Combined())
	}
	var a, b bytes.Buffer
	if err := m.Save(&a); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := m2.Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("the model read back saves differently")
	}
	if ps := m2.comb.partners; len(ps) != 2 || ps[0].p.beam != 8 || ps[1].p.beam != 1 || ps[0].weight != 0.7 || ps[0].temp != 16 || !ps[0].p.rtl || !ps[1].p.rtl || m2.comb.lrTemp != 16 {
		t.Fatalf("the partners read back: %+v", m2.comb)
	}
	// Read lazily, as Default reads the embedded model, the partners are
	// decoded on first use, and save the same.
	lazy, err := load(bytes.NewReader(a.Bytes()), true)
	if err != nil {
		t.Fatal(err)
	}
	if lazy.lazy == nil || lazy.comb != nil {
		t.Fatal("the partners were decoded while loading lazily")
	}
	var c bytes.Buffer
	if err := lazy.Save(&c); err != nil {
		t.Fatal(err)
	}
	if !lazy.Combined() || !bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Fatal("the model read lazily saves differently")
	}
	// The same options give the same bytes.
	m3, err := Train(gold, TrainOptions{Seed: 3, TagEpochs: 3, ParseEpochs: 3, Folds: 2, PartnerTemp: 16,
		Partners: []Partner{{RightToLeft: true, Temp: 16, Weight: 0.7}, {RightToLeft: true, Beam: 1, Weight: 0.3}}})
	if err != nil {
		t.Fatal(err)
	}
	b.Reset()
	if err := m3.Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two trainings gave different models")
	}
	test := synthetic(100, 2)
	for name, mm := range map[string]*Model{"combined": m2, "left to right": m2.LeftToRight(),
		"right to left":         {tagger: m2.tagger, lem: m2.lem, parser: m2.comb.partners[0].p},
		"right to left, greedy": {tagger: m2.tagger, lem: m2.lem, parser: m2.comb.partners[1].p}} {
		if s := Evaluate(mm, test); s.UAS < 95 || s.LAS < 95 {
			t.Errorf("%s, on the toy grammar: %s; want UAS and LAS ≥ 95%%", name, s)
		}
	}
}

// The combiner's tree is the parses' majority where they form a tree,
// and each relation the one voted for with the chosen head.
func TestCombinerMajority(t *testing.T) {
	det, nsubj, obj := mustRel(t, "det"), mustRel(t, "nsubj"), mustRel(t, "obj")
	// "The council approved it": three parses, two agreeing on each arc.
	var c combiner
	c.reset(4)
	c.add([]int32{1, 2, 4, 2}, []Rel{det, nsubj, RelRoot, obj}, 1)
	c.add([]int32{1, 2, 4, 1}, []Rel{det, nsubj, RelRoot, nsubj}, 1)
	c.add([]int32{2, 2, 4, 2}, []Rel{det, obj, RelRoot, obj}, 1)
	head, rel := make([]int32, 4), make([]Rel, 4)
	c.tree(head, rel)
	want := []int32{1, 2, 4, 2}
	for i := range want {
		if head[i] != want[i] {
			t.Fatalf("heads %v, want %v", head, want)
		}
	}
	if rel[1] != nsubj || rel[3] != obj || rel[2] != RelRoot {
		t.Errorf("relations %v, want nsubj for council, obj for it", rel)
	}
	// Weighted: one heavy parse outvotes the two others.
	c.reset(4)
	c.add([]int32{1, 2, 4, 2}, []Rel{det, nsubj, RelRoot, obj}, 1)
	c.add([]int32{1, 2, 4, 1}, []Rel{det, nsubj, RelRoot, nsubj}, 1)
	c.add([]int32{2, 2, 4, 2}, []Rel{det, obj, RelRoot, obj}, 3)
	c.tree(head, rel)
	if head[0] != 2 || rel[1] != obj {
		t.Errorf("heads %v, relations %v; want the heavy parse's The→approved, council obj", head, rel)
	}
}

// The embedded model combines its parsers; goroutines sharing it get the
// analysis a single one gets, and sentences over maxBeamWords words
// (parsed greedily by the model's own parser) and at the limit (combined)
// get one root each.
func TestCombinedDefault(t *testing.T) {
	m := Default()
	if !m.Combined() {
		t.Skip("the embedded model has no partners")
	}
	text := "The pier, which opened in 1911, will close on Friday. Officials have not decided where the summit will be held. " +
		"The minister, Sara Holt, will open the conference, and critics said the £21 million upgrade was late.\n\n" +
		strings.Repeat("word and ", maxBeamWords/2-1) + ".\n\n" + strings.Repeat("cats chase ", maxBeamWords) + "."
	want := m.Parse(text)
	for _, s := range want.Sents {
		roots := 0
		for i := s.Start; i < s.End; i++ {
			if want.Head[i] == -1 {
				roots++
			}
		}
		if roots != 1 {
			t.Errorf("sentence of %d words: %d roots", s.End-s.Start, roots)
		}
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 3; k++ {
				d := m.Parse(text)
				if !slices.Equal(d.Head, want.Head) || !slices.Equal(d.Rel, want.Rel) {
					t.Error("a concurrent analysis differs")
					return
				}
			}
		}()
	}
	wg.Wait()
}
