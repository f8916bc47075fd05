package worthiness

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// generated returns n labelled sentences made from templates: figures and
// named things are worthy, thanks and promises are not.
func generated(n int) []Example {
	worthy := []string{
		"Unemployment rose to %d percent in %d.",
		"The %s cut %d jobs since %d.",
		"Taxes on %s went up by $%d billion last year.",
		"We spent %d million dollars on the %s in %d.",
	}
	not := []string{
		"Thank you, %s, for having me here tonight.",
		"I will fight for the %s every single day.",
		"Let me tell you what I think about %s.",
		"We need to do better for our %s.",
	}
	nouns := []string{"farmers", "steel industry", "Senate", "families", "schools", "army", "economy"}
	var out []Example
	for i := range n {
		noun := nouns[i%len(nouns)]
		var text string
		if i%2 == 0 {
			t := worthy[i/2%len(worthy)]
			switch t {
			case worthy[0]:
				text = fmt.Sprintf(t, 3+i%9, 1990+i%30)
			case worthy[3]:
				text = fmt.Sprintf(t, 10+i, noun, 1990+i%30)
			default:
				text = fmt.Sprintf(t, noun, 100+i, 1980+i%40)
			}
		} else {
			text = fmt.Sprintf(not[i/2%len(not)], noun)
		}
		out = append(out, Example{Sentence: Sentence{Text: text}, Worthy: i%2 == 0})
	}
	return out
}

func TestTrainDeterministic(t *testing.T) {
	ex := generated(300)
	opts := TrainOptions{Bits: 14, Seed: 7, Vectors: true, Attention: true}
	var outs [2][]byte
	for i := range outs {
		m, err := Train(ex, opts)
		if err != nil {
			t.Fatal(err)
		}
		if outs[i], err = m.MarshalBinary(); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(outs[0], outs[1]) {
		t.Fatal("two trainings with one seed gave different model files")
	}
	m, err := ParseModel(outs[0])
	if err != nil {
		t.Fatal(err)
	}
	again, _ := m.MarshalBinary()
	if !bytes.Equal(again, outs[0]) {
		t.Fatal("a parsed model does not marshal to the bytes it came from")
	}
	// the generated classes are easy: the model must tell them apart
	for _, e := range generated(20) {
		if got := m.Score(e.Sentence) >= m.Threshold(); got != e.Worthy {
			t.Errorf("Score(%q) = %.2f, threshold %.2f: want worthy=%v", e.Sentence.Text, m.Score(e.Sentence), m.Threshold(), e.Worthy)
		}
	}
}

func TestDefaultModel(t *testing.T) {
	m := Default()
	for _, tc := range []struct {
		text   string
		worthy bool
	}{
		{"We have lost 800,000 manufacturing jobs since 2010.", true},
		{"Unemployment in Ohio doubled in the last four years.", true},
		{"Thank you all for coming tonight.", false},
		{"I'm going to fight for you every day.", false},
	} {
		s := m.Score(Sentence{Text: tc.text})
		if s < 0 || s > 1 {
			t.Errorf("Score(%q) = %v, outside [0, 1]", tc.text, s)
		}
		if got := s >= m.Threshold(); got != tc.worthy {
			t.Errorf("Score(%q) = %.3f, threshold %.3f: want worthy=%v", tc.text, s, m.Threshold(), tc.worthy)
		}
	}
}

func TestScoreConcurrent(t *testing.T) {
	texts := []string{"We have lost 800,000 jobs.", "Thank you.", "Taxes rose 5% in 2010, he said."}
	want := make([]float64, len(texts))
	for i, s := range texts {
		want[i] = Score(s)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 50 {
				for i, s := range texts {
					if got := Score(s); got != want[i] {
						t.Errorf("Score(%q) = %v concurrently, %v alone", s, got, want[i])
					}
				}
			}
		})
	}
	wg.Wait()
}

func TestSyntaxIgnoredByWordModel(t *testing.T) {
	m := Default()
	words := Tokenize("Taxes rose 5% in 2010.")
	plain := m.Score(Sentence{Text: "Taxes rose 5% in 2010."})
	parsed := m.Score(Sentence{Text: "Taxes rose 5% in 2010.", Words: words,
		UPOS: []string{"NOUN", "VERB", "NUM", "SYM", "ADP", "NUM", "PUNCT"}})
	if plain != parsed {
		t.Errorf("a model trained on words scores %v with UPOS, %v without", parsed, plain)
	}
}

func TestTokenize(t *testing.T) {
	got := Tokenize(`We’ve lost $800,000 (5.2%) — a well-known "fact".`)
	want := []string{"We’ve", "lost", "$", "800,000", "(", "5.2", "%", ")", "—", "a", "well-known", `"`, "fact", `"`, "."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Tokenize (-want +got):\n%s", diff)
	}
}

func TestParseModelErrors(t *testing.T) {
	good, _ := Default().MarshalBinary()
	m, _ := Train(generated(60), TrainOptions{Bits: 8, Folds: 3})
	words, _ := m.MarshalBinary() // no vector weights: flagging them is an error
	for name, data := range map[string][]byte{
		"empty":     nil,
		"magic":     append([]byte("XXWORTH1"), good[8:]...),
		"truncated": good[:len(good)-1],
		"trailing":  append(bytes.Clone(good), 0),
		"bits":      append(append([]byte(magic), 40), good[9:]...),
		"vectors":   append(append([]byte(magic), words[8], words[9]|2), words[10:]...),
	} {
		if _, err := ParseModel(data); err == nil {
			t.Errorf("%s: ParseModel gave no error", name)
		}
	}
}

func FuzzParseModel(f *testing.F) {
	for _, vectors := range []bool{false, true} {
		m, _ := Train(generated(60), TrainOptions{Bits: 8, Folds: 3, Vectors: vectors})
		b, _ := m.MarshalBinary()
		f.Add(b)
	}
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ParseModel(data)
		if err != nil {
			return
		}
		if s := m.Score(Sentence{Text: "It rose 5% in 2010."}); s < 0 || s > 1 {
			t.Fatalf("score %v outside [0, 1]", s)
		}
	})
}

func FuzzScore(f *testing.F) {
	f.Add("We have lost 800,000 manufacturing jobs since 2010.")
	f.Add("\xff’'-1,,2..")
	f.Fuzz(func(t *testing.T, text string) {
		if s := Score(text); s < 0 || s > 1 {
			t.Fatalf("Score(%q) = %v", text, s)
		}
	})
}

// claimBuster is the training data in ../shared, or "" when it is absent.
func claimBuster(t *testing.T) []Example {
	p := filepath.Join("..", "..", "..", "..", "shared", "datasets", "claimbuster", "train.json")
	f, err := os.Open(p)
	if err != nil {
		t.Skip("no ClaimBuster data in ../shared")
	}
	defer f.Close()
	ex, err := ReadClaimBuster(f, p)
	if err != nil {
		t.Fatal(err)
	}
	return ex
}

// TestCheckWorthiness measures the model by 10-fold cross-validation on the
// ClaimBuster training sentences and checks that the embedded model is the
// one the training command makes (its threshold is the CV's F1-best point).
func TestCheckWorthiness(t *testing.T) {
	ex := claimBuster(t)
	r, err := CrossValidate(ex, TrainOptions{Seed: 1, Attention: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("10-fold CV on %d sentences, check-worthy class: precision %.3f recall %.3f F1 %.3f (F1-best threshold %.3f, F1 there %.3f)",
		len(ex), r.Precision, r.Recall, r.F1, r.Threshold, r.BestF1)
	t.Logf("the same judgments with the classes weighted equally, as in the balanced held-out set: precision %.3f F1 %.3f",
		r.BalancedPrecision, r.BalancedF1)
	// The target is 0.80; words and word vectors reach about
	// 0.78, words alone 0.76 (see BENCHMARKS.md). Fail on a regression
	// from what is shipped.
	if r.F1 < 0.76 {
		t.Errorf("cross-validated F1 %.3f, below the 0.76 shipped", r.F1)
	}
	if got := Default().Threshold(); got != float64(float32(r.Threshold)) {
		t.Errorf("embedded model's threshold %.3f, CV F1-best point %.3f: model.bin is stale, retrain it", got, r.Threshold)
	}
}
