package claimreview

import (
	"bytes"
	"compress/gzip"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/veracity-go/veracity/factcheck"
)

// The markup in this file is written in the shapes real fact-checkers
// publish (AFP's editions, BOOM, Aos Fatos, Estadão Verifica, Misbar, TFC
// Taiwan, 20 Minutes, Data Commons feed items, the Google Fact Check Tools
// API), a few lines each; the claims and URLs are invented.

// cr wraps the properties of a ClaimReview in a node.
func cr(props string) string {
	return `{"@context": "https://schema.org", "@type": "ClaimReview", ` + props + `}`
}

// TestReadInTheWild: each shape gives the review a fact-checker means.
func TestReadInTheWild(t *testing.T) {
	tests := []struct {
		name string
		rd   Reader
		doc  string
		want []Review
	}{
		{"AFP: the label False decides over ratingValue 5, which is noted",
			Reader{}, cr(`"claimReviewed": "Masks cause oxygen deficiency",
			  "author": {"@type": "Organization", "name": "AFP Fact Check", "url": "https://factcheck.afp.com"},
			  "reviewRating": {"@type": "Rating", "ratingValue": "5", "bestRating": "5", "worstRating": "1", "alternateName": "False"}`),
			[]Review{{ClaimReviewed: "Masks cause oxygen deficiency",
				Rating: factcheck.False, RatingOK: true, Label: "False",
				Note:      "ratingValue 5 of 5 disagrees with the label False",
				Publisher: "AFP Fact Check", PublisherURL: "https://factcheck.afp.com"}}},
		{"AFP: Misleading with 3 is mostly-false, noted",
			Reader{}, cr(`"claimReviewed": "x",
			  "reviewRating": {"@type": "Rating", "ratingValue": 3, "bestRating": 5, "worstRating": 1, "alternateName": "Misleading"}`),
			[]Review{{ClaimReviewed: "x", Rating: factcheck.MostlyFalse, RatingOK: true, Label: "Misleading",
				Note: "ratingValue 3 of 5 disagrees with the label Misleading"}}},
		{"label and number agree: no note",
			Reader{}, cr(`"claimReviewed": "x",
			  "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 5, "worstRating": 1, "alternateName": "Falso"}`),
			[]Review{{ClaimReviewed: "x", Rating: factcheck.False, RatingOK: true, Label: "Falso"}}},
		{"label and number both unusable: unverified",
			Reader{}, cr(`"claimReviewed": "x",
			  "reviewRating": {"@type": "Rating", "ratingValue": 7, "bestRating": 10, "worstRating": 0, "alternateName": "Spicy"}`),
			[]Review{{ClaimReviewed: "x", Label: "Spicy"}}},
		{"BOOM: author a Person, publisher the Organization",
			Reader{}, cr(`"claimReviewed": "x", "url": "https://www.boomlive.in/fact-check/x",
			  "author": {"@type": "Person", "name": "Nivedita Niranjankumar", "url": "https://www.boomlive.in/nivedita"},
			  "publisher": {"@type": "Organization", "name": "BOOM", "url": "https://www.boomlive.in"},
			  "reviewRating": {"@type": "Rating", "alternateName": "False"}`),
			[]Review{{ClaimReviewed: "x", URL: "https://www.boomlive.in/fact-check/x",
				Publisher: "BOOM", PublisherURL: "https://www.boomlive.in", Author: "Nivedita Niranjankumar",
				Rating: factcheck.False, RatingOK: true, Label: "False"}}},
		{"Aos Fatos: several authors, the Organization among them",
			Reader{}, cr(`"claimReviewed": "x",
			  "author": [{"@type": "Person", "name": "Ana Rita Cunha"}, {"@type": "Organization", "name": "Aos Fatos"}]`),
			[]Review{{ClaimReviewed: "x", Publisher: "Aos Fatos", Author: "Ana Rita Cunha"}}},
		{"an Organization author with a url only: its host",
			Reader{}, cr(`"claimReviewed": "x", "author": {"@type": "Organization", "url": "https://www.altnews.in/"}`),
			[]Review{{ClaimReviewed: "x", Publisher: "altnews.in", PublisherURL: "https://www.altnews.in/"}}},
		{"a Person author with a url only, on a page with og:site_name",
			Reader{}, `<html><head><meta property="og:site_name" content="Vishvas News">
			  <script type="application/ld+json">` + cr(`"claimReviewed": "x", "url": "https://www.vishvasnews.com/x/",
			  "author": {"@type": "Person", "url": "https://www.vishvasnews.com/author/someone/"}`) + `</script></head></html>`,
			[]Review{{ClaimReviewed: "x", URL: "https://www.vishvasnews.com/x/",
				Publisher: "Vishvas News", PublisherURL: "https://www.vishvasnews.com/"}}},
		{"a Person author and nothing else: the review URL's host",
			Reader{}, cr(`"claimReviewed": "x", "url": "https://factly.in/x/", "author": {"@type": "Person", "name": "Someone"}`),
			[]Review{{ClaimReviewed: "x", URL: "https://factly.in/x/", Author: "Someone",
				Publisher: "factly.in", PublisherURL: "https://factly.in/"}}},
		{"AFP's dates: 2020-06-24 00:03",
			Reader{}, cr(`"claimReviewed": "x", "datePublished": "2020-06-24 00:03",
			  "itemReviewed": {"@type": "Claim", "datePublished": "2020-06-22 17:45"}`),
			[]Review{{ClaimReviewed: "x", Date: time.Date(2020, 6, 24, 0, 3, 0, 0, time.UTC),
				ClaimDate: time.Date(2020, 6, 22, 17, 45, 0, 0, time.UTC)}}},
		{"RFC 1123 and a zone",
			Reader{}, cr(`"claimReviewed": "x", "datePublished": "Wed, 24 Jun 2020 00:03:00 +0530"`),
			[]Review{{ClaimReviewed: "x", Date: time.Date(2020, 6, 24, 0, 3, 0, 0, time.FixedZone("", 5*3600+1800))}}},
		{"an unreadable date is a warning, not dropped silently",
			Reader{}, cr(`"claimReviewed": "x", "datePublished": "24/06/2020"`),
			[]Review{{ClaimReviewed: "x",
				Warnings: []string{`datePublished "24/06/2020" is not a date veracity reads; left out`}}}},
		{"HTML character references in text",
			Reader{}, cr(`"claimReviewed": "Manmohan Singh&#039;s government &amp; the RBI",
			  "author": {"@type": "Organization", "name": "Fact Crescendo &amp;amp; Co"},
			  "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "O&#8217;Brien"}},
			  "reviewRating": {"@type": "Rating", "alternateName": "Pants on Fire&#x21;"}`),
			[]Review{{ClaimReviewed: "Manmohan Singh's government & the RBI", Publisher: "Fact Crescendo & Co",
				Claimant: "O’Brien", Rating: factcheck.False, RatingOK: true, Label: "Pants on Fire!"}}},
		{"a relative review URL, resolved against the canonical link",
			Reader{}, `<link rel="canonical" href="https://www.estadao.com.br/estadao-verifica/x/">
			  <meta property="og:url" content="https://other.example/">
			  <script type="application/ld+json">` + cr(`"claimReviewed": "x", "url": "/estadao-verifica/y/",
			  "author": {"@type": "Organization", "name": "Estadão Verifica"}`) + `</script>`,
			[]Review{{ClaimReviewed: "x", URL: "https://www.estadao.com.br/estadao-verifica/y/", Publisher: "Estadão Verifica"}}},
		{"a relative review URL, resolved against og:url",
			Reader{}, `<meta property="og:url" content="https://www.estadao.com.br/estadao-verifica/x/">
			  <script type="application/ld+json">` + cr(`"claimReviewed": "x", "url": "y/",
			  "author": {"@type": "Organization", "name": "Estadão Verifica"}`) + `</script>`,
			[]Review{{ClaimReviewed: "x", URL: "https://www.estadao.com.br/estadao-verifica/x/y/", Publisher: "Estadão Verifica"}}},
		{"a relative review URL, resolved against the Reader's BaseURL",
			Reader{BaseURL: "https://www.estadao.com.br/estadao-verifica/x/"}, cr(`"claimReviewed": "x", "url": "/estadao-verifica/z/",
			  "author": {"@type": "Organization", "name": "Estadão Verifica"}`),
			[]Review{{ClaimReviewed: "x", URL: "https://www.estadao.com.br/estadao-verifica/z/", Publisher: "Estadão Verifica"}}},
		{"a relative review URL with nothing to resolve it against: a warning",
			Reader{}, cr(`"claimReviewed": "x", "url": "/estadao-verifica/z/", "author": {"@type": "Organization", "name": "Estadão Verifica"}`),
			[]Review{{ClaimReviewed: "x", URL: "/estadao-verifica/z/", Publisher: "Estadão Verifica",
				Warnings: []string{`url "/estadao-verifica/z/" is relative and the page gives no address (canonical link or og:url) to resolve it against; kept as it is`}}}},
		{"scheme-less URLs get https://",
			Reader{}, cr(`"claimReviewed": "x", "url": "aosfatos.org/noticias/x/",
			  "author": {"@type": "Organization", "name": "Aos Fatos", "url": "//aosfatos.org"}`),
			[]Review{{ClaimReviewed: "x", URL: "https://aosfatos.org/noticias/x/", Publisher: "Aos Fatos", PublisherURL: "https://aosfatos.org"}}},
		{"20 Minutes: really_false",
			Reader{}, cr(`"claimReviewed": "x", "reviewRating": {"@type": "Rating", "alternateName": "really_false"}`),
			[]Review{{ClaimReviewed: "x", Rating: factcheck.False, RatingOK: true, Label: "really_false"}}},
		{"a label with an explanation after it",
			Reader{}, cr(`"claimReviewed": "x", "reviewRating": {"@type": "Rating", "alternateName": "FALSO: As imagens são de 2015"}`),
			[]Review{{ClaimReviewed: "x", Rating: factcheck.False, RatingOK: true, Label: "FALSO: As imagens são de 2015"}}},
		{"Satire: unverified, the label kept",
			Reader{}, cr(`"claimReviewed": "x", "reviewRating": {"@type": "Rating", "alternateName": "Satire"}`),
			[]Review{{ClaimReviewed: "x", Rating: factcheck.Unverified, RatingOK: true, Label: "Satire"}}},
		{"Data Commons feed item",
			Reader{}, `{"@context": "http://schema.org", "@type": "DataFeed", "dataFeedElement": [
			  {"@type": "DataFeedItem", "item": [` + cr(`"claimReviewed": "x", "url": "https://tfc-taiwan.org.tw/articles/1",
			  "author": {"@type": "Organization", "name": "台灣事實查核中心"},
			  "reviewRating": {"@type": "Rating", "alternateName": "錯誤"}`) + `]}]}`,
			[]Review{{ClaimReviewed: "x", URL: "https://tfc-taiwan.org.tw/articles/1", Publisher: "台灣事實查核中心",
				Rating: factcheck.False, RatingOK: true, Label: "錯誤"}}},
		{"Google Fact Check Tools API claims:search",
			Reader{}, `{"claims": [{"text": "The moon landing was filmed in Nevada", "claimant": "Facebook posts", "claimDate": "2024-03-04T00:00:00Z",
			  "claimReview": [
			    {"publisher": {"name": "PolitiFact", "site": "politifact.com"}, "url": "https://www.politifact.com/x/",
			     "title": "No, …", "reviewDate": "2024-03-08T00:00:00Z", "textualRating": "Pants on Fire", "languageCode": "en"},
			    {"publisher": {"site": "misbar.com"}, "url": "https://misbar.com/factcheck/x",
			     "reviewDate": "2024-03-09T00:00:00Z", "textualRating": "زائف", "languageCode": "ar"}]}],
			 "nextPageToken": "CAE"}`,
			[]Review{
				{ClaimReviewed: "The moon landing was filmed in Nevada", Claimant: "Facebook posts", ClaimDate: date(2024, 3, 4),
					Publisher: "PolitiFact", PublisherURL: "https://politifact.com/", URL: "https://www.politifact.com/x/",
					Date: date(2024, 3, 8), Rating: factcheck.False, RatingOK: true, Label: "Pants on Fire"},
				{ClaimReviewed: "The moon landing was filmed in Nevada", Claimant: "Facebook posts", ClaimDate: date(2024, 3, 4),
					Publisher: "misbar.com", PublisherURL: "https://misbar.com/", URL: "https://misbar.com/factcheck/x",
					Date: date(2024, 3, 9), Rating: factcheck.False, RatingOK: true, Label: "زائف"},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.rd.Read([]byte(tt.doc))
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Read (-want +got):\n%s", diff)
			}
		})
	}
}

// TestLabelsInTheWild: labels as fact-checkers write them, in the
// languages they write in, map to the family they mean.
func TestLabelsInTheWild(t *testing.T) {
	tests := []struct {
		label string
		want  factcheck.Rating
	}{
		// English, as the issue found them.
		{"Not True", factcheck.False}, {"Somewhat False", factcheck.MostlyFalse}, {"Somewhat True", factcheck.MostlyTrue},
		{"Partly false", factcheck.HalfTrue}, {"Partlyfalse", factcheck.HalfTrue}, {"PARTLY_FALSE", factcheck.HalfTrue},
		{"Altered Image", factcheck.False}, {"Altered Photo/Video", factcheck.False}, {"Miscaptioned", factcheck.False},
		{"Decontextualized", factcheck.MostlyFalse}, {"Misattributed", factcheck.False}, {"Unknown", factcheck.Unverified},
		{"really_false", factcheck.False}, {"Satire", factcheck.Unverified}, {"Legend", factcheck.Unverified},
		{"Unproven", factcheck.Unverified}, {"Insufficient evidence", factcheck.Unverified},
		{"Misleading. The video is from 2019", factcheck.MostlyFalse},
		{"Partly false photo of the flood", factcheck.HalfTrue},
		// Spanish.
		{"Falso", factcheck.False}, {"Engañoso", factcheck.MostlyFalse}, {"Verdad a medias", factcheck.HalfTrue},
		{"Sátira", factcheck.Unverified}, {"Falta contexto", factcheck.HalfTrue},
		// Portuguese.
		{"não é bem assim", factcheck.MostlyFalse}, {"Não é bem assim", factcheck.MostlyFalse}, {"Enganoso", factcheck.MostlyFalse},
		{"Verdadeiro", factcheck.True}, {"FALSO: As imagens circulam desde 2015", factcheck.False},
		// French.
		{"Faux", factcheck.False}, {"Trompeur", factcheck.MostlyFalse}, {"Manque de contexte", factcheck.HalfTrue},
		// German.
		{"Falsch", factcheck.False}, {"Fehlender Kontext", factcheck.HalfTrue}, {"Frei erfunden", factcheck.False},
		// Hindi.
		{"गलत", factcheck.False}, {"भ्रामक", factcheck.MostlyFalse}, {"फर्जी", factcheck.False}, {"सच", factcheck.True},
		// Arabic.
		{"زائف", factcheck.False}, {"مضلل", factcheck.MostlyFalse}, {"صحيح", factcheck.True},
		// Chinese.
		{"錯誤", factcheck.False}, {"证据不足", factcheck.Unverified}, {"證據不足", factcheck.Unverified},
		{"部分錯誤", factcheck.HalfTrue}, {"正確", factcheck.True},
	}
	ix := newLabelIndex(DefaultLabels)
	for _, tt := range tests {
		got, ok := ix.lookup(tt.label)
		if !ok || got != tt.want {
			t.Errorf("label %q = %v, %v; want %v, true", tt.label, got, ok, tt.want)
		}
	}
	for _, label := range []string{"Spicy", "Explainer", "Mostly", "not"} {
		if got, ok := ix.lookup(label); ok {
			t.Errorf("label %q = %v, true; want not found", label, got)
		}
	}
}

// TestLabelTable: the embedded table parses, says where each label comes
// from, and a table with a label given two ratings is refused; a house
// table is read as Labels.
func TestLabelTable(t *testing.T) {
	entries, err := ParseLabelTable(labelsFile)
	if err != nil {
		t.Fatal(err)
	}
	langs := map[string]bool{}
	for _, e := range entries {
		if e.Source == "" || e.Language == "" {
			t.Errorf("label %q has no source or language", e.Label)
		}
		langs[strings.SplitN(e.Language, "-", 2)[0]] = true
	}
	for _, l := range []string{"en", "es", "pt", "fr", "de", "hi", "ar", "zh"} {
		if !langs[l] {
			t.Errorf("no labels in %s", l)
		}
	}
	house, err := ParseLabels("# house labels\nmostly-false\ten\tSpicy\tour desk\n")
	if err != nil {
		t.Fatal(err)
	}
	if r, ok := house.Lookup("SPICY!"); !ok || r != factcheck.MostlyFalse {
		t.Errorf("house label: %v, %v; want mostly-false, true", r, ok)
	}
	for _, bad := range []string{
		"false\ten\tFalse\tx\nfalse\ten\tFALSE!\tx\ntrue\ten\tfalse\ty\n",
		"false\ten\tFalse\n",
		"wrongish\ten\tFalse\tx\n",
		"false\ten\t!!\tx\n",
	} {
		if _, err := ParseLabels(bad); err == nil || !strings.HasPrefix(err.Error(), "claimreview: labels: line ") {
			t.Errorf("ParseLabels(%q): error %v, want one naming the line", bad, err)
		}
		if _, err := ParseLabelTable(bad); err == nil {
			t.Errorf("ParseLabelTable(%q): no error", bad)
		}
	}
}

func gz(t testing.TB, data string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write([]byte(data)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestReadGzip(t *testing.T) {
	doc := cr(`"claimReviewed": "x", "reviewRating": {"@type": "Rating", "alternateName": "False"}`)
	got, err := Read(gz(t, doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].ClaimReviewed != "x" || got[0].Rating != factcheck.False {
		t.Errorf("Read of gzip data = %+v, want the one review", got)
	}
	// A cut-off gzip file says so.
	data := gz(t, doc)
	if _, err := Read(data[:len(data)-10]); err == nil || !strings.Contains(err.Error(), "gzip") {
		t.Errorf("Read of cut-off gzip data: error %v, want one about gzip", err)
	}
}

// TestReadTruncated: a cut-off document's error says where it ends.
func TestReadTruncated(t *testing.T) {
	doc := "[" + cr(`"claimReviewed": "x"`) + ",\n  " + cr(`"claimReviewed": "a long claim that is cut`)
	for _, tc := range []struct {
		name string
		data []byte
	}{{"JSON", []byte(doc)}, {"gzip", gz(t, doc)}} {
		_, err := Read(tc.data)
		var syn *SyntaxError
		if !errors.As(err, &syn) {
			t.Fatalf("%s: error %v, want a *SyntaxError", tc.name, err)
		}
		wantCol := len([]rune(doc[strings.LastIndexByte(doc, '\n')+1:])) + 1
		if syn.Line != 2 || syn.Column != wantCol || !strings.Contains(syn.Msg, "cut off") {
			t.Errorf("%s: error at line %d, column %d: %q; want line 2, column %d, saying it is cut off", tc.name, syn.Line, syn.Column, syn.Msg, wantCol)
		}
	}
}

// A claim typed as the fact-checker wrote it matches the review fully,
// though the markup kept its apostrophe as a character reference.
func TestMatchDecodedReferences(t *testing.T) {
	reviews, err := Read([]byte(cr(`"claimReviewed": "Manmohan Singh&#039;s government raised fuel prices 25 times."`)))
	if err != nil {
		t.Fatal(err)
	}
	got := NewIndex(reviews).Lookup("Manmohan Singh's government raised fuel prices 25 times.", 0)
	if len(got) != 1 || got[0].Score != 1 {
		t.Errorf("Lookup = %+v, want the review with score 1", got)
	}
}
