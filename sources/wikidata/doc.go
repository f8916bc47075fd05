// Package wikidata gives veracity facts from Wikidata: it reads Wikidata's
// entity JSON (the dumps and the API's wbgetentities responses), imports a
// dump into an on-disk knowledge base, links the names of an article to
// items, and turns what Wikidata states about them into a claim set —
// entities, properties with their cues, sources and facts — that the
// extractor and the checker use as they use a house knowledge base.
//
// # Reading
//
// [DecodeEntity] and [DumpReader] read entities with their labels,
// descriptions, aliases, sitelinks and statements: ranks, qualifiers and
// references. [DumpReader] streams a dump (a JSON array, one entity a
// line; plain, gzip or bzip2) with memory bounded by the largest entity; a
// corrupt or truncated dump is a [DumpError] naming the byte offset.
// Values convert to veracity's: times with their precision (day, month,
// year, decade, century) as intervals, Julian dates of day precision
// converted to the Gregorian calendar; quantities with their bounds as
// precision and their unit item as an ISO 4217 currency or one of
// veracity's units (units.tsv); items; monolingual text and strings.
// Other datatypes are skipped and counted.
//
// # The property map
//
// A [Map] (properties.tsv, extendable by claim-set files whose properties
// name a Wikidata property: {id: area, kind: quantity, wikidata: P2046})
// says which Wikidata properties give which of veracity's: date (P585,
// P580) is an event's own date; date-of-birth (P569), date-of-death
// (P570), opened (P1619, else P571), founded (P571), first-flight (P606),
// population (P1082), cost (P2130), employees (P1128), venue (P276),
// head-of-government (P6) and position-held (P39) give facts; located in
// (P131) and country (P17) give part_of links. Statements dated by a point
// in time (P585) form a series, each figure holding until the next; others
// count by rank (preferred, else normal; deprecated never). An age is
// derived from a date of birth of day precision.
//
// # The knowledge base
//
// [Import] builds a [KB] in one streaming pass: items (label, aliases and
// description in the chosen languages, sitelink count, instance-of and
// subclass-of types, part_of links, event date, mapped statements with
// their references) and an index of their folded names. The store is
// bbolt (go.etcd.io/bbolt): a pure-Go, well-kept B+tree in a single
// memory-mapped file, so a KB opens instantly whatever its size, reads
// need no cgo and no server, and lookups by id or name prefix are a few
// page reads. (Pebble is built for write-heavy workloads and spreads a
// store over many files; SQLite through a pure-Go driver is larger and
// slower for plain key lookups.) Because bbolt is a dependency of weight,
// only this package and the CLI import it: package sources and the rest
// of veracity stay free of it.
//
// # Linking
//
// [LinkText] finds the names of items in a text (label and alias, case and
// accents folded, longest first) and resolves a name several items bear
// by the kind the text announces ("Mr" → a person; kinds come from the
// instance-of chain, classes.tsv), by the article's other entities (part_of
// links and statement values) and by sitelink count; an ambiguous name
// stays unlinked and [Link.Why] says why.
//
// # Live
//
// A [Client] reads the live API (wbsearchentities, wbgetentities) over
// HTTPS with a User-Agent, an on-disk cache, a rate limit and timeouts.
//
// Facts cite Wikidata as their source (reliability B unless configured),
// with the item's page (https://www.wikidata.org/wiki/Q…) as URL and the
// statement's references (stated in, reference URL, retrieved) in the
// quote.
package wikidata
