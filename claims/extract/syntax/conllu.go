package syntax

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// A Sentence is one sentence of a CoNLL-U file, kept line by line so that
// it can be written back with only the predicted columns changed. It is
// not safe for concurrent writes.
type Sentence struct {
	Comments []string // "# text = …" and other comment lines, verbatim
	Lines    []Line   // words, multiword tokens and empty nodes, in order
	Words    []int    // indices into Lines of the words (integer IDs)
}

// A Line is one non-comment line of a sentence, split into its ten
// columns.
type Line struct {
	No     int        // line number in the file, from 1
	Fields [10]string // ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC
}

// Column indices of a CoNLL-U line.
const (
	colID = iota
	colForm
	colLemma
	colUPOS
	colXPOS
	colFeats
	colHead
	colDeprel
	colDeps
	colMisc
)

// maxLine bounds one CoNLL-U line; a longer one is an error, not a
// buffer that grows without end.
const maxLine = 1 << 20

// ReadCoNLLU reads CoNLL-U sentences from r and calls f with each, in
// order; the Sentence is reused, so f must copy what it keeps. A
// malformed line is an error that names its line number.
func ReadCoNLLU(r io.Reader, f func(*Sentence) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxLine)
	var s Sentence
	no := 0
	flush := func() error {
		if len(s.Lines) == 0 && len(s.Comments) == 0 {
			return nil
		}
		if len(s.Words) == 0 {
			return fmt.Errorf("syntax: line %d: sentence has no words", no)
		}
		if err := checkHeads(&s); err != nil {
			return err
		}
		err := f(&s)
		s.Comments, s.Lines, s.Words = s.Comments[:0], s.Lines[:0], s.Words[:0]
		return err
	}
	for sc.Scan() {
		no++
		line := strings.TrimRight(sc.Text(), "\r")
		switch {
		case line == "":
			if err := flush(); err != nil {
				return err
			}
			continue
		case strings.HasPrefix(line, "#"):
			if len(s.Lines) > 0 {
				return fmt.Errorf("syntax: line %d: comment inside a sentence", no)
			}
			s.Comments = append(s.Comments, line)
			continue
		}
		var l Line
		l.No = no
		n := 0
		for rest := line; ; n++ {
			if n == 10 {
				return fmt.Errorf("syntax: line %d: more than 10 tab-separated columns", no)
			}
			tab := strings.IndexByte(rest, '\t')
			if tab < 0 {
				l.Fields[n] = rest
				n++
				break
			}
			l.Fields[n], rest = rest[:tab], rest[tab+1:]
		}
		if n != 10 {
			return fmt.Errorf("syntax: line %d: %d columns, want 10 tab-separated columns", no, n)
		}
		id := l.Fields[colID]
		switch {
		case strings.IndexByte(id, '-') > 0 || strings.IndexByte(id, '.') > 0:
			// A multiword token or an empty node: kept, not analysed.
		default:
			k, err := strconv.Atoi(id)
			if err != nil || k != len(s.Words)+1 {
				return fmt.Errorf("syntax: line %d: word ID %q, want %d", no, id, len(s.Words)+1)
			}
			if l.Fields[colForm] == "" {
				return fmt.Errorf("syntax: line %d: empty FORM", no)
			}
			s.Words = append(s.Words, len(s.Lines))
		}
		s.Lines = append(s.Lines, l)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("syntax: line %d: %w", no+1, err)
	}
	return flush()
}

// checkHeads checks that every HEAD is "_" or a word of the sentence.
func checkHeads(s *Sentence) error {
	for _, w := range s.Words {
		l := &s.Lines[w]
		h := l.Fields[colHead]
		if h == "_" {
			continue
		}
		k, err := strconv.Atoi(h)
		if err != nil || k < 0 || k > len(s.Words) {
			return fmt.Errorf("syntax: line %d: HEAD %q is not a word of the sentence", l.No, h)
		}
	}
	return nil
}

// Form returns the FORM of word i (from 0).
func (s *Sentence) Form(i int) string { return s.Lines[s.Words[i]].Fields[colForm] }

// WriteCoNLLU writes s to w with the analysis of its words taken from d,
// whose words from first on are s's words: LEMMA, UPOS, XPOS, HEAD and
// DEPREL are replaced; FEATS and DEPS are written as "_"; comments,
// multiword tokens and empty nodes pass through.
func WriteCoNLLU(w *bufio.Writer, s *Sentence, d *Doc, first int) error {
	for _, c := range s.Comments {
		w.WriteString(c)
		w.WriteByte('\n')
	}
	k := 0
	for li := range s.Lines {
		l := &s.Lines[li]
		if k < len(s.Words) && s.Words[k] == li {
			i := first + k
			f := l.Fields
			f[colLemma] = nonEmpty(d.Lemma[i])
			f[colUPOS] = d.UPOS[i].String()
			f[colXPOS] = nonEmpty(d.XPOS[i])
			f[colFeats] = "_"
			if h := d.Head[i]; h < 0 {
				f[colHead] = "0"
			} else {
				f[colHead] = strconv.Itoa(int(h) - first + 1)
			}
			f[colDeprel] = d.Rel[i].String()
			f[colDeps] = "_"
			writeFields(w, &f)
			k++
			continue
		}
		writeFields(w, &l.Fields)
	}
	w.WriteByte('\n')
	return nil
}

func writeFields(w *bufio.Writer, f *[10]string) {
	for i, v := range f {
		if i > 0 {
			w.WriteByte('\t')
		}
		w.WriteString(v)
	}
	w.WriteByte('\n')
}

func nonEmpty(s string) string {
	if s == "" {
		return "_"
	}
	return s
}

// appendSentence appends s's words to d as one sentence, with Form set.
func appendSentence(d *Doc, s *Sentence) {
	start := int32(len(d.Form))
	for i := range s.Words {
		f := s.Form(i)
		d.Form = append(d.Form, f)
		d.Start = append(d.Start, 0)
		d.End = append(d.End, int32(len(f)))
	}
	d.Sents = append(d.Sents, Range{start, int32(len(d.Form))})
}

// DocOfSentence resets d to hold the words of s as one sentence, ready
// for [Model.Annotate]; d.Form holds the words.
func DocOfSentence(d *Doc, s *Sentence) {
	d.Text, d.Start, d.End, d.Form, d.Sents = "", d.Start[:0], d.End[:0], d.Form[:0], d.Sents[:0]
	appendSentence(d, s)
}
