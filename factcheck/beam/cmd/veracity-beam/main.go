// Command veracity-beam checks a news archive on Apache Beam: every article
// as `veracity check` checks one file, and the claims of all articles
// against one another.
//
//	veracity-beam --input GLOB [--published DATE] --output DIR [--kb FILE]… [--shards N] [--runner prism|direct|dataflow|flink|spark|universal] [Beam flags]
//
// It writes DIR/reports-*.jsonl (one JSON report per article, as
// `veracity check --format json` writes it), DIR/conflicts-*.jsonl (the
// value and polarity conflicts between articles), DIR/errors-*.jsonl (the
// inputs it could not read) and DIR/summary.json. It runs on the Prism
// runner in-process unless --runner names another; the runner's own flags
// (--endpoint, --project, --region, --temp_location …) are Beam's usual
// ones.
//
// Exit status: 0 when every input was checked; 2 for bad usage, when an
// input was refused (see DIR/errors-*.jsonl) or when the run failed.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	vbeam "github.com/veracity-go/veracity/factcheck/beam"
)

// stringList is a repeatable string flag.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(s string) error { *l = append(*l, s); return nil }

var (
	input     = flag.String("input", "", "articles: a `GLOB` of .txt/.md files (a NAME.json beside one gives its id, url, published, title) or of JSON Lines files (.jsonl) of {\"id\",\"url\",\"published\",\"title\",\"text\"}")
	published = flag.String("published", "", "publication `DATE` (YYYY-MM-DD) of an article that gives none")
	output    = flag.String("output", "", "output `DIR`: reports-*.jsonl, conflicts-*.jsonl, errors-*.jsonl, summary.json")
	shards    = flag.Int("shards", vbeam.DefaultShards, "`N` files for each of reports, conflicts and errors")
	kbs       stringList
)

func init() {
	flag.Var(&kbs, "kb", "knowledge base: a claim-set `FILE`, as veracity check --kb; repeatable")
}

func main() {
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: veracity-beam --input GLOB [--published DATE] --output DIR [--kb FILE]... [--shards N] [--runner prism|direct|dataflow|flink|spark|...] [Beam flags]\n\n")
		for _, name := range []string{"input", "published", "output", "kb", "shards", "runner"} {
			if f := flag.Lookup(name); f != nil {
				fmt.Fprintf(os.Stderr, "  --%s\n    \t%s\n", name, f.Usage)
			}
		}
		fmt.Fprintf(os.Stderr, "\nBeam's own flags (--endpoint, --environment_type, --project, --region, --temp_location, …) are taken as by any Beam Go program.\n")
	}
	flag.Parse()
	beam.Init()
	os.Exit(run(context.Background(), os.Stderr))
}

func run(ctx context.Context, stderr io.Writer) int {
	if flag.NArg() > 0 {
		fmt.Fprintf(stderr, "veracity-beam: unexpected argument %q (the input is --input GLOB)\n", flag.Arg(0))
		return 2
	}
	cfg := vbeam.Config{Input: *input, Published: *published, KB: kbs, Output: strings.TrimSuffix(*output, "/"), Shards: *shards}
	if err := cfg.Validate(); err != nil {
		fmt.Fprintf(stderr, "veracity-beam: %v\n", err)
		flag.Usage()
		return 2
	}
	local := !strings.Contains(cfg.Output, "://")
	if local {
		if err := prepare(cfg.Output); err != nil {
			fmt.Fprintf(stderr, "veracity-beam: %v\n", err)
			return 2
		}
	}
	p, s := beam.NewPipelineWithRoot()
	if err := vbeam.Build(s, cfg); err != nil {
		fmt.Fprintf(stderr, "veracity-beam: %v\n", err)
		return 2
	}
	if err := beamx.Run(ctx, p); err != nil {
		fmt.Fprintf(stderr, "veracity-beam: the pipeline failed: %v\n", err)
		return 2
	}
	if !local {
		return 0
	}
	data, err := os.ReadFile(filepath.Join(cfg.Output, "summary.json"))
	if err != nil {
		fmt.Fprintf(stderr, "veracity-beam: %v\n", err)
		return 2
	}
	var sum vbeam.Summary
	if err := json.Unmarshal(data, &sum); err != nil {
		fmt.Fprintf(stderr, "veracity-beam: %s: %v\n", filepath.Join(cfg.Output, "summary.json"), err)
		return 2
	}
	cross := 0
	for _, bySev := range sum.CrossArticle {
		for _, n := range bySev {
			cross += n
		}
	}
	fmt.Fprintf(stderr, "veracity-beam: %d articles, %d claims (%d keyed), %d findings across articles; written to %s\n",
		sum.Articles, sum.Claims, sum.KeyedClaims, cross, cfg.Output)
	if sum.Refused > 0 {
		fmt.Fprintf(stderr, "veracity-beam: %d inputs refused: see %s\n", sum.Refused, filepath.Join(cfg.Output, "errors-*.jsonl"))
		return 2
	}
	return 0
}

// prepare makes the local output folder, refusing one that already holds
// the outputs of a run: shards of another count would mix with the new.
func prepare(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, pat := range []string{"reports-*.jsonl", "conflicts-*.jsonl", "errors-*.jsonl", "summary.json"} {
		if m, _ := filepath.Glob(filepath.Join(dir, pat)); len(m) > 0 {
			return fmt.Errorf("%s already holds the output of a run (%s): remove it or choose another folder", dir, filepath.Base(m[0]))
		}
	}
	return nil
}
