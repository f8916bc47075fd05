package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestParseText: plain text in, CoNLL-U out, a sentence a block, with the
// clitics split as UD writes them and a single root each.
func TestParseText(t *testing.T) {
	status, out, errOut := veracity(t, "The council didn't approve the plan. It will vote again.", "parse", "-")
	wantStatus(t, []string{"parse", "-"}, status, exitOK, out, errOut)
	blocks := strings.Split(strings.TrimSpace(out), "\n\n")
	if len(blocks) != 2 {
		t.Fatalf("%d sentences, want 2:\n%s", len(blocks), out)
	}
	var forms []string
	roots := 0
	for _, line := range strings.Split(blocks[0], "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			t.Fatalf("line %q has %d columns, want 10", line, len(f))
		}
		forms = append(forms, f[1])
		if f[6] == "0" {
			roots++
		}
	}
	if got, want := strings.Join(forms, " "), "The council did n't approve the plan ."; got != want {
		t.Errorf("words %q, want %q", got, want)
	}
	if roots != 1 {
		t.Errorf("%d roots, want 1", roots)
	}
}

// TestParseCoNLLU: CoNLL-U in keeps its words, comments and multiword
// tokens, and predicts the analysis.
func TestParseCoNLLU(t *testing.T) {
	in := "# sent_id = 1\n# text = I don't know.\n1\tI\t_\t_\t_\t_\t_\t_\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\t_\t_\t_\t_\t_\t_\t_\t_\n3\tn't\t_\t_\t_\t_\t_\t_\t_\tFoo=Bar\n4\tknow\t_\t_\t_\t_\t_\t_\t_\t_\n5\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
	status, out, errOut := veracity(t, in, "parse", "--input", "conllu", "-")
	wantStatus(t, []string{"parse", "--input", "conllu", "-"}, status, exitOK, out, errOut)
	lines := strings.Split(out, "\n")
	if lines[0] != "# sent_id = 1" || lines[1] != "# text = I don't know." || !strings.HasPrefix(lines[3], "2-3\tdon't\t") {
		t.Errorf("comments or the multiword token changed:\n%s", out)
	}
	if !strings.HasSuffix(lines[5], "\tFoo=Bar") {
		t.Errorf("MISC not kept: %q", lines[5])
	}
	if f := strings.Split(lines[6], "\t"); f[1] != "know" || f[3] != "VERB" || f[2] != "know" || f[6] != "0" {
		t.Errorf("know: %q, want a VERB, lemma know, the root", lines[6])
	}
}

func TestParseJSON(t *testing.T) {
	status, out, errOut := veracity(t, "Prices rose.", "parse", "--format", "json", "-")
	wantStatus(t, []string{"parse", "--format", "json", "-"}, status, exitOK, out, errOut)
	var got struct {
		Sentences []struct {
			Text  string
			Span  [2]int
			Words []struct {
				Form, Lemma, UPOS, Deprel string
				Span                      [2]int
				Head                      int
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(got.Sentences) != 1 || len(got.Sentences[0].Words) != 3 || got.Sentences[0].Words[1].Lemma != "rise" ||
		got.Sentences[0].Words[1].Span != [2]int{7, 11} {
		t.Errorf("got %+v", got)
	}
}

// TestParseBadCoNLLU: a malformed line is exit 2 with its line number.
func TestParseBadCoNLLU(t *testing.T) {
	status, _, errOut := veracity(t, "1\tI\t_\n", "parse", "--input", "conllu", "-")
	if status != exitUsage || !strings.Contains(errOut, "line 1") {
		t.Errorf("status %d, stderr %q; want 2 and the line", status, errOut)
	}
	status, _, errOut = veracity(t, "x", "parse", "--input", "xml", "-")
	if status != exitUsage || !strings.Contains(errOut, "xml") {
		t.Errorf("status %d, stderr %q; want 2 naming the input", status, errOut)
	}
}
