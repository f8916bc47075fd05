package claims

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// Format is the syntax of a claim-set file.
type Format uint8

// The claim-set file syntaxes.
const (
	YAML Format = iota
	JSON
)

// String returns "yaml" or "json".
func (f Format) String() string {
	switch f {
	case YAML:
		return "yaml"
	case JSON:
		return "json"
	}
	return fmt.Sprintf("Format(%d)", f)
}

// FormatOf returns the syntax of a claim-set file by its name: JSON for a
// name ending in .json (in any case), YAML for anything else.
func FormatOf(name string) Format {
	if strings.EqualFold(filepath.Ext(name), ".json") {
		return JSON
	}
	return YAML
}

// SeverityNames lists the severities an expected finding may give, as
// named in package factcheck.
var SeverityNames = []string{"error", "warning", "info"}

// Decode parses one claim-set file as written, without resolving its
// includes or reading its text_file. name is used in error messages and
// positions, and to choose the syntax ([FormatOf]): a .json file must be
// JSON, anything else is YAML, which also reads JSON. The set's File is
// name.
//
// Decode checks all it can within the file: keys, types, names, duplicate
// ids and the value literals. When the file has no include it also checks
// that every entity, source and claim it names is defined; when it has
// includes, those checks are left to [Load], and a value whose property is
// not declared in the file is parsed by guessing its kind (or kept as
// text, Kind unknown, when no guess fits).
//
// The error, if any, is an [ErrorList] of up to ten problems, each an
// [*Error] with file, line and column.
//
// Decode applies the default limits ([DefaultLimits]); see [DecodeWith].
func Decode(data []byte, name string) (*Set, error) {
	return DecodeWith(data, name, Limits{})
}

// DecodeWith is [Decode] with the given limits on the file; a field of l
// that is zero means its default. A file beyond a limit is an error
// naming the file, the line where there is one, and the limit.
func DecodeWith(data []byte, name string, l Limits) (*Set, error) {
	var errs collector
	fs := decodeFile(data, name, l.orDefault(), &errs)
	if fs == nil {
		return nil, errs.err()
	}
	full := len(fs.set.Include) == 0
	fs.resolve(full, &errs)
	fs.validate(full, &errs)
	if err := errs.err(); err != nil {
		return nil, err
	}
	return fs.set, nil
}

// Load reads the claim-set file at path with its includes merged in and
// its text_file read, and checks the merged set.
//
// Included files are read in order, each with its own includes, and merged
// before the including file's own content: entities, properties, sources,
// facts and claims are concatenated, and the including file's document
// fields win over those of its includes. A file included twice (by two
// files) is merged once; an include cycle is an error, as is an id defined
// twice across files. Included files and the text file must lie in the
// folder of the file that names them, or below it; ".." and symbolic links
// that lead out of it are refused. When a document gives both text and
// text_file, the text is kept and the file is not read.
//
// The set returned has File = path and no Include: its includes are in it.
// The error, if any, is an [ErrorList], as for [Decode].
//
// Load applies the default limits ([DefaultLimits]) to every file it
// reads; see [LoadWith].
func Load(path string) (*Set, error) {
	return LoadWith(path, Limits{})
}

// LoadWith is [Load] with the given limits on every file it reads; a
// field of l that is zero means its default. MaxClaims bounds each file
// and the merged set.
func LoadWith(path string, l Limits) (*Set, error) {
	var errs collector
	s := load(path, l.orDefault(), &errs)
	if err := errs.err(); err != nil {
		return nil, err
	}
	return s, nil
}

// Encode writes s as a claim-set file in the given format: YAML, or JSON
// indented by two spaces. Decoding the output gives back s, positions and
// File aside.
//
// A value is written as a literal (its text as written, or else
// [Value.Literal]) when that literal parses back to the same value for its
// property's kind, and otherwise as a mapping of its fields, as in the JSON
// report. Encode fails only on a write error, an unknown Format, a nil
// set, or a number that a file cannot carry (NaN or infinite).
func Encode(w io.Writer, s *Set, f Format) error {
	switch f {
	case YAML, JSON:
	default:
		return fmt.Errorf("claims: unknown format %v", f)
	}
	if s == nil {
		return fmt.Errorf("claims: cannot encode a nil *Set")
	}
	n, err := encodeSet(s, f)
	if err != nil {
		return err
	}
	if f == JSON {
		return writeJSON(w, n)
	}
	return writeYAML(w, n)
}
