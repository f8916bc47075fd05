package beam

import (
	"fmt"
	"path"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"
)

// Config is what a pipeline reads and where it writes.
//
// A Config is plain data, safe to copy and to share between goroutines.
type Config struct {
	// Input is a glob of article files: text (.txt, .md; a NAME.json
	// beside one gives its metadata and is not an article) or JSON Lines
	// (.jsonl, .ndjson). It may name any filesystem the Beam SDK has
	// registered (a local path, gs://…).
	Input string
	// Published is the publication date (YYYY-MM-DD) of an article that
	// gives none, or "".
	Published string
	// KB lists knowledge-base files (claim sets), as `veracity check --kb`;
	// each worker loads them once.
	KB []string
	// Output is the folder the results are written to:
	// reports-*.jsonl, conflicts-*.jsonl, errors-*.jsonl and summary.json.
	Output string
	// Shards is how many files each of reports, conflicts and errors is
	// written to; 0 means DefaultShards.
	Shards int
}

// DefaultShards is the number of files each output is sharded into when
// Config.Shards is 0.
const DefaultShards = 4

// Validate reports what is wrong with c, naming the field.
func (c Config) Validate() error {
	switch {
	case strings.TrimSpace(c.Input) == "":
		return fmt.Errorf("beam: no input glob")
	case strings.TrimSpace(c.Output) == "":
		return fmt.Errorf("beam: no output folder")
	case c.Shards < 0:
		return fmt.Errorf("beam: negative number of shards %d", c.Shards)
	}
	if c.Published != "" {
		if _, err := ParseDate(c.Published); err != nil {
			return err
		}
	}
	return nil
}

// jsonLines reports whether a glob names JSON Lines files.
func jsonLines(glob string) bool {
	switch strings.ToLower(path.Ext(glob)) {
	case ".jsonl", ".ndjson":
		return true
	}
	return false
}

// Build adds the archive pipeline to scope s:
//
//	match files → (reshuffle) → read articles → check each (one Worker per
//	DoFn instance) → reports-*.jsonl
//	                          → claims keyed by Key → group by key →
//	                            compare across articles → conflicts-*.jsonl
//	                          → counters → sum → summary.json
//
// Inputs that cannot be read or checked go to errors-*.jsonl, one JSON
// object {"input", "error"} each, and are counted as refused.
func Build(s beam.Scope, c Config) error {
	if err := c.Validate(); err != nil {
		return err
	}
	shards := c.Shards
	if shards == 0 {
		shards = DefaultShards
	}
	out := strings.TrimSuffix(c.Output, "/")

	files := fileio.MatchFiles(s.Scope("match"), c.Input, fileio.MatchEmptyDisallow())
	// Matching gives every file in one bundle; a reshuffle spreads them
	// over the workers before the work that costs.
	files = beam.Reshuffle(s.Scope("spread-files"), files)
	articles, readErrs := beam.ParDo2(s.Scope("read"), &readFn{Published: c.Published}, files)
	if jsonLines(c.Input) {
		// One file of JSON Lines holds many articles: spread them too.
		articles = beam.Reshuffle(s.Scope("spread-articles"), articles)
	}
	reports, keyed, counters, checkErrs := beam.ParDo4(s.Scope("check"),
		&checkFn{KB: c.KB, Published: c.Published}, articles)
	writeShards(s.Scope("write-reports"), out+"/reports", shards, reports)

	groups := beam.GroupByKey(s.Scope("group-by-key"), keyed)
	conflicts, crossCounters := beam.ParDo2(s.Scope("compare"), &compareFn{}, groups)
	writeShards(s.Scope("write-conflicts"), out+"/conflicts", shards, conflicts)

	errs := beam.Flatten(s.Scope("errors"), readErrs, checkErrs)
	writeShards(s.Scope("write-errors"), out+"/errors", shards, errs)
	refused := beam.ParDo(s.Scope("count-refused"), countRefused, errs)

	sums := stats.SumPerKey(s.Scope("sum"), beam.Flatten(s.Scope("counters"), counters, crossCounters, refused))
	lines := beam.ParDo(s.Scope("format-counters"), formatCounter, sums)
	all := beam.GroupByKey(s.Scope("gather-counters"), beam.AddFixedKey(s.Scope("one-key"), lines))
	beam.ParDo0(s.Scope("write-summary"), &summaryFn{Path: out + "/summary.json"}, all)
	return nil
}
