package sandbox

import (
	"bytes"
	"errors"
	"os"
	"strconv"
	"sync/atomic"
	"time"
)

// procMemory reads a process's current and peak resident memory (VmRSS,
// VmHWM) in bytes from a /proc/<pid>/status file.
//
// Why not rusage's ru_maxrss: Go starts a child with clone(CLONE_VM|
// CLONE_VFORK), and Linux carries the high-water mark of the memory the
// child shared before exec — the parent's — into the child's ru_maxrss, so
// it reports the parent's size, not the parser's. VmHWM belongs to the
// child's own address space after exec.
func procMemory(path string) (rss, hwm int64, err error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, 0, err
	}
	var found int
	for line := range bytes.Lines(b) {
		var dst *int64
		switch {
		case bytes.HasPrefix(line, []byte("VmRSS:")):
			dst = &rss
		case bytes.HasPrefix(line, []byte("VmHWM:")):
			dst = &hwm
		default:
			continue
		}
		f := bytes.Fields(line)
		if len(f) < 2 {
			continue
		}
		kb, err := strconv.ParseInt(string(f[1]), 10, 64)
		if err != nil {
			return 0, 0, err
		}
		*dst = kb << 10
		found++
	}
	if found < 2 {
		// A zombie (exited, not yet reaped) has no memory lines.
		return 0, 0, errors.New(path + ": no VmRSS/VmHWM")
	}
	return rss, hwm, nil
}

// memoryWatch samples the resident memory of the child every pollInterval
// and calls over once when it passes the limit. It is the part of the cap
// that does not depend on the child cooperating: memory mapped by a cgo
// library or by the race detector, or allocated between two collections,
// all count.
type memoryWatch struct {
	peak atomic.Int64
	quit chan struct{}
	done chan struct{}
}

func watchMemory(pid int, limit int64, over func()) *memoryWatch {
	w := &memoryWatch{quit: make(chan struct{}), done: make(chan struct{})}
	path := "/proc/" + strconv.Itoa(pid) + "/status"
	go func() {
		defer close(w.done)
		t := time.NewTicker(pollInterval)
		defer t.Stop()
		for {
			select {
			case <-w.quit:
				return
			case <-t.C:
			}
			rss, hwm, err := procMemory(path)
			if err != nil {
				return // the child is gone (or /proc is missing: RLIMIT_AS still holds)
			}
			if hwm > w.peak.Load() {
				w.peak.Store(hwm)
			}
			if rss > limit {
				over()
				return
			}
		}
	}()
	return w
}

// stop ends the sampling and returns the highest peak seen.
func (w *memoryWatch) stop() int64 {
	close(w.quit)
	<-w.done
	return w.peak.Load()
}

// selfPeakRSS is this process's peak resident memory, which the child
// reports with its answer (the parent's last sample may be 20 ms old).
func selfPeakRSS() int64 {
	_, hwm, _ := procMemory("/proc/self/status")
	return hwm
}

// addressSpace is this process's current virtual size in bytes.
func addressSpace() (int64, error) {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0, err
	}
	f := bytes.Fields(b)
	if len(f) == 0 {
		return 0, errors.New("/proc/self/statm: empty")
	}
	pages, err := strconv.ParseInt(string(f[0]), 10, 64)
	return pages * int64(os.Getpagesize()), err
}
