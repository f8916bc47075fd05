package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/claimreview"
)

// A reportFormat is one value of check --format: how a report is written.
// Adding a format is adding an entry to the formats table.
type reportFormat struct {
	Name string
	// Write writes one report. With several files, it is called once per
	// file in order, with o.Multi set and o.First for the first.
	Write func(w io.Writer, r *factcheck.Report, o writeOptions) error
}

// writeOptions tell a format how to write one report.
type writeOptions struct {
	// Warn says what a writer left out (claimreview: URLs that are not
	// http or https); nil says nothing.
	Warn func(string)
	// Color allows ANSI colours (text only).
	Color bool
	// AllInfo lists every info finding (text only).
	AllInfo bool
	// Multi is set when the report is one of several, one per file.
	Multi bool
	// First is set for the first of several reports.
	First bool
}

// formats lists the report formats, the default first.
var formats = []reportFormat{
	{Name: "text", Write: writeText},
	{Name: "json", Write: writeJSON},
	{Name: "markdown", Write: writeMarkdown},
	{Name: "html", Write: func(w io.Writer, r *factcheck.Report, o writeOptions) error {
		if o.Multi {
			return fmt.Errorf("html writes one self-contained page: check one FILE at a time")
		}
		return r.WriteHTML(w)
	}},
	{Name: "claimreview", Write: writeClaimReview},
}

// writeClaimReview writes schema.org ClaimReview JSON-LD, one review per
// claim, with review URLs anchored on the document's own URL when it has
// one. Several files give one JSON array per line.
func writeClaimReview(w io.Writer, r *factcheck.Report, o writeOptions) error {
	opts := claimreview.Options{claimreview.Warn(func(msg string) {
		if o.Warn != nil {
			o.Warn(visibleName(r.File) + ": " + msg)
		}
	})}
	if r.Document.URL != "" {
		opts = append(opts, claimreview.BaseURL(r.Document.URL))
	}
	if !o.Multi {
		return claimreview.Write(w, r, opts)
	}
	var buf bytes.Buffer
	if err := claimreview.Write(&buf, r, opts); err != nil {
		return err
	}
	var line bytes.Buffer
	if err := json.Compact(&line, buf.Bytes()); err != nil {
		return err
	}
	line.WriteByte('\n')
	_, err := w.Write(line.Bytes())
	return err
}

// reservedFormats are formats the CLI names but this build cannot write.
var reservedFormats []string

// formatNames lists the formats for help text: "text | json | markdown".
func formatNames() string {
	var names []string
	for _, f := range formats {
		names = append(names, f.Name)
	}
	return strings.Join(names, " | ")
}

// lookupFormat returns the format named name.
func lookupFormat(name string) (reportFormat, error) {
	for _, f := range formats {
		if f.Name == name {
			return f, nil
		}
	}
	if slices.Contains(reservedFormats, name) {
		return reportFormat{}, fmt.Errorf("format %s not available in this build", name)
	}
	return reportFormat{}, fmt.Errorf("unknown format %q (want %s)", name, formatNames())
}

// writeText writes a report for a terminal; several reports are each
// headed by their file name.
func writeText(w io.Writer, r *factcheck.Report, o writeOptions) error {
	if o.Multi {
		sep := "\n"
		if o.First {
			sep = ""
		}
		if _, err := fmt.Fprintf(w, "%s==> %s <==\n", sep, visibleName(r.File)); err != nil {
			return err
		}
	}
	return r.WriteText(w, factcheck.TextOptions{Color: o.Color, AllInfo: o.AllInfo})
}

// writeJSON writes a report as indented JSON, or as one line of JSON Lines
// when it is one of several.
func writeJSON(w io.Writer, r *factcheck.Report, o writeOptions) error {
	if o.Multi {
		return r.WriteJSONLine(w)
	}
	return r.WriteJSON(w)
}

// writeMarkdown writes a report as Markdown; several reports are
// separated by rules and each headed by its file name.
func writeMarkdown(w io.Writer, r *factcheck.Report, o writeOptions) error {
	if o.Multi {
		sep := "\n---\n\n"
		if o.First {
			sep = ""
		}
		if _, err := fmt.Fprintf(w, "%sFile: %s\n\n", sep, codeSpan(visibleName(r.File))); err != nil {
			return err
		}
	}
	return r.WriteMarkdown(w)
}

// codeSpan returns s as a Markdown code span, with enough backticks
// around it that none inside ends it.
func codeSpan(s string) string {
	ticks := "`"
	for strings.Contains(s, ticks) {
		ticks += "`"
	}
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		return ticks + " " + s + " " + ticks
	}
	return ticks + s + ticks
}
