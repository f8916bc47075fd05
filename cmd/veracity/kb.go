package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/sources/wikidata"
)

var kbCmd = &command{
	Name:    "kb",
	Args:    "import wikidata DUMP --out KB [flags]",
	Summary: "build an on-disk knowledge base from a Wikidata dump",
	Doc: `kb import wikidata reads a Wikidata JSON dump (latest-all.json, plain, .gz or
.bz2, from https://dumps.wikimedia.org/wikidatawiki/entities/) in one pass and
writes an on-disk knowledge base KB that 'veracity check --kb KB' uses: the
items' labels, aliases and descriptions, sitelink counts, instance-of and
subclass-of types, part_of links and the statements of the mapped properties
(dates of birth and death, opening, inception, first flight, population,
cost, employees, venue, head of government, position held), with their
ranks, time qualifiers and references.

Memory is bounded (one entity and one batch of items); on a terminal a
progress line shows entities/s and MB/s. A corrupt or truncated dump is an
error naming the byte offset; the summary counts the entities skipped and
the statement values left out, by reason.

DUMP may be - for standard input, so that a faster decompressor can feed
it: pigz -dc latest-all.json.gz | veracity kb import wikidata - --out KB.
The full dump (over a terabyte decompressed) takes hours; filter it with
--ids (a list of items) or --min-sitelinks (items known to many wikis).`,
}

func init() {
	kbCmd.Run = runKB
	register(kbCmd)
}

func runKB(e *env, args []string) int {
	fs := newFlagSet(kbCmd)
	out := fs.String("out", "", "the knowledge base `FILE` to write (replaced only when the import succeeds)")
	idsFile := fs.String("ids", "", "keep only the items listed in `FILE` (one Q-id a line; # starts a comment)")
	minSitelinks := fs.Int("min-sitelinks", 0, "keep only items with at least `N` sitelinks")
	languages := fs.String("languages", "en", "the `languages` of the labels and aliases kept, comma-separated, in order of preference")
	var maps stringList
	fs.Var(&maps, "map", "a claim-set `FILE` whose properties name Wikidata properties ({id: area, kind: quantity, wikidata: P2046}): their statements are kept too; repeatable")
	ops, status, ok := parseFlags(e, kbCmd, fs, args)
	if !ok {
		return status
	}
	if len(ops) != 3 || ops[0] != "import" || ops[1] != "wikidata" {
		return usageError(e, kbCmd, "want: kb import wikidata DUMP --out KB")
	}
	if *out == "" {
		return usageError(e, kbCmd, "no --out KB")
	}
	if *minSitelinks < 0 {
		return usageError(e, kbCmd, "bad --min-sitelinks %d", *minSitelinks)
	}
	opts := wikidata.ImportOptions{MinSitelinks: *minSitelinks, Map: wikidata.DefaultMap()}
	for _, l := range strings.Split(*languages, ",") {
		if l = strings.TrimSpace(l); l != "" {
			opts.Languages = append(opts.Languages, l)
		}
	}
	if len(opts.Languages) == 0 {
		return usageError(e, kbCmd, "bad --languages %q", *languages)
	}
	for _, m := range maps {
		set, err := claims.Load(m)
		if err != nil {
			printError(e, fileError(m, err))
			return exitUsage
		}
		opts.Map.AddSet(set)
	}
	if *idsFile != "" {
		ids, err := readIDs(*idsFile)
		if err != nil {
			e.errorf("%v", err)
			return exitUsage
		}
		opts.IDs = ids
	}
	var in io.Reader = e.stdin
	if ops[2] != "-" {
		f, err := os.Open(ops[2])
		if err != nil {
			e.errorf("%v", err)
			return exitUsage
		}
		defer f.Close()
		in = f
	}
	if isTerminal(e.stderr) {
		opts.Progress = func(s wikidata.ImportStats) {
			fmt.Fprintf(e.stderr, "\r%d entities, %d items kept, %.0f MB, %.0f entities/s, %.1f MB/s   ",
				s.Entities, s.Items, float64(s.Bytes)/1e6, float64(s.Entities)/max(s.Elapsed.Seconds(), 1e-9), s.MBPerSecond())
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	stats, err := wikidata.Import(ctx, in, *out, opts)
	if opts.Progress != nil {
		fmt.Fprintln(e.stderr)
	}
	if err != nil {
		e.errorf("%s: %v", ops[2], err)
		return exitUsage
	}
	e.errorf("%s: %d items kept of %d entities; %.1f MB in %s (%.1f MB/s)", *out, stats.Items, stats.Entities,
		float64(stats.Bytes)/1e6, stats.Elapsed.Round(time.Millisecond), stats.MBPerSecond())
	if len(stats.Skipped) > 0 {
		e.errorf("entities skipped: %s", countsText(stats.Skipped))
	}
	if len(stats.Values) > 0 {
		e.errorf("statement values left out: %s", countsText(stats.Values))
	}
	if stats.Unclosed {
		e.errorf("warning: %s has no closing ]: it may have been cut after a whole entity", ops[2])
	}
	return exitOK
}

// countsText writes counts by reason, largest first: "3 not an item, 1 unit Q5".
func countsText(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%d %s", m[k], k)
	}
	return strings.Join(parts, ", ")
}

// readIDs reads a list of item ids, one a line.
func readIDs(name string) (map[string]bool, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ids := map[string]bool{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line, _, _ := strings.Cut(sc.Text(), "#")
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if !claims.ValidWikidataID(line, 'Q') {
			return nil, fmt.Errorf("%s:%d: %q is not an item id (want Q followed by digits)", name, n, line)
		}
		ids[line] = true
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return ids, nil
}
