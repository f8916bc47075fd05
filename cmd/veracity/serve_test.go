//go:build unix

package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe to write from the server and read
// from the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var servingOn = regexp.MustCompile(`serving on http://([^/]+)/`)

// startServe runs "veracity serve args..." in the test's process and
// returns its address and a channel of its exit status.
func startServe(t *testing.T, args ...string) (addr string, status chan int, stderr *syncBuffer) {
	t.Helper()
	stderr = &syncBuffer{}
	status = make(chan int, 1)
	go func() { status <- run(append([]string{"serve"}, args...), strings.NewReader(""), io.Discard, stderr) }()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if m := servingOn.FindStringSubmatch(stderr.String()); m != nil {
			return m[1], status, stderr
		}
		select {
		case s := <-status:
			t.Fatalf("serve exited with %d: %s", s, stderr)
		case <-time.After(10 * time.Millisecond):
		}
	}
	t.Fatalf("serve did not start: %s", stderr)
	return "", nil, nil
}

// serve listens on 127.0.0.1 unless told otherwise, and says so.
func TestServeDefaults(t *testing.T) {
	_, stdout, _ := veracity(t, "", "serve", "--help")
	for _, want := range []string{"127.0.0.1:8080", "-allowed-host", "-max-in-flight", "-read-timeout", "-max-body"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("serve --help lacks %s:\n%s", want, stdout)
		}
	}
	for _, args := range [][]string{{"serve", "--max-in-flight", "0"}, {"serve", "--read-timeout", "0s"}} {
		status, stdout, stderr := veracity(t, "", args...)
		wantStatus(t, args, status, exitUsage, stdout, stderr)
	}
}

// SIGTERM stops serve without waiting out a check in flight: the check is
// cancelled, and serve exits (issue 16).
func TestServeSIGTERMCancelsWork(t *testing.T) {
	addr, status, stderr := startServe(t, "--addr", "127.0.0.1:0", "--allowed-host", "127.0.0.1")
	// about 5 MB of text with no full stop: seconds of work
	text := strings.Repeat("Alaska was sold for $7.2 million in 1867, reportedly to the United States; ", 60000)
	body, _ := json.Marshal(map[string]string{"text": text, "published": "2025-08-13"})
	answer := make(chan int, 1)
	go func() {
		resp, err := http.Post("http://"+addr+"/api/check", "application/json", bytes.NewReader(body))
		if err != nil {
			answer <- 0 // the connection closed: fine
			return
		}
		resp.Body.Close()
		answer <- resp.StatusCode
	}()
	time.Sleep(300 * time.Millisecond) // the check is under way
	start := time.Now()
	if err := syscall.Kill(syscall.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case s := <-status:
		if s != exitOK {
			t.Errorf("serve exited with %d: %s", s, stderr)
		}
	case <-time.After(20 * time.Second):
		t.Fatalf("serve still running 20s after SIGTERM: %s", stderr)
	}
	if code := <-answer; code == http.StatusOK {
		t.Errorf("the check in flight ran to the end (200) instead of being cancelled")
	}
	t.Logf("serve exited %v after SIGTERM", time.Since(start))
}

// --allowed-host refuses other Host headers.
func TestServeAllowedHost(t *testing.T) {
	addr, status, _ := startServe(t, "--addr", "127.0.0.1:0", "--allowed-host", "veracity.example")
	defer func() {
		syscall.Kill(syscall.Getpid(), syscall.SIGTERM)
		<-status
	}()
	resp, err := http.Get("http://" + addr + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMisdirectedRequest {
		t.Errorf("Host %s: status %d, want 421", addr, resp.StatusCode)
	}
	req, _ := http.NewRequest(http.MethodGet, "http://"+addr+"/healthz", nil)
	req.Host = "veracity.example"
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("Host veracity.example: status %d, want 200", resp.StatusCode)
	}
}
