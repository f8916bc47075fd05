// Package syntax is veracity's syntactic layer for English: a tokenizer
// that follows Universal Dependencies conventions, a part-of-speech
// tagger (UPOS and Penn XPOS), a lemmatizer and a labelled dependency
// parser over the UD relations.
//
// The tagger is a greedy averaged perceptron that sweeps each sentence
// twice, from right to left and then from left to right seeing the first
// sweep's tags of the words to the right, and sums the two sweeps'
// scores; besides a word's spelling and its neighbours', it reads word
// classes learnt from the training text by the exchange algorithm. The
// lemmatizer looks a word and its tag up in tables of the
// training words, and applies edit scripts keyed by tag and suffix to
// words not in them; the parser is a transition-based arc-hybrid parser
// with a beam (eight configurations kept at each step; [Model.WithBeam]
// narrows it) and a structured averaged perceptron learnt globally with
// max-violation updates, the correct transitions those of a dynamic
// oracle (Goldberg and Nivre, 2013); it reads the tagger's tags and,
// where the tagger hesitated, its runner-up tag. It is combined with
// three partner parsers by reparsing (Sagae and Lavie, 2006): one that
// reads the sentence right to left with a beam, and two greedy ones, one
// in each direction; each votes for its parse's arcs (the beam parsers'
// final beams by a softmax of their scores), Eisner's algorithm finds
// the projective tree with the most votes, and each word's relation is
// the most voted among the parses that gave it that head. Sentences over
// 250 words are parsed greedily by the first parser alone, and
// [Model.LeftToRight] parses with it alone, about two and a half times
// faster. All three are learned from the Universal
// Dependencies English Web Treebank and ship as one model file embedded
// with go:embed, loaded once and lazily ([Default]).
//
// An analysis is a [Doc]: the text and per-word arrays (byte span, UPOS,
// XPOS, lemma, head, relation), as spaCy's Doc is; a word is an index into
// them. The package imports nothing else of veracity's.
//
// # The model and its licence
//
// The embedded model (model.bin) is trained by
//
//	go run ./claims/extract/syntax/cmd/train \
//	    -train ../shared/treebanks/ud-english-ewt/en_ewt-ud-train.conllu.gz \
//	    -dev ../shared/treebanks/ud-english-ewt/en_ewt-ud-dev.conllu.gz \
//	    -o claims/extract/syntax/model.bin
//
// (defaults: two taggers of 10 epochs of two sweeps, over the sentences
// in different orders, whose weights are averaged, a fifth of the words
// read as unknown at random while learning, 256 word classes; two
// parsers of 12 epochs each with a beam of 8, over the sentences in
// different orders, whose weights are averaged; the partners: two
// right-to-left parsers trained alike and averaged, and a greedy parser
// in each direction (dynamic oracle, 12 epochs); parser tags from 5-fold
// jackknifing; weights under 0.6 pruned, the parsers' under 1 and the
// partners' under 3; seed 1). It takes about an hour and a half of CPU.
// (The committed file's own parser is the one this command wrote at
// 4ab8501; at the current code it learns a slightly different one, and
// the partners are as it writes them: BENCHMARKS.md, "Parser
// combination".)
//
// from the Universal Dependencies English Web Treebank (EWT) v2.15, whose
// annotations are © The Board of Trustees of The Leland Stanford Junior
// University and licensed under Creative Commons Attribution-ShareAlike
// 4.0 International (https://creativecommons.org/licenses/by-sa/4.0/).
// The model is derived from those annotations and is distributed under
// the same licence, with this attribution: Silveira et al. (2014), "A Gold
// Standard Dependency Corpus for English", LREC; and the Universal
// Dependencies project (https://universaldependencies.org). The treebank
// itself is not part of this repository.
package syntax
