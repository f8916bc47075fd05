package syntax

import (
	"bytes"
	"context"
	_ "embed"
	"fmt"
	"sync"
)

// A Model tags, lemmatizes and parses English. It is safe for concurrent
// use.
type Model struct {
	tagger *tagger
	lem    *lemmatizer
	parser *parser
	comb   *combination     // partner parsers and how to combine, or nil
	lazy   *lazyCombination // or the partners, decoded on first use
	pool   sync.Pool        // *worker
}

//go:embed model.bin
var embedded []byte

var defaultModel = sync.OnceValues(func() (*Model, error) {
	return load(bytes.NewReader(embedded), true)
})

// Default returns the model embedded in the package, trained on the UD
// English Web Treebank; it is read on first use. It panics if the
// embedded model is corrupt, which a test rules out.
func Default() *Model {
	m, err := defaultModel()
	if err != nil {
		panic(fmt.Sprintf("syntax: embedded model: %v", err))
	}
	return m
}

// worker holds the buffers of one analysis.
type worker struct {
	sw     sentenceWords
	st     sentenceTags
	ps     pstate
	bs     beamState
	forms  []string
	tags   []int
	alts   []int
	feats  []uint64
	tscore []int32
	pscore []int32
	// The sentence reversed, for a right-to-left parser, and its tree
	// in the sentence's order.
	rlower       []uint64
	rtags, ralts []int
	rhead        []int32
	rrel         []Rel
	// The votes of a combined parse (combine.go) and its tree.
	comb  combiner
	chead []int32
	crel  []Rel
	// lemmas keeps the lemmas of the words and tags seen lately, by
	// form + "\x00" + XPOS: the lemmatizer reads several of its tables
	// for most words.
	lemmas map[string]string
}

// maxCachedLemmas bounds a worker's cache of lemmas.
const maxCachedLemmas = 8192

// lemma returns l's lemma of form with tag xpos, through w's cache.
func (w *worker) lemma(l *lemmatizer, form, xpos string) string {
	var kb [64]byte
	key := append(append(append(kb[:0], form...), 0), xpos...)
	if lem, ok := w.lemmas[string(key)]; ok {
		return lem
	}
	lem := l.lemma(form, xpos)
	if w.lemmas == nil {
		w.lemmas = make(map[string]string)
	} else if len(w.lemmas) >= maxCachedLemmas {
		clear(w.lemmas)
	}
	w.lemmas[string(key)] = lem
	return lem
}

func (m *Model) worker() *worker {
	if w, ok := m.pool.Get().(*worker); ok {
		return w
	}
	return &worker{
		// Room for the longest list of features the tagger or the parser
		// writes at once (a few dozen), as the analysis does not keep
		// what a list grows to.
		feats:  make([]uint64, 0, 256),
		tscore: make([]int32, len(m.tagger.classes)),
		pscore: make([]int32, nActions()),
	}
}

// Parse tokenizes text and analyses it.
func (m *Model) Parse(text string) *Doc {
	d := &Doc{}
	Tokenize(d, text)
	m.Annotate(d)
	return d
}

// Annotate fills d's analysis arrays for its words and sentences: tags,
// lemmas, heads and relations. Its cost is linear in the number of
// words.
func (m *Model) Annotate(d *Doc) {
	d.ready()
	w := m.worker()
	defer m.pool.Put(w)
	for _, s := range d.Sents {
		m.sentence(w, d, s, true, true)
	}
}

// AnnotateContext is [Model.Annotate] under ctx: it stops within a few
// sentences once ctx is done, and returns ctx's error.
func (m *Model) AnnotateContext(ctx context.Context, d *Doc) error {
	d.ready()
	w := m.worker()
	defer m.pool.Put(w)
	for k, s := range d.Sents {
		if k%32 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		m.sentence(w, d, s, true, true)
	}
	return nil
}

// Tag fills only UPOS, XPOS and Lemma.
func (m *Model) Tag(d *Doc) {
	d.ready()
	w := m.worker()
	defer m.pool.Put(w)
	for _, s := range d.Sents {
		m.sentence(w, d, s, true, false)
	}
}

func (m *Model) sentence(w *worker, d *Doc, s Range, lemmas, parse bool) {
	n := int(s.End - s.Start)
	w.forms = w.forms[:0]
	for i := s.Start; i < s.End; i++ {
		w.forms = append(w.forms, d.Word(int(i)))
	}
	m.tagger.prepare(&w.sw, w.forms, true)
	w.tags = resize(w.tags, n)
	var alts []int
	if parse {
		w.alts = resize(w.alts, n)
		alts = w.alts
	}
	m.tagger.tag(&w.sw, w.tags, alts, w.feats, w.tscore)
	for k := 0; k < n; k++ {
		c := m.tagger.classes[w.tags[k]]
		i := int(s.Start) + k
		d.UPOS[i], d.XPOS[i] = c.UPOS, c.XPOS
		if lemmas {
			d.Lemma[i] = w.lemma(m.lem, w.forms[k], c.XPOS)
		}
	}
	if !parse {
		return
	}
	p := m.parser
	if m.Combined() && p.beam > 1 && n <= maxBeamWords {
		m.parseCombined(w, n)
		m.setTree(d, s, w.chead, w.crel)
		return
	}
	m.orient(w, p.rtl)
	if p.beam > 1 && n <= maxBeamWords {
		p.parseBeam(&w.bs, &w.ps, &w.st, w.feats, w.pscore, p.beam)
	} else {
		p.parse(&w.ps, &w.st, w.feats, w.pscore)
	}
	head, rel := w.ps.head, w.ps.rel
	if p.rtl {
		w.rhead, w.rrel = resize(w.rhead, n), resize(w.rrel, n)
		w.ps.unreverseTree(w.rhead, w.rrel)
		head, rel = w.rhead, w.rrel
	}
	m.setTree(d, s, head, rel)
}

// setTree writes the tree of sentence s, head[k] and rel[k] of its k'th
// word (-1 or the sentence's length for the root), into d.
func (m *Model) setTree(d *Doc, s Range, head []int32, rel []Rel) {
	n := int(s.End - s.Start)
	for k := 0; k < n; k++ {
		i := int(s.Start) + k
		h := head[k]
		if h < 0 || int(h) >= n {
			d.Head[i] = -1
		} else {
			d.Head[i] = s.Start + h
		}
		d.Rel[i] = rel[k]
		if h < 0 {
			d.Rel[i] = RelRoot
		}
	}
}
