package main

import (
	"context"
	"fmt"
	"math"
	"runtime"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks"
	"github.com/veracity-go/veracity/factcheck/claimreview"
	"github.com/veracity-go/veracity/sources"
)

var checkCmd = &command{
	Name:    "check",
	Args:    "[flags] FILE...",
	Summary: "check claim sets and articles",
	Doc: `Check rates each claim of each FILE against the reference facts and runs
the checks over it, then prints a report per file.

A FILE is a claim set (.yaml, .yml, .json) or an article (.txt, .md, or -
for standard input), whose claims are extracted first. With several FILEs
and --format json the output is JSON Lines: one report per file, in order,
each with a "file" field. With --format html the page of an article shades
its sentences by check-worthiness (the score in each one's title, the
check-worthy ones underlined), as ClaimBuster's interface does.

With --prior, each claim is matched against earlier fact-checks published
as ClaimReview markup (JSON-LD, or an HTML page with ld+json scripts), by
how alike the claims read; a match is shown with the claim as "previously
checked by PolitiFact: false ("Pants on Fire!") URL", and in the JSON
report as the verdict's "prior" entries. It does not change the rating.

Exit status: 0 clean; 1 when --fail-on is given and a finding of that
severity or above, or a false verdict, is found; 2 for bad usage or input.`,
}

func init() {
	checkCmd.Run = runCheck
	register(checkCmd)
}

// checkFlags are the flags of the check command.
type checkFlags struct {
	kbs       stringList
	priors    stringList
	published dateFlag
	format    string
	failOn    string
	tolerance float64
	noColor   bool
	allInfo   bool
	minW      minWorthiness
	wikidata  wikidataFlags
}

func runCheck(e *env, args []string) int {
	var f checkFlags
	fs := newFlagSet(checkCmd)
	fs.Var(&f.kbs, "kb", "knowledge base: a claim-set `FILE` whose entities, sources and facts are consulted, or a Wikidata knowledge base built by 'veracity kb import wikidata'; repeatable")
	f.wikidata.register(fs)
	fs.Var(&f.priors, "prior", "earlier fact-checks: a `FILE` (or URL=FILE, URL the page's address) of ClaimReview JSON-LD, an HTML page with some, or a Fact Check Tools API response, "+priorSizeHelp+"; claims that read like one are shown as \"previously checked by …\"; repeatable")
	fs.Var(&f.published, "published", "publication `DATE` (YYYY-MM-DD) when a document does not give one")
	fs.StringVar(&f.format, "format", "text", "report `format`: "+formatNames())
	fs.StringVar(&f.failOn, "fail-on", "", "exit 1 when a finding of `severity` (info, warning, error) or above, or a false verdict, is found")
	fs.Float64Var(&f.tolerance, "tolerance", factcheck.DefaultTolerance, "relative `tolerance` within which a wrong figure is mostly-true")
	fs.BoolVar(&f.allInfo, "all-info", false, "list every info finding in the text report (by default a check's many info findings are summed up)")
	fs.Var(&f.minW, "min-worthiness", "check-worthiness `score` (0 to 1) a claim needs to be kept and a sentence to make a statement claim (default: the model's F1-best point)")
	fs.BoolVar(&f.noColor, "no-color", false, "never colour the text report (colour is used only on a terminal, and not when NO_COLOR is set)")
	files, status, ok := parseFlags(e, checkCmd, fs, args)
	if !ok {
		return status
	}

	format, err := lookupFormat(f.format)
	if err != nil {
		return usageError(e, checkCmd, "%v", err)
	}
	var failOn factcheck.Severity
	if f.failOn != "" {
		if failOn, err = factcheck.ParseSeverity(f.failOn); err != nil {
			return usageError(e, checkCmd, "bad --fail-on %q (want info, warning or error)", f.failOn)
		}
	}
	if math.IsNaN(f.tolerance) || math.IsInf(f.tolerance, 0) || f.tolerance < 0 {
		return usageError(e, checkCmd, "bad --tolerance %v (want a fraction such as 0.05)", f.tolerance)
	}
	if len(files) == 0 {
		return usageError(e, checkCmd, "no FILE to check")
	}
	for _, name := range files {
		if _, err := kindOf(name); err != nil {
			return usageError(e, checkCmd, "%v", err)
		}
	}

	kbFiles, wd, err := splitKBs(e, f.kbs, f.wikidata)
	if err != nil {
		printError(e, err)
		return exitUsage
	}
	kb, err := loadKB(kbFiles)
	if err != nil {
		printError(e, err)
		return exitUsage
	}
	prior, notes, err := loadPrior(f.priors)
	if err != nil {
		printError(e, err)
		return exitUsage
	}
	for _, n := range notes {
		e.errorf("warning: %s", n)
	}
	published := publication(f.published.t, kb)
	opts := factcheck.Options{factcheck.Tolerance(f.tolerance)}
	if kb != nil {
		opts = append(opts, factcheck.WithStore(sources.NewMemStore(kb)))
	}
	if !published.IsZero() {
		opts = append(opts, factcheck.Published(published))
	}
	checker, err := factcheck.NewChecker(checks.Default, opts)
	if err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	var stdin []byte
	for _, name := range files {
		if name == "-" {
			if stdin, err = readStdin(e.stdin); err != nil {
				e.errorf("%v", err)
				return exitUsage
			}
			break
		}
	}

	c := &checkRun{checker: checker, kb: kb, prior: prior, published: published, stdin: stdin, minW: f.minW, wd: wd,
		sentences: format.Name == "html"}
	o := writeOptions{Color: useColor(e.stdout, f.noColor), AllInfo: f.allInfo, Multi: len(files) > 1,
		Warn: func(msg string) { e.errorf("warning: %s", msg) }}
	status = exitOK
	c.each(e, files, func(i int, r *factcheck.Report, err error) bool {
		if err != nil {
			printError(e, err)
			status = exitUsage
			return true
		}
		o.First = i == 0
		if err := format.Write(e.stdout, r, o); err != nil {
			e.errorf("writing report: %v", err)
			status = exitUsage
			return false
		}
		if status == exitOK && failOn != factcheck.SeverityUnknown && fails(r, failOn) {
			status = exitFailed
		}
		return true
	})
	return status
}

// fails reports whether r has a finding of severity sev or above, or a
// false verdict.
func fails(r *factcheck.Report, sev factcheck.Severity) bool {
	if r.Worst() >= sev {
		return true
	}
	for _, v := range r.Verdicts {
		if v.Rating == factcheck.False {
			return true
		}
	}
	return false
}

// checkRun is what checking each file needs; it is shared by the workers.
type checkRun struct {
	checker   *factcheck.Checker
	kb        *claims.Set
	prior     *claimreview.Index // the --prior reviews; nil when none
	published time.Time
	stdin     []byte
	minW      minWorthiness
	wd        *wikidataSources // the Wikidata knowledge bases; nil when none
	sentences bool             // give reports the sentences' check-worthiness (the HTML page shades them)
}

// each checks the files on a bounded pool of workers and calls emit with
// each file's report or error in input order, as soon as it and the files
// before it are done. When emit returns false, each stops emitting and
// returns once the workers are done.
func (c *checkRun) each(e *env, files []string, emit func(i int, r *factcheck.Report, err error) bool) {
	type result struct {
		report *factcheck.Report
		note   string // a warning about the input, printed before the report
		err    error
	}
	results := make([]result, len(files))
	done := make([]chan struct{}, len(files))
	for i := range done {
		done[i] = make(chan struct{})
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	bar := newProgress(e.stderr, len(files))
	jobs := make(chan int)
	for range min(runtime.NumCPU(), len(files)) {
		go func() {
			for i := range jobs {
				r, note, err := c.checkFile(ctx, files[i])
				results[i] = result{r, note, err}
				bar.step(displayName(files[i]))
				close(done[i])
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range files {
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	defer bar.finish()
	for i := range files {
		<-done[i]
		keep := true
		bar.pause(func() {
			if n := results[i].note; n != "" {
				e.errorf("warning: %s", n)
			}
			keep = emit(i, results[i].report, results[i].err)
		})
		if !keep {
			return
		}
	}
}

// checkFile checks one file: a claim set, or an article whose claims are
// extracted first. note is a warning about the input, or "".
func (c *checkRun) checkFile(ctx context.Context, name string) (r *factcheck.Report, note string, err error) {
	kind, err := kindOf(name)
	if err != nil {
		return nil, "", err
	}
	var (
		set   *claims.Set
		sents []extract.Sentence
	)
	switch kind {
	case claimSetFile:
		if set, err = claims.Load(name); err != nil {
			return nil, "", fileError(name, err)
		}
		if c.wd != nil {
			c.wd.claimSetFacts(set, c.kb)
		}
	case articleFile:
		var doc claims.Document
		if doc, note, err = readArticle(name, c.stdin, c.published); err != nil {
			return nil, "", err
		}
		switch {
		case c.wd != nil:
			set, err = c.wd.extract(doc, c.kb)
		case c.sentences:
			set, sents, err = c.minW.sentences(doc, c.kb)
		default:
			set, err = c.minW.extract(doc, c.kb)
		}
		if err != nil {
			return nil, note, fileError(name, err)
		}
		if set.Document.Published.IsZero() {
			set.Document.Published = c.published
		}
		if set.Document.Title == "" {
			set.Document.Title = doc.Title
		}
	}
	set.File = displayName(name)
	if r, err = c.checker.Check(ctx, set); err != nil {
		return nil, note, fmt.Errorf("%s: %w", displayName(name), err)
	}
	r.File = displayName(name)
	r.Sentences = c.minW.scores(sents)
	claimreview.Attach(r, c.prior, claimreview.DefaultThreshold)
	return r, note, nil
}
