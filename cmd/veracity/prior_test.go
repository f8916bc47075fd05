package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const politifactURL = "https://www.politifact.com/factchecks/2023/feb/14/facebook-posts/no-wind-turbines-dont-kill-millions-birds-day/"

// A claim that paraphrases one PolitiFact rated "Pants on Fire!" is shown
// as previously checked, with the link; a claim no review reads like gets
// nothing; the ratings stay as the reference facts make them.
func TestCheckPriorText(t *testing.T) {
	args := []string{"check", "--prior", "testdata/prior-politifact.json", "testdata/wind.yaml"}
	status, stdout, stderr := veracity(t, "", args...)
	wantStatus(t, args, status, exitOK, stdout, stderr)
	want := `previously checked by PolitiFact: false ("Pants on Fire!") ` + politifactURL
	if !strings.Contains(stdout, want) {
		t.Errorf("stdout does not contain %q:\n%s", want, stdout)
	}
	if n := strings.Count(stdout, "previously checked by"); n != 1 {
		t.Errorf("stdout says %d times %q, want once:\n%s", n, "previously checked by", stdout)
	}
	if !strings.Contains(stdout, "2 claims: 2 unverified") {
		t.Errorf("the prior check changed the counts:\n%s", stdout)
	}
}

func TestCheckPriorJSON(t *testing.T) {
	args := []string{"check", "--format", "json", "--prior", "testdata/prior-politifact.json", "testdata/wind.yaml"}
	status, stdout, stderr := veracity(t, "", args...)
	wantStatus(t, args, status, exitOK, stdout, stderr)
	var report struct {
		Verdicts []struct {
			Claim    string `json:"claim"`
			Rating   string `json:"rating"`
			Evidence []struct {
				URL    string `json:"url"`
				Stance string `json:"stance"`
			} `json:"evidence"`
			Prior []struct {
				Publisher  string   `json:"publisher"`
				URL        string   `json:"url"`
				Rating     string   `json:"rating"`
				Label      string   `json:"label"`
				Claim      string   `json:"claim"`
				Similarity *float64 `json:"similarity"`
			} `json:"prior"`
		} `json:"verdicts"`
	}
	if err := json.Unmarshal([]byte(stdout), &report); err != nil {
		t.Fatalf("%v\n%s", err, stdout)
	}
	if len(report.Verdicts) != 2 {
		t.Fatalf("got %d verdicts, want 2:\n%s", len(report.Verdicts), stdout)
	}
	birds, vote := report.Verdicts[0], report.Verdicts[1]
	if birds.Claim != "birds" || vote.Claim != "vote" {
		t.Fatalf("verdicts on %q and %q, want birds and vote", birds.Claim, vote.Claim)
	}
	if len(birds.Prior) != 1 {
		t.Fatalf("birds: %d prior checks, want 1:\n%s", len(birds.Prior), stdout)
	}
	p := birds.Prior[0]
	if p.Publisher != "PolitiFact" || p.URL != politifactURL || p.Rating != "false" || p.Label != "Pants on Fire!" ||
		!strings.Contains(p.Claim, "wind turbines kill") || p.Similarity == nil || *p.Similarity < 0.5 || *p.Similarity > 1 {
		t.Errorf("birds: prior check %+v, want PolitiFact's Pants on Fire! with its URL", p)
	}
	if birds.Rating != "unverified" {
		t.Errorf("birds: rating %q, want unverified: a prior check does not rate a claim", birds.Rating)
	}
	if len(birds.Evidence) != 1 || birds.Evidence[0].URL != politifactURL || birds.Evidence[0].Stance != "refutes" {
		t.Errorf("birds: evidence %+v, want the PolitiFact review, refuting", birds.Evidence)
	}
	if len(vote.Prior) != 0 || len(vote.Evidence) != 0 {
		t.Errorf("vote: prior %+v, evidence %+v, want none", vote.Prior, vote.Evidence)
	}
	if strings.Contains(stdout[strings.Index(stdout, `"claim": "vote"`):], `"prior"`) {
		t.Errorf(`the verdict on vote has a "prior" field:\n%s`, stdout)
	}
}

// The files of several --prior flags are matched together, and an HTML
// page with ld+json scripts is read as well as JSON-LD.
func TestCheckPriorHTMLAndRepeated(t *testing.T) {
	page := `<!doctype html><html><head><title>Fact check</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "ClaimReview",
 "url": "https://factcheck.example/zoning-vote", "author": {"@type": "Organization", "name": "Example Checks"},
 "claimReviewed": "The county board voted 4-1 to delay the zoning change to June.",
 "reviewRating": {"@type": "Rating", "ratingValue": 5, "bestRating": 5, "worstRating": 1, "alternateName": "True"}}
</script></head><body><p>…</p></body></html>`
	dir := t.TempDir()
	html := filepath.Join(dir, "review.html")
	if err := os.WriteFile(html, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"check", "--prior", "testdata/prior-politifact.json", "--prior", html, "testdata/wind.yaml"}
	status, stdout, stderr := veracity(t, "", args...)
	wantStatus(t, args, status, exitOK, stdout, stderr)
	for _, want := range []string{
		`previously checked by PolitiFact: false ("Pants on Fire!")`,
		"previously checked by Example Checks: true https://factcheck.example/zoning-vote",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout does not contain %q:\n%s", want, stdout)
		}
	}
}

// A --prior file that cannot be used is bad input: exit 2, the file
// named, where the JSON breaks, and no report.
func TestCheckPriorBadFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	empty := write("empty.json", "  \n")
	for _, tc := range []struct {
		file string
		want string // in stderr, after "veracity: "
	}{
		{"testdata/prior-bad.json", "testdata/prior-bad.json:4:1: bad ClaimReview JSON-LD: invalid character '}'"},
		{"testdata/no-such-prior.json", "testdata/no-such-prior.json: "},
		{empty, empty + ": bad ClaimReview file: empty document"},
		{dir, dir + ": is a folder"},
	} {
		args := []string{"check", "--prior", "testdata/prior-politifact.json", "--prior", tc.file, "testdata/wind.yaml"}
		status, stdout, stderr := veracity(t, "", args...)
		wantStatus(t, args, status, exitUsage, stdout, stderr)
		if !strings.HasPrefix(stderr, "veracity: "+tc.want) {
			t.Errorf("%s: stderr = %q, want it to start with %q", tc.file, stderr, "veracity: "+tc.want)
		}
		if strings.Contains(stderr, "claimreview:") {
			t.Errorf("%s: stderr = %q, want no package prefix", tc.file, stderr)
		}
		if stdout != "" {
			t.Errorf("%s: stdout = %q, want no report", tc.file, stdout)
		}
	}
}

// An HTML page with a broken ld+json script beside a good one: the good
// reviews are used, and a warning names the file.
func TestCheckPriorPartlyBrokenPage(t *testing.T) {
	page := `<html><head>
<script type="application/ld+json">{"@type": "BreadcrumbList", "itemListElement": [,]}</script>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "ClaimReview",
 "url": "https://factcheck.example/birds", "author": {"@type": "Organization", "name": "Example Checks"},
 "claimReviewed": "Wind turbines kill millions of birds every day.",
 "reviewRating": {"@type": "Rating", "alternateName": "False"}}</script></head></html>`
	p := filepath.Join(t.TempDir(), "page.html")
	if err := os.WriteFile(p, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"check", "--prior", p, "testdata/wind.yaml"}
	status, stdout, stderr := veracity(t, "", args...)
	wantStatus(t, args, status, exitOK, stdout, stderr)
	if want := "veracity: warning: " + p + ": 1 ClaimReview read, some ld+json skipped: script[1]"; !strings.HasPrefix(stderr, want) {
		t.Errorf("stderr = %q, want it to start with %q", stderr, want)
	}
	if want := "previously checked by Example Checks: false https://factcheck.example/birds"; !strings.Contains(stdout, want) {
		t.Errorf("stdout does not contain %q:\n%s", want, stdout)
	}
}
