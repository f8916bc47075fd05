package beam

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
)

// writeShards writes the lines of col to n files PREFIX-SSSSS-of-NNNNN.jsonl,
// a line going to the shard its hash picks. Every shard is written, empty
// or not, so that a glob over the output always matches; a shard is
// written whole by one worker, so a retry rewrites it.
func writeShards(s beam.Scope, prefix string, n int, col beam.PCollection) {
	keyed := beam.ParDo(s, &shardFn{N: n}, col)
	ids := make([]int, n)
	for i := range ids {
		ids[i] = i
	}
	empty := beam.ParDo(s, emptyShard, beam.CreateList(s, ids))
	groups := beam.GroupByKey(s, beam.Flatten(s, keyed, empty))
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, N: n}, groups)
}

// ShardName returns the name of shard i of n of the output prefix.
func ShardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

// shardFn keys a line by its shard.
type shardFn struct {
	N int `json:"n"`
}

func (f *shardFn) ProcessElement(line string, emit func(int, string)) {
	h := fnv.New32a()
	h.Write([]byte(line))
	emit(int(h.Sum32()%uint32(f.N)), line)
}

// emptyShard gives shard i an empty line, so that it is written even when
// no line falls to it; the writer skips empty lines.
func emptyShard(i int, emit func(int, string)) { emit(i, "") }

// writeShardFn writes one shard.
type writeShardFn struct {
	Prefix string `json:"prefix"`
	N      int    `json:"n"`
}

func (f *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	name := ShardName(f.Prefix, shard, f.N)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return fmt.Errorf("beam: %s: %v", name, err)
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return fmt.Errorf("beam: %s: %v", name, err)
	}
	buf := bufio.NewWriterSize(w, 1<<20)
	var line string
	for lines(&line) {
		if line == "" {
			continue
		}
		buf.WriteString(line)
		buf.WriteByte('\n')
	}
	if err := buf.Flush(); err != nil {
		w.Close()
		return fmt.Errorf("beam: %s: %v", name, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("beam: %s: %v", name, err)
	}
	return nil
}
