package beam

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local paths
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/veracity-go/veracity/claims"
)

func init() {
	beam.RegisterType(reflect.TypeOf((*Article)(nil)).Elem())
	register.DoFn4x1[context.Context, fileio.FileMetadata, func(Article), func(string), error](&readFn{})
	register.DoFn6x1[context.Context, Article, func(string), func(string, []byte), func(string, int64), func(string), error](&checkFn{})
	register.DoFn5x1[context.Context, string, func(*[]byte) bool, func(string), func(string, int64), error](&compareFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&summaryFn{})
	register.DoFn2x0[string, func(int, string)](&shardFn{})
	register.Function2x0(countRefused)
	register.Function3x0(formatCounter)
	register.Function2x0(emptyShard)
	register.Emitter1[Article]()
	register.Emitter1[string]()
	register.Emitter2[string, []byte]()
	register.Emitter2[string, int64]()
	register.Emitter2[int, string]()
	register.Iter1[[]byte]()
	register.Iter1[string]()
}

// errorLine is a line of errors-*.jsonl: an input that was refused.
type errorLine struct {
	Input string `json:"input"`
	Error string `json:"error"`
}

// errorJSON returns the errors-*.jsonl line for err about input.
func errorJSON(input string, err error) string {
	b, _ := json.Marshal(errorLine{input, err.Error()}) // two strings always encode
	return string(b)
}

// readFn reads the articles of one matched file.
type readFn struct {
	Published string `json:"published"`
}

func (f *readFn) ProcessElement(ctx context.Context, md fileio.FileMetadata, emit func(Article), emitErr func(string)) error {
	name := md.Path
	switch strings.ToLower(path.Ext(name)) {
	case ".json":
		return nil // a sidecar, read with its article
	case ".jsonl", ".ndjson":
		return f.readLines(ctx, name, emit, emitErr)
	case ".txt", ".md":
		a, err := readText(ctx, name, f.Published)
		if err != nil {
			emitErr(errorJSON(name, err))
			return nil
		}
		emit(a)
		return nil
	}
	emitErr(errorJSON(name, fmt.Errorf("%s: unknown kind of file (want an article .txt or .md, or JSON Lines .jsonl or .ndjson)", name)))
	return nil
}

// readText reads an article file and its sidecar, if it has one.
func readText(ctx context.Context, name, published string) (Article, error) {
	data, err := readFile(ctx, name, MaxArticleSize)
	if err != nil {
		return Article{}, err
	}
	var meta []byte
	side := SidecarName(name)
	if side != name {
		fs, err := filesystem.New(ctx, side)
		if err != nil {
			return Article{}, fmt.Errorf("%s: %v", side, err)
		}
		found, err := fs.List(ctx, side)
		fs.Close()
		if err != nil {
			return Article{}, fmt.Errorf("%s: %v", side, err)
		}
		if len(found) > 0 {
			if meta, err = readFile(ctx, side, 1<<20); err != nil {
				return Article{}, err
			}
		}
	}
	return TextArticle(name, data, published, meta)
}

// readFile reads a whole file of at most limit bytes.
func readFile(ctx context.Context, name string, limit int64) ([]byte, error) {
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	defer fs.Close()
	r, err := fs.OpenRead(ctx, name)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	defer r.Close()
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s: larger than %d bytes; not read", name, limit)
	}
	return data, nil
}

// readLines reads a file of JSON Lines, one article a line; a bad line
// is refused with its number and the rest are read.
func (f *readFn) readLines(ctx context.Context, name string, emit func(Article), emitErr func(string)) error {
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		emitErr(errorJSON(name, fmt.Errorf("%s: %v", name, err)))
		return nil
	}
	defer fs.Close()
	r, err := fs.OpenRead(ctx, name)
	if err != nil {
		emitErr(errorJSON(name, fmt.Errorf("%s: %v", name, err)))
		return nil
	}
	defer r.Close()
	return eachLine(bufio.NewReaderSize(r, 1<<16), func(n int, line []byte, err error) {
		if err == nil {
			var a Article
			if a, err = LineArticle(name, n, line, f.Published); err == nil {
				emit(a)
				return
			}
		}
		emitErr(errorJSON(fmt.Sprintf("%s:%d", name, n), err))
	}, name)
}

// eachLine calls fn with each non-blank line of r and its number (from 1),
// or an error for a line over MaxArticleSize, which it skips without
// holding it. It returns an error only when reading fails.
func eachLine(r *bufio.Reader, fn func(n int, line []byte, err error), name string) error {
	var buf []byte
	n, long := 0, false
	for {
		chunk, err := r.ReadSlice('\n')
		if !long {
			buf = append(buf, chunk...)
			if len(buf) > MaxArticleSize+1 {
				long, buf = true, buf[:0]
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("%s: %v", name, err)
		}
		if len(chunk) > 0 || long || len(buf) > 0 {
			n++
			switch {
			case long:
				fn(n, nil, fmt.Errorf("%s:%d: longer than %d MiB, the limit for an article; not read", name, n, MaxArticleSize>>20))
			case len(bytes.TrimSpace(buf)) > 0:
				fn(n, bytes.TrimRight(buf, "\r\n"), nil)
			}
		}
		buf, long = buf[:0], false
		if err != nil {
			return nil
		}
	}
}

// checkFn checks articles with one Worker, made in Setup and reused.
type checkFn struct {
	KB        []string `json:"kb"`
	Published string   `json:"published"`

	worker *Worker
}

func (f *checkFn) Setup(ctx context.Context) error {
	var kb *claims.Set
	if len(f.KB) > 0 {
		kb = &claims.Set{Version: claims.Version}
		for _, p := range f.KB {
			s, err := loadKB(ctx, p)
			if err != nil {
				return fmt.Errorf("beam: knowledge base: %w", err)
			}
			kb.Entities = append(kb.Entities, s.Entities...)
			kb.Properties = append(kb.Properties, s.Properties...)
			kb.Sources = append(kb.Sources, s.Sources...)
			kb.Facts = append(kb.Facts, s.Facts...)
		}
	}
	var published time.Time
	if f.Published != "" {
		var err error
		if published, err = ParseDate(f.Published); err != nil {
			return err
		}
	}
	w, err := NewWorker(kb, published)
	if err != nil {
		return err
	}
	f.worker = w
	return nil
}

func (f *checkFn) ProcessElement(ctx context.Context, a Article, emitReport func(string), emitKeyed func(string, []byte), emitCounter func(string, int64), emitErr func(string)) error {
	if a.Note != "" {
		log.Warnf(ctx, "%s", a.Note)
	}
	c, err := f.worker.Check(ctx, a)
	if err != nil {
		if ctx.Err() != nil {
			return err
		}
		emitErr(errorJSON(a.Name(), err))
		return nil
	}
	emitReport(string(bytes.TrimSuffix(c.Line, []byte("\n"))))
	for i := range c.Keyed {
		b, err := json.Marshal(&c.Keyed[i])
		if err != nil {
			return fmt.Errorf("beam: %s: %w", a.Name(), err)
		}
		emitKeyed(c.Keys[i].String(), b)
	}
	for k, v := range articleCounters(a, c) {
		emitCounter(k, v)
	}
	return nil
}

// loadKB loads a knowledge-base file: a local one as `veracity check --kb`
// does (with its includes), one on another filesystem (gs://…) alone.
func loadKB(ctx context.Context, p string) (*claims.Set, error) {
	if !strings.Contains(p, "://") {
		return claims.Load(p)
	}
	data, err := readFile(ctx, p, 1<<30)
	if err != nil {
		return nil, err
	}
	return claims.Decode(data, p)
}

// compareFn compares the claims of one key across articles.
type compareFn struct {
	comparer *Comparer
}

func (f *compareFn) Setup() error {
	c, err := NewComparer(nil)
	f.comparer = c
	return err
}

func (f *compareFn) ProcessElement(ctx context.Context, key string, values func(*[]byte) bool, emit func(string), emitCounter func(string, int64)) error {
	k, err := ParseKey(key)
	if err != nil {
		return err
	}
	var group []KeyedClaim
	var b []byte
	for values(&b) {
		var kc KeyedClaim
		if err := json.Unmarshal(b, &kc); err != nil {
			return fmt.Errorf("beam: claim of %s: %w", key, err)
		}
		group = append(group, kc)
	}
	found, err := f.comparer.Compare(ctx, k, group)
	if err != nil {
		return err
	}
	for i := range found {
		line, err := json.Marshal(&found[i])
		if err != nil {
			return fmt.Errorf("beam: finding of %s: %w", key, err)
		}
		emit(string(line))
		for name, n := range crossCounters(&found[i]) {
			emitCounter(name, n)
		}
	}
	return nil
}

// countRefused counts an error line as one refused input.
func countRefused(_ string, emit func(string, int64)) { emit(counterRefused, 1) }

// formatCounter writes a summed counter as "COUNT<tab>NAME".
func formatCounter(name string, n int64, emit func(string)) {
	emit(strconv.FormatInt(n, 10) + "\t" + name)
}

// summaryFn assembles the summed counters into summary.json.
type summaryFn struct {
	Path string `json:"path"`
}

func (f *summaryFn) ProcessElement(ctx context.Context, _ int, lines func(*string) bool) error {
	counters := map[string]int64{}
	var line string
	for lines(&line) {
		count, name, ok := strings.Cut(line, "\t")
		n, err := strconv.ParseInt(count, 10, 64)
		if !ok || err != nil {
			return fmt.Errorf("beam: bad counter %q", line)
		}
		counters[name] += n
	}
	s, err := BuildSummary(counters)
	if err != nil {
		return err
	}
	return writeFile(ctx, f.Path, s.JSON())
}

// writeFile writes data to the file at p on any Beam filesystem.
func writeFile(ctx context.Context, p string, data []byte) error {
	fs, err := filesystem.New(ctx, p)
	if err != nil {
		return fmt.Errorf("beam: %s: %v", p, err)
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, p)
	if err != nil {
		return fmt.Errorf("beam: %s: %v", p, err)
	}
	if _, err := w.Write(data); err != nil {
		w.Close()
		return fmt.Errorf("beam: %s: %v", p, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("beam: %s: %v", p, err)
	}
	return nil
}
