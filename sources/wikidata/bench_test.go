package wikidata

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"
)

// samplePath is the shared sample of 49 real items (about 2015).
const samplePath = "../../../shared/wikidata/wikidata-sample-49.json.gz"

// sampleDump returns the shared sample, decompressed, repeated n times as
// one dump; it skips when the shared data is absent.
func sampleDump(b *testing.B, n int) []byte {
	b.Helper()
	f, err := os.Open(samplePath)
	if err != nil {
		b.Skipf("shared sample absent: %v", err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	raw, err := io.ReadAll(z)
	if err != nil {
		b.Fatal(err)
	}
	body := bytes.TrimSpace(raw)
	body = bytes.TrimPrefix(body, []byte("["))
	body = bytes.TrimSuffix(bytes.TrimSpace(body), []byte("]"))
	body = bytes.TrimSuffix(bytes.TrimSpace(body), []byte(","))
	var out bytes.Buffer
	out.WriteString("[\n")
	for i := range n {
		out.Write(bytes.TrimSpace(body))
		if i < n-1 {
			out.WriteString(",")
		}
		out.WriteString("\n")
	}
	out.WriteString("]\n")
	return out.Bytes()
}

// BenchmarkImport measures an import of the sample repeated 10 times
// (37 MB of decompressed dump) into a kb, in MB/s of dump.
func BenchmarkImport(b *testing.B) {
	dump := sampleDump(b, 10)
	dir := b.TempDir()
	b.SetBytes(int64(len(dump)))
	b.ResetTimer()
	for i := range b.N {
		if _, err := Import(context.Background(), bytes.NewReader(dump), filepath.Join(dir, strconv.Itoa(i)+".kb"), ImportOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeEntity measures decoding alone: the sample's entities
// with the import's filter.
func BenchmarkDecodeEntity(b *testing.B) {
	dump := sampleDump(b, 1)
	var lines [][]byte
	for _, l := range bytes.Split(dump, []byte("\n")) {
		l = bytes.TrimSuffix(bytes.TrimSpace(l), []byte(","))
		if len(l) > 2 {
			lines = append(lines, l)
		}
	}
	f := &Filter{Languages: []string{"en"}, Properties: DefaultMap().Wikidata()}
	b.SetBytes(int64(len(dump)))
	b.ResetTimer()
	for range b.N {
		for _, l := range lines {
			if _, err := DecodeEntity(l, f); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// benchItems is the size of the generated kb of BenchmarkLookup:
// WIKIDATA_BENCH_ITEMS, else 20000 (1000000 for the figures of
// BENCHMARKS.md).
func benchItems() int {
	if n, err := strconv.Atoi(os.Getenv("WIKIDATA_BENCH_ITEMS")); err == nil && n > 0 {
		return n
	}
	return 20000
}

// genDump writes a dump of n generated items: a person, a city or a
// company each, with a label, two aliases, a description, sitelinks,
// instance of, country, a date and a population or employee series.
func genDump(w io.Writer, n int) {
	fmt.Fprintln(w, "[")
	for i := 1; i <= n; i++ {
		id := "Q" + strconv.Itoa(1000+i)
		var claims string
		switch i % 3 {
		case 0:
			claims = fmt.Sprintf(`"P31":[%s],"P569":[%s],"P27":[%s]`, itemStmt("P31", "Q5"), timeStmt("P569", fmt.Sprintf("+19%02d-%02d-%02dT00:00:00Z", i%100, 1+i%12, 1+i%28), ""), itemStmt("P27", "Q30"))
		case 1:
			claims = fmt.Sprintf(`"P31":[%s],"P17":[%s],"P1082":[%s,%s]`, itemStmt("P31", "Q515"), itemStmt("P17", "Q30"),
				qtyStmt("P1082", 1000+i, `"qualifiers":{"P585":[{"snaktype":"value","property":"P585","datatype":"time","datavalue":{"type":"time","value":{"time":"+2010-00-00T00:00:00Z","precision":9,"calendarmodel":"http://www.wikidata.org/entity/Q1985727"}}}]},`),
				qtyStmt("P1082", 2000+i, `"qualifiers":{"P585":[{"snaktype":"value","property":"P585","datatype":"time","datavalue":{"type":"time","value":{"time":"+2020-00-00T00:00:00Z","precision":9,"calendarmodel":"http://www.wikidata.org/entity/Q1985727"}}}]},`))
		default:
			claims = fmt.Sprintf(`"P31":[%s],"P571":[%s],"P1128":[%s]`, itemStmt("P31", "Q4830453"), timeStmt("P571", fmt.Sprintf("+18%02d-00-00T00:00:00Z", i%100), ""), qtyStmt("P1128", i%5000, ""))
		}
		sep := ","
		if i == n {
			sep = ""
		}
		fmt.Fprintf(w, `{"type":"item","id":"%s","labels":{"en":{"language":"en","value":"%s"}},"descriptions":{"en":{"language":"en","value":"generated item %d"}},"aliases":{"en":[{"language":"en","value":"%s alias"},{"language":"en","value":"Alias %d"}]},"claims":{%s},"sitelinks":{"enwiki":{"site":"enwiki","title":"x","badges":[]}}}%s`+"\n",
			id, genName(i), i, genName(i), i, claims, sep)
	}
	fmt.Fprintln(w, "]")
}

// genName is the generated label of item i: two words from a small
// vocabulary and a number, so that names share prefixes as real ones do.
func genName(i int) string {
	first := []string{"North", "Saint", "New", "Port", "Lake", "Mount", "East", "Grand"}
	second := []string{"Haven", "Field", "Ridge", "Falls", "Harbor", "Springs", "Valley", "Point"}
	return fmt.Sprintf("%s %s %d", first[i%8], second[(i/8)%8], i)
}

func itemStmt(p, q string) string {
	return fmt.Sprintf(`{"mainsnak":{"snaktype":"value","property":"%s","datatype":"wikibase-item","datavalue":{"type":"wikibase-entityid","value":{"entity-type":"item","id":"%s"}}},"type":"statement","rank":"normal"}`, p, q)
}

func timeStmt(p, t, extra string) string {
	return fmt.Sprintf(`{"mainsnak":{"snaktype":"value","property":"%s","datatype":"time","datavalue":{"type":"time","value":{"time":"%s","precision":11,"calendarmodel":"http://www.wikidata.org/entity/Q1985727"}}},%s"type":"statement","rank":"normal"}`, p, t, extra)
}

func qtyStmt(p string, n int, extra string) string {
	return fmt.Sprintf(`{"mainsnak":{"snaktype":"value","property":"%s","datatype":"quantity","datavalue":{"type":"quantity","value":{"amount":"+%d","unit":"1"}}},%s"type":"statement","rank":"normal","references":[{"snaks":{"P854":[{"snaktype":"value","property":"P854","datatype":"url","datavalue":{"type":"string","value":"https://stats.example.org/%d"}}]}}]}`, p, n, extra, n)
}

// BenchmarkLookup measures lookups on a kb of generated items (see
// benchItems): an item by id, and the items of a name, at random. It
// reports the p50 and p99 latencies of one lookup and the kb's bytes per
// item.
func BenchmarkLookup(b *testing.B) {
	n := benchItems()
	dir := b.TempDir()
	dumpPath := filepath.Join(dir, "gen.json")
	f, err := os.Create(dumpPath)
	if err != nil {
		b.Fatal(err)
	}
	genDump(f, n)
	f.Close()
	in, _ := os.Open(dumpPath)
	kbPath := filepath.Join(dir, "gen.kb")
	stats, err := Import(context.Background(), in, kbPath, ImportOptions{})
	in.Close()
	if err != nil {
		b.Fatal(err)
	}
	fi, _ := os.Stat(kbPath)
	kb, err := Open(kbPath)
	if err != nil {
		b.Fatal(err)
	}
	defer kb.Close()
	b.Logf("%d items, import %.1f MB/s, kb %d bytes", stats.Items, stats.MBPerSecond(), fi.Size())
	for _, mode := range []string{"item", "name"} {
		b.Run(mode, func(b *testing.B) {
			rng := rand.New(rand.NewPCG(1, 2))
			lat := make([]time.Duration, 0, b.N)
			for range b.N {
				i := 1 + rng.IntN(n)
				start := time.Now()
				switch mode {
				case "item":
					if _, ok := kb.Item("Q" + strconv.Itoa(1000+i)); !ok {
						b.Fatal("missing item")
					}
				case "name":
					if len(kb.Named(genName(i))) == 0 {
						b.Fatal("missing name")
					}
				}
				lat = append(lat, time.Since(start))
			}
			slices.Sort(lat)
			b.ReportMetric(float64(lat[len(lat)/2].Nanoseconds()), "p50-ns")
			b.ReportMetric(float64(lat[len(lat)*99/100].Nanoseconds()), "p99-ns")
			b.ReportMetric(float64(fi.Size())/float64(n), "kb-bytes/item")
		})
	}
}
