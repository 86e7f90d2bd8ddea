package sandbox

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/bureau/mishen/extract"
)

// slack is how long past its timeout a child may take to be killed and
// reaped on a loaded machine (the CI box has 2 cores shared by everyone).
const slack = 10 * time.Second

// memOKLimit is the cap under which the mem-ok hook's 150 MiB must fit:
// tight (60%) normally; under the race detector each heap byte drags
// shadow memory into the resident set, so the cap is wider.
var memOKLimit int64 = map[bool]int64{false: 256 << 20, true: 768 << 20}[raceEnabled]

func TestExtractOutcomes(t *testing.T) {
	small := Options{Timeout: 20 * time.Second, MemoryLimit: 512 << 20}
	tests := []struct {
		name    string
		data    string
		opt     Options
		kind    string // "" = a Document is expected
		reason  string // exact reason, when the kind is not ""
		prefix  string // reason prefix, when the exact text depends on the runtime
		wantDoc *extract.Document
		minRSS  int64 // the child's peak must be at least this: it is the child's own, not the parent's
	}{
		{name: "hook:ok", wantDoc: &extract.Document{Format: "txt", Parts: []extract.Part{{Kind: extract.KindBody, Line: 1, Text: "秘密★1年\n正文"}}, Engines: []string{"hook"}}},
		{name: "a.txt", data: "秘密★1年\n内部资料", wantDoc: &extract.Document{Format: "txt", Parts: []extract.Part{{Kind: extract.KindBody, Line: 1, Text: "秘密★1年\n内部资料"}}}},
		{name: "empty.txt", kind: KindExtract, reason: "文件为空（0 字节）"},
		{name: "hook:panic", kind: KindCrash, reason: "解析器崩溃（runtime error: index out of range [5] with length 0）"},
		{name: "hook:goroutine-panic", kind: KindCrash, reason: "解析器崩溃（boom in a worker goroutine）"},
		{name: "hook:finalizer-panic", kind: KindCrash, reason: "解析器崩溃（finalizer boom: stream already closed）"},
		{name: "hook:hang", opt: Options{Timeout: time.Second}, kind: KindTimeout, reason: "解析超时（超过1s），已中止"},
		{name: "hook:ctx-aware", opt: Options{Timeout: 4 * time.Second}, wantDoc: &extract.Document{Format: "pdf", Unread: []string{"第2页读取超时"}}},
		{name: "hook:spin", opt: Options{Timeout: 1500 * time.Millisecond}, kind: KindTimeout, reason: "解析超时（超过1.5s），已中止"},
		{name: "hook:oom", opt: Options{Timeout: 30 * time.Second, MemoryLimit: 256 << 20}, kind: KindMemory, reason: "解析占用内存超过上限（256 MiB），已中止"},
		{name: "hook:mem-ok", opt: Options{Timeout: 30 * time.Second, MemoryLimit: memOKLimit}, wantDoc: &extract.Document{Format: "txt", Parts: []extract.Part{{Kind: extract.KindBody, Text: strconv.Itoa(150 << 20)}}}, minRSS: 150 << 20},
		{name: "hook:exit", kind: KindCrash, reason: "解析进程意外退出（退出码 7），没有结果"},
		{name: "hook:stack-overflow", kind: KindCrash, reason: "解析器崩溃（stack overflow）"},
		{name: "hook:stdout-noise", wantDoc: &extract.Document{Format: "txt", Parts: []extract.Part{{Kind: extract.KindBody, Text: "clean"}}}},
		{name: "hook:stderr-flood", kind: KindCrash, reason: "解析器崩溃（after the flood）"},
		{name: "hook:big-output", opt: Options{Limits: extract.Limits{MaxTextBytes: 1 << 10}}, kind: KindSandbox, reason: "解析结果过大（超过 1.0 MiB），已中止"},
		{name: "hook:nil", kind: KindSandbox, reason: "解析器没有返回结果"},
		{name: "hook:bad-utf8", wantDoc: &extract.Document{Format: "txt", Parts: []extract.Part{{Kind: extract.KindBody, Name: "n\uFFFD", Text: "机密\uFFFD★"}}, Unread: []string{"第1页\uFFFD"}}},
		{name: "hook:no-such-hook", kind: KindExtract, reason: "unknown test hook no-such-hook"},
	}
	for _, tc := range tests {
		t.Run(strings.TrimPrefix(tc.name, hookPrefix), func(t *testing.T) {
			t.Parallel()
			opt := tc.opt
			if opt.Timeout == 0 {
				opt.Timeout = small.Timeout
			}
			if opt.MemoryLimit == 0 {
				opt.MemoryLimit = small.MemoryLimit
			}
			doc, st, err := ExtractStats(context.Background(), tc.name, []byte(tc.data), opt)
			if st.Elapsed > opt.Timeout+slack {
				t.Errorf("took %v, timeout was %v", st.Elapsed, opt.Timeout)
			}
			if tc.kind == "" {
				if err != nil {
					t.Fatalf("error %q (%s), want a document; detail:\n%s", err, st.Outcome, detailOf(err))
				}
				if !reflect.DeepEqual(doc, tc.wantDoc) {
					t.Errorf("document\n got %+v\nwant %+v", doc, tc.wantDoc)
				}
				if st.Outcome != "ok" || st.MaxRSS <= 0 || st.MaxRSS < tc.minRSS {
					t.Errorf("stats %+v, want outcome ok and a peak RSS of at least %d", st, tc.minRSS)
				}
				return
			}
			if doc != nil {
				t.Errorf("got a document %+v with the error", doc)
			}
			var se *Error
			if !errors.As(err, &se) {
				t.Fatalf("error %v (%T), want *sandbox.Error", err, err)
			}
			if se.Kind != tc.kind || se.Reason != tc.reason {
				t.Errorf("got kind %q reason %q, want %q %q; detail:\n%s", se.Kind, se.Reason, tc.kind, tc.reason, se.Detail)
			}
			if st.Outcome != tc.kind {
				t.Errorf("stats outcome %q, want %q", st.Outcome, tc.kind)
			}
			if strings.Contains(se.Reason, "goroutine ") || strings.Contains(se.Reason, ".go:") {
				t.Errorf("reason carries a stack: %q", se.Reason)
			}
			if len(se.Detail) > stderrKeep+4<<10 {
				t.Errorf("detail is %d bytes, the stderr excerpt must stay under %d", len(se.Detail), stderrKeep)
			}
		})
	}
}

func detailOf(err error) string {
	var se *Error
	if errors.As(err, &se) {
		return se.Detail
	}
	return ""
}

// The child gets the caller's limits and caps itself: Go's soft limit at
// 90% of the cap, the address space at what the runtime had reserved plus
// the cap.
func TestChildAppliesLimits(t *testing.T) {
	lim := extract.Limits{MaxPages: 17, MaxTextBytes: 12345}
	const memLimit = 300 << 20
	doc, err := Extract(context.Background(), "hook:report-limits", []byte("payload\x00bytes"), Options{Limits: lim, MemoryLimit: memLimit, Timeout: 20 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	e := doc.Engines
	if e[0] != "17" || e[1] != "12345" {
		t.Errorf("child saw limits pages=%s text=%s, want 17 12345", e[0], e[1])
	}
	if want := strconv.Itoa(memLimit / 10 * 9); e[2] != want {
		t.Errorf("child's Go memory limit %s, want %s", e[2], want)
	}
	as, _ := strconv.ParseInt(e[3], 10, 64)
	base, _ := strconv.ParseInt(e[4], 10, 64)
	if raceEnabled {
		t.Logf("race build: address space not capped (RLIMIT_AS %d)", as)
	} else if as < memLimit || as > base+memLimit {
		t.Errorf("RLIMIT_AS %d, want reserved-at-start plus %d (now %d)", as, memLimit, base)
	}
	if e[5] != "payload\x00bytes" {
		t.Errorf("child read %q, want the exact bytes", e[5])
	}
}

// A file larger than the cap cannot even be held by the child: the outcome
// is the memory error, not a protocol failure.
func TestFileLargerThanCap(t *testing.T) {
	data := bytes.Repeat([]byte("内部资料 注意保管\n"), (96<<20)/25)
	_, err := Extract(context.Background(), "big.txt", data, Options{MemoryLimit: 64 << 20, Timeout: 30 * time.Second})
	var se *Error
	if !errors.As(err, &se) || se.Kind != KindMemory {
		t.Fatalf("got %v, want the memory error", err)
	}
}

func TestExtractKeepsUnsupported(t *testing.T) {
	_, err := Extract(context.Background(), "hook:error-unsupported", nil, Options{Timeout: 20 * time.Second})
	if !errors.Is(err, extract.ErrUnsupported) {
		t.Errorf("error %v does not wrap extract.ErrUnsupported across the process boundary", err)
	}
	if err == nil || err.Error() != "测试格式不能读取：unsupported format" {
		t.Errorf("error text %q", err)
	}
}

func TestExtractCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(300*time.Millisecond, cancel)
	start := time.Now()
	_, err := Extract(ctx, "hook:hang", nil, Options{Timeout: time.Minute})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want one wrapping context.Canceled", err)
	}
	if d := time.Since(start); d > slack {
		t.Errorf("cancel took %v", d)
	}
}

func TestExtractStartFailures(t *testing.T) {
	tests := []struct {
		exe, kind, reason string
	}{
		{"/nonexistent/mishen", KindSandbox, "无法启动解析进程（程序文件不存在）"},
		// A program that does not speak the protocol: its output is not an answer.
		{"/bin/true", KindSandbox, "解析进程的输出无法识别，没有结果"},
		{"/bin/cat", KindSandbox, "解析进程的输出无法识别，没有结果"},
		{"/bin/false", KindCrash, "解析进程意外退出（退出码 1），没有结果"},
	}
	for _, tc := range tests {
		t.Run(tc.exe, func(t *testing.T) {
			_, err := Extract(context.Background(), "a.txt", []byte("x"), Options{Exe: tc.exe, Timeout: 20 * time.Second})
			var se *Error
			if !errors.As(err, &se) || se.Kind != tc.kind || se.Reason != tc.reason {
				t.Errorf("got %#v, want %s %q", err, tc.kind, tc.reason)
			}
		})
	}
}

// A program that forgot RunChildIfRequested would re-run itself and call
// Extract again; the second level must refuse instead of forking on.
func TestNestedChildRefused(t *testing.T) {
	t.Setenv(envChild, "1")
	_, err := Extract(context.Background(), "a.txt", []byte("x"), Options{})
	if err != errNested {
		t.Errorf("got %v, want the nested-child refusal", err)
	}
}

func TestClassify(t *testing.T) {
	base := outcome{exited: true, timeout: 60 * time.Second, memLimit: 2 << 30, outputCap: 1 << 20}
	with := func(f func(*outcome)) outcome { o := base; f(&o); return o }
	tests := []struct {
		name   string
		o      outcome
		kind   string
		reason string
	}{
		{"answer", with(func(o *outcome) { o.resp = answer(`{"doc":{"format":"txt","parts":null}}`) }), "", ""},
		{"extract error", with(func(o *outcome) { o.resp = answer(`{"error":"文件为空","kind":"extract"}`) }), KindExtract, "文件为空"},
		{"unknown kind is an extract error", with(func(o *outcome) { o.resp = answer(`{"error":"e","kind":"timeout"}`) }), KindExtract, "e"},
		{"recovered panic", with(func(o *outcome) { o.resp = answer(`{"error":"解析器崩溃（x）","kind":"crash"}`) }), KindCrash, "解析器崩溃（x）"},
		{"both doc and error", with(func(o *outcome) { o.resp = answer(`{"doc":{},"error":"e"}`) }), KindSandbox, "解析进程的输出无法识别，没有结果"},
		{"truncated answer", with(func(o *outcome) { o.resp = answer(`{"doc":{"format":"t`) }), KindSandbox, "解析进程的输出无法识别，没有结果"},
		{"answer but killed for memory", with(func(o *outcome) {
			o.resp = answer(`{"doc":{}}`)
			o.memKilled, o.exited, o.signal = true, false, syscall.SIGKILL
		}), KindMemory, "解析占用内存超过上限（2 GiB），已中止"},
		{"timeout", with(func(o *outcome) { o.exited, o.signal, o.timedOut, o.ctxKilled = false, syscall.SIGKILL, true, true }), KindTimeout, "解析超时（超过60s），已中止"},
		{"canceled beats timeout", with(func(o *outcome) { o.exited, o.ctxKilled, o.canceled = false, true, context.Canceled }), KindCanceled, "解析被取消"},
		{"go out of memory", with(func(o *outcome) { o.exitCode = 2; o.stderr.oom = true; o.stderr.fatal = "runtime: out of memory" }), KindMemory, "解析占用内存超过上限（2 GiB），已中止"},
		{"oom killer near the cap", with(func(o *outcome) { o.exited, o.signal, o.maxRSS = false, syscall.SIGKILL, 2<<30-1<<20 }), KindMemory, "解析占用内存超过上限（2 GiB），已中止"},
		{"killed far from the cap", with(func(o *outcome) { o.exited, o.signal, o.maxRSS = false, syscall.SIGKILL, 30<<20 }), KindCrash, "解析器崩溃（进程被信号 SIGKILL 终止）"},
		{"segfault in C", with(func(o *outcome) { o.exited, o.signal = false, syscall.SIGSEGV }), KindCrash, "解析器崩溃（进程被信号 SIGSEGV 终止）"},
		{"panic line", with(func(o *outcome) { o.exitCode = 2; o.stderr.panic = "x" }), KindCrash, "解析器崩溃（x）"},
		{"panic beats fatal", with(func(o *outcome) { o.exitCode = 2; o.stderr.panic = "p"; o.stderr.fatal = "f" }), KindCrash, "解析器崩溃（p）"},
		{"fatal line", with(func(o *outcome) { o.exitCode = 2; o.stderr.fatal = "stack overflow" }), KindCrash, "解析器崩溃（stack overflow）"},
		{"overflow", with(func(o *outcome) { o.overflow = true }), KindSandbox, "解析结果过大（超过 1 MiB），已中止"},
		{"exit code", with(func(o *outcome) { o.exitCode = 3 }), KindCrash, "解析进程意外退出（退出码 3），没有结果"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := tc.o.classify()
			if tc.kind == "" {
				if err != nil || doc == nil {
					t.Fatalf("got %v %v, want a document", doc, err)
				}
				return
			}
			var se *Error
			if !errors.As(err, &se) || se.Kind != tc.kind || se.Reason != tc.reason || doc != nil {
				t.Errorf("got %v %#v, want %s %q", doc, err, tc.kind, tc.reason)
			}
		})
	}
}

// answer decodes a child's answer as ExtractStats does: nil unless valid.
func answer(s string) *response {
	var r response
	if json.Unmarshal([]byte(s), &r) != nil || !r.valid() {
		return nil
	}
	return &r
}

func TestStderrSink(t *testing.T) {
	tests := []struct {
		name          string
		writes        []string
		panic, fatal  string
		oom           bool
		head, dropped int
	}{
		{name: "go panic", writes: []string{"log line\n", "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation]\n\ngoroutine 1 [running]:\nmain.f()\n"},
			panic: "runtime error: invalid memory address or nil pointer dereference"},
		{name: "split across writes", writes: []string{"pan", "ic: boo", "m [recovered]\n"}, panic: "boom"},
		{name: "last line without newline", writes: []string{"fatal error: stack overflow"}, fatal: "stack overflow"},
		{name: "runtime oom", writes: []string{"fatal error: runtime: out of memory\n\nruntime stack:\n"}, fatal: "runtime: out of memory", oom: true},
		{name: "thread refused", writes: []string{"runtime: failed to create new OS thread (have 5 already; errno=11)\n"}, oom: true},
		{name: "c++", writes: []string{"terminate called after throwing an instance of 'std::bad_alloc'\n"}, oom: true},
		{name: "not a panic", writes: []string{"a panic: inside a line\n"}},
		{name: "flood then panic", writes: []string{strings.Repeat("y", 100<<10) + "\n", strings.Repeat("z\n", 1000), "panic: late\n"},
			panic: "late", head: stderrKeep, dropped: 100<<10 + 1 + 2000 + 12 - stderrKeep},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := newStderrSink()
			total := 0
			for _, w := range tc.writes {
				n, err := s.Write([]byte(w))
				if n != len(w) || err != nil {
					t.Fatalf("Write = %d, %v", n, err)
				}
				total += n
			}
			sum := s.summary()
			if sum.panic != tc.panic || sum.fatal != tc.fatal || sum.oom != tc.oom {
				t.Errorf("got panic %q fatal %q oom %v, want %q %q %v", sum.panic, sum.fatal, sum.oom, tc.panic, tc.fatal, tc.oom)
			}
			wantHead := tc.head
			if wantHead == 0 {
				wantHead = total
			}
			if len(sum.head) != wantHead || sum.dropped != int64(tc.dropped) {
				t.Errorf("kept %d dropped %d, want %d %d", len(sum.head), sum.dropped, wantHead, tc.dropped)
			}
		})
	}
}

func TestCappedBuffer(t *testing.T) {
	b := &cappedBuffer{max: 10}
	for _, w := range []string{"12345", "678", "9abcdef"} {
		if n, err := b.Write([]byte(w)); n != len(w) || err != nil {
			t.Fatalf("Write = %d, %v: a full buffer must swallow, not block the child", n, err)
		}
	}
	if string(b.Bytes()) != "123456789a" || !b.overflow {
		t.Errorf("kept %q overflow %v", b.Bytes(), b.overflow)
	}
}

func TestPlainReason(t *testing.T) {
	tests := []struct{ in, want string }{
		{"文件为空（0 字节）", "文件为空（0 字节）"},
		{"找不到交叉引用表（malformed /Size 5 >>\nstartxref\n%%EOF）", "找不到交叉引用表（malformed /Size 5 >> startxref %%EOF）"},
		{"bad \x00\x01byte \xff", "bad byte \uFFFD"},
		{strings.Repeat("长", maxReason+10), strings.Repeat("长", maxReason) + "…"},
	}
	for _, tc := range tests {
		if got := plainReason(tc.in); got != tc.want {
			t.Errorf("plainReason(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSoftTimeout(t *testing.T) {
	for hard, want := range map[time.Duration]time.Duration{60 * time.Second: 55 * time.Second, 10 * time.Second: 9 * time.Second, time.Second: 900 * time.Millisecond} {
		if got := softTimeout(hard); got != want {
			t.Errorf("softTimeout(%v) = %v, want %v", hard, got, want)
		}
	}
}

func TestFormat(t *testing.T) {
	durs := map[time.Duration]string{60 * time.Second: "60s", 1500 * time.Millisecond: "1.5s", 500 * time.Millisecond: "500ms", 2 * time.Minute: "120s"}
	for d, want := range durs {
		if got := formatDuration(d); got != want {
			t.Errorf("formatDuration(%v) = %q, want %q", d, got, want)
		}
	}
	sizes := map[int64]string{2 << 30: "2 GiB", 512 << 20: "512 MiB", 3 << 29: "1.5 GiB", 100: "100 B", 1<<20 + 1<<10: "1.0 MiB"}
	for n, want := range sizes {
		if got := formatBytes(n); got != want {
			t.Errorf("formatBytes(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestInProcess(t *testing.T) {
	saved := extractFunc
	extractFunc = testExtract
	t.Cleanup(func() { extractFunc = saved })
	tests := []struct {
		name, data   string
		timeout      time.Duration
		kind, reason string
		unsupported  bool
		wantText     string
	}{
		{name: "a.txt", data: "内部资料", wantText: "内部资料"},
		{name: "hook:bad-utf8", wantText: "机密\uFFFD★"},
		{name: "hook:panic", kind: KindCrash, reason: "解析器崩溃（runtime error: index out of range [5] with length 0）"},
		{name: "hook:hang", timeout: 200 * time.Millisecond, kind: KindTimeout, reason: "解析超时（超过200ms），已中止"},
		{name: "hook:error-unsupported", kind: KindExtract, reason: "测试格式不能读取：unsupported format", unsupported: true},
		{name: "hook:nil", kind: KindSandbox, reason: "解析器没有返回结果"},
		{name: "empty.txt", kind: KindExtract, reason: "文件为空（0 字节）"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := InProcess(context.Background(), tc.name, []byte(tc.data), Options{Timeout: tc.timeout})
			if tc.kind == "" {
				if err != nil || len(doc.Parts) == 0 || doc.Parts[0].Text != tc.wantText {
					t.Fatalf("got %+v %v, want text %q", doc, err, tc.wantText)
				}
				return
			}
			var se *Error
			if !errors.As(err, &se) || se.Kind != tc.kind || se.Reason != tc.reason || doc != nil {
				t.Errorf("got %v %#v, want %s %q", doc, err, tc.kind, tc.reason)
			}
			if errors.Is(err, extract.ErrUnsupported) != tc.unsupported {
				t.Errorf("errors.Is(ErrUnsupported) = %v, want %v", !tc.unsupported, tc.unsupported)
			}
		})
	}
}

// A child must not outlive a parent that died (kill -9 of mishen during a
// run): Pdeathsig, with the starting goroutine locked to its thread.
func TestChildDiesWithParent(t *testing.T) {
	if os.Getenv("SANDBOX_TEST_PARENT") == "1" {
		// The helper parent: start a child that hangs, and wait to be killed.
		Extract(context.Background(), "hook:hang-report-pid", nil, Options{Timeout: time.Minute})
		return
	}
	pidFile := filepath.Join(t.TempDir(), "pid")
	helper := exec.Command(os.Args[0], "-test.run=^TestChildDiesWithParent$")
	helper.Env = append(os.Environ(), "SANDBOX_TEST_PARENT=1", "SANDBOX_TEST_PIDFILE="+pidFile)
	if err := helper.Start(); err != nil {
		t.Fatal(err)
	}
	var pid int
	for deadline := time.Now().Add(30 * time.Second); pid == 0; {
		if b, err := os.ReadFile(pidFile); err == nil && len(b) > 0 {
			pid, _ = strconv.Atoi(string(b))
		}
		if time.Now().After(deadline) {
			helper.Process.Kill()
			t.Fatal("the helper's child never started")
		}
		time.Sleep(20 * time.Millisecond)
	}
	helper.Process.Kill()
	helper.Wait()
	for deadline := time.Now().Add(slack); alive(pid); {
		if time.Now().After(deadline) {
			syscall.Kill(pid, syscall.SIGKILL)
			t.Fatalf("child %d still running %v after its parent was killed", pid, slack)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// alive says whether pid is a running process (not gone, not a zombie
// waiting for a reaper).
func alive(pid int) bool {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return false
	}
	i := strings.LastIndexByte(string(b), ')')
	return i < 0 || i+2 >= len(b) || b[i+2] != 'Z'
}
