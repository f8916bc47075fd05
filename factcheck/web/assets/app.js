// veracity's page: sends the article to POST /api/check and shows the JSON
// report as an annotated article. Every text from the article or the report
// goes into the page through textContent or attribute setters, never as HTML.
"use strict";

(function () {
  const form = document.getElementById("check-form");
  const submit = document.getElementById("submit");
  const status = document.getElementById("status");
  const result = document.getElementById("result");
  const textArea = document.getElementById("text");
  const kbArea = document.getElementById("kb");
  let inflight = null;

  // How the page shows each rating: its colour class and an icon that
  // does not rely on colour. The rating's name is always written too.
  const RATINGS = {
    "true": ["v-true", "✓"], "mostly-true": ["v-true", "✓"],
    "false": ["v-false", "✗"], "mostly-false": ["v-false", "✗"],
    "half-true": ["v-mixed", "≈"], "conflicting": ["v-mixed", "≈"],
    "unverified": ["v-unverified", "?"],
  };
  const DISPLAY_ORDER = ["false", "conflicting", "mostly-false", "half-true", "mostly-true", "true", "unverified"];

  function rating(name) {
    const r = RATINGS[name] || RATINGS.unverified;
    return { name: name || "unverified", cls: r[0], icon: r[1] };
  }

  // el builds an element with attributes and children (strings become
  // text nodes).
  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === "class") e.className = v;
      else e.setAttribute(k, v);
    }
    for (const k of kids) {
      if (k === undefined || k === null || k === false) continue;
      e.append(typeof k === "string" ? document.createTextNode(k) : k);
    }
    return e;
  }

  function tag(r, link, label) {
    const icon = el("span", { "aria-hidden": "true" }, r.icon);
    if (link) return el("a", { class: "tag " + r.cls, href: link, "aria-label": label }, icon, " " + r.name);
    return el("span", { class: "tag " + r.cls }, icon, " " + r.name);
  }

  // safeURL returns u when it is an absolute http, https or mailto URL.
  function safeURL(u) {
    try {
      const p = new URL(u);
      if (p.protocol === "http:" || p.protocol === "https:" || p.protocol === "mailto:") return p.href;
    } catch (e) { /* not a URL */ }
    return "";
  }

  function oneLine(s) { return (s || "").replace(/\s+/g, " ").trim(); }

  // utf16Offsets maps the byte offsets of text's UTF-8 encoding, at
  // character boundaries, to string indexes; spans in the report are byte
  // offsets. Lone surrogates count as U+FFFD (three bytes), as the server
  // reads them.
  function utf16Offsets(text) {
    const map = new Map();
    let b = 0, i = 0;
    while (i < text.length) {
      map.set(b, i);
      const cp = text.codePointAt(i);
      b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      i += cp > 0xffff ? 2 : 1;
    }
    map.set(b, text.length);
    return map;
  }

  // passages returns the text a finding that names no claim is about,
  // from its byte spans: one passage from the first to the last when that
  // is short, else each, as the HTML report quotes them.
  function passages(f, text) {
    if ((f.claims || []).length || !(f.spans || []).length) return [];
    const offsets = utf16Offsets(text);
    const spans = f.spans.filter(([a, b]) => offsets.has(a) && offsets.has(b) && a < b);
    if (!spans.length) return [];
    const lo = Math.min(...spans.map(s => s[0])), hi = Math.max(...spans.map(s => s[1]));
    if (hi - lo <= 300) return [oneLine(text.slice(offsets.get(lo), offsets.get(hi)))];
    return spans.map(([a, b]) => oneLine(text.slice(offsets.get(a), offsets.get(b))));
  }

  const SPACE = " \t\n\r\f\v";

  // spanForest returns the highlightable spans as nested nodes in text
  // order, and notes on the claims that cannot be highlighted. It follows
  // the HTML report: a span nested in another is shown inside it; a span
  // that crosses another's edge is not shown.
  function spanForest(text, claims) {
    const offsets = utf16Offsets(text);
    const notes = {};
    const nodes = [];
    claims.forEach((c, i) => {
      if (!c.span) return;
      let s = offsets.get(c.span[0]), e = offsets.get(c.span[1]);
      if (s === undefined || e === undefined || s >= e) {
        notes[i] = "Not highlighted: its span does not fit the article text.";
        return;
      }
      while (s < e && SPACE.includes(text[s])) s++;
      while (e > s && SPACE.includes(text[e - 1])) e--;
      if (s === e) { notes[i] = "Not highlighted: its span holds only white space."; return; }
      nodes.push({ start: s, end: e, claim: i, kids: [] });
    });
    nodes.sort((a, b) => a.start - b.start || b.end - a.end || a.claim - b.claim);
    const roots = [], stack = [];
    for (const n of nodes) {
      while (stack.length && stack[stack.length - 1].end <= n.start) stack.pop();
      if (!stack.length) roots.push(n);
      else {
        const top = stack[stack.length - 1];
        if (n.end > top.end) {
          notes[n.claim] = "Not highlighted: its span crosses the highlight of claim " + claims[top.claim].id + ".";
          continue;
        }
        top.kids.push(n);
      }
      stack.push(n);
    }
    return { roots, notes };
  }

  // paragraphs returns the [start, end) of each line of text that holds
  // more than white space, without its line ending.
  function paragraphs(text) {
    const out = [];
    let start = 0;
    while (start <= text.length) {
      let end = text.indexOf("\n", start);
      if (end < 0) end = text.length;
      let hi = end;
      while (hi > start && SPACE.includes(text[hi - 1])) hi--;
      if (text.slice(start, hi).trim() !== "") out.push([start, hi]);
      start = end + 1;
    }
    return out;
  }

  function render(report, text) {
    const claims = report.claims || [], verdicts = {}, byID = {};
    for (const v of report.verdicts || []) if (!(v.claim in verdicts)) verdicts[v.claim] = v;
    const used = new Set();
    const anchors = claims.map((c, i) => {
      let a = "claim-" + c.id;
      if (!/^[A-Za-z0-9_-]{1,64}$/.test(c.id) || used.has(a)) a = "claim." + (i + 1);
      used.add(a);
      if (!(c.id in byID)) byID[c.id] = i;
      return a;
    });
    const hlAnchor = (i) => "hl-" + anchors[i].replace(/^claim-/, "");
    const { roots, notes } = spanForest(text, claims);
    const marked = new Set();
    (function walk(ns) { for (const n of ns) { marked.add(n.claim); walk(n.kids); } })(roots);

    const claimFindings = claims.map(() => []);
    // Findings worst first, numbered in that order.
    const SEVERITY = { error: 3, warning: 2, info: 1 };
    const sorted = (report.findings || []).map((f, k) => [f, k])
      .sort((a, b) => (SEVERITY[b[0].severity] || 0) - (SEVERITY[a[0].severity] || 0) || a[1] - b[1]).map((x) => x[0]);
    const findings = sorted.map((f, k) => {
      const link = { anchor: "finding-" + (k + 1), n: k + 1, check: f.check, severity: f.severity };
      for (const id of f.claims || []) {
        const i = byID[id];
        if (i !== undefined && !claimFindings[i].some((l) => l.n === link.n)) claimFindings[i].push(link);
      }
      return { f, link };
    });

    const title = report.document && report.document.title;
    const heading = el("h2", { id: "result-h", tabindex: "-1" }, title ? "Result: " + title : "Result");
    const counts = el("p", { class: "counts", id: "counts" }, summary(report));

    // Findings.
    const fsec = el("section", { id: "findings", "aria-labelledby": "findings-h" }, el("h3", { id: "findings-h" }, "Findings"));
    if (!findings.length) fsec.append(el("p", {}, "No findings: the checks found no contradiction in the claims."));
    const problems = findings.filter(({ f }) => f.severity !== "info"), infos = findings.filter(({ f }) => f.severity === "info");
    if (problems.length) {
      const ol = el("ol", { class: "findings" });
      for (const { f, link } of problems) {
        const sides = el("ul", { class: "sides" });
        for (const id of f.claims || []) {
          const i = byID[id];
          if (i === undefined) { sides.append(el("li", {}, "claim " + id + " (not in the report)")); continue; }
          const details = "#" + anchors[i];
          const target = marked.has(i) ? "#" + hlAnchor(i) : details;
          const quote = oneLine(claims[i].text);
          sides.append(el("li", {},
            el("a", { href: target, class: "side" }, quote ? "“" + quote + "”" : "claim " + id), " ",
            tag(rating((verdicts[id] || {}).rating)), " ",
            el("a", { class: "details", href: details, "aria-label": "details of claim " + id }, "claim " + id)));
        }
        for (const q of passages(f, text)) sides.append(el("li", {}, el("q", {}, q)));
        ol.append(el("li", { id: link.anchor, class: "finding sev-" + f.severity, "data-check": f.check },
          el("p", {}, el("span", { class: "fnum" }, "⚑ " + link.n), " ", el("span", { class: "sev sev-" + f.severity }, f.severity), " ",
            el("code", {}, f.check), " ", oneLine(f.message)),
          sides));
      }
      fsec.append(ol);
    }
    if (infos.length) {
      const ul = el("ul", { class: "notes", "aria-labelledby": "notes-h" });
      for (const { f, link } of infos) {
        const li = el("li", { id: link.anchor, "data-check": f.check }, el("span", { class: "fnum" }, "⚑ " + link.n), " ", el("code", {}, f.check), " ", oneLine(f.message));
        for (const id of f.claims || []) {
          const i = byID[id];
          if (i === undefined) { li.append(" claim " + id + " (not in the report)"); continue; }
          li.append(" ", el("a", { href: marked.has(i) ? "#" + hlAnchor(i) : "#" + anchors[i], "aria-label": "claim " + id + " in the article" }, "claim " + id));
        }
        ul.append(li);
      }
      fsec.append(el("h4", { id: "notes-h" }, "Notes"), el("p", { class: "note" }, "Worth a look; not necessarily wrong."), ul);
    }

    // The article, annotated.
    const asec = el("article", { id: "article", "aria-labelledby": "article-h" }, el("h3", { id: "article-h" }, "Article"));
    if (!marked.size) asec.append(el("p", { class: "note" }, "No claim gives its place in the text, so the article is shown as written."));
    const body = el("div", { class: "text" });
    const started = new Set();
    const segs = (parent, lo, hi, ns) => {
      let pos = lo;
      for (const n of ns) {
        const s = Math.max(n.start, lo), e = Math.min(n.end, hi);
        if (s >= e) continue;
        if (pos < s) parent.append(text.slice(pos, s));
        const c = claims[n.claim], v = verdicts[c.id] || {}, r = rating(v.rating);
        const m = el("mark", { class: "hl " + r.cls, title: c.id + ": " + r.name + (v.explanation ? " — " + oneLine(v.explanation) : "") });
        if (!started.has(n)) { started.add(n); m.id = hlAnchor(n.claim); }
        segs(m, s, e, n.kids);
        if (n.end <= hi) {
          m.append(tag(r, "#" + anchors[n.claim], "claim " + c.id + ": " + r.name + ", details"));
          if (claimFindings[n.claim].length) {
            const fl = el("span", { class: "flinks" }, el("span", { "aria-hidden": "true" }, "⚑"));
            for (const l of claimFindings[n.claim]) {
              fl.append(" ", el("a", { class: "sev-" + l.severity, href: "#" + l.anchor, "aria-label": "finding " + l.n + ": " + l.check }, String(l.n)));
            }
            m.append(fl);
          }
        }
        parent.append(m);
        pos = e;
      }
      if (pos < hi) parent.append(text.slice(pos, hi));
    };
    for (const [lo, hi] of paragraphs(text)) {
      const p = el("p");
      segs(p, lo, hi, roots);
      body.append(p);
    }
    asec.append(body);

    // The claims' details.
    const csec = el("section", { id: "claims", "aria-labelledby": "claims-h" }, el("h3", { id: "claims-h" }, "Claims"));
    if (!claims.length) csec.append(el("p", {}, "No check-worthy claims were found in the text."));
    const cl = el("ol", { class: "claims" });
    claims.forEach((c, i) => {
      const v = verdicts[c.id] || {}, r = rating(v.rating);
      const li = el("li", { id: anchors[i], class: "claim " + r.cls },
        el("h4", {}, tag(r), " ", el("span", { class: "cid" }, "claim " + c.id),
          v.confidence ? el("span", { class: "conf" }, " confidence " + Math.round(v.confidence * 100) + "%") : null));
      if (c.text) li.append(el("blockquote", {}, "“" + oneLine(c.text) + "”"));
      if (v.explanation) li.append(el("p", { class: "expl" }, oneLine(v.explanation)));
      const facts = el("dl", { class: "facts" });
      const fact = (name, value) => { if (value) facts.append(el("div", {}, el("dt", {}, name), el("dd", {}, oneLine(value)))); };
      fact("subject", c.subject);
      fact("property", c.property);
      fact("value", c.value && (c.value.text || c.value.entity || c.value.start || (c.value.amount !== undefined ? String(c.value.amount) : "")));
      fact("modality", c.modality);
      fact("attribution", c.attribution);
      if (facts.childNodes.length) li.append(facts);
      // Evidence that stands for a prior check is shown once, as the
      // prior check.
      const priors = Array.isArray(v.prior) ? v.prior : [];
      const priorIDs = new Set(priors.map((p) => p.source_id).filter(Boolean));
      const evidence = (v.evidence || []).filter((e) => !priorIDs.has(e.source_id));
      if (evidence.length) {
        const ul = el("ul", { class: "evidence" });
        for (const e of evidence) {
          const url = safeURL(e.url);
          ul.append(el("li", {}, el("span", { class: "stance" }, e.stance), " ",
            url ? el("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, e.source) : e.source,
            e.reliability ? el("span", { class: "rel" }, " reliability " + e.reliability) : null,
            e.quote ? ": " : null, e.quote ? el("q", {}, oneLine(e.quote)) : null));
        }
        li.append(el("h5", {}, "Evidence"), ul);
      }
      if (priors.length) {
        const ul = el("ul", { class: "prior" });
        for (const p of priors) {
          const url = safeURL(p.url), who = oneLine(p.publisher || "") || "A fact-check";
          const label = oneLine(p.label || "");
          let said = p.rating || "unverified";
          if (!p.rated) said = label ? "“" + label + "” (not on veracity’s scale)" : "no rating given";
          else if (label && label.toLowerCase().replace(/[-!.]/g, " ").trim() !== said.replace(/-/g, " ")) said += " (“" + label + "”)";
          const r = rating(p.rated ? p.rating : "unverified");
          const notes = [];
          if (p.claimant) notes.push("claimant: " + oneLine(p.claimant));
          if (typeof p.similarity === "number") notes.push("similarity " + Math.round(p.similarity * 100) + "%");
          if (p.note) notes.push(oneLine(p.note));
          ul.append(el("li", {},
            url ? el("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, who) : who,
            p.date ? " (" + p.date + ")" : null, ": ",
            el("span", { class: "tag " + r.cls }, said),
            p.claim ? "; claim checked: " : null, p.claim ? el("q", {}, oneLine(p.claim)) : null,
            notes.length ? el("span", { class: "sim" }, " (" + notes.join("; ") + ")") : null));
        }
        li.append(el("h5", {}, "Previously checked"), ul);
      }
      const links = el("p", { class: "links" });
      if (marked.has(i)) links.append(el("a", { href: "#" + hlAnchor(i) }, "Show in the article"));
      if (notes[i]) links.append(el("span", { class: "note" }, notes[i]));
      for (const l of claimFindings[i]) {
        links.append(" · ", el("a", { href: "#" + l.anchor, class: "sev-" + l.severity }, "Finding " + l.n + ": " + l.check + " (" + l.severity + ")"));
      }
      if (links.childNodes.length) li.append(links);
      cl.append(li);
    });
    if (claims.length) csec.append(cl);

    result.replaceChildren(heading, counts, legend(), fsec, asec, csec);
    result.hidden = false;
    heading.focus();
  }

  function summary(report) {
    const s = report.summary || {}, v = s.verdicts || {};
    const plural = (n, w) => n + " " + w + (n === 1 ? "" : "s");
    const parts = DISPLAY_ORDER.filter((r) => v[r]).map((r) => v[r] + " " + r);
    const sev = {};
    for (const f of report.findings || []) sev[f.severity] = (sev[f.severity] || 0) + 1;
    const sevParts = ["error", "warning", "info"].filter((x) => sev[x]).map((x) => sev[x] + " " + x);
    return plural(s.claims || 0, "claim") + (parts.length ? ": " + parts.join(", ") : "") + " · " +
      plural(s.findings || 0, "finding") + (sevParts.length ? " (" + sevParts.join(", ") + ")" : "");
  }

  function legend() {
    const ul = el("ul", { class: "legend", "aria-label": "How ratings are shown" });
    for (const [r, rest] of [["true", " or mostly-true"], ["false", " or mostly-false"], ["half-true", " or conflicting"], ["unverified", ": no evidence either way"]]) {
      ul.append(el("li", {}, tag(rating(r)), rest));
    }
    return ul;
  }

  function setStatus(msg, isError) {
    status.textContent = msg;
    status.className = isError ? "error" : "";
  }

  // readInto loads a chosen file's text into a textarea.
  function readInto(input, area, then) {
    input.addEventListener("change", () => {
      const f = input.files && input.files[0];
      if (!f) return;
      f.text().then((t) => { area.value = t; if (then) then(f); setStatus("Loaded " + f.name + ".", false); },
        (err) => setStatus("Could not read " + f.name + ": " + err, true));
    });
  }
  readInto(document.getElementById("text-file"), textArea);
  readInto(document.getElementById("kb-file"), kbArea, () => { document.getElementById("kb-details").open = true; });
  const priorArea = document.getElementById("prior");
  readInto(document.getElementById("prior-file"), priorArea, () => { document.getElementById("prior-details").open = true; });

  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const text = textArea.value;
    if (!text.trim()) { setStatus("Paste the article's text first.", true); textArea.focus(); return; }
    const payload = { text };
    const title = document.getElementById("title").value.trim();
    const published = document.getElementById("published").value;
    if (title) payload.title = title;
    if (published) payload.published = published;
    const kb = kbArea.value.trim();
    if (kb) {
      payload.kb = kb;
      if (kb.startsWith("{")) { try { payload.kb = JSON.parse(kb); } catch (e) { /* the server says what is wrong */ } }
    }
    // Earlier fact-checks go as text: the server reads JSON-LD or HTML.
    const prior = priorArea.value.trim();
    if (prior) payload.prior = prior;
    if (inflight) inflight.abort();
    inflight = new AbortController();
    submit.disabled = true;
    form.setAttribute("aria-busy", "true");
    setStatus("Checking…", false);
    try {
      const resp = await fetch("/api/check", {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify(payload), signal: inflight.signal,
      });
      let body = null;
      try { body = await resp.json(); } catch (e) { /* not JSON */ }
      if (!resp.ok) {
        setStatus("The check failed (" + resp.status + "): " + ((body && body.error) || resp.statusText), true);
        return;
      }
      setStatus("", false);
      render(body, text);
      // What could not be read of the earlier fact-checks.
      if (Array.isArray(body.warnings) && body.warnings.length) setStatus("Note: " + body.warnings.map(oneLine).join("; "), false);
    } catch (err) {
      if (err.name !== "AbortError") setStatus("The check failed: " + err.message, true);
    } finally {
      submit.disabled = false;
      form.removeAttribute("aria-busy");
    }
  });
  submit.disabled = false;
})();
