package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"unicode/utf8"

	"github.com/veracity-go/veracity/claims/extract/syntax"
)

var parseCmd = &command{
	Name:    "parse",
	Args:    "[--input text|conllu] [--format conllu|json] FILE",
	Summary: "print the syntactic analysis: tags, lemmas and dependencies (UD English)",
	Doc: `Parse tags, lemmatizes and parses English with the embedded model
(trained on the UD English Web Treebank, CC BY-SA 4.0) and prints the
analysis. FILE may be - for standard input.

With --input text (the default) it splits sentences and words itself.
With --input conllu it keeps the file's sentences and words exactly —
comments, multiword-token lines and empty nodes pass through — and writes
LEMMA, UPOS, XPOS, HEAD and DEPREL as predicted (FEATS and DEPS as _).

--format conllu (the default) writes CoNLL-U; --format json writes
{"sentences": [{"text", "span", "words": [{"id", "form", "span", "lemma",
"upos", "xpos", "head", "deprel"}]}]}, with spans as byte offsets in the
input text (text input only).`,
}

func init() {
	parseCmd.Run = runParse
	register(parseCmd)
}

func runParse(e *env, args []string) int {
	fs := newFlagSet(parseCmd)
	input := fs.String("input", "text", "what FILE holds: `text` or conllu")
	format := fs.String("format", "conllu", "output `format`: conllu or json")
	files, status, ok := parseFlags(e, parseCmd, fs, args)
	if !ok {
		return status
	}
	if len(files) != 1 {
		return usageError(e, parseCmd, "want one FILE, have %d", len(files))
	}
	if *input != "text" && *input != "conllu" {
		return usageError(e, parseCmd, "unknown input %q (want text or conllu)", *input)
	}
	if *format != "conllu" && *format != "json" {
		return usageError(e, parseCmd, "unknown format %q (want conllu or json)", *format)
	}
	name := files[0]
	var r io.Reader = e.stdin
	if name != "-" {
		f, err := openRegular(name)
		if err != nil {
			printError(e, err)
			return exitUsage
		}
		defer f.Close()
		r = f
	}
	w := bufio.NewWriterSize(e.stdout, 1<<16)
	m := syntax.Default()
	var err error
	if *input == "conllu" {
		err = parseCoNLLU(m, r, w, *format)
	} else {
		err = parseText(m, r, w, *format, name)
	}
	if err != nil {
		w.Flush()
		printError(e, fmt.Errorf("%s: %w", displayName(name), err))
		return exitUsage
	}
	if err := w.Flush(); err != nil {
		printError(e, err)
		return exitUsage
	}
	return exitOK
}

// openRegular opens a regular file; a folder, FIFO or device is an error
// that names the path.
func openRegular(name string) (*os.File, error) {
	info, err := os.Stat(name)
	if err != nil {
		return nil, fileError(name, err)
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file", name)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, fileError(name, err)
	}
	return f, nil
}

// parseCoNLLU analyses each sentence of a CoNLL-U stream as it is read.
func parseCoNLLU(m *syntax.Model, r io.Reader, w *bufio.Writer, format string) error {
	d := &syntax.Doc{}
	first := true
	if format == "json" {
		w.WriteString(`{"sentences": [`)
	}
	err := syntax.ReadCoNLLU(r, func(s *syntax.Sentence) error {
		syntax.DocOfSentence(d, s)
		m.Annotate(d)
		if format == "json" {
			if !first {
				w.WriteByte(',')
			}
			first = false
			writeJSONSentence(w, d, d.Sents[0], nil)
			return nil
		}
		return syntax.WriteCoNLLU(w, s, d, 0)
	})
	if format == "json" {
		w.WriteString("]}\n")
	}
	return err
}

func parseText(m *syntax.Model, r io.Reader, w *bufio.Writer, format, name string) error {
	data, err := io.ReadAll(io.LimitReader(r, maxArticleSize+1))
	if err != nil {
		return err
	}
	if int64(len(data)) > maxArticleSize {
		return fmt.Errorf("larger than %d bytes", maxArticleSize)
	}
	if !utf8.Valid(data) {
		return fmt.Errorf("byte %d: not valid UTF-8", invalidUTF8(data))
	}
	d := m.Parse(string(data))
	if format == "json" {
		w.WriteString(`{"sentences": [`)
		for k, s := range d.Sents {
			if k > 0 {
				w.WriteByte(',')
			}
			writeJSONSentence(w, d, s, d.Start)
		}
		w.WriteString("]}\n")
		return nil
	}
	for k, s := range d.Sents {
		fmt.Fprintf(w, "# sent_id = %d\n# text = %s\n", k+1, oneLine(d.Text[d.Start[s.Start]:d.End[s.End-1]]))
		for i := s.Start; i < s.End; i++ {
			head := 0
			if h := d.Head[i]; h >= 0 {
				head = int(h-s.Start) + 1
			}
			misc := "_"
			if i+1 < s.End && d.End[i] == d.Start[i+1] {
				misc = "SpaceAfter=No"
			}
			fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t_\t%d\t%s\t_\t%s\n", i-s.Start+1, d.Word(int(i)), d.Lemma[i],
				d.UPOS[i], d.XPOS[i], head, d.Rel[i], misc)
		}
		w.WriteByte('\n')
	}
	return nil
}

// oneLine folds the line breaks of a sentence's text into spaces, as the
// "# text" comment must be one line.
func oneLine(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c == '\n' || c == '\r' || c == '\t' {
			b[i] = ' '
		}
	}
	return string(b)
}

type jsonWord struct {
	ID     int     `json:"id"`
	Form   string  `json:"form"`
	Span   *[2]int `json:"span,omitempty"`
	Lemma  string  `json:"lemma"`
	UPOS   string  `json:"upos"`
	XPOS   string  `json:"xpos"`
	Head   int     `json:"head"`
	Deprel string  `json:"deprel"`
}

func writeJSONSentence(w *bufio.Writer, d *syntax.Doc, s syntax.Range, spans []int32) {
	type sentence struct {
		Text  string     `json:"text,omitempty"`
		Span  *[2]int    `json:"span,omitempty"`
		Words []jsonWord `json:"words"`
	}
	var out sentence
	if spans != nil {
		out.Span = &[2]int{int(d.Start[s.Start]), int(d.End[s.End-1])}
		out.Text = d.Text[out.Span[0]:out.Span[1]]
	}
	for i := s.Start; i < s.End; i++ {
		jw := jsonWord{ID: int(i-s.Start) + 1, Form: d.Word(int(i)), Lemma: d.Lemma[i], UPOS: d.UPOS[i].String(),
			XPOS: d.XPOS[i], Deprel: d.Rel[i].String()}
		if h := d.Head[i]; h >= 0 {
			jw.Head = int(h-s.Start) + 1
		}
		if spans != nil {
			jw.Span = &[2]int{int(d.Start[i]), int(d.End[i])}
		}
		out.Words = append(out.Words, jw)
	}
	b, _ := json.Marshal(out)
	w.Write(b)
}
