package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/veracity-go/veracity/factcheck/claimreview"
)

// birdsReview is a ClaimReview of the claim "birds" of testdata/wind.yaml
// in the given properties' shape.
func birdsReview(props string) string {
	return `{"@context": "https://schema.org", "@type": "ClaimReview",
 "claimReviewed": "Wind turbines kill millions of birds every day across the country.", ` + props + `}`
}

func writePriorFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// With several --prior files, one without ClaimReviews is a warning and
// the others are used; with none having any, it is bad input.
func TestCheckPriorWithoutReviews(t *testing.T) {
	person := writePriorFile(t, "person.json", []byte(`{"@context": "https://schema.org", "@type": "Person", "name": "Ann"}`))
	page := writePriorFile(t, "page.html", []byte("<html><body>no markup here</body></html>"))

	args := []string{"check", "--prior", "testdata/prior-politifact.json", "--prior", person, "testdata/wind.yaml"}
	status, stdout, stderr := veracity(t, "", args...)
	wantStatus(t, args, status, exitOK, stdout, stderr)
	if want := "veracity: warning: " + person + ": no ClaimReview in it"; !strings.HasPrefix(stderr, want) {
		t.Errorf("stderr = %q, want it to start with %q", stderr, want)
	}
	if !strings.Contains(stdout, "previously checked by PolitiFact") {
		t.Errorf("the other file's reviews were not used:\n%s", stdout)
	}

	for _, tc := range []struct {
		files []string
		want  string
	}{
		{[]string{person}, "veracity: " + person + ": no ClaimReview in it"},
		{[]string{page}, "veracity: " + page + ": no ClaimReview in it"},
		{[]string{person, page}, "veracity: no ClaimReview in any --prior file: " + person + ", " + page},
	} {
		args := []string{"check"}
		for _, f := range tc.files {
			args = append(args, "--prior", f)
		}
		args = append(args, "testdata/wind.yaml")
		status, stdout, stderr := veracity(t, "", args...)
		wantStatus(t, args, status, exitUsage, stdout, stderr)
		if !strings.HasPrefix(stderr, tc.want) || stdout != "" {
			t.Errorf("%v: stderr = %q, stdout %q; want %q and no report", tc.files, stderr, stdout, tc.want)
		}
	}
}

// A cut-off --prior file says where it ends, gzip or not.
func TestCheckPriorTruncated(t *testing.T) {
	doc := "[" + birdsReview(`"url": "https://factcheck.example/birds"`) + ",\n" + birdsReview(`"url": "https://factcheck.example/cut`)
	lastLine := doc[strings.LastIndexByte(doc, '\n')+1:]
	for _, name := range []string{"cut.json", "cut.json.gz"} {
		data := []byte(doc)
		if strings.HasSuffix(name, ".gz") {
			data = gzipped(t, doc)
		}
		p := writePriorFile(t, name, data)
		args := []string{"check", "--prior", p, "testdata/wind.yaml"}
		status, stdout, stderr := veracity(t, "", args...)
		wantStatus(t, args, status, exitUsage, stdout, stderr)
		want := "veracity: " + p + ":" + itoa(strings.Count(doc, "\n")+1) + ":" + itoa(len([]rune(lastLine))+1) + ": bad ClaimReview JSON-LD: the document ends inside a JSON value"
		if !strings.HasPrefix(stderr, want) {
			t.Errorf("stderr = %q, want it to start with %q", stderr, want)
		}
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func gzipped(t *testing.T, s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// The shapes real fact-checkers publish reach the report right: the
// label decides over a contradicting number, with a note; the
// organization is the publisher, not the journalist; a gzip file is read;
// relative URLs are resolved against URL=FILE; an unreadable date is a
// warning naming the file.
func TestCheckPriorInTheWild(t *testing.T) {
	afp := writePriorFile(t, "afp.json.gz", gzipped(t, birdsReview(`"url": "/fact-check/birds",
 "author": {"@type": "Person", "name": "Jane Reporter"},
 "publisher": {"@type": "Organization", "name": "AFP Fact Check"},
 "datePublished": "2020-06-24 00:03",
 "reviewRating": {"@type": "Rating", "ratingValue": "5", "bestRating": "5", "worstRating": "1", "alternateName": "False"}`)))
	args := []string{"check", "--format", "json", "--prior", "https://factcheck.afp.com/x/y=" + afp, "testdata/wind.yaml"}
	status, stdout, stderr := veracity(t, "", args...)
	wantStatus(t, args, status, exitOK, stdout, stderr)
	var report struct {
		Verdicts []struct {
			Claim    string `json:"claim"`
			Evidence []struct {
				Stance string `json:"stance"`
			} `json:"evidence"`
			Prior []struct {
				Publisher, Author, URL, Rating, Label, Note, Date string
			} `json:"prior"`
		} `json:"verdicts"`
	}
	if err := json.Unmarshal([]byte(stdout), &report); err != nil {
		t.Fatalf("%v\n%s", err, stdout)
	}
	birds := report.Verdicts[0]
	if len(birds.Prior) != 1 {
		t.Fatalf("birds: %d prior checks, want 1:\n%s", len(birds.Prior), stdout)
	}
	p := birds.Prior[0]
	want := struct{ Publisher, Author, URL, Rating, Label, Note, Date string }{
		"AFP Fact Check", "Jane Reporter", "https://factcheck.afp.com/fact-check/birds", "false", "False",
		"ratingValue 5 of 5 disagrees with the label False", "2020-06-24"}
	if p != want {
		t.Errorf("prior check\n got %+v\nwant %+v", p, want)
	}
	if len(birds.Evidence) != 1 || birds.Evidence[0].Stance != "refutes" {
		t.Errorf("evidence %+v, want the review refuting", birds.Evidence)
	}

	bad := writePriorFile(t, "dates.json", []byte(birdsReview(`"url": "https://factcheck.example/birds", "datePublished": "24/06/2020",
 "author": {"@type": "Organization", "name": "Example Checks"}, "reviewRating": {"@type": "Rating", "alternateName": "False"}`)))
	args = []string{"check", "--prior", bad, "testdata/wind.yaml"}
	status, stdout, stderr = veracity(t, "", args...)
	wantStatus(t, args, status, exitOK, stdout, stderr)
	if want := `veracity: warning: ` + bad + `: ClaimReview 1 (https://factcheck.example/birds): datePublished "24/06/2020" is not a date`; !strings.HasPrefix(stderr, want) {
		t.Errorf("stderr = %q, want it to start with %q", stderr, want)
	}
}

// A Google Fact Check Tools API response is read as earlier fact-checks,
// its textualRating through the label table.
func TestCheckPriorFactCheckToolsAPI(t *testing.T) {
	p := writePriorFile(t, "search.json", []byte(`{"claims": [{"text": "Wind turbines kill millions of birds every day across the country",
 "claimant": "Facebook posts", "claimDate": "2023-02-10T00:00:00Z",
 "claimReview": [{"publisher": {"name": "Vishvas News", "site": "vishvasnews.com"}, "url": "https://www.vishvasnews.com/x/",
   "title": "…", "reviewDate": "2023-02-14T00:00:00Z", "textualRating": "Misleading", "languageCode": "en"}]}]}`))
	args := []string{"check", "--prior", p, "testdata/wind.yaml"}
	status, stdout, stderr := veracity(t, "", args...)
	wantStatus(t, args, status, exitOK, stdout, stderr)
	if want := `previously checked by Vishvas News: mostly-false ("Misleading") https://www.vishvasnews.com/x/`; !strings.Contains(stdout, want) {
		t.Errorf("stdout does not contain %q:\n%s", want, stdout)
	}
}

// The size limit of a --prior file is in --help, and a file over it is
// refused once decompressed.
func TestCheckPriorSizeLimit(t *testing.T) {
	_, stdout, stderr := veracity(t, "", "check", "--help")
	if help := stdout + stderr; !strings.Contains(help, "up to 1 GiB") || !strings.Contains(help, "streamed") {
		t.Errorf("check --help does not state the --prior size limit:\n%s", help)
	}
	old := maxPriorSize
	maxPriorSize = 100
	defer func() { maxPriorSize = old }()
	p := writePriorFile(t, "big.json.gz", gzipped(t, birdsReview(`"url": "https://factcheck.example/birds"`)))
	args := []string{"check", "--prior", p, "testdata/wind.yaml"}
	status, stdout, stderr := veracity(t, "", args...)
	wantStatus(t, args, status, exitUsage, stdout, stderr)
	if want := "veracity: " + p + ": larger than 100 bytes once decompressed"; !strings.HasPrefix(stderr, want) {
		t.Errorf("stderr = %q, want it to start with %q", stderr, want)
	}
}

// A feed whose reviews all have an unreadable date gives a few warnings
// and a count of the rest, not one line per review.
func TestPriorWarningsCapped(t *testing.T) {
	var reviews []claimreview.Review
	for i := range 8 {
		reviews = append(reviews, claimreview.Review{URL: fmt.Sprintf("https://factcheck.example/%d", i), Warnings: []string{"datePublished \"x\" is not a date veracity reads; left out"}})
	}
	got := reviewWarnings("feed.json", reviews)
	if len(got) != maxPriorWarnings+1 || got[len(got)-1] != "feed.json: 3 more warnings like these" ||
		got[0] != `feed.json: ClaimReview 1 (https://factcheck.example/0): datePublished "x" is not a date veracity reads; left out` {
		t.Errorf("reviewWarnings = %q", got)
	}
}
