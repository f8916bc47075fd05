package wikidata

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"

	bolt "go.etcd.io/bbolt"
)

// The buckets of a knowledge base file.
var (
	bucketItems = []byte("items") // item id → Item JSON
	bucketNames = []byte("names") // Fold(name) 0x00 item id → nothing
	bucketMeta  = []byte("meta")  // format, languages, map, stats
)

// kbFormat identifies a knowledge base file and its version.
const kbFormat = "veracity-wikidata-kb 1"

// A KB is an on-disk knowledge base built from a Wikidata dump by
// [Import]: items by id, and an index of their folded labels and aliases.
// It opens instantly (the file is memory-mapped, nothing is loaded) and
// is read-only. A KB is safe for concurrent use.
type KB struct {
	db    *bolt.DB
	path  string
	langs []string
	m     *Map
	stats ImportStats
}

// IsKB reports whether the file at path is a knowledge base file (by its
// first bytes: bbolt's magic number), without opening it.
func IsKB(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	var b [32]byte
	n, _ := f.Read(b[:])
	// bbolt's meta page: page header (16 bytes), then magic 0xED0CDAED.
	return n >= 20 && bytes.Equal(b[16:20], []byte{0xed, 0xda, 0x0c, 0xed})
}

// Open opens the knowledge base at path, read-only.
func Open(path string) (*KB, error) {
	if !IsKB(path) {
		return nil, fmt.Errorf("wikidata: %s is not a knowledge base file (build one with veracity kb import wikidata)", path)
	}
	db, err := bolt.Open(path, 0o444, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		return nil, fmt.Errorf("wikidata: open %s: %w", path, err)
	}
	kb := &KB{db: db, path: path}
	err = db.View(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if meta == nil || tx.Bucket(bucketItems) == nil || tx.Bucket(bucketNames) == nil {
			return errors.New("not a veracity knowledge base")
		}
		if f := string(meta.Get([]byte("format"))); f != kbFormat {
			return fmt.Errorf("format %q, want %q", f, kbFormat)
		}
		if err := json.Unmarshal(meta.Get([]byte("languages")), &kb.langs); err != nil {
			return fmt.Errorf("languages: %w", err)
		}
		var ms []Mapping
		if err := json.Unmarshal(meta.Get([]byte("map")), &ms); err != nil {
			return fmt.Errorf("map: %w", err)
		}
		kb.m = &Map{list: ms}
		if s := meta.Get([]byte("stats")); s != nil {
			if err := json.Unmarshal(s, &kb.stats); err != nil {
				return fmt.Errorf("stats: %w", err)
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("wikidata: %s: %w", path, err)
	}
	return kb, nil
}

// Close closes the file.
func (kb *KB) Close() error { return kb.db.Close() }

// Path returns the file the knowledge base was opened from.
func (kb *KB) Path() string { return kb.path }

// Map returns the property map the knowledge base was built with.
func (kb *KB) Map() *Map { return &Map{list: kb.m.Mappings()} }

// Stats returns the figures of the import that built the knowledge base.
func (kb *KB) Stats() ImportStats { return kb.stats }

// Item returns the item with the given id.
func (kb *KB) Item(id string) (*Item, bool) {
	var it *Item
	kb.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketItems).Get([]byte(id))
		if b == nil {
			return nil
		}
		var x Item
		if json.Unmarshal(b, &x) == nil {
			it = &x
		}
		return nil
	})
	return it, it != nil
}

// Named returns the ids of the items whose label or an alias folds to
// Fold(name), in id order.
func (kb *KB) Named(name string) []string {
	key := append([]byte(Fold(name)), 0)
	if len(key) == 1 {
		return nil
	}
	var ids []string
	kb.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketNames).Cursor()
		for k, _ := c.Seek(key); k != nil && bytes.HasPrefix(k, key); k, _ = c.Next() {
			ids = append(ids, string(k[len(key):]))
		}
		return nil
	})
	return ids
}

// Link finds the names of items in text and links them: see [LinkText].
func (kb *KB) Link(text string) []Link { return LinkText(kb, text) }
