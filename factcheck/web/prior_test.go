package web

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// priorReview is a ClaimReview of a claim that the test article makes in
// other words.
const priorReview = `{"@context": "https://schema.org", "@type": "ClaimReview",
 "url": "https://factcheck.example/putin-first-visit-since-2015",
 "datePublished": "2025-08-12",
 "author": {"@type": "Organization", "name": "Example Checks", "url": "https://factcheck.example"},
 "claimReviewed": "Putin is visiting the United States for the first time since 2015.",
 "reviewRating": {"@type": "Rating", "ratingValue": 5, "bestRating": 5, "worstRating": 1, "alternateName": "True"}}`

// TestAPIPrior: earlier fact-checks sent with the article, as JSON-LD or
// as the text of an HTML page, are matched to the claims that read like
// them and come back as the verdict's "prior" entries.
func TestAPIPrior(t *testing.T) {
	const text = "Putin will be visiting the US for the first time since 2015, when he was in New York for the UN General Assembly.\n"
	html := `<html><head><script type="application/ld+json">` + priorReview + `</script></head><body></body></html>`
	for _, tc := range []struct {
		name  string
		prior any
	}{
		{"JSON-LD object", json.RawMessage(priorReview)},
		{"JSON-LD array", json.RawMessage("[" + priorReview + "]")},
		{"JSON-LD as a string", priorReview},
		{"HTML page as a string", html},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body, _ := json.Marshal(map[string]any{"text": text, "published": "2025-08-13", "prior": tc.prior})
			resp, out := post(t, NewHandler(), string(body))
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d: %s", resp.StatusCode, out)
			}
			var r struct {
				Claims []struct {
					ID   string `json:"id"`
					Text string `json:"text"`
				} `json:"claims"`
				Verdicts []struct {
					Claim  string `json:"claim"`
					Rating string `json:"rating"`
					Prior  []struct {
						Publisher  string  `json:"publisher"`
						URL        string  `json:"url"`
						Rating     string  `json:"rating"`
						Label      string  `json:"label"`
						Claim      string  `json:"claim"`
						Similarity float64 `json:"similarity"`
						Date       string  `json:"date"`
					} `json:"prior"`
				} `json:"verdicts"`
			}
			if err := json.Unmarshal([]byte(out), &r); err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			text := map[string]string{}
			for _, c := range r.Claims {
				text[c.ID] = c.Text
			}
			matched := 0
			for _, v := range r.Verdicts {
				if len(v.Prior) == 0 {
					if strings.Contains(text[v.Claim], "first time since 2015") {
						t.Errorf("claim %s (%q) has no prior check", v.Claim, text[v.Claim])
					}
					continue
				}
				matched++
				p := v.Prior[0]
				if p.Publisher != "Example Checks" || p.URL != "https://factcheck.example/putin-first-visit-since-2015" ||
					p.Rating != "true" || p.Label != "True" || p.Date != "2025-08-12" || p.Similarity < 0.5 {
					t.Errorf("claim %s: prior check %+v", v.Claim, p)
				}
				if !strings.Contains(text[v.Claim], "first time since 2015") {
					t.Errorf("claim %s (%q) matched %q", v.Claim, text[v.Claim], p.Claim)
				}
			}
			if matched != 1 {
				t.Errorf("%d claims with prior checks, want 1:\n%s", matched, out)
			}
		})
	}
}

func TestAPIPriorBad(t *testing.T) {
	h := NewHandler()
	for _, tc := range []struct {
		name, prior, want string
	}{
		{"number", `42`, `bad "prior": want ClaimReview JSON-LD`},
		{"malformed JSON-LD in a string", `"[{\"@type\": \"ClaimReview\",}]"`, "bad prior: line 1, column 26: invalid character '}'"},
	} {
		resp, body := post(t, h, `{"text": "Putin will be visiting the US for the first time since 2015.", "prior": `+tc.prior+`}`)
		wantError(t, tc.name, resp, body, http.StatusBadRequest, tc.want)
	}
	// None at all, or a document without ClaimReviews, is no error.
	for _, prior := range []string{`null`, `""`, `{"@type": "Person", "name": "Ann"}`} {
		resp, body := post(t, h, `{"text": "Putin will be visiting the US for the first time since 2015.", "prior": `+prior+`}`)
		if resp.StatusCode != http.StatusOK || strings.Contains(body, `"prior"`) {
			t.Errorf("prior %s: status %d, body %s; want 200 and no prior checks", prior, resp.StatusCode, body)
		}
	}
}

// TestBrowserPrior: ClaimReview markup pasted into the page comes back as
// "Previously checked" in the claim's details, its texts inserted as
// text: a publisher's name holding markup shows as written and runs
// nothing.
func TestBrowserPrior(t *testing.T) {
	ctx := browser(t)
	srv := httptest.NewServer(NewHandler())
	defer srv.Close()
	review := strings.Replace(priorReview, `"name": "Example Checks"`, `"name": "Example <img src=x onerror=\"window.pwned=1\"> Checks"`, 1)
	err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitEnabled(chromedp.ID("submit")),
		chromedp.SetValue(chromedp.ID("published"), "2025-08-13"),
		chromedp.SetValue(chromedp.ID("text"), "Putin will be visiting the US for the first time since 2015, when he was in New York for the UN General Assembly.\n"),
		chromedp.SetValue(chromedp.ID("prior"), "["+review+"]"),
		chromedp.Click(chromedp.ID("submit")),
		chromedp.Poll[chromedp.Void](`!document.getElementById("result").hidden || document.getElementById("status").className === "error"`,
			chromedp.WithPollingTimeout(30*time.Second)),
	)
	if err != nil {
		t.Fatal(err)
	}
	type prior struct {
		Status, Heading, Text, Href string
		Imgs                        int
		Pwned                       bool
	}
	got, err := chromedp.Run(ctx, chromedp.Evaluate[prior](`(() => {
		const ul = document.querySelector("#result ul.prior");
		const a = ul && ul.querySelector("a");
		return {
			Status: document.getElementById("status").textContent,
			Heading: ul && ul.previousElementSibling ? ul.previousElementSibling.textContent : "",
			Text: ul ? ul.textContent : "",
			Href: a ? a.getAttribute("href") : "",
			Imgs: document.querySelectorAll("#result img").length,
			Pwned: !!window.pwned,
		};
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	screenshot(t, ctx)
	if got.Heading != "Previously checked" || got.Href != "https://factcheck.example/putin-first-visit-since-2015" ||
		!strings.Contains(got.Text, `Example <img src=x onerror="window.pwned=1"> Checks (2025-08-12): true`) ||
		!strings.Contains(got.Text, "claim checked: Putin is visiting the United States for the first time since 2015.") {
		t.Errorf("prior check shown as %+v", got)
	}
	if got.Imgs != 0 || got.Pwned {
		t.Errorf("markup in the review became HTML: %d img elements, pwned %v", got.Imgs, got.Pwned)
	}
}
