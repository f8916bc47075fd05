package claims

import (
	"bytes"
	"fmt"
)

// Limits bounds what reading a claim-set file may cost, to guard programs
// that read files from untrusted hands (a web form, an upload) against
// exhausting memory or time. A file beyond a limit is an error naming the
// file, the line where there is one, and the limit.
//
// A field that is zero (or negative) means the default, the constant of
// the same name: Limits{MaxFileSize: 5 << 20} lowers the file size and
// keeps every other default. [Load] and [Decode] use the defaults;
// [LoadWith] and [DecodeWith] take Limits.
//
// The defaults suit trusted files on a workstation. Decoding holds about
// 62 bytes of heap for every byte of the file while it runs (the YAML node
// tree and the set), so a 256 MB file may need some 16 GB: a server that
// decodes files it is sent should set a much lower MaxFileSize, as the
// web handler does (its request bodies are at most 5 MB by default).
type Limits struct {
	// MaxFileSize is the largest claim-set or text file read, in bytes.
	MaxFileSize int64
	// MaxDepth is the deepest nesting of lists and mappings in a file.
	MaxDepth int
	// MaxAliasNodes is how many nodes aliases may add to a file when
	// each use of an alias is counted as a copy of what it names: a
	// "billion laughs" file of nested aliases stops here.
	MaxAliasNodes int
	// MaxClaims is the most claims a set may hold: in one file, and in a
	// file with its includes merged. It is checked as the claims list is
	// reached, before its claims are decoded.
	MaxClaims int
	// MaxLineLength is the longest line of a YAML claim-set file, in
	// bytes (without its line break). It is checked before the file is
	// parsed. It does not apply to JSON files, which may be minified onto
	// one line, nor to text files.
	MaxLineLength int
	// MaxIncludeDepth is how deep includes may nest, counting the file
	// [LoadWith] reads as the first.
	MaxIncludeDepth int
}

// The default limits on claim-set files; see [Limits].
const (
	// MaxFileSize is the largest claim-set or text file read, in bytes.
	MaxFileSize = 256 << 20
	// MaxAliasNodes is how many nodes aliases may add to a file when each
	// use of an alias is counted as a copy of what it names.
	MaxAliasNodes = 1_000_000
	// MaxDepth is the deepest nesting of lists and mappings in a file.
	MaxDepth = 100
	// MaxClaims is the most claims a set may hold.
	MaxClaims = 1_000_000
	// MaxLineLength is the longest line of a claim-set file, in bytes.
	MaxLineLength = 1 << 20
	// MaxIncludeDepth is how deep includes may nest.
	MaxIncludeDepth = 32
)

// DefaultLimits returns the limits [Load] and [Decode] apply: every field
// set to its default constant.
func DefaultLimits() Limits {
	return Limits{
		MaxFileSize:     MaxFileSize,
		MaxDepth:        MaxDepth,
		MaxAliasNodes:   MaxAliasNodes,
		MaxClaims:       MaxClaims,
		MaxLineLength:   MaxLineLength,
		MaxIncludeDepth: MaxIncludeDepth,
	}
}

// orDefault returns l with every field that is zero or negative set to its
// default.
func (l Limits) orDefault() Limits {
	d := DefaultLimits()
	if l.MaxFileSize <= 0 {
		l.MaxFileSize = d.MaxFileSize
	}
	if l.MaxDepth <= 0 {
		l.MaxDepth = d.MaxDepth
	}
	if l.MaxAliasNodes <= 0 {
		l.MaxAliasNodes = d.MaxAliasNodes
	}
	if l.MaxClaims <= 0 {
		l.MaxClaims = d.MaxClaims
	}
	if l.MaxLineLength <= 0 {
		l.MaxLineLength = d.MaxLineLength
	}
	if l.MaxIncludeDepth <= 0 {
		l.MaxIncludeDepth = d.MaxIncludeDepth
	}
	return l
}

// longLine returns the number (from 1) of the first line of data longer
// than max bytes, not counting its line break ("\n" or "\r\n"), or 0.
func longLine(data []byte, max int) int {
	if len(data) <= max {
		return 0
	}
	for line := 1; ; line++ {
		i := bytes.IndexByte(data, '\n')
		n := i
		if i < 0 {
			n = len(data)
		}
		if n > 0 && data[n-1] == '\r' && i >= 0 {
			n--
		}
		if n > max {
			return line
		}
		if i < 0 {
			return 0
		}
		data = data[i+1:]
	}
}

// lineTooLong is the message for a line longer than max bytes.
func lineTooLong(line, max int) string {
	return fmt.Sprintf("line %d is longer than %d bytes, the limit for a line of a claim-set file", line, max)
}
