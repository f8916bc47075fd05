package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/veracity-go/veracity/claims"
)

// synthetic returns about n bytes of news-like text: paragraphs mixing
// names, figures, dates, relative times, quotes and hedges.
func synthetic(n int, sep string) string {
	parts := []string{
		"US President Donald Trump and his Russian counterpart Vladimir Putin are meeting on Friday.",
		"Anchorage in the US state of Alaska is the venue for the upcoming meeting, two White House officials said.",
		"Time Warner's quarterly profits rose 76% to $1.13bn from $639m, the firm said on Tuesday.",
		"The club's squad of 23 players has cost more than £500m, according to the BBC.",
		"“Ukrainians will not give their land,” Zelenskyy said on Saturday.",
		"Although the exact location is not yet known, the final will take place in London on 17 March 2026.",
		"Alaska was sold to the US in 1867 for $7.2 million, some three and a half years after the war.",
		"Prof Samuel Greene, who teaches at King’s College London, said the plan may fail.",
		"Turnover fell 2.5 per cent last year, while inflation could reach 8% by the 2030s.",
	}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(parts[i%len(parts)])
		if i%4 == 3 {
			b.WriteString(sep)
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func BenchmarkExtract(b *testing.B) {
	text := synthetic(1<<20, "\n\n")
	kb := alaskaKB()
	doc := claims.Document{Text: text, Published: published}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract(doc, kb); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMentions(b *testing.B) {
	text := synthetic(1<<20, "\n\n")
	doc := claims.Document{Text: text, Published: published}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Mentions(doc, nil)
	}
}

// TestLargeSingleLine guards against quadratic behaviour: a long text on
// one line, without a single line break, must go through in seconds.
func TestLargeSingleLine(t *testing.T) {
	size := 25 << 20 / raceShrink
	if testing.Short() {
		size = 2 << 20
	}
	text := synthetic(size, " ")
	start := time.Now()
	set, err := Extract(claims.Document{Text: text, Published: published}, alaskaKB())
	if err != nil {
		t.Fatal(err)
	}
	// Not a speed test (BenchmarkExtract is): a guard against work that
	// grows faster than the text, which would take minutes here.
	if el := time.Since(start); el > 60*time.Second*raceSlowdown {
		t.Errorf("%d MB on one line took %v", size>>20, el)
	}
	if len(set.Claims) == 0 {
		t.Error("no claims from the synthetic text")
	}
}
