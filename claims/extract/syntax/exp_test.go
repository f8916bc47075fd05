//go:build syntaxexp

package syntax

// An experiment harness for the parser (build tag syntaxexp): the
// jackknifed training tags are computed once and cached, then one parser
// is trained over them, dev scored every 3 epochs, with the committed
// model's tagger and lemmatizer; EXP_BEAM sets the beam while learning
// (default 8) and EXP_DEV_BEAMS the beams dev is parsed with (default
// EXP_BEAM's). TestExperimentPrune scores a model
// file with its parser pruned at several thresholds.
//
//	EXP_RUN=0 EXP_EPOCHS=9 EXP_BEAM=16 EXP_DEV_BEAMS=8,16 GOMAXPROCS=1 go test -tags syntaxexp -run TestExperiment -v -timeout 0 .

import (
	"encoding/gob"
	"os"
	"strconv"
	"strings"
	"testing"
)

func TestExperiment(t *testing.T) {
	train := readGold(t, "en_ewt-ud-train.conllu.gz")
	dev := readGold(t, "en_ewt-ud-dev.conllu.gz")
	o := TrainOptions{Seed: 1, Log: os.Stderr, Dev: dev}
	o.ParseEpochs, _ = strconv.Atoi(os.Getenv("EXP_EPOCHS"))
	o.Beam, _ = strconv.Atoi(os.Getenv("EXP_BEAM"))
	if s := os.Getenv("EXP_DEV_BEAMS"); s != "" {
		for _, f := range strings.Split(s, ",") {
			b, err := strconv.Atoi(f)
			if err != nil {
				t.Fatal(err)
			}
			o.DevBeams = append(o.DevBeams, b)
		}
	}
	o.rightToLeft = os.Getenv("EXP_RTL") == "1"
	o.defaults()
	run, _ := strconv.Atoi(os.Getenv("EXP_RUN"))
	classes, classOf := tagClasses(train)
	def := Default()
	if len(classes) != len(def.tagger.classes) {
		t.Fatalf("%d classes, the model %d", len(classes), len(def.tagger.classes))
	}
	cache := os.Getenv("EXP_CACHE")
	if cache == "" {
		cache = "/tmp/syntax6/jackknife.gob"
	}
	var jk struct{ Tags, Alts [][]int }
	if f, err := os.Open(cache); err == nil {
		if err := gob.NewDecoder(f).Decode(&jk); err != nil {
			t.Fatal(err)
		}
		f.Close()
	} else {
		jk.Tags, jk.Alts = jackknife(train, classes, classOf, o)
		f, err := os.Create(cache)
		if err != nil {
			t.Fatal(err)
		}
		if err := gob.NewEncoder(f).Encode(&jk); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	m := &Model{tagger: def.tagger, lem: def.lem}
	p := trainParser(train, jk.Tags, jk.Alts, m, o, run)
	m.parser = p
	if path := os.Getenv("EXP_SAVE"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := m.Save(f); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	for _, b := range o.devBeams() {
		mb := m.WithBeam(b)
		t.Logf("run %d, %d epochs, learnt at beam %d, beam %d: %s", run, o.ParseEpochs, o.Beam, b, Evaluate(mb, dev))
		t.Logf("pruned at 1.0, beam %d: %s", b, Evaluate(mb.PruneParser(1.0), dev))
	}
}

// TestExperimentPrune scores the model file EXP_MODEL on dev with its
// parser pruned further at each of EXP_PRUNE (comma-separated).
func TestExperimentPrune(t *testing.T) {
	dev := readGold(t, "en_ewt-ud-dev.conllu.gz")
	f, err := os.Open(os.Getenv("EXP_MODEL"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := Load(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range strings.Split(os.Getenv("EXP_PRUNE"), ",") {
		x, err := strconv.ParseFloat(s, 64)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("parser pruned at %g: %s", x, Evaluate(m.PruneParser(x), dev))
	}
}
