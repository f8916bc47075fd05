// Accuracy of @microsoft/recognizers-text-suite on the Recognizers-Text
// English spec cases, scored by the rule of recognizers_test.go as of
// commit 6cbe101 (issue 3, item 8; keep the two in step), so that
// BENCHMARKS.md can set our rates beside the reference implementation's on
// the same cases. The spec files are read in place,
// never copied into the repository.
//
//	npm ci
//	node rt.mjs ../../../../../shared/testsuites/recognizers-text [--misses]
//
// The rule, as in recognizers_test.go: an expected result counts when some
// output overlaps its span and resolves to its value — the same amount
// (for currencies a compatible unit, cents and pence as hundredths of the
// main unit; for ages the same unit); for dates, the expected date or date
// range (a single date is the one-day range; a range's end may be the
// spec's, a day later or one unit of the spec's timex duration later; an
// open range, "after 2016", is an output open the same way from the same
// bound, where our scorer takes the marker and the bound of the mention;
// where the spec gives a past and a future resolution, either); for durations, the same length in seconds within
// 2 %. In DateTime_English_DateTimeModel.json only the expected date,
// daterange and duration results count. Every case counts, including those
// the spec marks NotSupported for javascript; the last column gives the
// rate without those, for reference.
//
// Each file is run through the recognizer of its kind (recognizeNumber,
// recognizeCurrency, recognizePercentage, recognizeDateTime, recognizeAge),
// where our scorer runs one Mentions call that finds every kind at once.
// The package gives a date or range several resolutions (past and future);
// a result counts when any of them matches any expected one, where our
// extractor gives a mention one value.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as R from "@microsoft/recognizers-text-suite";

const args = process.argv.slice(2);
const showMisses = args.includes("--misses");
const dirs = args.filter((a) => !a.startsWith("--"));
if (dirs.length !== 1) {
  console.error("usage: node rt.mjs [--misses] SPEC_DIR");
  process.exit(2);
}
const dir = dirs[0];
const en = R.Culture.English;

// The files, in the order of TestRecognizersText, with the recognizer that
// answers each.
const files = [
  ["Number_English_NumberModel.json", (c) => R.recognizeNumber(c.Input, en)],
  ["NumberWithUnit_English_CurrencyModel.json", (c) => R.recognizeCurrency(c.Input, en)],
  ["Number_English_PercentModel.json", (c) => R.recognizePercentage(c.Input, en)],
  ["DateTime_English_DateTimeModel.json", (c) => R.recognizeDateTime(c.Input, en, undefined, refDate(c))],
  ["DateTime_English_DurationParser.json", (c) => R.recognizeDateTime(c.Input, en, undefined, refDate(c))],
  ["NumberWithUnit_English_AgeModel.json", (c) => R.recognizeAge(c.Input, en)],
];

// refDate is the case's reference time in local time, as the recognizers
// read a Date's fields; 2016-11-07 when the case gives none.
function refDate(c) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(c.Context?.ReferenceDateTime ?? "");
  if (!m) return new Date(2016, 10, 7);
  return new Date(+m[1], m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
}

const typeName = (r) => r.TypeName || r.Typename || r.Type || "";
const closeTo = (got, want, rel) => Math.abs(got - want) <= rel * Math.max(1, Math.abs(want));

// day parses a plain ISO date to a day number, or NaN.
function day(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s ?? "");
  return m ? Date.UTC(+m[1], m[2] - 1, +m[3]) / 864e5 : NaN;
}

// intervals are the day ranges [start, end) an output resolves to.
function intervals(out) {
  const iv = [];
  for (const v of out.resolution?.values ?? []) {
    if (v.type === "duration" || v.type === "set") continue;
    if (v.value !== undefined && v.start === undefined) {
      const d = day(v.value);
      if (!isNaN(d)) iv.push([d, d + 1]);
      continue;
    }
    const s = day(v.start), e = day(v.end);
    if (!isNaN(s) && !isNaN(e)) iv.push([s, e]);
  }
  return iv;
}

// openBounds are the open ranges an output resolves to: "after 2016" is
// {after: true, bound: 2017-01-01}, "before 2018" {after: false, bound:
// 2018-01-01}, as the spec writes them.
function openBounds(out) {
  const ob = [];
  for (const v of out.resolution?.values ?? []) {
    const s = day(v.start), e = day(v.end);
    if (!isNaN(s) && v.end === undefined) ob.push({ after: true, bound: s });
    if (!isNaN(e) && v.start === undefined) ob.push({ after: false, bound: e });
  }
  return ob;
}

// timexStep returns day e moved on by one unit of the duration that ends a
// range timex: "(2014-01-01,2018-01-01,P4Y)" steps a year; NaN otherwise.
function timexStep(timex, e) {
  const m = /,P[^,]*([DWMY])\)$/.exec(timex ?? "");
  if (!m) return NaN;
  const d = new Date(e * 864e5);
  switch (m[1]) {
    case "D": return e + 1;
    case "W": return e + 7;
    case "M": return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) / 864e5;
    case "Y": return Date.UTC(d.getUTCFullYear() + 1, d.getUTCMonth(), d.getUTCDate()) / 864e5;
  }
  return NaN;
}

function durations(out) {
  return (out.resolution?.values ?? []).filter((v) => v.type === "duration").map((v) => parseFloat(v.value));
}

// Currency units: the spec's names for a unit with an ISO 4217 code; a
// bare "Dollar" or "Pound" is any dollar or pound; any other is any
// currency named (as in currencyMatch).
const codes = {
  "united states dollar": "USD", euro: "EUR", "japanese yen": "JPY", "chinese yuan": "CNY",
  "canadian dollar": "CAD", "australian dollar": "AUD", "hong kong dollar": "HKD",
  "new zealand dollar": "NZD", "swiss franc": "CHF", "turkish lira": "TRY", "mexican peso": "MXN",
  "sri lankan rupee": "LKR", "georgian lari": "GEL", "costa rican colón": "CRC",
  "finnish markka": "FIM", "netherlands guilder": "NLG", bitcoin: "BTC",
};
const cents = (u) => ["cent", "pence", "penny"].includes(u.toLowerCase());

function currencyMatch(want, got) {
  const w = (want.unit ?? "").toLowerCase(), g = (got.unit ?? "").toLowerCase();
  if (w === g && w !== "") return true;
  if (want.isoCurrency && got.isoCurrency) return want.isoCurrency === got.isoCurrency;
  if (w === "dollar" || w === "cent") return /dollar|cent/.test(g);
  if (["pound", "pence", "penny", "british pound"].includes(w)) return /pound|pence|penny/.test(g);
  if (codes[w]) return got.isoCurrency === codes[w];
  return g !== "";
}

function valueMatch(want, tn, out) {
  if (tn === "duration" || tn === "datetimeV2.duration") {
    const secs = parseFloat(want.Value?.FutureResolution?.duration ?? want.Resolution?.values?.[0]?.value);
    return !isNaN(secs) && durations(out).some((d) => closeTo(d, secs, 0.02));
  }
  if (tn.startsWith("datetimeV2.")) {
    const got = intervals(out);
    for (const w of want.Resolution?.values ?? []) {
      if (w.value !== undefined && w.start === undefined) {
        const d = day(w.value);
        if (!isNaN(d) && got.some(([s, e]) => s === d && e === d + 1)) return true;
        continue;
      }
      const s = day(w.start), e = day(w.end);
      if (isNaN(s) !== isNaN(e)) {
        // An open range, "since August", "before 2018": an output open
        // the same way from the same bound.
        const after = !isNaN(s), bound = after ? s : e;
        if (openBounds(out).some((o) => o.after === after && o.bound === bound)) return true;
        continue;
      }
      if (isNaN(s) || isNaN(e)) continue;
      // A range's end may be the spec's (the start of the last time it
      // names), a day later, or one timex unit later.
      const step = timexStep(w.timex, e);
      if (got.some(([gs, ge]) => gs === s && (ge === e || ge === e + 1 || ge === step))) return true;
    }
    return false;
  }
  const res = want.Resolution ?? {};
  const gres = out.resolution ?? {};
  if (res.value === "null") return tn === "percentage" && out.typeName === "percentage";
  let w = parseFloat(String(res.value).replace(/%$/, ""));
  let g = parseFloat(String(gres.value).replace(/%$/, ""));
  if (isNaN(w) || isNaN(g)) return false;
  switch (tn) {
    case "currency":
      if (cents(res.unit ?? "")) w /= 100;
      if (cents(gres.unit ?? "")) g /= 100;
      return out.typeName === "currency" && closeTo(g, w, 1e-6) && currencyMatch(res, gres);
    case "percentage":
      return out.typeName === "percentage" && closeTo(g, w, 1e-6);
    case "age":
      return out.typeName === "age" && closeTo(g, w, 1e-6) && (gres.unit ?? "").toLowerCase() === (res.unit ?? "").toLowerCase();
  }
  return closeTo(g, w, 1e-6);
}

const notJS = (c) => /javascript/i.test(c.NotSupported ?? "");

for (const [name, recognize] of files) {
  const text = readFileSync(join(dir, name), "utf8").replace(/^\uFEFF/, "");
  const cases = JSON.parse(text);
  const dateModel = name.startsWith("DateTime_English_DateTimeModel");
  let hits = 0, results = 0, jsHits = 0, jsResults = 0;
  const misses = [];
  for (const c of cases) {
    let outs;
    try {
      outs = recognize(c);
    } catch (err) {
      outs = [];
      misses.push(`error ${err.message} in ${JSON.stringify(c.Input)}`);
    }
    for (const r of c.Results) {
      const tn = typeName(r);
      if (dateModel && !["datetimeV2.date", "datetimeV2.daterange", "datetimeV2.duration"].includes(tn)) continue;
      const start = r.Start;
      const last = r.Length > 0 ? r.Start + r.Length - 1 : r.End; // inclusive, UTF-16 as in the outputs
      const ok = outs.some((o) => !(o.end < start || o.start > last) && valueMatch(r, tn, o));
      results++;
      if (ok) hits++;
      else misses.push(`${JSON.stringify(r.Text)} in ${JSON.stringify(c.Input)} (${tn})${notJS(c) ? " [NotSupported: javascript]" : ""}`);
      if (!notJS(c)) {
        jsResults++;
        if (ok) jsHits++;
      }
    }
  }
  const pct = (h, n) => (n ? (100 * h) / n : 100).toFixed(1).padStart(5);
  console.log(
    `${name.padEnd(45)} ${String(hits).padStart(4)}/${String(results).padStart(4)} = ${pct(hits, results)}%` +
      `   (javascript-supported cases: ${jsHits}/${jsResults} = ${pct(jsHits, jsResults)}%)`,
  );
  if (showMisses) for (const m of misses) console.log(`  miss: ${m}`);
}
