// Command train learns the syntax model from a UD treebank and writes it.
//
//	go run ./claims/extract/syntax/cmd/train -train TRAIN.conllu[.gz] -dev DEV.conllu[.gz] -o model.bin
//
// Training is deterministic for a seed: the same data and flags give the
// same bytes.
package main

import (
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/veracity-go/veracity/claims/extract/syntax"
)

func main() {
	trainPath := flag.String("train", "", "training treebank (CoNLL-U, optionally gzipped)")
	devPath := flag.String("dev", "", "development treebank, scored during and after training")
	out := flag.String("o", "", "where to write the model")
	seed := flag.Uint64("seed", 1, "random seed")
	tagEpochs := flag.Int("tag-epochs", 0, "tagger epochs (0: default)")
	tagRuns := flag.Int("tag-runs", 0, "taggers trained on different orders and averaged (0: default)")
	parseEpochs := flag.Int("parse-epochs", 0, "parser epochs (0: default)")
	parseRuns := flag.Int("parse-runs", 0, "parsers trained on different orders and averaged (0: default)")
	partners := flag.String("partners", defaultPartners, "partner parsers the model combines with its own, comma-separated DIRECTION:BEAM:RUNS:TEMP:WEIGHT (DIRECTION rtl or ltr; BEAM 1: greedy; RUNS averaged; TEMP of the final beam's softmax, 0: best parse alone; WEIGHT of its votes against the model's parser's 1); empty for none")
	partnerTemp := flag.Float64("partner-temp", defaultPartnerTemp, "temperature of the model's own parser's final beam in the combination")
	beam := flag.Int("beam", 0, "the parser's beam while learning and parsing (0: default, 1: greedy)")
	beamEpochs := flag.Int("beam-epochs", 0, "the last parser epochs that learn with the beam (0: default, all)")
	folds := flag.Int("folds", 0, "jackknife folds for the parser's tags (0: default, 1: gold tags)")
	minWeight := flag.Float64("min-weight", 0, "drop averaged weights below this while training (0: default)")
	wordDropout := flag.Float64("word-dropout", 0, "chance that the tagger reads a word as unknown while learning (0: default, negative: none)")
	clusters := flag.Int("clusters", 0, "word classes learnt for the tagger (0: default, negative: none)")
	tagOnly := flag.Bool("tag-only", false, "train the tagger and lemmatizer alone and score them on dev (pruned); write no model")
	prune := flag.Float64("prune", 0.6, "then drop the weights below this, for a smaller model (0: none)")
	pruneParser := flag.Float64("prune-parser", 1.0, "then drop the parser's weights below this (0: none)")
	prunePartner := flag.Float64("prune-partner", 3.0, "then drop the partner parsers' weights below this (0: none)")
	flag.Parse()
	if *trainPath == "" || *out == "" && !*tagOnly {
		fmt.Fprintln(os.Stderr, "usage: train -train FILE [-dev FILE] -o MODEL")
		os.Exit(2)
	}
	ps, err := parsePartners(*partners)
	if err != nil {
		fail(err)
	}
	train, err := read(*trainPath)
	if err != nil {
		fail(err)
	}
	var dev []*syntax.GoldSentence
	if *devPath != "" {
		if dev, err = read(*devPath); err != nil {
			fail(err)
		}
	}
	m, err := syntax.Train(train, syntax.TrainOptions{Seed: *seed, TagEpochs: *tagEpochs, TagRuns: *tagRuns, ParseEpochs: *parseEpochs,
		ParseRuns: *parseRuns, Partners: ps, PartnerTemp: *partnerTemp, Beam: *beam, BeamEpochs: *beamEpochs, Folds: *folds, MinWeight: *minWeight,
		WordDropout: *wordDropout, Clusters: *clusters, TagOnly: *tagOnly, Log: os.Stderr, Dev: dev})
	if err != nil {
		fail(err)
	}
	if *prune > 0 {
		m = m.Prune(*prune)
	}
	if *pruneParser > 0 && !*tagOnly {
		m = m.PruneParser(*pruneParser)
	}
	if *prunePartner > 0 && !*tagOnly {
		m = m.PrunePartners(*prunePartner)
	}
	if *tagOnly {
		if dev != nil {
			fmt.Fprintf(os.Stderr, "dev: %s\n", syntax.Evaluate(m, dev))
		}
		return
	}
	f, err := os.Create(*out)
	if err != nil {
		fail(err)
	}
	if err := m.Save(f); err != nil {
		fail(err)
	}
	if err := f.Close(); err != nil {
		fail(err)
	}
	if dev != nil {
		fmt.Fprintf(os.Stderr, "dev: %s\n", syntax.Evaluate(m, dev))
	}
}

// The partners of the committed model (BENCHMARKS.md, "Parser
// combination").
const (
	defaultPartners    = "rtl:8:2:64:0.85,rtl:1:1:0:0.2,ltr:1:1:0:0.2"
	defaultPartnerTemp = 4
)

// parsePartners reads the -partners flag.
func parsePartners(spec string) ([]syntax.Partner, error) {
	var out []syntax.Partner
	for _, f := range strings.Split(spec, ",") {
		if f == "" {
			continue
		}
		var dir string
		var p syntax.Partner
		parts := strings.Split(f, ":")
		if len(parts) != 5 {
			return nil, fmt.Errorf("partner %q: want DIRECTION:BEAM:RUNS:TEMP:WEIGHT", f)
		}
		dir = parts[0]
		if dir != "rtl" && dir != "ltr" {
			return nil, fmt.Errorf("partner %q: direction rtl or ltr", f)
		}
		p.RightToLeft = dir == "rtl"
		var err error
		if p.Beam, err = strconv.Atoi(parts[1]); err != nil || p.Beam < 1 {
			return nil, fmt.Errorf("partner %q: beam %q", f, parts[1])
		}
		if p.Runs, err = strconv.Atoi(parts[2]); err != nil || p.Runs < 1 {
			return nil, fmt.Errorf("partner %q: runs %q", f, parts[2])
		}
		if p.Temp, err = strconv.ParseFloat(parts[3], 64); err != nil || p.Temp < 0 {
			return nil, fmt.Errorf("partner %q: temperature %q", f, parts[3])
		}
		if p.Weight, err = strconv.ParseFloat(parts[4], 64); err != nil || p.Weight < 0 {
			return nil, fmt.Errorf("partner %q: weight %q", f, parts[4])
		}
		out = append(out, p)
	}
	return out, nil
}

func read(path string) ([]*syntax.GoldSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		r = zr
	}
	g, err := syntax.ReadTreebank(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return g, nil
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "train:", err)
	os.Exit(1)
}
