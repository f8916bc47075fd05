package factcheck

// AnnotationCSS is the stylesheet of an annotated article: highlights
// coloured by verdict (with the rating always written out too), rating tags,
// finding and claim cards, evidence and earlier fact-checks. The HTML report
// inlines it and the web page of package factcheck/web serves it, so the two
// look alike. It uses the custom properties --ink, --muted, --line, --true,
// --false, --mixed, --unverified and their -bg variants, which each page
// defines.
const AnnotationCSS = `.tag { display: inline-block; font: 600 .75rem/1.3 system-ui, sans-serif; padding: .05rem .4rem; margin: 0 .1rem; border-radius: 999px;
  color: #fff; background: var(--unverified); text-decoration: none; vertical-align: .1em; white-space: nowrap; }
a.tag:hover { text-decoration: underline; }
.tag.v-true { background: var(--true); } .tag.v-false { background: var(--false); }
.tag.v-mixed { background: var(--mixed); } .tag.v-unverified { background: var(--unverified); }
.flinks { display: inline-block; font: .75rem/1.3 system-ui, sans-serif; padding: .05rem .35rem; margin: 0 .1rem; border: 1px solid var(--ink);
  border-radius: 999px; background: #fff; vertical-align: .1em; white-space: nowrap; }
.flinks a { font-weight: 700; padding: 0 .15rem; } .flinks a.sev-info { font-weight: 400; }
.fnum { font-weight: 700; white-space: nowrap; margin-right: .2rem; }
.notes { padding-left: 1.2rem; font-size: .95rem; } .notes li { margin: .25rem 0; }
.text p { margin: 0 0 1em; }
mark.hl { color: var(--ink); padding: .1em .05em; border-bottom: 2px solid; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
mark.hl mark.hl { border-bottom-style: double; border-bottom-width: 4px; }
mark.v-true { background: var(--true-bg); border-color: var(--true); }
mark.v-false { background: var(--false-bg); border-color: var(--false); }
mark.v-mixed { background: var(--mixed-bg); border-color: var(--mixed); }
mark.v-unverified { background: var(--unverified-bg); border-color: var(--unverified); border-bottom-style: dashed; }
.findings, .claims { padding: 0; list-style: none; }
.finding { border: 1px solid var(--line); border-left: 5px solid var(--muted); border-radius: 6px; padding: .6rem .9rem; margin: 0 0 .8rem; }
.finding p { margin: 0 0 .4rem; }
.finding.sev-error { border-left-color: var(--false); } .finding.sev-warning { border-left-color: var(--mixed); }
.sev { font-weight: 700; text-transform: uppercase; font-size: .8rem; letter-spacing: .04em; }
.sev.sev-error { color: var(--false); } .sev.sev-warning { color: #92400e; } .sev.sev-info { color: var(--muted); }
.sides { margin: 0; padding-left: 1.2rem; }
.sides li { margin: .2rem 0; }
.details { font-size: .85rem; }
.claim { border: 1px solid var(--line); border-left: 5px solid var(--unverified); border-radius: 6px; padding: .7rem .9rem; margin: 0 0 .9rem; }
.claim.v-true { border-left-color: var(--true); } .claim.v-false { border-left-color: var(--false); } .claim.v-mixed { border-left-color: var(--mixed); }
.cid, .conf { color: var(--muted); font-weight: 400; font-size: .9rem; }
blockquote { margin: .3rem 0; padding-left: .8rem; border-left: 3px solid var(--line); font-style: italic; }
.expl { margin: .4rem 0; }
.facts { display: flex; flex-wrap: wrap; gap: .1rem 1.2rem; margin: .4rem 0; font-size: .9rem; }
.facts div { display: flex; gap: .35rem; } .facts dt { color: var(--muted); } .facts dd { margin: 0; }
.evidence, .prior { margin: 0; padding-left: 1.2rem; font-size: .95rem; }
.sim { color: var(--muted); font-size: .85em; }
.stance { font-weight: 600; } .rel { color: var(--muted); font-size: .85rem; }
.links { margin: .5rem 0 0; font-size: .9rem; }
.note { color: var(--muted); font-style: italic; }
`
