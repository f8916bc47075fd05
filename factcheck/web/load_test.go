package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"go.uber.org/goleak"
)

// loadBody returns a request for the flagship example: the Alaska article
// with its knowledge base as the kb string, as the page sends an upload.
func loadBody(t testing.TB) []byte {
	t.Helper()
	dir := filepath.Join("..", "..", "examples", "alaska")
	article, err := os.ReadFile(filepath.Join(dir, "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	kb, err := os.ReadFile(filepath.Join(dir, "kb.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	body, err := json.Marshal(checkRequest{Text: string(article), Published: "2025-08-13", Title: "Trump–Putin summit", KB: mustJSONString(string(kb))})
	if err != nil {
		t.Fatal(err)
	}
	return body
}

// mustJSONString returns s as a JSON string.
func mustJSONString(s string) json.RawMessage {
	b, err := json.Marshal(s)
	if err != nil {
		panic(err)
	}
	return b
}

// loadFigures is what a load run measured.
type loadFigures struct {
	requests, clients int
	sent, ok, errs    int
	// cut counts requests stopped by the run's deadline.
	cut        int
	firstErr   string
	elapsed    time.Duration
	p50, p90   time.Duration
	p99, max   time.Duration
	heapSysMax uint64 // runtime.MemStats.HeapSys, highest sampled
	sysMax     uint64 // runtime.MemStats.Sys, highest sampled
	vmHWM      string // the process's peak RSS, from /proc/self/status
	loadBefore string // /proc/loadavg before and after the run
	loadAfter  string
	cpus       int
}

// String formats the figures for the test log and BENCHMARKS.md.
func (f loadFigures) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "requests %d (sent %d, 200 %d, errors %d, cut by the deadline %d) from %d clients\n", f.requests, f.sent, f.ok, f.errs, f.cut, f.clients)
	if f.firstErr != "" {
		fmt.Fprintf(&b, "first error: %s\n", f.firstErr)
	}
	fmt.Fprintf(&b, "elapsed %v, throughput %.1f requests/s\n", f.elapsed.Round(time.Millisecond), float64(f.ok)/f.elapsed.Seconds())
	fmt.Fprintf(&b, "latency p50 %v, p90 %v, p99 %v, max %v\n", f.p50.Round(100*time.Microsecond), f.p90.Round(100*time.Microsecond), f.p99.Round(100*time.Microsecond), f.max.Round(100*time.Microsecond))
	fmt.Fprintf(&b, "peak HeapSys %.1f MiB, peak Sys %.1f MiB, VmHWM %s\n", mib(f.heapSysMax), mib(f.sysMax), f.vmHWM)
	fmt.Fprintf(&b, "GOMAXPROCS %d; load average before %s, after %s", f.cpus, f.loadBefore, f.loadAfter)
	return b.String()
}

func mib(n uint64) float64 { return float64(n) / (1 << 20) }

// procField returns the value of a field of /proc/self/status ("VmHWM"),
// or "n/a" where there is no /proc.
func procField(name string) string {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "n/a"
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, name+":"); ok {
			return strings.Join(strings.Fields(v), " ")
		}
	}
	return "n/a"
}

// loadAverage returns the first three fields of /proc/loadavg, or "n/a".
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "n/a"
	}
	f := strings.Fields(string(data))
	if len(f) < 3 {
		return "n/a"
	}
	return strings.Join(f[:3], " ")
}

// runLoad serves the handler on a loopback port with a real http.Server
// and sends requests POSTs of body to /api/check from clients goroutines,
// stopping at ctx's deadline. It shuts the server down before returning.
func runLoad(t *testing.T, ctx context.Context, body []byte, requests, clients int) loadFigures {
	t.Helper()
	// Loopback only: the load never leaves the machine.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{
		Handler:           NewHandler(MaxInFlight(clients)), // every client served: this measures throughput, not refusals
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       time.Minute,
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	url := "http://" + ln.Addr().String() + "/api/check"
	tr := &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients, IdleConnTimeout: time.Minute}
	client := &http.Client{Transport: tr, Timeout: 2 * time.Minute}

	fig := loadFigures{requests: requests, clients: clients, cpus: runtime.GOMAXPROCS(0), loadBefore: loadAverage()}

	// Sample the memory the process holds while the load runs.
	stopSampling := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			fig.heapSysMax = max(fig.heapSysMax, ms.HeapSys)
			fig.sysMax = max(fig.sysMax, ms.Sys)
			select {
			case <-stopSampling:
				return
			case <-tick.C:
			}
		}
	}()

	var (
		next     atomic.Int64
		mu       sync.Mutex
		lat      = make([]time.Duration, 0, requests)
		firstErr error
		wg       sync.WaitGroup
	)
	record := func(d time.Duration, err error, cut bool) {
		mu.Lock()
		defer mu.Unlock()
		fig.sent++
		switch {
		case cut:
			fig.cut++
		case err != nil:
			fig.errs++
			if firstErr == nil {
				firstErr = err
			}
		default:
			fig.ok++
			lat = append(lat, d)
		}
	}
	start := time.Now()
	for range clients {
		wg.Go(func() {
			for next.Add(1) <= int64(requests) && ctx.Err() == nil {
				t0 := time.Now()
				err := postOnce(ctx, client, url, body)
				record(time.Since(t0), err, err != nil && ctx.Err() != nil)
			}
		})
	}
	wg.Wait()
	fig.elapsed = time.Since(start)
	close(stopSampling)
	<-sampled
	fig.loadAfter = loadAverage()
	fig.vmHWM = procField("VmHWM")
	if firstErr != nil {
		fig.firstErr = firstErr.Error()
	}

	sctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		t.Errorf("shutdown: %v", err)
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		t.Errorf("Serve: %v", err)
	}
	tr.CloseIdleConnections()

	slices.Sort(lat)
	pct := func(q float64) time.Duration {
		if len(lat) == 0 {
			return 0
		}
		return lat[int(q*float64(len(lat)-1))]
	}
	fig.p50, fig.p90, fig.p99, fig.max = pct(0.50), pct(0.90), pct(0.99), pct(1)
	return fig
}

// postOnce sends one request and checks that the answer is a JSON report
// with claims.
func postOnce(ctx context.Context, client *http.Client, url string, body []byte) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("status %d: %.200s", resp.StatusCode, out)
	}
	var r struct {
		Version int               `json:"version"`
		Claims  []json.RawMessage `json:"claims"`
	}
	if err := json.Unmarshal(out, &r); err != nil {
		return fmt.Errorf("answer is not a JSON report: %v", err)
	}
	if r.Version != 1 || len(r.Claims) == 0 {
		return fmt.Errorf("report version %d with %d claims, want version 1 with claims", r.Version, len(r.Claims))
	}
	return nil
}

// TestLoadSmall runs a small load on every `go test`: 200 requests from 8
// clients, with no error, and no goroutine left behind once the server
// has shut down.
func TestLoadSmall(t *testing.T) {
	if testing.Short() {
		t.Skip("sends 200 requests")
	}
	before := goleak.IgnoreCurrent()
	body := loadBody(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	fig := runLoad(t, ctx, body, 200, 8)
	t.Logf("\n%s", fig)
	if fig.errs > 0 || fig.cut > 0 || fig.ok != 200 {
		t.Errorf("%d of 200 answered 200; %d errors (first: %s), %d cut by the deadline", fig.ok, fig.errs, fig.firstErr, fig.cut)
	}
	goleak.VerifyNone(t, before)
}

// TestLoad is the load test of BENCHMARKS.md: 10,000 requests from 32
// clients on loopback, bounded by a five-minute deadline. It prints the
// latency percentiles, error count, throughput and peak memory, and
// checks for goroutines left behind. Run it with
//
//	VERACITY_LOAD=1 go test -run TestLoad -v ./factcheck/web/
func TestLoad(t *testing.T) {
	if os.Getenv("VERACITY_LOAD") != "1" {
		t.Skip("a load test of some minutes; run it with VERACITY_LOAD=1 go test -run TestLoad -v ./factcheck/web/")
	}
	before := goleak.IgnoreCurrent()
	body := loadBody(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	const requests, clients = 10_000, 32
	fig := runLoad(t, ctx, body, requests, clients)
	t.Logf("body %d bytes\n%s", len(body), fig)
	if fig.errs > 0 {
		t.Errorf("%d errors; first: %s", fig.errs, fig.firstErr)
	}
	if fig.cut > 0 || fig.sent < requests {
		t.Logf("the deadline stopped the run after %d of %d requests", fig.sent-fig.cut, requests)
	}
	goleak.VerifyNone(t, before)
}
