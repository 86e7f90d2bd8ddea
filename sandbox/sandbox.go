// Package sandbox runs document extraction in a child process — the same
// binary, re-executed — with a wall-clock timeout and a memory cap.
//
// Why a process and not a goroutine: the PDF library panics on a share of
// damaged files, some of those panics fire outside any recover (one in a
// finalizer), and it loops forever on /Parent or /Kids cycles. A goroutine
// can be neither killed nor protected from a finalizer panic; a process can.
// So one hostile file costs that one file — an error with the reason in plain
// words — and never the night's run.
//
// A program that uses Extract must call RunChildIfRequested first thing in
// main; InProcess gives the same contract without a child where one is not
// wanted (tests of other packages, callers that are not the mishen binary).
package sandbox

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/bureau/mishen/extract"
)

// Defaults used where Options leaves a field zero.
const (
	DefaultTimeout     = 60 * time.Second
	DefaultMemoryLimit = 2 << 30
)

// Options bound one extraction.
type Options struct {
	// Timeout is the wall-clock time the child may take, start-up included.
	// Zero means DefaultTimeout.
	Timeout time.Duration
	// MemoryLimit caps the child's memory in bytes (resident memory watched
	// by the parent, Go heap limit and address-space limit in the child).
	// Zero means DefaultMemoryLimit.
	MemoryLimit int64
	// Limits are passed to extract.Extract in the child. The zero value
	// means extract.DefaultLimits().
	Limits extract.Limits
	// Exe is the program re-executed as the child; it must call
	// RunChildIfRequested first thing in main. Empty means os.Executable().
	Exe string
}

func (o Options) withDefaults() Options {
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MemoryLimit <= 0 {
		o.MemoryLimit = DefaultMemoryLimit
	}
	if o.Limits == (extract.Limits{}) {
		o.Limits = extract.DefaultLimits()
	}
	return o
}

// Error kinds, so a caller can tell outcomes apart without parsing words.
const (
	KindTimeout  = "timeout"  // cut at Options.Timeout
	KindMemory   = "memory"   // went over Options.MemoryLimit
	KindCrash    = "crash"    // the parser panicked or the child died
	KindExtract  = "extract"  // the extractor returned an error: the file is not readable
	KindCanceled = "canceled" // the caller's context ended first
	KindSandbox  = "sandbox"  // the child could not be started or spoke nonsense
)

// Error is what Extract and InProcess return when no Document came back.
// Error() is the reason in plain words, ready for the record's error field
// (the record names the file beside it); Detail keeps what an operator needs
// to dig further (the child's stderr excerpt, exit status) and never reaches
// a reviewer.
type Error struct {
	Kind   string
	Reason string
	Detail string
	// unsupported is set when the extractor's error wrapped
	// extract.ErrUnsupported, so errors.Is survives the process boundary.
	unsupported bool
	cause       error
}

func (e *Error) Error() string { return e.Reason }

// Unwrap lets errors.Is(err, extract.ErrUnsupported) and
// errors.Is(err, context.Canceled) work as they would without a child.
func (e *Error) Unwrap() error {
	if e.unsupported {
		return extract.ErrUnsupported
	}
	return e.cause
}

// Stats describe one child run, for logs and the robustness table.
type Stats struct {
	Elapsed time.Duration
	// MaxRSS is the child's peak resident memory in bytes (from rusage);
	// zero when the child never started.
	MaxRSS int64
	// Outcome is "ok" or the Error kind.
	Outcome string
}

// Extract reads one document in a child process. path names the file in
// messages; data is the file's content (passed on the child's stdin, so the
// child reads exactly the bytes the caller hashed). The contract is
// extract.Extract's: an error means nothing usable was read, a Document with
// Unread entries was read in part. Text comes back as valid UTF-8.
func Extract(ctx context.Context, path string, data []byte, opt Options) (*extract.Document, error) {
	doc, _, err := ExtractStats(ctx, path, data, opt)
	return doc, err
}

// errNested guards against a fork bomb: a program that does not call
// RunChildIfRequested (a test binary of another package, say) would, when
// re-executed, run its own code again and call Extract again.
var errNested = &Error{Kind: KindSandbox, Reason: "解析子进程内不能再启动解析子进程（程序没有调用 sandbox.RunChildIfRequested）"}

// pollInterval is how often the parent samples the child's resident memory.
const pollInterval = 20 * time.Millisecond

// waitDelay bounds how long Wait waits for pipes held open by a grandchild
// (pdftotext started by the PDF reader) after the child is gone.
const waitDelay = 2 * time.Second

// ExtractStats is Extract that also reports the child's time and memory.
func ExtractStats(ctx context.Context, path string, data []byte, opt Options) (*extract.Document, Stats, error) {
	start := time.Now()
	opt = opt.withDefaults()
	var st Stats
	finish := func(doc *extract.Document, err error) (*extract.Document, Stats, error) {
		st.Elapsed = time.Since(start)
		st.Outcome = "ok"
		var se *Error
		if errors.As(err, &se) {
			st.Outcome = se.Kind
		}
		return doc, st, err
	}
	if os.Getenv(envChild) != "" {
		return finish(nil, errNested)
	}
	exe := opt.Exe
	if exe == "" {
		var err error
		if exe, err = executable(); err != nil {
			return finish(nil, &Error{Kind: KindSandbox, Reason: "无法启动解析进程（找不到程序文件）", Detail: err.Error()})
		}
	}

	header, err := json.Marshal(request{Name: path, Size: int64(len(data)), Limits: opt.Limits, MemoryLimit: opt.MemoryLimit, Deadline: start.Add(softTimeout(opt.Timeout))})
	if err != nil {
		return finish(nil, &Error{Kind: KindSandbox, Reason: "无法启动解析进程（请求无法编码）", Detail: err.Error()})
	}

	tctx, cancel := context.WithTimeout(ctx, opt.Timeout)
	defer cancel()
	cmd := exec.CommandContext(tctx, exe)
	cmd.Env = append(os.Environ(), envChild+"=1", "GOTRACEBACK=single")
	if raceEnabled {
		// ThreadSanitizer sleeps 1 s at every clean exit by default: that
		// would be a second per document in race-enabled test runs.
		cmd.Env = append(cmd.Env, "GORACE="+os.Getenv("GORACE")+" atexit_sleep_ms=0")
	}
	// Own process group, so a kill reaches anything the child started;
	// Pdeathsig, so a child never outlives a parent that died.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	var killedByCtx atomic.Bool
	cmd.Cancel = func() error {
		killedByCtx.Store(true)
		return killGroup(cmd.Process.Pid)
	}
	cmd.WaitDelay = waitDelay
	cmd.Stdin = io.MultiReader(bytes.NewReader(header), strings.NewReader("\n"), bytes.NewReader(data))
	out := &cappedBuffer{max: outputCap(opt.Limits)}
	errSink := newStderrSink()
	cmd.Stdout = out
	cmd.Stderr = errSink

	// Pdeathsig fires when the *thread* that started the child exits, not
	// the process (prctl(2); golang/go#27505). Go ends a thread when a
	// goroutine locked to it returns, so keep this goroutine on its thread
	// until the child is reaped: no other goroutine can lock it and take it
	// down with our child.
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	if err := cmd.Start(); err != nil {
		return finish(nil, &Error{Kind: KindSandbox, Reason: "无法启动解析进程（" + plainStartError(err) + "）", Detail: err.Error()})
	}
	var memKilled atomic.Bool
	watch := watchMemory(cmd.Process.Pid, opt.MemoryLimit, func() {
		memKilled.Store(true)
		_ = killGroup(cmd.Process.Pid)
	})
	waitErr := cmd.Wait()
	st.MaxRSS = watch.stop()

	o := outcome{
		exitCode:   -1,
		overflow:   out.overflow,
		stderr:     errSink.summary(),
		memKilled:  memKilled.Load(),
		ctxKilled:  killedByCtx.Load(),
		canceled:   ctx.Err(),
		timedOut:   tctx.Err() == context.DeadlineExceeded && ctx.Err() == nil,
		timeout:    opt.Timeout,
		memLimit:   opt.MemoryLimit,
		outputCap:  out.max,
		waitErrMsg: errString(waitErr),
	}
	if ps := cmd.ProcessState; ps != nil {
		o.exited, o.exitCode = ps.Exited(), ps.ExitCode()
		if ws, ok := ps.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			o.signal = ws.Signal()
		}
	}
	if !out.overflow {
		var resp response
		if json.Unmarshal(out.Bytes(), &resp) == nil && resp.valid() {
			o.resp = &resp
			st.MaxRSS = max(st.MaxRSS, resp.PeakRSS)
		}
	}
	o.maxRSS = st.MaxRSS
	doc, err := o.classify()
	return finish(doc, err)
}

// softTimeout leaves the child's extractor a tenth of the timeout (at most
// 5 s) to wind up and answer before the hard kill.
func softTimeout(hard time.Duration) time.Duration {
	return hard - min(hard/10, 5*time.Second)
}

var (
	exeOnce sync.Once
	exePath string
	exeErr  error
)

func executable() (string, error) {
	exeOnce.Do(func() { exePath, exeErr = os.Executable() })
	return exePath, exeErr
}

// killGroup SIGKILLs the child's process group (the child and anything it
// started). SIGKILL because a parser in an endless loop gets no say.
func killGroup(pid int) error {
	err := syscall.Kill(-pid, syscall.SIGKILL)
	if err == syscall.ESRCH {
		return os.ErrProcessDone
	}
	return err
}

// outputCap bounds the child's JSON answer. Text within MaxTextBytes is at
// most 6 bytes of JSON per byte of text (\u00XX escapes for control
// characters); anything larger is a runaway, not a document.
func outputCap(lim extract.Limits) int64 {
	const floor = 1 << 20
	if lim.MaxTextBytes <= 0 {
		return 4 << 30
	}
	return 8*lim.MaxTextBytes + floor
}

// outcome is everything the parent knows after the child is gone; classify
// turns it into the result. Kept as plain data so the mapping is tested
// without starting processes.
type outcome struct {
	exited   bool
	exitCode int
	signal   syscall.Signal
	// resp is the child's answer, nil when it gave none or none that decoded.
	resp       *response
	overflow   bool
	stderr     stderrSummary
	memKilled  bool
	ctxKilled  bool
	canceled   error
	timedOut   bool
	timeout    time.Duration
	memLimit   int64
	maxRSS     int64
	outputCap  int64
	waitErrMsg string
}

func (o outcome) detail() string {
	var b strings.Builder
	fmt.Fprintf(&b, "exit=%d", o.exitCode)
	if o.signal != 0 {
		fmt.Fprintf(&b, " signal=%s", o.signal)
	}
	if o.waitErrMsg != "" {
		fmt.Fprintf(&b, " wait=%q", o.waitErrMsg)
	}
	fmt.Fprintf(&b, " maxrss=%dMiB", o.maxRSS>>20)
	if o.stderr.head != "" {
		fmt.Fprintf(&b, "\nstderr:\n%s", o.stderr.head)
		if o.stderr.dropped > 0 {
			fmt.Fprintf(&b, "\n…（另有 %d 字节未保留）", o.stderr.dropped)
		}
	}
	return b.String()
}

func (o outcome) classify() (*extract.Document, error) {
	// A complete answer from a child that exited normally wins, even if the
	// deadline passed while the parent was still reading it.
	if resp := o.resp; resp != nil && o.exited && o.exitCode == 0 && !o.memKilled {
		if resp.Doc != nil {
			return resp.Doc, nil
		}
		kind := KindExtract
		switch resp.Kind {
		case KindCrash, KindSandbox:
			kind = resp.Kind
		}
		return nil, &Error{Kind: kind, Reason: resp.Error, Detail: o.detail(), unsupported: resp.Unsupported}
	}
	switch {
	case o.canceled != nil:
		return nil, &Error{Kind: KindCanceled, Reason: "解析被取消", Detail: o.detail(), cause: o.canceled}
	case o.memKilled || o.stderr.oom:
		return nil, &Error{Kind: KindMemory, Reason: fmt.Sprintf("解析占用内存超过上限（%s），已中止", formatBytes(o.memLimit)), Detail: o.detail()}
	case o.timedOut && o.ctxKilled:
		return nil, &Error{Kind: KindTimeout, Reason: fmt.Sprintf("解析超时（超过%s），已中止", formatDuration(o.timeout)), Detail: o.detail()}
	case o.overflow:
		return nil, &Error{Kind: KindSandbox, Reason: fmt.Sprintf("解析结果过大（超过 %s），已中止", formatBytes(o.outputCap)), Detail: o.detail()}
	case o.stderr.panic != "":
		return nil, &Error{Kind: KindCrash, Reason: "解析器崩溃（" + o.stderr.panic + "）", Detail: o.detail()}
	case o.stderr.fatal != "":
		return nil, &Error{Kind: KindCrash, Reason: "解析器崩溃（" + o.stderr.fatal + "）", Detail: o.detail()}
	case o.signal == syscall.SIGKILL && o.maxRSS >= o.memLimit*9/10:
		// Killed by someone else (the kernel's OOM killer) while near the cap.
		return nil, &Error{Kind: KindMemory, Reason: fmt.Sprintf("解析占用内存超过上限（%s），已中止", formatBytes(o.memLimit)), Detail: o.detail()}
	case o.signal != 0:
		return nil, &Error{Kind: KindCrash, Reason: "解析器崩溃（进程被信号 " + signalName(o.signal) + " 终止）", Detail: o.detail()}
	case o.exited && o.exitCode != 0:
		return nil, &Error{Kind: KindCrash, Reason: fmt.Sprintf("解析进程意外退出（退出码 %d），没有结果", o.exitCode), Detail: o.detail()}
	}
	return nil, &Error{Kind: KindSandbox, Reason: "解析进程的输出无法识别，没有结果", Detail: o.detail()}
}

func signalName(s syscall.Signal) string {
	names := map[syscall.Signal]string{
		syscall.SIGSEGV: "SIGSEGV", syscall.SIGBUS: "SIGBUS", syscall.SIGABRT: "SIGABRT",
		syscall.SIGKILL: "SIGKILL", syscall.SIGILL: "SIGILL", syscall.SIGFPE: "SIGFPE",
		syscall.SIGTERM: "SIGTERM", syscall.SIGXCPU: "SIGXCPU",
	}
	if n, ok := names[s]; ok {
		return n
	}
	return "#" + strconv.Itoa(int(s))
}

func plainStartError(err error) string {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return "程序文件不存在"
	case errors.Is(err, os.ErrPermission):
		return "没有执行权限"
	case errors.Is(err, syscall.EAGAIN), errors.Is(err, syscall.ENOMEM):
		return "系统资源不足"
	}
	return "系统拒绝"
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// formatDuration writes a timeout the way the reviewer's message shows it:
// "60s", "1.5s", "90s".
func formatDuration(d time.Duration) string {
	if d%time.Second == 0 {
		return strconv.FormatInt(int64(d/time.Second), 10) + "s"
	}
	if d < time.Second {
		return strconv.FormatInt(d.Milliseconds(), 10) + "ms"
	}
	return strconv.FormatFloat(d.Seconds(), 'f', 1, 64) + "s"
}

// formatBytes writes a size in binary units: "2 GiB", "512 MiB", "1.5 GiB".
func formatBytes(n int64) string {
	units := []struct {
		size int64
		name string
	}{{1 << 30, "GiB"}, {1 << 20, "MiB"}, {1 << 10, "KiB"}}
	for _, u := range units {
		if n >= u.size {
			if n%u.size == 0 {
				return strconv.FormatInt(n/u.size, 10) + " " + u.name
			}
			return strconv.FormatFloat(float64(n)/float64(u.size), 'f', 1, 64) + " " + u.name
		}
	}
	return strconv.FormatInt(n, 10) + " B"
}

// InProcess reads one document without a child process, with Extract's
// contract as far as a process can keep it: a panic on the calling
// goroutine becomes an error, text is made valid UTF-8 as the child's JSON
// answer would make it, and at opt.Timeout the call returns a timeout error.
// What it cannot do is the reason the child exists: the timed-out goroutine
// keeps running (it cannot be killed), a panic on another goroutine or in a
// finalizer still ends the program, and memory is not capped.
func InProcess(ctx context.Context, path string, data []byte, opt Options) (*extract.Document, error) {
	opt = opt.withDefaults()
	type result struct {
		doc *extract.Document
		err error
	}
	done := make(chan result, 1) // buffered: an abandoned goroutine must not block forever on send
	cctx, cancel := context.WithTimeout(ctx, opt.Timeout)
	defer cancel()
	go func() {
		doc, err := extractSafely(cctx, path, data, opt.Limits)
		done <- result{doc, err}
	}()
	select {
	case r := <-done:
		return r.doc, r.err
	case <-cctx.Done():
		if ctx.Err() != nil {
			return nil, &Error{Kind: KindCanceled, Reason: "解析被取消", cause: ctx.Err()}
		}
		return nil, &Error{Kind: KindTimeout, Reason: fmt.Sprintf("解析超时（超过%s），已中止", formatDuration(opt.Timeout))}
	}
}

// extractFunc is the extractor the child (and InProcess) runs. Tests of
// this package replace it in their own child to hang, panic or eat memory on
// purpose; production code never changes it, so no document can reach a
// test hook.
var extractFunc = extract.Extract

// extractSafely runs extractFunc with a recover, turning a panic on this
// goroutine into an error, and makes every string valid UTF-8 so that the
// child's JSON round trip changes nothing.
func extractSafely(ctx context.Context, name string, data []byte, lim extract.Limits) (doc *extract.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc = nil
			err = &Error{Kind: KindCrash, Reason: "解析器崩溃（" + panicText(r) + "）", Detail: stackExcerpt()}
		}
	}()
	doc, err = extractFunc(ctx, name, data, lim)
	if err != nil {
		var se *Error
		if errors.As(err, &se) {
			return nil, err
		}
		return nil, &Error{Kind: KindExtract, Reason: plainReason(err.Error()), unsupported: errors.Is(err, extract.ErrUnsupported), cause: err}
	}
	if doc == nil {
		return nil, &Error{Kind: KindSandbox, Reason: "解析器没有返回结果"}
	}
	sanitize(doc)
	return doc, nil
}

// panicText is the first line of a panic value, bounded, as Go would print it.
func panicText(r any) string {
	var s string
	switch v := r.(type) {
	case error:
		s = v.Error()
	case string:
		s = v
	default:
		s = fmt.Sprint(v)
	}
	return firstLine(validUTF8(s))
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimSpace(s)
	const max = 200
	if utf8.RuneCountInString(s) > max {
		r := []rune(s)
		s = string(r[:max]) + "…"
	}
	return s
}

// maxReason bounds a reason in runes: it is one cell of the review form.
const maxReason = 300

// plainReason makes an extractor's error fit the record's one-line error
// field: valid UTF-8, whitespace runs (newlines of file content quoted by a
// parser error) collapsed to one space, control characters dropped, and
// at most maxReason runes.
func plainReason(s string) string {
	s = strings.Join(strings.Fields(validUTF8(s)), " ")
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
	if utf8.RuneCountInString(s) > maxReason {
		s = string([]rune(s)[:maxReason]) + "…"
	}
	return s
}

func stackExcerpt() string {
	buf := make([]byte, 8<<10)
	return string(buf[:runtime.Stack(buf, false)])
}

func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

func sanitize(doc *extract.Document) {
	doc.Format = validUTF8(doc.Format)
	for i := range doc.Parts {
		p := &doc.Parts[i]
		p.Kind, p.Name, p.Text = validUTF8(p.Kind), validUTF8(p.Name), validUTF8(p.Text)
	}
	for _, l := range [][]string{doc.Unread, doc.Embedded, doc.Engines} {
		for i := range l {
			l[i] = validUTF8(l[i])
		}
	}
}

// cappedBuffer keeps at most max bytes and then swallows the rest, so a
// runaway child can neither flood the parent's memory nor block on a full
// pipe (which would turn a flood into a timeout).
// It must not embed bytes.Buffer: io.Copy would find Buffer.ReadFrom and
// bypass the cap.
type cappedBuffer struct {
	buf      bytes.Buffer
	max      int64
	overflow bool
}

func (b *cappedBuffer) Write(p []byte) (int, error) {
	room := b.max - int64(b.buf.Len())
	if int64(len(p)) > room {
		b.overflow = true
		if room > 0 {
			b.buf.Write(p[:room])
		}
		return len(p), nil
	}
	return b.buf.Write(p)
}

func (b *cappedBuffer) Bytes() []byte { return b.buf.Bytes() }
