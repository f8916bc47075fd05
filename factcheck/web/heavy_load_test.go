package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestLoadHeavy sends 200 heavy requests at once (the text of issue 16
// that once gave 303,608 findings and a 76 MB report) with light requests
// alongside, to a real server on 127.0.0.1 with the default limits, and
// reports the answers by status, the latency of the light requests and
// the process's peak RSS. Light requests retry after a 503 as Retry-After
// says. It asserts only that every request is answered.
//
//	VERACITY_LOAD=1 go test -run TestLoadHeavy -v ./factcheck/web/
func TestLoadHeavy(t *testing.T) {
	if os.Getenv("VERACITY_LOAD") != "1" {
		t.Skip("a load test; run it with VERACITY_LOAD=1 go test -run TestLoadHeavy -v ./factcheck/web/")
	}
	var text strings.Builder
	for i := range 9500 {
		fmt.Fprintf(&text, "John Smith, %d, said it. ", 20+i%70)
	}
	heavy, _ := json.Marshal(map[string]string{"text": text.String(), "published": "2025-08-13"})
	light := []byte(`{"text": "Anchorage in the US state of Alaska is the venue for the meeting, officials said.", "published": "2025-08-13"}`)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: NewHandler(), ReadTimeout: time.Minute, WriteTimeout: 2 * time.Minute}
	go srv.Serve(ln)
	defer srv.Close()
	url := "http://" + ln.Addr().String() + "/api/check"
	client := &http.Client{Timeout: 5 * time.Minute, Transport: &http.Transport{MaxIdleConnsPerHost: 256}}

	var mu sync.Mutex
	statuses := map[string]int{}
	var lightLat []time.Duration
	maxReport := 0
	// post sends body; a light request honours Retry-After, up to ten
	// times, as a client would, and its latency counts the waits.
	post := func(kind string, body []byte) {
		start := time.Now()
		status := "error"
		n := 0
		for try := 0; ; try++ {
			resp, err := client.Post(url, "application/json", bytes.NewReader(body))
			if err != nil {
				break
			}
			var b bytes.Buffer
			b.ReadFrom(resp.Body)
			resp.Body.Close()
			status, n = fmt.Sprint(resp.StatusCode), b.Len()
			if kind != "light" || resp.StatusCode != http.StatusServiceUnavailable || try == 10 {
				break
			}
			time.Sleep(time.Second)
		}
		mu.Lock()
		defer mu.Unlock()
		statuses[kind+" "+status]++
		maxReport = max(maxReport, n)
		if kind == "light" && status == "200" {
			lightLat = append(lightLat, time.Since(start))
		}
	}
	start := time.Now()
	var wg sync.WaitGroup
	for range 200 {
		wg.Go(func() { post("heavy", heavy) })
	}
	for range 20 {
		wg.Go(func() {
			for range 10 {
				post("light", light)
				time.Sleep(50 * time.Millisecond)
			}
		})
	}
	wg.Wait()
	slices.Sort(lightLat)
	p99 := time.Duration(0)
	if len(lightLat) > 0 {
		p99 = lightLat[len(lightLat)*99/100]
	}
	t.Logf("heavy body %d bytes; elapsed %v; answers %v; largest answer %d bytes; light p50 %v p99 %v (%d answered 200); VmHWM %s",
		len(heavy), time.Since(start).Round(time.Millisecond), statuses, maxReport, percentile(lightLat, 50), p99, len(lightLat), procField("VmHWM"))
	for k, n := range statuses {
		if strings.HasSuffix(k, "error") {
			t.Errorf("%d requests unanswered (%s)", n, k)
		}
	}
}

func percentile(d []time.Duration, p int) time.Duration {
	if len(d) == 0 {
		return 0
	}
	return d[len(d)*p/100]
}
