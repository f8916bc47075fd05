package claimreview

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// feed returns a Data Commons style DataFeed of n ClaimReviews.
func feed(n int) string {
	var b strings.Builder
	b.WriteString(`{"@context": "http://schema.org", "@type": "DataFeed", "dateModified": "2024-01-01",` + "\n" + ` "dataFeedElement": [`)
	for i := range n {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, "\n"+`  {"@type": "DataFeedItem", "dateCreated": "2024-01-01", "item": [{"@context": "http://schema.org", "@type": "ClaimReview",
    "@id": "#r%d", "url": "https://factcheck.example/%d", "claimReviewed": "Claim number %d &amp; more",
    "author": {"@type": "Organization", "name": "Example", "url": "https://factcheck.example"},
    "datePublished": "2020-06-24 00:03",
    "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 5, "worstRating": 1, "alternateName": "False"},
    "itemReviewed": {"@type": "Claim", "author": {"@id": "#p%d"}}}],
    "extra": [{"@id": "#p%d", "@type": "Person", "name": "Person %d"}]}`, i, i, i, i, i, i)
	}
	b.WriteString("\n ]}\n")
	return b.String()
}

// setWholeLimit sets wholeLimit for one test.
func setWholeLimit(t *testing.T, n int64) {
	old := wholeLimit
	wholeLimit = n
	t.Cleanup(func() { wholeLimit = old })
}

// TestStreamFeed: a feed larger than the whole limit is streamed and gives
// the same reviews, in order, as reading it whole.
func TestStreamFeed(t *testing.T) {
	doc := feed(200)
	want, err := Read([]byte(doc))
	if err != nil || len(want) != 200 {
		t.Fatalf("Read whole: %d reviews, %v", len(want), err)
	}
	if want[7].ClaimReviewed != "Claim number 7 & more" || want[7].URL != "https://factcheck.example/7" || want[7].Claimant != "Person 7" {
		t.Fatalf("Read whole: review 7 = %+v", want[7])
	}
	setWholeLimit(t, 4096)
	for _, tc := range []struct {
		name string
		data []byte
	}{{"JSON", []byte(doc)}, {"gzip", gz(t, doc)}} {
		var got []Review
		err := Reader{}.Stream(bytes.NewReader(tc.data), func(r Review) { got = append(got, r) })
		if err != nil {
			t.Fatalf("%s: Stream: %v", tc.name, err)
		}
		// References are followed within a feed item: the claimant,
		// given in a sibling of the review, is found streaming too.
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: Stream (-whole +streamed):\n%s", tc.name, diff)
		}
	}
}

// TestStreamErrors: a streamed document's errors say where, and a document
// over MaxSize is refused.
func TestStreamErrors(t *testing.T) {
	setWholeLimit(t, 1024)
	doc := feed(20)
	cut := doc[:len(doc)-200]
	err := Reader{}.Stream(strings.NewReader(cut), func(Review) {})
	var syn *SyntaxError
	if !errors.As(err, &syn) || !strings.Contains(syn.Msg, "cut off") {
		t.Fatalf("Stream of a cut-off feed: error %v, want a SyntaxError saying it is cut off", err)
	}
	trimmed := strings.TrimRight(cut, " \n")
	wantLine := strings.Count(trimmed, "\n") + 1
	wantCol := len(trimmed) - strings.LastIndexByte(trimmed, '\n')
	if syn.Line != wantLine || syn.Column != wantCol {
		t.Errorf("cut-off feed: error at %d:%d, want %d:%d", syn.Line, syn.Column, wantLine, wantCol)
	}

	bad := strings.Replace(doc, `"Claim number 15`, `"Claim number 15", }`, 1)
	err = Reader{}.Stream(strings.NewReader(bad), func(Review) {})
	if !errors.As(err, &syn) {
		t.Fatalf("Stream of a broken feed: error %v, want a SyntaxError", err)
	}
	at := strings.Index(bad, `"Claim number 15", }`) + len(`"Claim number 15", `)
	wantLine = strings.Count(bad[:at], "\n") + 1
	wantCol = at - strings.LastIndexByte(bad[:at], '\n')
	if syn.Line != wantLine || syn.Column != wantCol {
		t.Errorf("broken feed: error at %d:%d (%s), want %d:%d", syn.Line, syn.Column, syn.Msg, wantLine, wantCol)
	}

	err = Reader{MaxSize: 2000}.Stream(strings.NewReader(doc), func(Review) {})
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("Stream over MaxSize: error %v, want ErrTooLarge", err)
	}
	err = Reader{MaxSize: 500}.Stream(bytes.NewReader(gz(t, doc)), func(Review) {})
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("Stream of gzip data over MaxSize once decompressed: error %v, want ErrTooLarge", err)
	}
	err = Reader{}.Stream(strings.NewReader(doc+" x"), func(Review) {})
	if !errors.As(err, &syn) || !strings.Contains(syn.Msg, "after the JSON value") {
		t.Errorf("Stream with trailing data: error %v", err)
	}
	err = Reader{}.Stream(io.MultiReader(strings.NewReader("<html>"+strings.Repeat(" ", 2000))), func(Review) {})
	if err == nil || !strings.Contains(err.Error(), "HTML page larger than") {
		t.Errorf("Stream of a large HTML page: error %v", err)
	}
}

// BenchmarkStreamFeed measures reading a feed of 2000 reviews (about 1.1
// MB) streamed; B/op is what streaming allocates in all, not what it
// holds at once.
func BenchmarkStreamFeed(b *testing.B) {
	doc := []byte(feed(2000))
	old := wholeLimit
	wholeLimit = 4096
	defer func() { wholeLimit = old }()
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		if err := (Reader{}).Stream(bytes.NewReader(doc), func(Review) { n++ }); err != nil || n != 2000 {
			b.Fatal(n, err)
		}
	}
}
