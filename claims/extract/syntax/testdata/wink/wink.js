// wink.js tags a text file with wink-nlp and wink-eng-lite-web-model and
// writes, as JSON on standard output, each token's byte span in the file
// and its UPOS, and the seconds that each of `rounds` readings of the
// whole text took (tokenizing, tagging and the rest of what readDoc
// does). TestWinkSideBySide runs it; install its dependencies first:
//
//	cd claims/extract/syntax/testdata/wink && npm install
//
// usage: node wink.js FILE [ROUNDS]
'use strict';
const fs = require('fs');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

const nlp = winkNLP(model);
const its = nlp.its;
const buf = fs.readFileSync(process.argv[2]);
const text = buf.toString('utf8');
const rounds = Number(process.argv[3] || 5);

const seconds = [];
let doc;
for (let r = 0; r < rounds; r++) {
  const t0 = process.hrtime.bigint();
  doc = nlp.readDoc(text);
  const pos = doc.tokens().out(its.pos);
  const t1 = process.hrtime.bigint();
  if (pos.length === 0 && text.trim() !== '') throw new Error('no tokens');
  seconds.push(Number(t1 - t0) / 1e9);
}

// Spans: each token's value is found in the text from where the last one
// ended (wink splits "can't" into "ca" and "n't", both substrings).
const values = doc.tokens().out(its.value);
const tags = doc.tokens().out(its.pos);
const tokens = [];
let at = 0; // in UTF-16 units
let atByte = 0;
for (let i = 0; i < values.length; i++) {
  const k = text.indexOf(values[i], at);
  if (k < 0 || k - at > 64) continue; // not found nearby: no span
  const start = atByte + Buffer.byteLength(text.slice(at, k));
  const end = start + Buffer.byteLength(values[i]);
  tokens.push([start, end, tags[i]]);
  at = k + values[i].length;
  atByte = end;
}
process.stdout.write(JSON.stringify({ seconds, tokens }));
