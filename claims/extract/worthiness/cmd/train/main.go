// Command train fits the check-worthiness model of package worthiness to
// sentences labelled in the ClaimBuster format and writes the model file:
//
//	go run ./claims/extract/worthiness/cmd/train \
//	    -data ../shared/datasets/claimbuster/train.json \
//	    -o claims/extract/worthiness/model.bin
//
// The same data, flags and seed give the same file, byte for byte. With
// -cv it prints the cross-validated precision, recall and F1 of the
// check-worthy class and writes nothing. The model reads the package's
// embedded word vectors, pooled by attention, unless -attention=false
// (words alone); -vectors adds their mean.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/veracity-go/veracity/claims/extract/worthiness"
)

func main() {
	data := flag.String("data", "", "labelled sentences, ClaimBuster JSON (`FILE`)")
	out := flag.String("o", "", "model `FILE` to write")
	cv := flag.Bool("cv", false, "print the cross-validation figures and write nothing")
	var o worthiness.TrainOptions
	flag.IntVar(&o.Bits, "bits", 0, "hash bits (0: default)")
	flag.IntVar(&o.Epochs, "epochs", 0, "passes over the data (0: default)")
	flag.Float64Var(&o.Lambda, "lambda", 0, "L2 regularisation (0: default)")
	flag.Float64Var(&o.Rate, "rate", 0, "AdaGrad learning rate (0: default)")
	flag.IntVar(&o.Folds, "folds", 0, "cross-validation folds (0: default)")
	flag.Uint64Var(&o.Seed, "seed", 1, "shuffle seed")
	flag.BoolVar(&o.Attention, "attention", true, "add the embedded word vectors pooled by a learnt attention head (false: without)")
	flag.BoolVar(&o.Vectors, "vectors", false, "add the mean of the embedded word vectors")
	flag.Parse()
	if *data == "" || (*out == "" && !*cv) || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: train -data FILE (-o FILE | -cv) [flags]")
		flag.PrintDefaults()
		os.Exit(2)
	}
	if err := run(*data, *out, *cv, o); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(data, out string, cv bool, o worthiness.TrainOptions) error {
	f, err := os.Open(data)
	if err != nil {
		return err
	}
	ex, err := worthiness.ReadClaimBuster(f, data)
	f.Close()
	if err != nil {
		return err
	}
	if cv {
		r, err := worthiness.CrossValidate(ex, o)
		if err != nil {
			return err
		}
		fmt.Printf("sentences %d  precision %.3f  recall %.3f  F1 %.3f  (F1-best threshold %.3f, F1 there %.3f)\n",
			len(ex), r.Precision, r.Recall, r.F1, r.Threshold, r.BestF1)
		fmt.Printf("classes weighted equally (a balanced test set): precision %.3f  F1 %.3f\n", r.BalancedPrecision, r.BalancedF1)
		return nil
	}
	m, err := worthiness.Train(ex, o)
	if err != nil {
		return err
	}
	b, err := m.MarshalBinary()
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %s: %d bytes, threshold %.3f\n", out, len(b), m.Threshold())
	return nil
}
