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

// TestBeamSharedScores checks that parseBeam, which shares the scores of
// the buffer's features, of the positions' and of each group of the
// arcs' between configurations, parses as a beam that scores all the
// features of each configuration.
func TestBeamSharedScores(t *testing.T) {
	m := Default()
	w := m.worker()
	var bs beamState
	texts := []string{
		"The council approved the plan on Tuesday, officials said.",
		"Ms Holt will not open the conference; the minister, Sara Holt, will.",
		"The museum, which opened in 1998 and closed last year after the council cut its grant, " +
			"will reopen in May, according to a statement that the trust issued on Friday.",
		"x",
		"\" ' ( ) - , .",
	}
	for _, text := range texts {
		d := m.Parse(text)
		for _, sr := range d.Sents {
			forms := make([]string, 0, sr.End-sr.Start)
			for i := sr.Start; i < sr.End; i++ {
				forms = append(forms, d.Word(int(i)))
			}
			m.tagger.prepare(&w.sw, forms, true)
			tags, alts := make([]int, len(forms)), make([]int, len(forms))
			m.tagger.tag(&w.sw, tags, alts, nil, w.tscore)
			var st sentenceTags
			st.lower = w.sw.lower
			st.setTags(tags, alts, m.tagger.classes)
			for _, k := range []int{2, 4, 8} {
				var got pstate
				m.parser.parseBeam(&bs, &got, &st, nil, make([]int32, nActions()), k)
				want := plainBeam(m.parser, &st, k)
				if !slices.Equal(got.head, want.head) || !slices.Equal(got.rel, want.rel) {
					t.Errorf("%q, beam %d: heads %v %v, want %v %v", forms, k, got.head, got.rel, want.head, want.rel)
				}
			}
		}
	}
}

// plainBeam is parseBeam scoring all the features of each configuration.
func plainBeam(p *parser, st *sentenceTags, k int) pstate {
	type item struct {
		s     pstate
		score int64
	}
	items := []item{{}}
	items[0].s.reset(len(st.lower))
	scores := make([]int32, nActions())
	for !items[0].s.terminal() {
		var cs []cand
		for i := range items {
			clear(scores)
			p.w.score(items[i].s.parseFeatures(nil, st), scores)
			for a := range scores {
				if items[i].s.valid(a) {
					cs = topK(cs, cand{i, a, items[i].score + int64(scores[a])}, k)
				}
			}
		}
		next := make([]item, len(cs))
		for j, c := range cs {
			next[j].s.copyFrom(&items[c.from].s)
			next[j].s.apply(c.act)
			next[j].score = c.score
		}
		items = next
	}
	return items[0].s
}

// TestGroupFeatures: the groups of the arcs' features together are
// treeFeats, and configurations with the same key of a group have the
// same features of that group.
func TestGroupFeatures(t *testing.T) {
	m := Default()
	d := m.Parse("The museum, which opened in 1998 and closed last year, will reopen in May, the trust said.")
	w := m.worker()
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
	seen := map[[2]uint64][]uint64{}
	configs := 0
	// Every configuration reached by the valid transitions in turn, the
	// first valid arc of each kind with each of a few labels, to a depth.
	var walk func(s *pstate, depth int)
	walk = func(s *pstate, depth int) {
		configs++
		var all []uint64
		for g := range nGroups {
			f := s.groupFeatures(nil, &st, g)
			all = append(all, f...)
			k := s.groupKey(&st, g)
			if prev, ok := seen[k]; ok && !slices.Equal(prev, f) {
				t.Fatalf("group %d, key %x: features %x and %x", g, k, prev, f)
			}
			seen[k] = f
		}
		want := s.someFeatures(nil, &st, treeFeats)
		slices.Sort(all)
		slices.Sort(want)
		if !slices.Equal(all, want) {
			t.Fatalf("the groups' features %x, want treeFeats' %x", all, want)
		}
		if depth == 0 || s.terminal() {
			return
		}
		for _, a := range []int{actShift, leftAct(RelNsubj), leftAct(RelDet), rightAct(RelObj), rightAct(RelPunct), rightAct(RelRoot)} {
			if s.valid(a) {
				var c pstate
				c.copyFrom(s)
				c.apply(a)
				walk(&c, depth-1)
			}
		}
	}
	var s pstate
	s.reset(len(forms))
	walk(&s, 9)
	if configs < 1000 {
		t.Errorf("only %d configurations", configs)
	}
}
