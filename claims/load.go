package claims

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// This file reads a claim-set file from disk with its includes and its
// text file. Every file a set names is opened through an os.Root on the
// folder of the file that names it, so that neither ".." nor a symbolic
// link can lead out of that folder.

// load implements Load.
func load(path string, lim Limits, errs *collector) *Set {
	top := Pos{File: path}
	if info, err := os.Stat(path); err == nil && irregular(info) != nil {
		// looked at before opening: opening a named pipe waits for a writer
		errs.addErr(top, "cannot read: "+irregular(info).Error(), irregular(info))
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		errs.addErr(top, "cannot read: "+pathProblem(err), err)
		return nil
	}
	defer f.Close()
	info, data, err := readLimited(f, lim.MaxFileSize)
	if err != nil {
		errs.addErr(top, "cannot read: "+pathProblem(err), err)
		return nil
	}
	root, err := os.OpenRoot(filepath.Dir(path))
	if err != nil {
		errs.addErr(top, "cannot open its folder: "+pathProblem(err), err)
		return nil
	}
	defer root.Close()
	l := &loader{errs: errs, lim: lim}
	fs := l.file(root, data, info, path)
	if fs == nil {
		return nil
	}
	if n := len(fs.set.Claims); n > lim.MaxClaims {
		errs.add(top, fmt.Sprintf("%d claims with its includes, more than the limit of %d", n, lim.MaxClaims))
		return nil
	}
	fs.set.File = path
	fs.set.Include = nil
	// When an include could not be read, the ids it defines are missing:
	// checking references would only repeat its error at every use.
	fs.resolve(!l.incomplete, errs)
	fs.validate(!l.incomplete, errs)
	return fs.set
}

// A loader reads a file and its includes.
type loader struct {
	errs *collector
	lim  Limits
	// stack is the chain of files being read, the first at the bottom.
	stack []loading
	// done lists every file read, so that a file included twice (by two
	// files that share a knowledge base) is merged once.
	done []os.FileInfo
	// incomplete is set when a file could not be read or decoded.
	incomplete bool
}

// loading is a file being read.
type loading struct {
	name string
	info os.FileInfo
}

// file decodes the file data (named name, in the folder root) and returns
// it with its includes merged before its own content and its text file
// read.
func (l *loader) file(root *os.Root, data []byte, info os.FileInfo, name string) *fileSet {
	own := decodeFile(data, name, l.lim, l.errs)
	if own == nil {
		l.incomplete = true
		return nil
	}
	l.stack = append(l.stack, loading{name, info})
	defer func() { l.stack = l.stack[:len(l.stack)-1] }()
	l.done = append(l.done, info)

	out := &fileSet{set: &Set{Version: Version, File: name}}
	for i, inc := range own.set.Include {
		if sub := l.include(root, name, inc, own.includeAt[i]); sub != nil {
			merge(out, sub)
		}
	}
	l.readText(root, own, name)
	merge(out, own)
	return out
}

// include reads the file inc, named in the file from (in the folder root)
// at pos at.
func (l *loader) include(root *os.Root, from, inc string, at Pos) *fileSet {
	rel := filepath.FromSlash(inc)
	if !filepath.IsLocal(rel) {
		return nil // reported by decodeFile
	}
	name := filepath.Join(filepath.Dir(from), rel)
	if len(l.stack) >= l.lim.MaxIncludeDepth {
		l.fail(at, fmt.Sprintf("include %q: includes nest deeper than %d files", inc, l.lim.MaxIncludeDepth), nil)
		return nil
	}
	if info, err := root.Stat(rel); err == nil && irregular(info) != nil {
		l.fail(at, fmt.Sprintf("include %q: %s", inc, irregular(info)), irregular(info))
		return nil
	}
	f, err := root.Open(rel)
	if err != nil {
		l.fail(at, fmt.Sprintf("include %q: %s", inc, pathProblem(err)), err)
		return nil
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		l.fail(at, fmt.Sprintf("include %q: %s", inc, pathProblem(err)), err)
		return nil
	}
	for i, s := range l.stack {
		if os.SameFile(s.info, info) {
			chain := make([]string, 0, len(l.stack)-i+1)
			for _, s := range l.stack[i:] {
				chain = append(chain, s.name)
			}
			chain = append(chain, name)
			l.fail(at, "include cycle: "+strings.Join(chain, " → "), nil)
			return nil
		}
	}
	for _, d := range l.done {
		if os.SameFile(d, info) {
			return nil // merged already
		}
	}
	_, data, err := readLimited(f, l.lim.MaxFileSize)
	if err != nil {
		l.fail(at, fmt.Sprintf("include %q: %s", inc, pathProblem(err)), err)
		return nil
	}
	sub, err := root.OpenRoot(filepath.Dir(rel))
	if err != nil {
		l.fail(at, fmt.Sprintf("include %q: %s", inc, pathProblem(err)), err)
		return nil
	}
	defer sub.Close()
	return l.file(sub, data, info, name)
}

// fail records that an include could not be read.
func (l *loader) fail(at Pos, msg string, err error) {
	l.errs.addErr(at, msg, err)
	l.incomplete = true
}

// readText reads the text_file of fs, in the folder root, into its
// document's Text, unless the document gives its text inline.
func (l *loader) readText(root *os.Root, fs *fileSet, from string) {
	doc := &fs.set.Document
	rel := filepath.FromSlash(doc.TextFile)
	if doc.TextFile == "" || doc.Text != "" || !filepath.IsLocal(rel) {
		return
	}
	at := fs.textFileAt
	if info, err := root.Stat(rel); err == nil && irregular(info) != nil {
		l.errs.addErr(at, fmt.Sprintf("text_file %q: %s", doc.TextFile, irregular(info)), irregular(info))
		return
	}
	f, err := root.Open(rel)
	if err != nil {
		l.errs.addErr(at, fmt.Sprintf("text_file %q: %s", doc.TextFile, pathProblem(err)), err)
		return
	}
	defer f.Close()
	_, data, err := readLimited(f, l.lim.MaxFileSize)
	if err != nil {
		l.errs.addErr(at, fmt.Sprintf("text_file %q: %s", doc.TextFile, pathProblem(err)), err)
		return
	}
	if off := invalidUTF8(data); off >= 0 {
		l.errs.add(offsetPos(data, filepath.Join(filepath.Dir(from), rel), off), "invalid UTF-8")
		return
	}
	doc.Text = string(data)
}

// irregular returns an error saying what info is when it is neither a
// regular file nor a folder (a named pipe, a device, a socket), nil
// otherwise: only regular files are read, since reading the others may
// wait for ever or never end.
func irregular(info fs.FileInfo) error {
	m := info.Mode()
	var what string
	switch {
	case m.IsRegular() || m.IsDir():
		return nil
	case m&fs.ModeNamedPipe != 0:
		what = "a named pipe"
	case m&fs.ModeSocket != 0:
		what = "a socket"
	case m&fs.ModeDevice != 0:
		what = "a device"
	default:
		return errors.New("is not a regular file")
	}
	return errors.New("is " + what + ", not a regular file")
}

// readLimited reads f whole, refusing more than max bytes.
func readLimited(f fs.File, max int64) (fs.FileInfo, []byte, error) {
	info, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	if info.IsDir() {
		return nil, nil, errors.New("is a folder")
	}
	if err := irregular(info); err != nil {
		return nil, nil, err
	}
	if info.Size() > max {
		return nil, nil, fmt.Errorf("larger than %d bytes", max)
	}
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, nil, err
	}
	if int64(len(data)) > max {
		return nil, nil, fmt.Errorf("larger than %d bytes", max)
	}
	return info, data, nil
}

// pathProblem says what is wrong with a path in words, without repeating
// the path.
func pathProblem(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	if strings.Contains(err.Error(), "escapes") {
		// os.Root's error for ".." or a symbolic link leading out.
		return "lies outside the folder of the file that names it"
	}
	return err.Error()
}

// merge appends src to dst: src's items after dst's, and src's document
// fields over dst's.
func merge(dst, src *fileSet) {
	d, s := dst.set, src.set
	offFacts, offClaims := len(d.Facts), len(d.Claims)
	d.Entities = append(d.Entities, s.Entities...)
	d.Properties = append(d.Properties, s.Properties...)
	d.Sources = append(d.Sources, s.Sources...)
	d.Facts = append(d.Facts, s.Facts...)
	d.Claims = append(d.Claims, s.Claims...)
	for _, pv := range src.values {
		if pv.claim {
			pv.idx += offClaims
		} else {
			pv.idx += offFacts
		}
		dst.values = append(dst.values, pv)
	}
	dst.refs = append(dst.refs, src.refs...)
	mergeDocument(&d.Document, s.Document)
	if s.Expect != nil {
		if d.Expect == nil {
			d.Expect = &Expect{}
		}
		mergeExpect(d.Expect, s.Expect)
	}
}

// mergeDocument sets the fields of dst that src gives. The text and its
// file go together.
func mergeDocument(dst *Document, src Document) {
	for _, f := range []struct{ dst, src *string }{
		{&dst.Title, &src.Title}, {&dst.URL, &src.URL}, {&dst.Language, &src.Language},
	} {
		if *f.src != "" {
			*f.dst = *f.src
		}
	}
	if !src.Published.IsZero() {
		dst.Published = src.Published
	}
	if src.Text != "" || src.TextFile != "" {
		dst.Text, dst.TextFile = src.Text, src.TextFile
	}
}

// mergeExpect adds src's expectations to dst's; a verdict src gives for a
// claim wins.
func mergeExpect(dst, src *Expect) {
	if src.Verdicts != nil {
		if dst.Verdicts == nil {
			dst.Verdicts = make(map[string]string, len(src.Verdicts))
			dst.VerdictPos = make(map[string]Pos, len(src.Verdicts))
		}
		for id, r := range src.Verdicts {
			dst.Verdicts[id] = r
			dst.VerdictPos[id] = src.VerdictPos[id]
		}
	}
	if src.Findings != nil {
		dst.Findings = append(dst.Findings, src.Findings...)
	}
}
