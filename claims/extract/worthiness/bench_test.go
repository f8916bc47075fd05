package worthiness

import "testing"

// benchSentences are news sentences of typical length.
var benchSentences = []string{
	"Shares in UK banking group Barclays have risen on Monday following a weekend press report that it had held merger talks with US bank Wells Fargo.",
	"Overall, the BBA said mortgage lending rose by £4bn in January, a far smaller increase than the £5.1bn seen in December.",
	"“We have seen this film before, and it does not end well,” he said.",
	"Thank you all for coming tonight.",
}

// BenchmarkScore scores news sentences with the default model; MB/s is
// sentence text per second.
func BenchmarkScore(b *testing.B) {
	m := Default()
	n := 0
	for _, s := range benchSentences {
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range benchSentences {
			m.Score(Sentence{Text: s})
		}
	}
}
