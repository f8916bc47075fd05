package web

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromium returns the path of a Chromium or Chrome to drive, or "".
func chromium() string {
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browser starts a headless Chromium for the test, or skips the test
// when there is none.
func browser(t *testing.T) context.Context {
	t.Helper()
	path := chromium()
	if path == "" {
		t.Skip("no Chromium found (looked for /usr/bin/chromium, chromium, chromium-browser, google-chrome)")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 1000),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelTimeout(); cancelCtx(); cancelAlloc() })
	return ctx
}

// pageFacts is what the test reads off the result page.
type pageFacts struct {
	Status   string
	Findings []struct {
		ID, Check, Severity, Message string
		Sides                        []struct {
			Href, Text     string
			TargetTag      string // "MARK" for a highlight
			TargetClass    string
			TargetText     string // the highlighted text, without the links
			LinksBack      bool   // the highlight links back to this finding
			TargetHasTitle bool
		}
	}
	Marks []struct {
		ID, Class, Text, Title string
		TagText, TagHref       string
		DetailsExists          bool
		DetailsText            string
	}
}

// collectFacts gathers pageFacts in the page.
const collectFacts = `(() => {
  // own is a highlight's text without its links.
  const own = (m) => Array.from(m.childNodes).filter((n) => !(n.nodeType === 1 && (n.tagName === "A" || n.classList.contains("flinks"))))
    .map((n) => n.textContent).join("");
  const findings = Array.from(document.querySelectorAll("#result .finding")).map((f) => ({
    ID: f.id, Check: f.dataset.check, Severity: (f.querySelector(".sev") || {}).textContent || "",
    Message: f.querySelector("p").textContent,
    Sides: Array.from(f.querySelectorAll(".sides a.side")).map((a) => {
      const target = document.getElementById(a.getAttribute("href").slice(1));
      return {
        Href: a.getAttribute("href"), Text: a.textContent,
        TargetTag: target ? target.tagName : "", TargetClass: target ? target.className : "",
        TargetText: target ? own(target) : "",
        LinksBack: !!(target && target.querySelector(':scope > .flinks > a[href="#' + f.id + '"]')),
        TargetHasTitle: !!(target && target.title),
      };
    }),
  }));
  const marks = Array.from(document.querySelectorAll("#result mark[id]")).map((m) => {
    const tag = m.querySelector(':scope > a.tag');
    const href = tag ? tag.getAttribute("href") : "";
    const details = href ? document.getElementById(href.slice(1)) : null;
    return { ID: m.id, Class: m.className, Text: own(m), Title: m.title,
      TagText: tag ? tag.textContent : "", TagHref: href,
      DetailsExists: !!details, DetailsText: details ? details.textContent : "" };
  });
  return { Status: document.getElementById("status").textContent, Findings: findings, Marks: marks };
})()`

// TestBrowserAlaska drives the page in Chromium as an editor would: paste
// the Alaska article, upload its knowledge base, set the date, check, and
// follow the links between the finding and the highlights.
func TestBrowserAlaska(t *testing.T) {
	ctx := browser(t)
	srv := httptest.NewServer(NewHandler())
	defer srv.Close()
	article, err := os.ReadFile("../../examples/alaska/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	kbPath, err := filepath.Abs("../../examples/alaska/kb.yaml")
	if err != nil {
		t.Fatal(err)
	}

	err = chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitEnabled(chromedp.ID("submit")),
		chromedp.SetValue(chromedp.ID("title"), "Trump–Putin summit: everything you need to know"),
		chromedp.SetValue(chromedp.ID("published"), "2025-08-13"),
		chromedp.SetValue(chromedp.ID("text"), string(article)),
		chromedp.SetUploadFiles(chromedp.ID("kb-file"), []string{kbPath}),
		chromedp.Poll[chromedp.Void](`document.getElementById("kb").value.includes("geneva-summit")`, chromedp.WithPollingTimeout(10*time.Second)),
		chromedp.Click(chromedp.ID("submit")),
		chromedp.Poll[chromedp.Void](`!document.getElementById("result").hidden || document.getElementById("status").className === "error"`,
			chromedp.WithPollingTimeout(30*time.Second)),
	)
	if err != nil {
		t.Fatal(err)
	}
	resultShown, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`!document.getElementById("result").hidden`))
	if err != nil {
		t.Fatal(err)
	}
	facts, err := chromedp.Run(ctx, chromedp.Evaluate[pageFacts](collectFacts))
	if err != nil {
		t.Fatal(err)
	}
	screenshot(t, ctx)
	if !resultShown {
		t.Fatalf("no result; status: %q", facts.Status)
	}

	// The venue is given and called unknown: the finding quotes both
	// sides, each linked to its highlight, which links back.
	var venue string
	for _, f := range facts.Findings {
		if f.Check != "certainty-conflict" {
			continue
		}
		var known, unknown bool
		for _, s := range f.Sides {
			if s.TargetTag != "MARK" || !s.TargetHasTitle {
				t.Errorf("finding %s links to %s, which is not a highlight (%s)", f.ID, s.Href, s.TargetTag)
				continue
			}
			if !s.LinksBack {
				t.Errorf("highlight %s does not link back to finding %s", s.Href, f.ID)
			}
			unknown = unknown || strings.Contains(s.TargetText, "not known")
			known = known || strings.Contains(s.TargetText, "Anchorage") || strings.Contains(s.TargetText, "Alaska")
		}
		if known && unknown {
			venue = f.ID
			if f.Severity != "warning" && f.Severity != "error" {
				t.Errorf("venue certainty-conflict has severity %q, want warning or error", f.Severity)
			}
			break
		}
	}
	if venue == "" {
		t.Errorf("no certainty-conflict finding links to the highlights of the venue given and the venue not known; findings: %s", dump(facts.Findings))
	}

	// "More than three and a half years after Moscow's invasion" is false,
	// highlighted red with the word "false", linked to its details.
	found := false
	for _, m := range facts.Marks {
		if !strings.Contains(m.Text, "three and a half years") {
			continue
		}
		found = true
		if !strings.Contains(m.Class, "v-false") || !strings.HasSuffix(m.TagText, " false") || !strings.Contains(m.Title, ": false") {
			t.Errorf("highlight %s of %q: class %q, label %q, title %q; want it shown false", m.ID, m.Text, m.Class, m.TagText, m.Title)
		}
		if !m.DetailsExists || !strings.Contains(m.DetailsText, "false") || !strings.Contains(m.DetailsText, "three and a half years") {
			t.Errorf("highlight %s links to %s, whose details do not give the false verdict: %q", m.ID, m.TagHref, m.DetailsText)
		}
	}
	if !found {
		t.Errorf("no highlight holds \"three and a half years\"; highlights: %s", dump(facts.Marks))
	}

	// Following the finding's first link lands on the highlight.
	if venue != "" {
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#`+venue+` .sides a.side`))); err != nil {
			t.Fatal(err)
		}
		target, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(document.querySelector(":target") || {}).id || ""`))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(target, "hl-") {
			t.Errorf("after following finding %s's link, the target is %q, want a highlight", venue, target)
		}
	}
}

// TestBrowserHostileText: markup in the article shows as text; nothing in
// it runs or loads.
func TestBrowserHostileText(t *testing.T) {
	ctx := browser(t)
	srv := httptest.NewServer(NewHandler())
	defer srv.Close()
	const text = "<img src=x onerror=\"document.title='pwned'\"><script>document.title='pwned'</script>\n" +
		"Anchorage in Alaska is the venue for the summit, officials said on Friday."
	err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitEnabled(chromedp.ID("submit")),
		chromedp.SetValue(chromedp.ID("text"), text),
		chromedp.SetValue(chromedp.ID("title"), "<b>title</b>"),
		chromedp.Click(chromedp.ID("submit")),
		chromedp.Poll[chromedp.Void](`!document.getElementById("result").hidden || document.getElementById("status").className === "error"`,
			chromedp.WithPollingTimeout(30*time.Second)),
	)
	if err != nil {
		t.Fatal(err)
	}
	type state struct {
		Title, Article, Heading, Status string
		Injected                        int
	}
	got, err := chromedp.Run(ctx, chromedp.Evaluate[state](`({
		Title: document.title,
		Article: (document.querySelector("#result .text") || {}).textContent || "",
		Heading: (document.getElementById("result-h") || {}).textContent || "",
		Status: document.getElementById("status").textContent,
		Injected: document.querySelectorAll("#result img, #result script, #result b").length,
	})`))
	if err != nil {
		t.Fatal(err)
	}
	if got.Title == "pwned" || got.Injected != 0 {
		t.Errorf("markup from the article ran or was inserted: title %q, %d injected elements", got.Title, got.Injected)
	}
	if !strings.Contains(got.Article, "<script>document.title='pwned'</script>") || !strings.Contains(got.Heading, "<b>title</b>") {
		t.Errorf("markup is not shown as text: article %q, heading %q (status %q)", got.Article, got.Heading, got.Status)
	}
}

// screenshot saves the page for a person to look at: to the file named by
// $VERACITY_SCREENSHOT, or else into the test's temporary folder.
func screenshot(t *testing.T, ctx context.Context) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Errorf("screenshot: %v", err)
		return
	}
	path := os.Getenv("VERACITY_SCREENSHOT")
	if path == "" {
		path = filepath.Join(t.TempDir(), "result.png")
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Errorf("screenshot: %v", err)
		return
	}
	t.Logf("screenshot of the result: %s", path)
}

func dump(v any) string {
	b, _ := json.MarshalIndent(v, "", "  ")
	return string(b)
}

// TestBrowserFindingPassage checks that a finding that names no claim (the
// parts of a total that do not add up) quotes the passage it is about.
func TestBrowserFindingPassage(t *testing.T) {
	ctx := browser(t)
	srv := httptest.NewServer(NewHandler())
	defer srv.Close()
	const text = "Of the council's 60 seats, Labour holds 29, the Conservatives 20, the Liberal Democrats 8 and independents 5."
	err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitEnabled(chromedp.ID("submit")),
		chromedp.SetValue(chromedp.ID("text"), text),
		chromedp.SetValue(chromedp.ID("published"), "2025-02-20"),
		chromedp.Click(chromedp.ID("submit")),
		chromedp.Poll[chromedp.Void](`!document.getElementById("result").hidden || document.getElementById("status").className === "error"`,
			chromedp.WithPollingTimeout(30*time.Second)),
	)
	if err != nil {
		t.Fatal(err)
	}
	got, err := chromedp.Run(ctx, chromedp.Evaluate[string](`Array.from(document.querySelectorAll("#findings .finding q")).map(q => q.textContent).join("|")`))
	if err != nil {
		t.Fatal(err)
	}
	if want := "60 seats, Labour holds 29, the Conservatives 20, the Liberal Democrats 8 and independents 5"; !strings.Contains(got, want) {
		t.Errorf("finding passages = %q, want one holding %q", got, want)
	}
}
