// Package web serves veracity over HTTP: a JSON API that checks an
// article, and one page where an editor pastes or uploads an article and
// sees it annotated, each claim highlighted by its verdict and each
// finding linked to the claims it names.
//
// [NewHandler] returns the handler; its routes are
//
//	GET  /            the page (HTML, CSS and JavaScript embedded in the binary)
//	GET  /static/...  the page's assets
//	POST /api/check   {"text", "published", "title", "kb", "prior"} → the JSON report
//	GET  /healthz     200 "ok" when ready
//
// The API extracts the claims of the text (with package claims/extract,
// using the knowledge base for entities and cues), checks them with the
// handler's checks and answers with the version 1 JSON report. Only
// "text" is required; "published" is a YYYY-MM-DD date that anchors
// relative times; "kb" is a claim set whose entities, properties, sources
// and facts are used for this request: a JSON object in the claim-set
// format, or a string holding a claim-set file (YAML or JSON), as a page
// that uploads a file sends it; "prior" is earlier fact-checks as
// schema.org ClaimReview markup (JSON-LD as a JSON object or array, or a
// string holding JSON-LD or an HTML page with ld+json scripts), matched
// against the claims by how alike they read: each match is added to the
// claim's verdict as a "prior" entry and as evidence, without changing its
// rating (see claimreview.Attach); what could not be read of them
// (ld+json scripts skipped, dates, relative URLs, no ClaimReview at all)
// comes back as the report's "warnings", a list of strings present only
// when there are some. Errors are answered with a status (400
// bad input, a key given twice in an object included; 405 wrong method;
// 408 a body that did not arrive in full; 413 over the size limit, at
// once when Content-Length says so, or more claims than the handler
// checks at once; 415 not JSON, a charset other than UTF-8 or a
// Content-Encoding; 421 a Host not among [AllowedHosts]; 500 a failure of
// the server, a panic included; 503 more checks at once than
// [MaxInFlight], with Retry-After, or a request cancelled) and a body
// {"error": "..."}.
//
// Every check runs under its request's context: when the client hangs up
// or the server shuts down, extraction, checking and prior matching stop
// within a fraction of a second.
//
// Every response carries a strict Content-Security-Policy (scripts,
// styles and requests from the page's own origin only; no framing),
// X-Content-Type-Options: nosniff and Referrer-Policy: no-referrer. The
// page inserts the article and every text from the report with
// textContent, never as HTML.
//
// The handler holds no state between requests and is safe for concurrent
// use.
package web
