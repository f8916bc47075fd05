package syntax

import (
	"bytes"
	"slices"
	"testing"
)

// TestBeamOfOne: a beam of one configuration chooses what the greedy
// parser chooses.
func TestBeamOfOne(t *testing.T) {
	m := Default()
	w := m.worker()
	var bs beamState
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
		var greedy, beam pstate
		m.parser.parse(&greedy, &st, nil, make([]int32, nActions()))
		m.parser.parseBeam(&bs, &beam, &st, nil, make([]int32, nActions()), 1)
		if !slices.Equal(beam.head, greedy.head) || !slices.Equal(beam.rel, greedy.rel) {
			t.Errorf("%q: heads %v %v, want %v %v", text, beam.head, beam.rel, greedy.head, greedy.rel)
		}
	}
}

// TestTrainBeam: a parser learnt with a beam is deterministic, learns the
// toy grammar, keeps its beam through Save and Load, and parses every
// sentence into one tree at any width.
func TestTrainBeam(t *testing.T) {
	gold := synthetic(300, 5)
	save := func() []byte {
		m, err := Train(gold, TrainOptions{Seed: 3, TagEpochs: 3, ParseEpochs: 3, Folds: 2, Beam: 4})
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
	m, err := Load(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	if m.parser.beam != 4 {
		t.Errorf("beam %d after Load, want 4", m.parser.beam)
	}
	if s := Evaluate(m, synthetic(100, 6)); s.UAS < 95 {
		t.Errorf("on the toy grammar: %s; want UAS ≥ 95%%", s)
	}
	text := "The council approved the plan, and critics said the museum was late. Museum. " +
		"The the the the the the the the the the the the the the the the ."
	for _, k := range []int{1, 2, 4, 16} {
		d := m.WithBeam(k).Parse(text)
		for _, s := range d.Sents {
			roots := 0
			for i := s.Start; i < s.End; i++ {
				h := d.Head[i]
				if h < 0 {
					roots++
				} else if h < s.Start || h >= s.End || h == i {
					t.Errorf("beam %d: word %d's head %d is outside its sentence %v", k, i, h, s)
				}
			}
			if roots != 1 {
				t.Errorf("beam %d: sentence %v has %d roots", k, s, roots)
			}
		}
	}
}
