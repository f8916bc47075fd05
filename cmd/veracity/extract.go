package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"

	"go.yaml.in/yaml/v3"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
	"github.com/veracity-go/veracity/factcheck"
)

var extractCmd = &command{
	Name:    "extract",
	Args:    "[flags] FILE",
	Summary: "print an article's claims as a claim-set file, for editors to curate",
	Doc: `Extract finds the check-worthy claims of an article (.txt, .md, or - for
standard input) and prints them as a claim-set file. FILE may also be a
claim set whose document has text; its knowledge is used as with --kb.
The output includes the --kb files as named, so that saved in the current
folder it loads with its knowledge base.

With --into it adds the claims that are new to the YAML claim-set file
named instead of printing them: the file's comments, order and fields are
kept, the new claims are numbered after its highest c<N>, and the file is
replaced atomically, and not at all if it changed meanwhile.

With --mentions it prints every quantity, time and entity mention instead,
with its span and resolved value:
{"mentions": [{"text", "span": [start, end], "kind", "value"}]}.

With --sentences it prints every sentence instead, one JSON object a line:
{"text", "span": [start, end], "worthiness", "claims": [ids]}, the
worthiness being the check-worthiness model's score in [0, 1]. A sentence
at or above --min-worthiness (default: the model's F1-best point) that
yields no typed claim is a statement claim.`,
}

func init() {
	extractCmd.Run = runExtract
	register(extractCmd)
}

func runExtract(e *env, args []string) int {
	var (
		kbs       stringList
		published dateFlag
	)
	fs := newFlagSet(extractCmd)
	mentions := fs.Bool("mentions", false, "print every quantity, time and entity mention instead of claims")
	sentences := fs.Bool("sentences", false, "print every sentence with its check-worthiness and claim ids instead, as JSON Lines")
	var minW minWorthiness
	fs.Var(&minW, "min-worthiness", "check-worthiness `score` (0 to 1) a claim needs to be kept and a sentence to make a statement claim (default: the model's F1-best point)")
	into := fs.String("into", "", "add the new claims to the YAML claim-set `FILE` instead of printing them, keeping its comments, order and fields")
	format := fs.String("format", "", "output `format`: yaml | json (default yaml, or json with --mentions)")
	fs.Var(&kbs, "kb", "knowledge base: a claim-set `FILE` with entities, aliases and property cues; repeatable")
	fs.Var(&published, "published", "publication `DATE` (YYYY-MM-DD) that anchors relative times")
	files, status, ok := parseFlags(e, extractCmd, fs, args)
	if !ok {
		return status
	}
	if *format == "" {
		*format = "yaml"
		if *mentions {
			*format = "json"
		}
	}
	if *format != "yaml" && *format != "json" {
		return usageError(e, extractCmd, "unknown format %q (want yaml or json)", *format)
	}
	if len(files) != 1 {
		return usageError(e, extractCmd, "want one FILE, have %d", len(files))
	}
	if *into != "" && *mentions {
		return usageError(e, extractCmd, "--into adds claims; it does not go with --mentions")
	}
	if *sentences && (*mentions || *into != "") {
		return usageError(e, extractCmd, "--sentences prints sentences; it does not go with --mentions or --into")
	}
	name := files[0]
	kind, err := kindOf(name)
	if err != nil {
		return usageError(e, extractCmd, "%v", err)
	}

	kb, err := loadKB(kbs)
	if err != nil {
		printError(e, err)
		return exitUsage
	}
	date := publication(published.t, kb)
	var doc claims.Document
	switch kind {
	case articleFile:
		var stdin []byte
		if name == "-" {
			if stdin, err = readStdin(e.stdin); err != nil {
				e.errorf("%v", err)
				return exitUsage
			}
		}
		var note string
		if doc, note, err = readArticle(name, stdin, date); err != nil {
			printError(e, err)
			return exitUsage
		}
		if note != "" {
			e.errorf("warning: %s", note)
		}
	case claimSetFile:
		set, err := claims.Load(name)
		if err != nil {
			printError(e, fileError(name, err))
			return exitUsage
		}
		if set.Document.Text == "" {
			e.errorf("%s: the document has no text to extract claims from", name)
			return exitUsage
		}
		doc = set.Document
		if doc.Published.IsZero() {
			doc.Published = date
		}
		kb = mergeKB(kb, set)
	}

	if *into != "" {
		return extractInto(e, *into, doc, kb, !published.t.IsZero())
	}
	var out bytes.Buffer
	switch {
	case *sentences:
		_, ss := minW.extractor(kb).Sentences(doc, kb)
		err = writeSentences(&out, ss)
	case *mentions:
		err = writeMentions(&out, extractMentions(doc, kb), *format)
	default:
		var set *claims.Set
		if set, err = minW.extract(doc, kb); err != nil {
			printError(e, fileError(name, err))
			return exitUsage
		}
		// The claims name the knowledge base's entities: include it, so
		// that the output, saved in this folder, loads as it is.
		set.Include = append(slices.Clone(set.Include), kbs...)
		f := claims.YAML
		if *format == "json" {
			f = claims.JSON
		}
		err = claims.Encode(&out, set, f)
	}
	if err != nil {
		printError(e, fileError(name, err))
		return exitUsage
	}
	if _, err := e.stdout.Write(out.Bytes()); err != nil {
		e.errorf("writing output: %v", err)
		return exitUsage
	}
	return exitOK
}

// mergeKB returns the knowledge of kb (may be nil) and of set together.
func mergeKB(kb, set *claims.Set) *claims.Set {
	out := &claims.Set{Version: claims.Version, Document: set.Document}
	if kb != nil {
		out.Entities = append(out.Entities, kb.Entities...)
		out.Properties = append(out.Properties, kb.Properties...)
		out.Sources = append(out.Sources, kb.Sources...)
		out.Facts = append(out.Facts, kb.Facts...)
	}
	out.Entities = append(out.Entities, set.Entities...)
	out.Properties = append(out.Properties, set.Properties...)
	out.Sources = append(out.Sources, set.Sources...)
	out.Facts = append(out.Facts, set.Facts...)
	return out
}

// jsonMention is a mention as extract --mentions prints it; the value is
// the JSON report's value object.
type jsonMention struct {
	Text  string              `json:"text"`
	Span  [2]int              `json:"span"`
	Kind  string              `json:"kind"`
	Value factcheck.JSONValue `json:"value"`
}

// writeMentions writes {"mentions": [...]} as indented JSON, or the same
// document as YAML.
func writeMentions(w io.Writer, ms []extract.Mention, format string) error {
	doc := struct {
		Mentions []jsonMention `json:"mentions"`
	}{Mentions: make([]jsonMention, 0, len(ms))}
	for _, m := range ms {
		doc.Mentions = append(doc.Mentions, jsonMention{
			Text:  m.Text,
			Span:  [2]int{m.Span.Start, m.Span.End},
			Kind:  m.Kind.String(),
			Value: factcheck.ValueJSON(m.Value),
		})
	}
	data, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return fmt.Errorf("encoding mentions: %w", err)
	}
	if format == "json" {
		_, err = w.Write(append(data, '\n'))
		return err
	}
	// YAML: the same document, through generic values so that the field
	// names and omissions are those of the JSON.
	var generic any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&generic); err != nil {
		return fmt.Errorf("encoding mentions: %w", err)
	}
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(yamlNumbers(generic)); err != nil {
		return fmt.Errorf("encoding mentions: %w", err)
	}
	return enc.Close()
}

// yamlNumbers replaces the json.Numbers in v by int64 or float64, so that
// YAML writes them as numbers.
func yamlNumbers(v any) any {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			v[k] = yamlNumbers(x)
		}
	case []any:
		for i, x := range v {
			v[i] = yamlNumbers(x)
		}
	case json.Number:
		if n, err := v.Int64(); err == nil {
			return n
		}
		if f, err := v.Float64(); err == nil {
			return f
		}
	}
	return v
}
