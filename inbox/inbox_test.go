package inbox

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/bureau/mishen/pipeline"
	"github.com/bureau/mishen/scanner"
	"github.com/bureau/mishen/state"
)

// fakeScreen stands in for the pipeline: it reads the file, flags "机密★"
// as a state-secret marking and "内部" as a work secret, and counts calls
// per content so a test can prove nothing was screened twice.
type fakeScreen struct {
	mu    sync.Mutex
	seen  map[string]int    // sha256 → screenings
	saw   map[string]string // display name → content screened
	delay time.Duration
	block bool // wait for ctx to be cancelled
}

func newFake() *fakeScreen {
	return &fakeScreen{seen: map[string]int{}, saw: map[string]string{}}
}

func (f *fakeScreen) screen(ctx context.Context, job pipeline.Job) pipeline.Record {
	data, err := os.ReadFile(job.Path)
	rec := pipeline.Record{Path: job.Path, DisplayName: job.DisplayName, Status: pipeline.StatusOK, LexiconVersion: "test"}
	if err != nil {
		rec.Status, rec.Error = pipeline.StatusError, err.Error()
		return rec
	}
	if f.block {
		<-ctx.Done()
		rec.Status = pipeline.StatusError
		return rec
	}
	if f.delay > 0 {
		time.Sleep(f.delay)
	}
	sum := sha256.Sum256(data)
	rec.SHA256, rec.Size = hex.EncodeToString(sum[:]), int64(len(data))
	if strings.Contains(string(data), "机密★") {
		rec.Classified = true
		rec.Findings = append(rec.Findings, scanner.Finding{ID: "m", Category: scanner.CatStateSecret, Severity: scanner.High, Marking: true})
	}
	if strings.Contains(string(data), "内部") {
		rec.Findings = append(rec.Findings, scanner.Finding{ID: "w", Category: scanner.CatWorkSecret, Severity: scanner.Medium})
	}
	rec.Verdict = scanner.DecideVerdict(rec.Findings, true)
	rec.Categories = scanner.Categories(rec.Findings)
	f.mu.Lock()
	f.seen[rec.SHA256]++
	f.saw[job.DisplayName] = string(data)
	f.mu.Unlock()
	return rec
}

type env struct {
	in, out string
	store   *state.Store
	fake    *fakeScreen
	now     time.Time
}

func newEnv(t *testing.T) *env {
	t.Helper()
	root := t.TempDir()
	e := &env{in: filepath.Join(root, "inbox"), out: filepath.Join(root, "out"), fake: newFake(),
		now: time.Date(2026, 11, 26, 10, 0, 0, 0, time.Local)}
	os.MkdirAll(e.in, 0o755)
	st, err := state.OpenShared(filepath.Join(root, "state.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	e.store = st
	return e
}

func (e *env) cfg() Config {
	return Config{Dir: e.in, Out: e.out, Settle: 30 * time.Millisecond, Workers: 2, Drain: time.Second,
		Screen: e.fake.screen, Ledger: e.store, Rescan: 50 * time.Millisecond,
		Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
}

func (e *env) write(t *testing.T, rel, content string) {
	t.Helper()
	p := filepath.Join(e.in, filepath.FromSlash(rel))
	os.MkdirAll(filepath.Dir(p), 0o755)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// tree lists every regular file under dir (slash paths) with its content.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			b, _ := os.ReadFile(p)
			rel, _ := filepath.Rel(dir, p)
			out[filepath.ToSlash(rel)] = string(b)
		}
		return nil
	})
	return out
}

func TestRunMovesEveryDocumentOnce(t *testing.T) {
	e := newEnv(t)
	docs := map[string]string{
		"clean.txt":       "关于开展空气质量监测的通知",
		"inner.txt":       "内部资料 注意保管",
		"secret.txt":      "机密★5年\n关于……",
		"政府网站/notice.txt": "公开内容",
	}
	ignored := map[string]string{"~$draft.docx": "lock", "dl.crdownload": "half", ".hidden": "h", ".work/x.txt": "x"}
	for k, v := range docs {
		e.write(t, k, v)
	}
	for k, v := range ignored {
		e.write(t, k, v)
	}
	var outcomes []Outcome
	cfg := e.cfg()
	cfg.Now = func() time.Time { return e.now }
	cfg.Emit = func(o Outcome) { outcomes = append(outcomes, o) }
	stats, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Screened != 4 || stats.Quarantined != 1 || stats.Failed != 0 {
		t.Fatalf("stats %+v", stats)
	}
	day := e.now.Format("2006-01-02")
	want := map[string]string{
		"screened/" + day + "/clean.txt":       docs["clean.txt"],
		"screened/" + day + "/inner.txt":       docs["inner.txt"],
		"screened/" + day + "/政府网站/notice.txt": docs["政府网站/notice.txt"],
		"quarantine/" + day + "/secret.txt":    docs["secret.txt"],
	}
	got := tree(t, e.out)
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: got %q, want %q", k, got[k], v)
		}
	}
	if len(got) != len(want) {
		t.Errorf("out holds %v", keys(got))
	}
	// What the inbox must not take stays exactly where it was; the work
	// area holds nothing but this process's (released) traces.
	left := tree(t, e.in)
	for k, v := range ignored {
		if left[k] != v {
			t.Errorf("ignored file %s was touched", k)
		}
	}
	for k := range left {
		if _, ok := ignored[k]; !ok {
			t.Errorf("left in the inbox: %s", k)
		}
	}
	for _, p := range []string{"quarantine", "quarantine/" + day} {
		if st, _ := os.Stat(filepath.Join(e.out, p)); st.Mode().Perm() != 0o700 {
			t.Errorf("%s mode %v, want owner-only", p, st.Mode().Perm())
		}
	}
	if st, _ := os.Stat(filepath.Join(e.out, "quarantine", day, "secret.txt")); st.Mode().Perm() != 0o600 {
		t.Errorf("quarantined file mode %v", st.Mode().Perm())
	}
	rows, _ := e.store.Rows()
	if len(rows) != 4 {
		t.Fatalf("%d ledger rows", len(rows))
	}
	for _, r := range rows {
		if r.Source != "inbox" || r.MovedTo == "" || r.File != r.MovedTo {
			t.Errorf("ledger row %+v", r)
		}
		if _, err := os.Stat(r.MovedTo); err != nil {
			t.Errorf("ledger points at %s: %v", r.MovedTo, err)
		}
	}
	for _, o := range outcomes {
		if o.Record.DisplayName == "政府网站/notice.txt" && o.Record.Path != o.MovedTo {
			t.Errorf("outcome %+v", o)
		}
	}
	if c := claimedFiles(t, e.in); len(c) != 0 {
		t.Errorf("claimed area not empty: %v", c)
	}
	if locks := tree(t, filepath.Join(e.in, workDir)); len(locks) != 0 {
		t.Errorf("a finished run left %v", keys(locks))
	}
}

// claimedFiles lists the base names of documents in the claimed area (not
// the processes' lock files).
func claimedFiles(t *testing.T, inbox string) []string {
	var out []string
	for rel := range tree(t, filepath.Join(inbox, workDir, claimedDir)) {
		if strings.Count(rel, "/") >= 2 { // <proc>/<claim>/<rel>
			out = append(out, filepath.Base(rel))
		}
	}
	sort.Strings(out)
	return out
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func TestNameClashGetsSuffix(t *testing.T) {
	e := newEnv(t)
	day := e.now.Format("2006-01-02")
	existing := filepath.Join(e.out, "screened", day)
	os.MkdirAll(existing, 0o755)
	os.WriteFile(filepath.Join(existing, "a.txt"), []byte("yesterday's"), 0o644)
	os.WriteFile(filepath.Join(existing, "a (2).txt"), []byte("older still"), 0o644)
	e.write(t, "a.txt", "today's")
	cfg := e.cfg()
	cfg.Now = func() time.Time { return e.now }
	if _, err := Run(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	got := tree(t, existing)
	want := map[string]string{"a.txt": "yesterday's", "a (2).txt": "older still", "a (3).txt": "today's"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("got %v", got)
	}
}

func TestSettleWaitsForAWriter(t *testing.T) {
	e := newEnv(t)
	cfg := e.cfg()
	cfg.Watch = true
	cfg.Settle = time.Second // 10× the gap between writes: robust on a loaded machine
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan Stats)
	go func() {
		s, _ := Run(ctx, cfg)
		done <- s
	}()
	// Written in pieces 100 ms apart, each well within the settle time.
	p := filepath.Join(e.in, "big.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	var full strings.Builder
	for i := 0; i < 12; i++ {
		chunk := strings.Repeat(fmt.Sprint(i%10), 1000)
		full.WriteString(chunk)
		f.WriteString(chunk)
		time.Sleep(100 * time.Millisecond)
	}
	f.Close()
	deadline := time.Now().Add(10 * time.Second)
	for len(tree(t, filepath.Join(e.out, "screened"))) == 0 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	cancel()
	stats := <-done
	e.fake.mu.Lock()
	defer e.fake.mu.Unlock()
	if stats.Screened != 1 || len(e.fake.seen) != 1 || e.fake.saw["big.txt"] != full.String() {
		t.Fatalf("screened %d times, %d contents; saw %d of %d bytes", stats.Screened, len(e.fake.seen), len(e.fake.saw["big.txt"]), full.Len())
	}
}

func TestRecoveryRescreensADeadProcessClaims(t *testing.T) {
	e := newEnv(t)
	root := filepath.Join(e.in, workDir, claimedDir)
	// A process that died holding two claims (one in a sub-folder) and one
	// whose move had finished before it died (an empty claim folder).
	dead := filepath.Join(root, "p1-dead")
	os.MkdirAll(filepath.Join(dead, "p1-dead-1"), 0o700)
	os.WriteFile(filepath.Join(dead, "p1-dead-1", "a.txt"), []byte("claimed a"), 0o644)
	os.MkdirAll(filepath.Join(dead, "p1-dead-2", "sub"), 0o700)
	os.WriteFile(filepath.Join(dead, "p1-dead-2", "sub", "b.txt"), []byte("claimed b 内部"), 0o644)
	os.MkdirAll(filepath.Join(dead, "p1-dead-3"), 0o700)
	os.WriteFile(root+"/p1-dead.lock", nil, 0o600)
	// A live process's claim must be left alone.
	live, err := register(e.in)
	if err != nil {
		t.Fatal(err)
	}
	defer live.release()
	lc, ok, err := live.take(e.in, "c.txt")
	if ok || err != nil {
		t.Fatalf("take of a missing file: ok %v err %v", ok, err)
	}
	e.write(t, "c.txt", "live claim")
	lc, ok, err = live.take(e.in, "c.txt")
	if !ok || err != nil {
		t.Fatal(ok, err)
	}
	var recovered []string
	cfg := e.cfg()
	cfg.Emit = func(o Outcome) {
		if o.Recovered {
			recovered = append(recovered, o.Record.DisplayName)
		}
	}
	stats, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(recovered)
	if stats.Recovered != 2 || fmt.Sprint(recovered) != "[a.txt sub/b.txt]" {
		t.Fatalf("stats %+v recovered %v", stats, recovered)
	}
	if _, err := os.Stat(dead); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("dead process folder left: %v", err)
	}
	if _, err := os.Stat(root + "/p1-dead.lock"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("dead process lock left: %v", err)
	}
	if b, err := os.ReadFile(lc.path); err != nil || string(b) != "live claim" {
		t.Errorf("live claim touched: %q %v", b, err)
	}
	rows, _ := e.store.Rows()
	if len(rows) != 2 {
		t.Errorf("%d ledger rows", len(rows))
	}
}

// A claim whose document was moved by a link before the process died (the
// fallback where RENAME_NOREPLACE is missing) is not screened twice.
func TestRecoveryUndoesASecondName(t *testing.T) {
	e := newEnv(t)
	root := filepath.Join(e.in, workDir, claimedDir)
	dead := filepath.Join(root, "p2-dead", "p2-dead-1")
	os.MkdirAll(dead, 0o700)
	os.WriteFile(root+"/p2-dead.lock", nil, 0o600)
	src := filepath.Join(dead, "a.txt")
	os.WriteFile(src, []byte("moved"), 0o644)
	dst := filepath.Join(e.out, "screened", "2026-11-25", "a.txt")
	os.MkdirAll(filepath.Dir(dst), 0o755)
	if err := os.Link(src, dst); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte("moved"))
	rec := pipeline.Record{Path: dst, SHA256: hex.EncodeToString(sum[:]), Status: pipeline.StatusOK, Verdict: scanner.NoFindings}
	if err := e.store.RememberClaim(rec, "p2-dead-1", dst); err != nil {
		t.Fatal(err)
	}
	stats, err := Run(context.Background(), e.cfg())
	if err != nil {
		t.Fatal(err)
	}
	got := tree(t, e.out)
	if stats.Screened != 0 || len(got) != 1 || got["screened/2026-11-25/a.txt"] != "moved" || len(e.fake.seen) != 0 {
		t.Fatalf("stats %+v out %v", stats, got)
	}
	if c := claimedFiles(t, e.in); len(c) != 0 {
		t.Fatalf("claimed area still holds %v", c)
	}
}

func TestTwoRunsShareAnInbox(t *testing.T) {
	e := newEnv(t)
	const n = 60
	for i := 0; i < n; i++ {
		e.write(t, fmt.Sprintf("d%02d.txt", i), fmt.Sprintf("document %d", i))
	}
	e.fake.delay = 2 * time.Millisecond
	var wg sync.WaitGroup
	var total atomic.Int32
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := Run(context.Background(), e.cfg())
			if err != nil {
				t.Error(err)
			}
			total.Add(int32(s.Screened))
		}()
	}
	wg.Wait()
	got := tree(t, e.out)
	if total.Load() != n || len(got) != n {
		t.Fatalf("screened %d, %d files out", total.Load(), len(got))
	}
	for sha, c := range e.fake.seen {
		if c != 1 {
			t.Errorf("%s screened %d times", sha, c)
		}
	}
}

func TestStopLeavesUnfinishedClaimsForTheNextStart(t *testing.T) {
	e := newEnv(t)
	e.write(t, "slow.txt", "takes forever")
	e.fake.block = true
	cfg := e.cfg()
	cfg.Watch = true
	cfg.Drain = 100 * time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		for _, err := os.Stat(filepath.Join(e.in, "slow.txt")); err == nil; _, err = os.Stat(filepath.Join(e.in, "slow.txt")) {
			time.Sleep(10 * time.Millisecond)
		}
		cancel()
	}()
	start := time.Now()
	stats, err := Run(ctx, cfg)
	if err != nil || stats.Screened != 0 {
		t.Fatalf("stats %+v err %v", stats, err)
	}
	if time.Since(start) > 5*time.Second {
		t.Fatal("the drain deadline did not stop the run")
	}
	if c := claimedFiles(t, e.in); len(c) != 1 || c[0] != "slow.txt" {
		t.Fatalf("claimed area: %v", c)
	}
	e.fake.block = false
	stats, err = Run(context.Background(), e.cfg())
	if err != nil || stats.Screened != 1 || stats.Recovered != 1 {
		t.Fatalf("restart: %+v %v", stats, err)
	}
	if got := tree(t, e.out); len(got) != 1 {
		t.Fatalf("out %v", got)
	}
}

func TestRenameNoReplace(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	os.WriteFile(a, []byte("A"), 0o644)
	os.WriteFile(b, []byte("B"), 0o644)
	if err := renameNoReplace(a, b); !errors.Is(err, os.ErrExist) {
		t.Fatalf("got %v, want ErrExist", err)
	}
	if got := tree(t, dir); got["a"] != "A" || got["b"] != "B" {
		t.Fatalf("a refused rename changed files: %v", got)
	}
	if err := moveNoReplace(a, filepath.Join(dir, "c"), filepath.Join(dir, ".tmp"), "p1"); err != nil {
		t.Fatal(err)
	}
	if got := tree(t, dir); len(got) != 2 || got["c"] != "A" {
		t.Fatalf("after move: %v", got)
	}
}

func TestCopyFileKeepsBytes(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "src")
	body := strings.Repeat("字节", 50000)
	os.WriteFile(src, []byte(body), 0o640)
	if err := copyFile(src, filepath.Join(dir, "dst")); err != nil {
		t.Fatal(err)
	}
	if err := copyFile(src, filepath.Join(dir, "dst")); err == nil {
		t.Fatal("copyFile replaced an existing file")
	}
	if got := tree(t, dir)["dst"]; got != body {
		t.Fatal("copy differs")
	}
}

func TestSuffixed(t *testing.T) {
	for _, tt := range []struct {
		in   string
		n    int
		want string
	}{
		{"/o/a.txt", 1, "/o/a.txt"},
		{"/o/a.txt", 2, "/o/a (2).txt"},
		{"/o/报告.final.docx", 3, "/o/报告.final (3).docx"},
		{"/o/README", 2, "/o/README (2)"},
		{"/o/.docx", 2, "/o/.docx (2)"},
	} {
		if got := suffixed(tt.in, tt.n); got != tt.want {
			t.Errorf("suffixed(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

type fakeInfo struct {
	fs.FileInfo
	size  int64
	mtime time.Time
}

func (f fakeInfo) Size() int64        { return f.size }
func (f fakeInfo) ModTime() time.Time { return f.mtime }

func TestSettler(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	m0 := t0.Add(-time.Hour)
	s := newSettler(3 * time.Second)
	steps := []struct {
		at          time.Duration
		size        int64
		mtime       time.Time
		ready       bool
		wantPending int
	}{
		{0, 10, m0, false, 1},                      // first sight: never ready, however old its mtime
		{2 * time.Second, 10, m0, false, 1},        // still inside the interval
		{3 * time.Second, 20, m0, false, 1},        // grew (a copy that preserves mtime): start again
		{5 * time.Second, 20, m0, false, 1},        //
		{6 * time.Second, 20, m0.Add(1), false, 1}, // touched: start again
		{9 * time.Second, 20, m0.Add(1), true, 0},  // held still for 3 s
	}
	for i, st := range steps {
		files := []candidate{{rel: "a", size: st.size}}
		stats := map[string]fs.FileInfo{"a": fakeInfo{size: st.size, mtime: st.mtime}}
		ready, pending := s.observe(files, stats, t0.Add(st.at))
		if (len(ready) == 1) != st.ready || pending != st.wantPending {
			t.Fatalf("step %d: ready %v pending %d", i, ready, pending)
		}
	}
	s.observe(nil, nil, t0)
	if len(s.seen) != 0 {
		t.Fatal("a file that went away is still remembered")
	}
}

func TestOutInsideInboxIsRefused(t *testing.T) {
	e := newEnv(t)
	for _, out := range []string{e.in, filepath.Join(e.in, "reports")} {
		cfg := e.cfg()
		cfg.Out = out
		if _, err := Run(context.Background(), cfg); err == nil || !strings.Contains(err.Error(), "不能位于收件箱") {
			t.Errorf("out %s: %v", out, err)
		}
	}
	cfg := e.cfg()
	cfg.Out = e.in + "-reports" // a sibling whose name starts like the inbox's
	if _, err := Run(context.Background(), cfg); err != nil {
		t.Errorf("sibling out folder refused: %v", err)
	}
}

// TestMoveAcrossFileSystems moves between the temp folder and /dev/shm
// where they are different file systems: the copy path.
func TestMoveAcrossFileSystems(t *testing.T) {
	shm, err := os.MkdirTemp("/dev/shm", "mishen-test-")
	if err != nil {
		t.Skip("no /dev/shm")
	}
	defer os.RemoveAll(shm)
	src := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(src, []byte("跨文件系统"), 0o640)
	a, _ := os.Stat(src)
	b, _ := os.Stat(shm)
	if a.Sys().(*syscall.Stat_t).Dev == b.Sys().(*syscall.Stat_t).Dev {
		t.Skip("/dev/shm is on the same file system here")
	}
	dst := filepath.Join(shm, "a.txt")
	os.WriteFile(filepath.Join(shm, "taken.txt"), []byte("already here"), 0o644)
	if err := moveNoReplace(src, filepath.Join(shm, "taken.txt"), filepath.Join(shm, ".tmp"), "p1"); !errors.Is(err, os.ErrExist) {
		t.Fatalf("onto an existing name: %v", err)
	}
	if _, err := os.Stat(src); err != nil {
		t.Fatal("a refused move lost the source")
	}
	if got := tree(t, filepath.Join(shm, ".tmp")); len(got) != 0 {
		t.Fatalf("partial copies left: %v", got)
	}
	if err := moveNoReplace(src, dst, filepath.Join(shm, ".tmp"), "p1"); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(src); !errors.Is(err, os.ErrNotExist) {
		t.Fatal("source still there after the move")
	}
	if st, _ := os.Stat(dst); st.Mode().Perm() != 0o640 {
		t.Errorf("mode %v not kept", st.Mode().Perm())
	}
	if b, _ := os.ReadFile(dst); string(b) != "跨文件系统" {
		t.Fatalf("content %q", b)
	}
}

// A process that died after copying a document across file systems but
// before removing its claimed copy: the copy is proven identical and the
// leftover removed, never a second screening; a different file under that
// name proves nothing and the claim is screened again.
func TestRecoveryAfterACopy(t *testing.T) {
	for _, tt := range []struct {
		name       string
		landed     string
		wantScreen int
	}{
		{"identical copy in place", "copied", 0},
		{"other bytes under the name", "something else", 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			root := filepath.Join(e.in, workDir, claimedDir)
			dead := filepath.Join(root, "p3-dead", "p3-dead-1")
			os.MkdirAll(dead, 0o700)
			os.WriteFile(root+"/p3-dead.lock", nil, 0o600)
			os.WriteFile(filepath.Join(dead, "a.txt"), []byte("copied"), 0o644)
			dst := filepath.Join(e.out, "screened", "2026-11-25", "a.txt")
			os.MkdirAll(filepath.Dir(dst), 0o755)
			os.WriteFile(dst, []byte(tt.landed), 0o644)
			sum := sha256.Sum256([]byte("copied"))
			rec := pipeline.Record{Path: dst, SHA256: hex.EncodeToString(sum[:]), Status: pipeline.StatusOK, Verdict: scanner.NoFindings}
			if err := e.store.RememberClaim(rec, "p3-dead-1", dst); err != nil {
				t.Fatal(err)
			}
			stats, err := Run(context.Background(), e.cfg())
			if err != nil || stats.Screened != tt.wantScreen {
				t.Fatalf("stats %+v err %v", stats, err)
			}
			if c := claimedFiles(t, e.in); len(c) != 0 {
				t.Fatalf("claimed area holds %v", c)
			}
			got := tree(t, e.out)
			if got["screened/2026-11-25/a.txt"] != tt.landed {
				t.Fatalf("the file already in place was changed: %v", got)
			}
			if tt.wantScreen == 1 && len(got) != 2 {
				t.Fatalf("the claim was not moved out: %v", got)
			}
		})
	}
}

func TestDeadProcessesCopiesAreRemoved(t *testing.T) {
	e := newEnv(t)
	tmp := filepath.Join(e.out, workDir, "tmp")
	os.MkdirAll(tmp, 0o700)
	live, err := register(e.in)
	if err != nil {
		t.Fatal(err)
	}
	defer live.release()
	files := map[string]bool{ // name → survives
		"p9-dead.0123.copy":       false,
		live.id + ".4567.copy":    true,
		"unrelated-user-file.txt": true,
	}
	for name := range files {
		os.WriteFile(filepath.Join(tmp, name), []byte("partial"), 0o600)
	}
	if _, err := Run(context.Background(), e.cfg()); err != nil {
		t.Fatal(err)
	}
	for name, survives := range files {
		_, err := os.Stat(filepath.Join(tmp, name))
		if (err == nil) != survives {
			t.Errorf("%s: exists %v, want %v", name, err == nil, survives)
		}
	}
}

// A process sharing the inbox dies while this one watches: its claims are
// adopted at the next rescan, not only at this one's next start.
func TestWatchAdoptsClaimsOfAProcessThatDies(t *testing.T) {
	e := newEnv(t)
	other, err := register(e.in)
	if err != nil {
		t.Fatal(err)
	}
	e.write(t, "a.txt", "claimed by the other process")
	if _, ok, err := other.take(e.in, "a.txt"); !ok || err != nil {
		t.Fatal(ok, err)
	}
	cfg := e.cfg()
	cfg.Watch = true
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan Stats)
	go func() {
		s, _ := Run(ctx, cfg)
		done <- s
	}()
	time.Sleep(300 * time.Millisecond)
	if got := tree(t, e.out); len(got) != 0 {
		t.Fatalf("a live process's claim was taken: %v", got)
	}
	other.lock.Close() // dies without releasing
	other.lock = nil
	deadline := time.Now().Add(10 * time.Second)
	for len(tree(t, filepath.Join(e.out, "screened"))) == 0 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	if s := <-done; s.Screened != 1 || s.Recovered != 1 {
		t.Fatalf("stats %+v", s)
	}
	e.fake.mu.Lock()
	defer e.fake.mu.Unlock()
	if len(e.fake.seen) != 1 {
		t.Fatalf("screened %v", e.fake.seen)
	}
}
