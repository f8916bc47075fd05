package syntax

import (
	"bufio"
	"bytes"

	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse tokenizes and parses any text: words are spans of it, every
// head is a word of the same sentence or -1, and each sentence has one
// root.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"Mr. Smith didn't pay $7.2 million.",
		"The pier, which opened in 1911, will close on Friday.",
		"\"It's over,\" she said -- twice... Really?!",
		"1 2 3 4 5 6 7 8 9",
		"!!! ??? ...",
		"日本語のテキスト and English.",
		"\xff\xfe\x00 bad bytes",
	} {
		f.Add(s)
	}
	m := Default()
	f.Fuzz(func(t *testing.T, text string) {
		d := m.Parse(text)
		for _, s := range d.Sents {
			roots := 0
			for i := s.Start; i < s.End; i++ {
				if d.Start[i] >= d.End[i] || int(d.End[i]) > len(text) {
					t.Fatalf("word %d has span [%d,%d) in %d bytes", i, d.Start[i], d.End[i], len(text))
				}
				h := d.Head[i]
				if h == -1 {
					roots++
				} else if h < s.Start || h >= s.End || h == i {
					t.Fatalf("word %d has head %d outside its sentence [%d,%d)", i, h, s.Start, s.End)
				}
			}
			if roots != 1 {
				t.Fatalf("sentence [%d,%d) has %d roots", s.Start, s.End, roots)
			}
		}
		if utf8.ValidString(text) {
			for i := 0; i < d.Len(); i++ {
				if !utf8.ValidString(d.Word(i)) {
					t.Fatalf("word %d %q is not valid UTF-8", i, d.Word(i))
				}
			}
		}
	})
}

// FuzzCoNLLU reads any CoNLL-U: it is read or refused with an error,
// and what is read is written back with the same sentences and words.
func FuzzCoNLLU(f *testing.F) {
	f.Add("# text = It works.\n1\tIt\t_\t_\t_\t_\t_\t_\t_\t_\n2\tworks\t_\t_\t_\t_\t_\t_\t_\t_\n3\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n")
	f.Add("1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\t_\t_\t_\t_\t_\t_\t_\t_\n2\tn't\t_\t_\t_\t_\t_\t_\t_\t_\n2.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n\n")
	f.Add("1\ta\tb\n")
	f.Add("2\ta\t_\t_\t_\t_\t_\t_\t_\t_\n\n")
	m := Default()
	f.Fuzz(func(t *testing.T, in string) {
		var out bytes.Buffer
		w := bufio.NewWriter(&out)
		var forms []string
		d := &Doc{}
		err := ReadCoNLLU(strings.NewReader(in), func(s *Sentence) error {
			DocOfSentence(d, s)
			m.Annotate(d)
			for i := range s.Words {
				forms = append(forms, s.Form(i))
			}
			return WriteCoNLLU(w, s, d, 0)
		})
		if err != nil {
			if !strings.HasPrefix(err.Error(), "syntax: line ") {
				t.Fatalf("error %q does not name its line", err)
			}
			return
		}
		w.Flush()
		var back []string
		if err := ReadCoNLLU(&out, func(s *Sentence) error {
			for i := range s.Words {
				back = append(back, s.Form(i))
			}
			return nil
		}); err != nil {
			t.Fatalf("output does not read back: %v\n%s", err, out.String())
		}
		if strings.Join(forms, "\x00") != strings.Join(back, "\x00") {
			t.Fatalf("words changed: %q → %q", forms, back)
		}
	})
}
