package wikidata

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"
)

// ImportOptions say what an import keeps. The zero ImportOptions keep
// every item, with English terms and the default map. Import reads them
// and does not keep them.
type ImportOptions struct {
	// IDs, when not nil, keeps only these items.
	IDs map[string]bool
	// MinSitelinks keeps only items with at least this many sitelinks.
	MinSitelinks int
	// Languages are the languages of the labels, descriptions and aliases
	// kept, in order of preference for the label; nil is English.
	Languages []string
	// Map is the property map; nil is [DefaultMap].
	Map *Map
	// Progress, when set, is called about once a second with the figures
	// so far, and once at the end.
	Progress func(ImportStats)
	// BatchSize is how many items go into one write transaction, bounding
	// memory; zero means 10000.
	BatchSize int
}

// ImportStats are the figures of an import: plain data.
type ImportStats struct {
	Entities int           `json:"entities"` // entities read
	Items    int           `json:"items"`    // items kept
	Bytes    int64         `json:"bytes"`    // bytes of decompressed dump read
	Elapsed  time.Duration `json:"elapsed"`
	// Skipped counts the entities left out, by reason ("not an item",
	// "not in --ids", "fewer sitelinks").
	Skipped map[string]int `json:"skipped,omitempty"`
	// Unclosed is set when the dump opened with "[" and had no closing
	// "]": it may have been cut after a whole entity.
	Unclosed bool `json:"unclosed,omitempty"`
	// Values counts the statement values of mapped properties left out,
	// by reason ("datatype globe-coordinate", "unit Q1234"…).
	Values Skips `json:"values,omitempty"`
}

// MBPerSecond is the import speed in megabytes (10⁶ bytes) of
// decompressed dump a second.
func (s ImportStats) MBPerSecond() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Bytes) / 1e6 / s.Elapsed.Seconds()
}

// Import reads the dump r (plain, gzip or bzip2) in one pass and writes
// the knowledge base file path, which it replaces only when the import
// succeeds (it writes a temporary file beside it first). Memory is bounded
// by the largest entity and one batch of items. A dump that is corrupt or
// truncated is an error that names the byte offset; ctx cancels.
func Import(ctx context.Context, r io.Reader, path string, opts ImportOptions) (ImportStats, error) {
	start := time.Now()
	stats := ImportStats{Skipped: map[string]int{}, Values: Skips{}}
	if opts.Map == nil {
		opts.Map = DefaultMap()
	}
	if opts.Languages == nil {
		opts.Languages = []string{"en"}
	}
	if opts.BatchSize <= 0 {
		opts.BatchSize = 10000
	}
	dr, err := NewDumpReader(r)
	if err != nil {
		return stats, err
	}
	dr.Filter = &Filter{Languages: opts.Languages, Properties: opts.Map.Wikidata()}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return stats, fmt.Errorf("wikidata: %w", err)
	}
	tmpName := tmp.Name()
	tmp.Close()
	ok := false
	defer func() {
		if !ok {
			os.Remove(tmpName)
		}
	}()
	db, err := bolt.Open(tmpName, 0o644, &bolt.Options{Timeout: time.Second, NoSync: true, NoFreelistSync: true})
	if err != nil {
		return stats, fmt.Errorf("wikidata: %w", err)
	}
	defer db.Close()
	if err := writeMeta(db, opts, nil); err != nil {
		return stats, err
	}
	var batch []*Item
	// A batch's keys are put in order: bbolt splits its nodes only at
	// commit, so keys put at random into one transaction move ever longer
	// node slices, while keys in order are appended.
	type kv struct{ k, v []byte }
	var items, names []kv
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		items, names = items[:0], names[:0]
		for _, it := range batch {
			b, err := json.Marshal(it)
			if err != nil {
				return fmt.Errorf("wikidata: %s: %w", it.ID, err)
			}
			items = append(items, kv{[]byte(it.ID), b})
			for _, n := range append([]string{it.Label}, it.Aliases...) {
				if f := Fold(n); f != "" {
					names = append(names, kv{append(append([]byte(f), 0), it.ID...), nil})
				}
			}
		}
		byKey := func(a, b kv) int { return bytes.Compare(a.k, b.k) }
		slices.SortFunc(items, byKey)
		slices.SortFunc(names, byKey)
		err := db.Update(func(tx *bolt.Tx) error {
			ib, nb := tx.Bucket(bucketItems), tx.Bucket(bucketNames)
			// a dump comes mostly in id order: pages of items filled
			// fuller than the default half split less and take less room
			ib.FillPercent = 0.9
			for _, x := range items {
				if err := ib.Put(x.k, x.v); err != nil {
					return err
				}
			}
			for _, x := range names {
				if err := nb.Put(x.k, x.v); err != nil {
					return err
				}
			}
			return nil
		})
		batch = batch[:0]
		if err != nil {
			return fmt.Errorf("wikidata: writing %s: %w", path, err)
		}
		return nil
	}
	last := time.Now()
	report := func() {
		stats.Bytes = dr.Offset()
		stats.Elapsed = time.Since(start)
		if opts.Progress != nil {
			opts.Progress(stats)
		}
	}
	for {
		if err := ctx.Err(); err != nil {
			return stats, err
		}
		raw, off, err := dr.NextRaw()
		if err == io.EOF {
			break
		}
		if err != nil {
			return stats, err
		}
		stats.Entities++
		if opts.IDs != nil {
			if id, ok := PeekID(raw); ok && !opts.IDs[id] {
				stats.Skipped["not in --ids"]++
				continue
			}
		}
		// the entity's structure is checked and its kept parts found
		// first; its statements are decoded only when it is kept
		var je jsonEntity
		if err := scanEntity(raw, dr.Filter, &je); err != nil {
			return stats, &DumpError{Offset: off, Line: dr.line, Err: fmt.Errorf("wikidata: %w", err)}
		}
		switch {
		case je.Type != "item":
			stats.Skipped["not an item"]++
			continue
		case opts.IDs != nil && !opts.IDs[je.ID]:
			stats.Skipped["not in --ids"]++
			continue
		case max(len(je.Sitelinks), je.sitelinks) < opts.MinSitelinks:
			stats.Skipped["fewer sitelinks"]++
			continue
		}
		e, err := convertEntity(&je, dr.Filter)
		if err != nil {
			return stats, &DumpError{Offset: off, Line: dr.line, Err: err}
		}
		batch = append(batch, NewItem(e, opts.Map, opts.Languages, stats.Values))
		stats.Items++
		if len(batch) >= opts.BatchSize {
			if err := flush(); err != nil {
				return stats, err
			}
		}
		if time.Since(last) >= time.Second {
			last = time.Now()
			report()
		}
	}
	if err := flush(); err != nil {
		return stats, err
	}
	stats.Unclosed = dr.Unclosed()
	report()
	if err := writeMeta(db, opts, &stats); err != nil {
		return stats, err
	}
	if err := db.Sync(); err != nil {
		return stats, fmt.Errorf("wikidata: %w", err)
	}
	if err := db.Close(); err != nil {
		return stats, fmt.Errorf("wikidata: %w", err)
	}
	if err := os.Chmod(tmpName, 0o644); err != nil { // CreateTemp made it private
		return stats, fmt.Errorf("wikidata: %w", err)
	}
	if err := os.Rename(tmpName, path); err != nil {
		return stats, fmt.Errorf("wikidata: %w", err)
	}
	ok = true
	return stats, nil
}

func writeMeta(db *bolt.DB, opts ImportOptions, stats *ImportStats) error {
	err := db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketItems, bucketNames, bucketMeta} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		meta := tx.Bucket(bucketMeta)
		langs, _ := json.Marshal(opts.Languages)
		m, err := json.Marshal(opts.Map.list)
		if err != nil {
			return err
		}
		if err := errors.Join(meta.Put([]byte("format"), []byte(kbFormat)),
			meta.Put([]byte("languages"), langs), meta.Put([]byte("map"), m)); err != nil {
			return err
		}
		if stats != nil {
			s, _ := json.Marshal(stats)
			return meta.Put([]byte("stats"), s)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("wikidata: writing the knowledge base: %w", err)
	}
	return nil
}
