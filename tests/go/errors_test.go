package cabi

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// 2025-09-26 16:00 in Shanghai: urban due Sunday 2025-09-28 14:00 (a make-up working day).
const friday16 = 1758873600
const sunday14 = 1759039200

// Each failure's error is that call's, read after the goroutine yielded (it
// may run on another OS thread by then) and after successful calls: the
// convention as_last_error() could not keep for Go (issue 26).
func TestErrorsBelongToTheirCall(t *testing.T) {
	p, err := NewChinaPolicy()
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	const goroutines, rounds = 32, 100
	var wg sync.WaitGroup
	failures := make(chan string, goroutines*rounds)
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for r := 0; r < rounds; r++ {
				zone := fmt.Sprintf("zone-%d-%d", g, r)
				_, failed := p.Deadline(friday16, zone)
				if failed == nil {
					failures <- zone + ": no error"
					continue
				}
				runtime.Gosched()
				time.Sleep(time.Microsecond)
				if due, ok := p.Deadline(friday16, "urban"); ok != nil || due != sunday14 {
					failures <- fmt.Sprintf("urban: %v %v", due, ok)
				}
				want := "service_zone: unknown service zone '" + zone + "'"
				if failed.Code() != 2 || failed.Field() != "service_zone" || !strings.HasPrefix(failed.Message(), want) {
					failures <- fmt.Sprintf("%s: code %d field %q message %q", zone, failed.Code(), failed.Field(), failed.Message())
				}
				failed.Free()
			}
		}(g)
	}
	wg.Wait()
	close(failures)
	n := 0
	for f := range failures {
		if n < 10 {
			t.Error(f)
		}
		n++
	}
	if n > 0 {
		t.Fatalf("%d of %d errors were not their call's", n, goroutines*rounds)
	}
}

// A success clears as_last_error() on the thread that made it.
func TestLastErrorClearedBySuccess(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	p, err := NewChinaPolicy()
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	_, failed := p.Deadline(friday16, "rural")
	if failed == nil || !strings.Contains(LastError(), "'rural'") {
		t.Fatalf("failure not recorded: %v / %q", failed, LastError())
	}
	failed.Free()
	if _, ok := p.Deadline(friday16, "urban"); ok != nil || LastError() != "" {
		t.Fatalf("success left %q", LastError())
	}
}
