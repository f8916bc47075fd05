// Side-by-side throughput of the npm peers of claims/extract over the BBC
// 2005 corpus (issue 3, items 7 and 8): chrono-node (dates only) and
// Microsoft Recognizers-Text (numbers, currencies, dates). It reads the
// same articles as BenchmarkExtractCorpus — every regular file of the
// archive whose name ends in ".txt", in archive order — from the tar.gz in
// place, into memory, and counts throughput in the same unit as `go test
// -bench` (MB/s = 10^6 bytes of article text, UTF-8, per second of wall
// time; cpu-MB/s per second of the process's CPU time, as the Go benchmarks
// report it).
//
//	npm ci
//	taskset -c 0 node bench.mjs ../../../../../shared/corpus/bbc-news-2005.tar.gz
//
// Options: --passes N (timed passes of chrono-node and recognizeNumber,
// default 5; chrono-node's after one untimed warm-up pass), --sample N (articles for the
// slow recognizers, default 200, spread evenly over the corpus), --only
// chrono,number,currency,datetime (run those parts only), --gofmt (also print
// every timed pass as a line of `go test -bench` output, named
// BenchmarkPeer…, for benchstat; sidebyside.sh uses it).

import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import * as chrono from "chrono-node";
import * as Recognizers from "@microsoft/recognizers-text-suite";
import { NumberRecognizer } from "@microsoft/recognizers-text-number"; // the suite's own, pinned alike

const args = process.argv.slice(2);
function option(name, def) {
  const i = args.indexOf("--" + name);
  if (i < 0) return def;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
}
const passes = Number(option("passes", "5"));
const sampleSize = Number(option("sample", "200"));
const only = option("only", "").split(",").filter(Boolean);
const gofmt = args.includes("--gofmt");
if (gofmt) args.splice(args.indexOf("--gofmt"), 1);
const want = (part) => only.length === 0 || only.includes(part);
if (args.length !== 1) {
  console.error("usage: node bench.mjs [--passes N] [--sample N] [--only PART,...] [--gofmt] CORPUS.tar.gz");
  process.exit(2);
}

// readTar returns the regular files of an uncompressed tar archive as
// {name, data} in archive order. It knows ustar headers, GNU long names
// ('L') and pax path records ('x'), which is all a corpus archive needs.
function readTar(buf) {
  const files = [];
  let longName = null;
  for (let off = 0; off + 512 <= buf.length; ) {
    const h = buf.subarray(off, off + 512);
    if (h.every((b) => b === 0)) break; // end of archive
    const str = (a, b) => {
      const s = h.subarray(a, b);
      const z = s.indexOf(0);
      return s.subarray(0, z < 0 ? s.length : z).toString("utf8");
    };
    const size = parseInt(str(124, 136).trim() || "0", 8);
    const type = String.fromCharCode(h[156] || 0x30);
    let name = str(0, 100);
    if (str(257, 263).startsWith("ustar")) {
      const prefix = str(345, 500);
      if (prefix) name = prefix + "/" + name;
    }
    const data = buf.subarray(off + 512, off + 512 + size);
    off += 512 + Math.ceil(size / 512) * 512;
    if (type === "L") {
      longName = data.toString("utf8").replace(/\0.*$/s, "");
      continue;
    }
    if (type === "x") {
      const m = /\d+ path=([^\n]*)\n/.exec(data.toString("utf8"));
      if (m) longName = m[1];
      continue;
    }
    if (longName !== null) {
      name = longName;
      longName = null;
    }
    if (type === "0" || type === "\0") files.push({ name, data });
  }
  return files;
}

const files = readTar(gunzipSync(readFileSync(args[0]))).filter((f) => f.name.endsWith(".txt"));
const articles = files.map((f) => f.data.toString("utf8"));
const bytesOf = (list) => list.reduce((n, i) => n + files[i].data.length, 0);
const all = articles.map((_, i) => i);
const total = bytesOf(all);
const step = Math.max(1, Math.floor(articles.length / sampleSize));
const sample = all.filter((i) => i % step === 0).slice(0, sampleSize);
const sampleBytes = bytesOf(sample);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const rate = (bytes, ms) => {
  const bps = bytes / (ms / 1000);
  return bps >= 1e6 ? `${(bps / 1e6).toFixed(2)} MB/s` : `${(bps / 1e3).toFixed(1)} KB/s`;
};

// run times fn over the articles of idx: one untimed warm-up pass when
// warm, then n timed passes; it prints each pass and the median, in wall
// time and in the process's CPU time (user + system, all threads).
function run(label, name, idx, n, warm, fn) {
  const bytes = bytesOf(idx);
  let found = 0;
  if (warm) for (const i of idx) fn(articles[i]);
  const times = [], cpus = [];
  for (let p = 0; p < n; p++) {
    found = 0;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const i of idx) found += fn(articles[i]).length;
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  if (gofmt) {
    console.log(`pkg: npm (node ${process.version})`);
    times.forEach((t, p) => {
      const mbs = bytes / 1e6 / (t / 1000), cpu = bytes / 1e6 / (cpus[p] / 1000);
      console.log(
        `Benchmark${name} \t1\t${Math.round(t * 1e6)} ns/op\t${mbs.toFixed(4)} MB/s\t${cpu.toFixed(4)} cpu-MB/s\t${idx.length} articles\t${found} results`,
      );
    });
  }
  const m = median(times);
  console.log(
    `${label.padEnd(46)} ${String(idx.length).padStart(4)} articles ${(bytes / 1e6).toFixed(2)} MB  ` +
      `median ${rate(bytes, m).padStart(11)}  (${times.map((t) => rate(bytes, t)).join(", ")})  ` +
      `per CPU second ${rate(bytes, median(cpus))}  ${found} results`,
  );
}

const ref = new Date(Date.UTC(2005, 5, 15)); // as corpusPublished in corpus_bench_test.go
const en = Recognizers.Culture.English;
const pkg = (name) => JSON.parse(readFileSync(new URL(`./node_modules/${name}/package.json`, import.meta.url))).version;

console.log(
  `node ${process.version}  chrono-node ${pkg("chrono-node")}  @microsoft/recognizers-text-suite ${pkg("@microsoft/recognizers-text-suite")}`,
);
console.log(
  `corpus ${args[0]}: ${articles.length} articles, ${total} bytes; sample every ${step}th: ${sample.length} articles, ${sampleBytes} bytes`,
);

if (want("chrono")) {
  run("chrono.parse (ref 2005-06-15)", "PeerChronoParse", all, passes, true, (t) => chrono.parse(t, ref));
}
if (want("number")) {
  run("Recognizers.recognizeNumber", "PeerRTRecognizeNumber", all, passes, false, (t) => Recognizers.recognizeNumber(t, en));
  // The convenience function builds a recognizer per call (its models are
  // cached); a model held across calls shows what that costs.
  const numberModel = new NumberRecognizer(en).getNumberModel();
  run("NumberRecognizer.getNumberModel().parse", "PeerRTNumberModel", all, passes, false, (t) => numberModel.parse(t));
}
if (want("currency")) {
  run("Recognizers.recognizeCurrency (sample)", "PeerRTRecognizeCurrencySample", sample, 1, false, (t) => Recognizers.recognizeCurrency(t, en));
}
if (want("datetime")) {
  run("Recognizers.recognizeDateTime (sample)", "PeerRTRecognizeDateTimeSample", sample, 1, false, (t) => Recognizers.recognizeDateTime(t, en, undefined, ref));
}
