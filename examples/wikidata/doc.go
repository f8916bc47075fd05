// Package wikidata is an example of checking an article against facts
// from Wikidata: article.txt, about people, places, a bridge and an
// aircraft of Wikidata's sample items, published 2015-09-01, is checked
// with a knowledge base imported from testdata/sample.json.gz (13 real
// items of about 2015, from the shared sample).
//
// The names of the article are linked to items (Ludwig van Beethoven →
// Q255, Rome → Q220, the Forth Bridge → Q275); the claims extracted about
// them are checked against the items' statements, each with its own date:
//
//   - true: Beethoven's and Washington's dates of birth, the Forth Bridge's
//     opening in 1890 (P1619), the Boeing 747's first flight (P606), Rome's
//     population of 2,864,348 in 2015 (the P1082 statement of
//     2015-08-31, not an earlier one), Sebastián Piñera's age of 65 on the
//     publication date (born 1949-12-01);
//   - false: Larry Sanger "born in 1965" (Wikidata: 1968-07-16) and "52"
//     (47 on 2015-09-01);
//   - unverified: the Eiffel Tower, which the knowledge base lacks.
//
// Each verdict cites Wikidata (reliability B) with the item's page and
// the statement's references. From the command line:
//
//	veracity kb import wikidata examples/wikidata/testdata/sample.json.gz --out /tmp/sample.kb
//	veracity check --kb /tmp/sample.kb --published 2015-09-01 --explain examples/wikidata/article.txt
//
// The package has no code of its own; its tests are the example.
package wikidata
