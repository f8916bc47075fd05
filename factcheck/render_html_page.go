package factcheck

import "html/template"

// htmlReport is the page that [Report.WriteHTML] writes. html/template
// escapes every value for its context; the article is never trusted.
var htmlReport = template.Must(template.New("report").Parse(htmlTemplate))

// htmlTemplate is the page: a header with the counts and a legend, the
// findings, the annotated article and the claims' details. The "seg"
// template writes a run of article text or a highlight, recursively;
// it is kept on one line because white space inside the article shows.
const htmlTemplate = `{{define "seg"}}{{if .Shade}}<span class="{{.Shade.Class}}" title="{{.Shade.Title}}">{{range .Kids}}{{template "seg" .}}{{end}}</span>{{else if .Mark}}{{with .Mark}}<mark class="hl {{.Rating.Class}}"{{with .ID}} id="{{.}}"{{end}} title="{{.Title}}">{{end}}{{range .Kids}}{{template "seg" .}}{{end}}{{with .Mark}}{{if .Tag}}<a class="tag {{.Rating.Class}}" href="{{.Details}}" aria-label="claim {{.ClaimID}}: {{.Rating.Name}}, details"><span aria-hidden="true">{{.Rating.Icon}}</span> {{.Rating.Name}}</a>{{with .Findings}}<span class="flinks"><span aria-hidden="true">⚑</span>{{range .}} <a class="sev-{{.Severity}}" href="#{{.Anchor}}" aria-label="finding {{.N}}: {{.Check}}">{{.N}}</a>{{end}}</span>{{end}}{{end}}</mark>{{end}}{{else}}{{.Text}}{{end}}{{end -}}
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="veracity">
<title>Fact-check: {{.Title}}</title>
<style>
` + htmlCSS + `{{if .Shaded}}` + htmlShadeCSS + `{{end}}</style>
</head>
<body>
<a class="skip" href="#article">Skip to the article</a>
<header>
<p class="kicker">Fact-check report</p>
<h1>{{.Title}}</h1>
<p class="meta">{{with .Published}}Published <time datetime="{{.}}">{{.}}</time>{{end}}{{if .URL}}{{if .Published}} · {{end}}<a href="{{.URL}}">{{.URLText}}</a>{{end}}{{with .File}}{{if or $.Published $.URL}} · {{end}}File <code>{{.}}</code>{{end}}</p>
<p class="counts">{{.Counts}}</p>
{{if .Truncated}}<p class="truncated">{{.Truncated}}</p>
{{end}}<ul class="legend" aria-label="How ratings are shown">
<li><span class="tag v-true"><span aria-hidden="true">✓</span> true</span> or mostly-true</li>
<li><span class="tag v-false"><span aria-hidden="true">✗</span> false</span> or mostly-false</li>
<li><span class="tag v-mixed"><span aria-hidden="true">≈</span> half-true</span> or conflicting</li>
<li><span class="tag v-unverified"><span aria-hidden="true">?</span> unverified</span>: no evidence either way</li>
</ul>
<nav aria-label="Sections"><a href="#findings">Findings</a> · <a href="#article">Article</a> · <a href="#claims">Claims</a></nav>
</header>
<main>
<section id="findings" aria-labelledby="findings-h">
<h2 id="findings-h">Findings</h2>
{{- if not (or .Findings .Notes)}}
<p>No findings: the checks found no contradiction in the claims.</p>
{{- end}}
{{- with .Findings}}
<ol class="findings">
{{- range .}}
<li id="{{.Anchor}}" class="finding sev-{{.Severity}}">
<p><span class="fnum">⚑ {{.N}}</span> <span class="sev sev-{{.Severity}}">{{.Severity}}</span> <code>{{.Check}}</code> {{.Message}}</p>
<ul class="sides">
{{- range .Sides}}
<li>{{if .Known}}<a href="{{.Target}}">{{if .Text}}“{{.Text}}”{{else}}claim {{.ID}}{{end}}</a> <span class="tag {{.Rating.Class}}"><span aria-hidden="true">{{.Rating.Icon}}</span> {{.Rating.Name}}</span> <a class="details" href="{{.Details}}" aria-label="details of claim {{.ID}}">claim {{.ID}}</a>{{else}}claim {{.ID}} (not in the report){{end}}</li>
{{- end}}
{{- range .Passages}}
<li><q>{{.}}</q></li>
{{- end}}
</ul>
</li>
{{- end}}
</ol>
{{- end}}
{{- with .Notes}}
<h3 id="notes-h">Notes</h3>
<p class="note">Worth a look; not necessarily wrong.</p>
<ul class="notes" aria-labelledby="notes-h">
{{- range .}}
<li id="{{.Anchor}}"><span class="fnum">⚑ {{.N}}</span> <code>{{.Check}}</code> {{.Message}}{{range .Sides}} {{if .Known}}<a href="{{.Target}}" aria-label="claim {{.ID}} in the article">claim {{.ID}}</a>{{else}}claim {{.ID}} (not in the report){{end}}{{end}}</li>
{{- end}}
</ul>
{{- end}}
</section>
<article id="article" aria-labelledby="article-h">
<h2 id="article-h">Article</h2>
{{- if not .HasText}}
<p class="note">The report has no article text.</p>
{{- else}}
{{- if not .Marked}}
<p class="note">The claims do not give their place in the text, so the article is shown as written; their verdicts are listed under <a href="#claims">Claims</a>.</p>
{{- end}}
{{- if .Shaded}}
<p class="wlegend" id="wlegend">Sentences are shaded by check-worthiness, how worth checking the model finds each one, from 0 to 1 (point at a sentence for its score): <span class="ws0">under 0.2</span> <span class="ws1">0.2</span> <span class="ws2">0.4</span> <span class="ws3">0.6</span> <span class="ws4">0.8 and over</span>. <span class="ws2 worthy">Underlined</span> sentences reach the threshold claims are made at.</p>
{{- end}}
<div class="text"{{with .Lang}} lang="{{.}}"{{end}}>
{{- range .Paras}}
<p>{{range .}}{{template "seg" .}}{{end}}</p>
{{- end}}
</div>
{{- end}}
</article>
<section id="claims" aria-labelledby="claims-h">
<h2 id="claims-h">Claims</h2>
{{- if not .Claims}}
<p>No claims.</p>
{{- else}}
<ol class="claims">
{{- range .Claims}}
<li id="{{.Anchor}}" class="claim {{.Rating.Class}}">
<h3><span class="tag {{.Rating.Class}}"><span aria-hidden="true">{{.Rating.Icon}}</span> {{.Rating.Name}}</span> <span class="cid">claim {{.ID}}</span>{{with .Confidence}} <span class="conf">confidence {{.}}</span>{{end}}</h3>
{{- with .Text}}
<blockquote>“{{.}}”</blockquote>
{{- end}}
{{- with .Explanation}}
<p class="expl">{{.}}</p>
{{- end}}
{{- with .Facts}}
<dl class="facts">{{range .}}<div><dt>{{.Name}}</dt><dd>{{.Value}}</dd></div>{{end}}</dl>
{{- end}}
{{- with .Evidence}}
<h4>Evidence</h4>
<ul class="evidence">
{{- range .}}
<li><span class="stance">{{.Stance}}</span> {{if .URL}}<a href="{{.URL}}">{{.Source}}</a>{{else}}{{.Source}}{{end}}{{with .Reliability}} <span class="rel" title="reliability on the Admiralty scale, A (completely reliable) to F">reliability {{.}}</span>{{end}}{{with .Quote}}: <q>{{.}}</q>{{end}}</li>
{{- end}}
</ul>
{{- end}}
{{- with .Prior}}
<h4>Previously checked</h4>
<ul class="prior">
{{- range .}}
<li>{{if .URL}}<a href="{{.URL}}">{{or .Publisher "A fact-check"}}</a>{{else}}{{or .Publisher "A fact-check"}}{{end}}{{with .Date}} ({{.}}){{end}}: <span class="tag {{.Class}}">{{.Verdict}}</span>{{with .Claim}}; claim checked: <q>{{.}}</q>{{end}} <span class="sim">({{with .Claimant}}claimant: {{.}}; {{end}}<span title="how alike the two claims read">similarity {{.Similarity}}</span>)</span></li>
{{- end}}
</ul>
{{- end}}
<p class="links">{{if .Highlight}}<a href="#{{.Highlight}}">Show in the article</a>{{end}}{{with .Note}}<span class="note">{{.}}</span>{{end}}{{range .Findings}} · <a href="#{{.Anchor}}" class="sev-{{.Severity}}">Finding {{.N}}: {{.Check}} ({{.Severity}})</a>{{end}}</p>
</li>
{{- end}}
</ol>
{{- end}}
</section>
</main>
<footer><p>Made by veracity. Ratings come from the reference facts given to it; an unverified claim has no evidence either way, which is not a verdict that it is wrong.</p></footer>
</body>
</html>
`

// htmlCSS styles the page. Colours meet WCAG AA (4.5:1) for their text;
// every rating is also written out, so colour is never the only cue.
const htmlCSS = `:root { color-scheme: light; --ink: #1f2328; --muted: #57606a; --link: #0b57d0; --line: #d0d7de; --focus: #1d4ed8;
  --true: #15803d; --true-bg: #dcfce7; --false: #b91c1c; --false-bg: #fee2e2;
  --mixed: #b45309; --mixed-bg: #fef3c7; --unverified: #4b5563; --unverified-bg: #eef0f3; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 48rem; padding: 1.5rem 1.25rem 3rem; color: var(--ink); background: #fff;
  font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: .2rem 0 .5rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 1rem; padding-bottom: .3rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1rem; margin: 0 0 .4rem; font-weight: 600; }
h4 { font-size: .95rem; margin: .8rem 0 .2rem; }
a { color: var(--link); }
a:focus-visible, mark:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
:target { outline: 3px solid var(--focus); outline-offset: 3px; }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f6f8fa; padding: .05em .3em; border-radius: 4px; }
.skip { position: absolute; left: -999px; }
.skip:focus { position: static; }
.kicker { margin: 0; color: var(--muted); text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; font-weight: 600; }
.meta, .counts { margin: .2rem 0; color: var(--muted); }
.counts { color: var(--ink); font-weight: 600; }
.legend { list-style: none; padding: 0; margin: .8rem 0; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; font-size: .9rem; color: var(--muted); }
nav { font-size: .95rem; }
` + AnnotationCSS + `footer { margin-top: 3rem; padding-top: .8rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .85rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .skip, nav { display: none; }
  h2 { break-after: avoid; }
  .finding, .claim { break-inside: avoid; }
  mark.hl, .tag { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .flinks { display: none; }
  a { color: inherit; }
  .evidence a[href^="http"]::after, .prior a[href^="http"]::after, .meta a[href^="http"]::after { content: " <" attr(href) ">"; font-size: .85em; word-break: break-all; }
  :target { outline: none; }
}
`

// htmlShadeCSS styles the sentences shaded by check-worthiness, on a page
// that has them: five bands of one blue, lighter than any text colour
// needs (the ink keeps over 4.5:1 on the darkest), and a dotted underline
// for the sentences that reach the threshold.
const htmlShadeCSS = `.ws1 { background: #f1f5ff; } .ws2 { background: #e0e9ff; } .ws3 { background: #ccdafd; } .ws4 { background: #b5cafb; }
.ws1, .ws2, .ws3, .ws4 { -webkit-box-decoration-break: clone; box-decoration-break: clone; border-radius: 2px; }
.worthy { text-decoration: underline dotted #3b5bdb; text-decoration-thickness: 2px; text-underline-offset: .25em; }
.wlegend { font-size: .9rem; color: var(--muted); }
.wlegend span { color: var(--ink); padding: 0 .25em; }
@media print { .ws1, .ws2, .ws3, .ws4 { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`
