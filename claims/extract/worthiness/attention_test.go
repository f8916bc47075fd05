package worthiness

import (
	"bytes"
	"math"
	"testing"
)

// The attention head as a model scores it (from the table of each word's
// exp(a·v) and u·v) gives what training computed (the softmax over the
// sentence), and it weighs most the word its score vector points at.
func TestAttention(t *testing.T) {
	tab := wordVectors()
	f := newAttnFit(tab, 3)
	a, u := f.weights()
	m := &Model{}
	m.withAttention(a, u)
	var rows []int
	for _, w := range []string{"donald", "thinks", "climate", "change", "is", "hoax"} {
		rows = tab.appendRows(rows, []byte(w))
	}
	if len(rows) != 6 {
		t.Fatalf("rows %v, want 6 words in the table", rows)
	}
	if got, want := m.attend(rows), f.forward(rows); math.Abs(got-want) > 1e-5 {
		t.Errorf("attend = %v, training's forward %v", got, want)
	}
	if got := m.attend(nil); got != 0 {
		t.Errorf("attend of no words = %v, want 0", got)
	}
	// a pointing at hoax's vector, u at climate's: the pooled value is
	// near u·v(hoax)
	hoax, climate := rows[5], rows[2]
	for j := range a {
		a[j] = 5 * float32(f.load(hoax)[j])
		u[j] = float32(f.load(climate)[j])
	}
	m.withAttention(a, u)
	at := m.attnTab()
	if got, want := m.attend(rows), at.q[hoax]; math.Abs(got-want) > 0.05*math.Abs(want) {
		t.Errorf("attend = %v, want about u·v(hoax) = %v (u·v(climate) = %v)", got, want, at.q[climate])
	}
}

func TestAttentionModelRoundTrip(t *testing.T) {
	m, err := Train(generated(200), TrainOptions{Bits: 12, Seed: 2, Attention: true})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := m.MarshalBinary()
	p, err := ParseModel(b)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := p.MarshalBinary()
	if !bytes.Equal(b, again) {
		t.Fatal("a parsed attention model does not marshal to the bytes it came from")
	}
	s := Sentence{Text: "Taxes on farmers went up by $5 billion last year."}
	if m.Score(s) != p.Score(s) {
		t.Errorf("score %v before marshalling, %v after", m.Score(s), p.Score(s))
	}
	if _, err := ParseModel(b[:40]); err == nil {
		t.Error("an attention model cut in its weights parsed")
	}
}
