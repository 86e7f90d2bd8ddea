// Package inbox drives the pipeline from a drop folder (hot folder): the web
// team drops drafts into INBOX all day; each file, once it has stopped
// changing, is claimed by an atomic rename into INBOX/.mishen/claimed/,
// screened, recorded in the ledger, and moved without ever overwriting
// anything to OUT/screened/<date>/ — or, when it carries a state-secret
// mark, to OUT/quarantine/<date>/, readable by its owner only.
//
// At every instant each file is in exactly one place (the inbox, the
// claimed area, or screened/quarantine) and whole: moves are renames that
// never replace, directories are fsynced, and a process killed at any point
// leaves its claims to the next process, which screens them again.
package inbox

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/bureau/mishen/pipeline"
	"github.com/bureau/mishen/scanner"
	"github.com/bureau/mishen/state"
)

// Ledger is what the inbox needs of the state database; *state.Store has it.
type Ledger interface {
	RememberClaim(rec pipeline.Record, claim, movedTo string) error
	Claim(claim string) (state.Claimed, bool, error)
	SetMovedTo(claim, movedTo string) error
}

// Screener screens one claimed file; (*pipeline.Pipeline).Screen is the
// real one.
type Screener func(ctx context.Context, job pipeline.Job) pipeline.Record

// Config is one inbox run.
type Config struct {
	Dir string // the drop folder
	Out string // where screened/ and quarantine/ go (the reports' folder)
	// Settle is how long a file's size and mtime must hold still before
	// it is taken.
	Settle time.Duration
	// Watch keeps running, woken by file-system events and by a rescan
	// every Rescan (events are not delivered on network shares).
	Watch  bool
	Rescan time.Duration
	// Workers is how many documents are screened at once; no more files
	// than that are claimed at a time, so a second process gets the rest.
	Workers int
	// Drain is how long documents in hand may take to finish after the
	// run is told to stop; after it their screening is cancelled and they
	// stay claimed, to be screened again at the next start.
	Drain  time.Duration
	Screen Screener
	Ledger Ledger
	// Folder gives the 处室（单位） and 信息拟公开方式 for a file's path inside
	// the inbox (slash-separated), from the folder's settings as scan reads
	// them; nil: none.
	Folder func(rel string) (office, publishVia string)
	Log    *slog.Logger
	// Emit receives each finished document, one call at a time.
	Emit func(Outcome)
	Now  func() time.Time
}

// Outcome is what happened to one document.
type Outcome struct {
	Record      pipeline.Record // Path is where the document now lies
	Claim       string
	MovedTo     string
	Quarantined bool
	Recovered   bool // claimed by an earlier process that did not finish
}

// Stats counts a run.
type Stats struct {
	Screened, Quarantined, Recovered, Failed int
}

// Defaults for the zero Config fields.
const (
	DefaultSettle = 3 * time.Second
	DefaultRescan = 30 * time.Second
	DefaultDrain  = 60 * time.Second
)

type run struct {
	cfg   Config
	own   *owner
	log   *slog.Logger
	emit  sync.Mutex
	stats Stats
	// failed holds files that could not be claimed, so a run without
	// --watch does not spin on them; they are tried again when they change.
	failed map[string]sighting
}

// Run takes documents from cfg.Dir until the inbox is empty (or, with
// Watch, until ctx is cancelled), then waits up to cfg.Drain for the
// documents in hand. It returns an error only when the inbox cannot be
// worked at all.
func Run(ctx context.Context, cfg Config) (Stats, error) {
	if cfg.Screen == nil || cfg.Ledger == nil {
		return Stats{}, errors.New("inbox: Screen and Ledger are required")
	}
	if cfg.Settle <= 0 {
		cfg.Settle = DefaultSettle
	}
	if cfg.Rescan <= 0 {
		cfg.Rescan = DefaultRescan
	}
	if cfg.Drain <= 0 {
		cfg.Drain = DefaultDrain
	}
	if cfg.Workers <= 0 {
		cfg.Workers = 1
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	// Absolute, so the ledger and the records say where a document lies
	// whatever folder the job was started from.
	for _, p := range []*string{&cfg.Dir, &cfg.Out} {
		abs, err := filepath.Abs(*p)
		if err != nil {
			return Stats{}, fmt.Errorf("%s: %w", *p, err)
		}
		*p = abs
	}
	if rel, err := filepath.Rel(cfg.Dir, cfg.Out); err == nil && (rel == "." || !strings.HasPrefix(rel, "..")) {
		// screened/ would be inside the inbox and every document taken again.
		return Stats{}, fmt.Errorf("输出文件夹 %s 不能位于收件箱 %s 之内", cfg.Out, cfg.Dir)
	}
	st, err := os.Stat(cfg.Dir)
	if err != nil || !st.IsDir() {
		return Stats{}, fmt.Errorf("收件箱 %s 不存在或不是文件夹", cfg.Dir)
	}
	if err := os.MkdirAll(cfg.Out, 0o755); err != nil {
		return Stats{}, fmt.Errorf("输出文件夹 %s 无法创建: %w", cfg.Out, err)
	}
	own, err := register(cfg.Dir)
	if err != nil {
		return Stats{}, err
	}
	defer own.release()
	r := &run{cfg: cfg, own: own, log: cfg.Log.With("inbox", cfg.Dir), failed: map[string]sighting{}}

	// Documents in hand get the drain period after a stop; then their
	// screening is cancelled (the sandboxed reader killed).
	work, cancelWork := context.WithCancel(context.Background())
	defer cancelWork()
	go func() {
		select {
		case <-ctx.Done():
			r.log.Warn("stopping: finishing the documents in hand", "deadline", cfg.Drain.String())
			t := time.NewTimer(cfg.Drain)
			defer t.Stop()
			select {
			case <-t.C:
				r.log.Warn("drain deadline passed: unfinished documents stay claimed for the next start")
				cancelWork()
			case <-work.Done():
			}
		case <-work.Done():
		}
	}()

	slots := make(chan struct{}, cfg.Workers)
	var wg sync.WaitGroup
	var flying sync.Mutex
	inFlight := map[string]bool{} // claim ids being screened
	dispatch := func(c claim, recovered bool) bool {
		flying.Lock()
		busy := inFlight[c.id]
		flying.Unlock()
		if busy {
			return true
		}
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
			return false
		}
		flying.Lock()
		inFlight[c.id] = true
		flying.Unlock()
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-slots }()
			defer func() {
				flying.Lock()
				delete(inFlight, c.id)
				flying.Unlock()
			}()
			r.process(work, c, recovered)
		}()
		return true
	}
	// resume adopts the claims of processes that died and screens them.
	// It runs at the start and, with Watch, at every rescan: a process
	// sharing the inbox may die while this one keeps running.
	resume := func(always bool) error {
		n, err := own.adopt()
		if err != nil {
			r.log.Error("cannot adopt unfinished claims", "err", err)
		} else if n > 0 {
			r.log.Warn("re-screening documents a process claimed but did not finish", "count", n)
		}
		if n == 0 && !always {
			return nil
		}
		r.removeDeadCopies()
		held, err := own.held()
		if err != nil {
			return fmt.Errorf("收件箱 %s: %w", cfg.Dir, err)
		}
		for _, c := range held {
			if !dispatch(c, true) {
				break
			}
		}
		return nil
	}
	if err := resume(true); err != nil {
		return Stats{}, err
	}

	err = r.loop(ctx, dispatch, func() { resume(false) })
	wg.Wait()
	cancelWork()
	return r.stats, err
}

// loop lists the inbox, claims what has settled, and waits for more.
func (r *run) loop(ctx context.Context, dispatch func(claim, bool) bool, adopt func()) error {
	var events <-chan fsnotify.Event
	var watched map[string]bool
	var w *fsnotify.Watcher
	if r.cfg.Watch {
		var err error
		w, err = fsnotify.NewWatcher()
		if err != nil {
			r.log.Warn("file-system events unavailable; relying on the periodic rescan", "err", err)
		} else {
			defer w.Close()
			events = w.Events
			watched = map[string]bool{}
			go func() {
				for err := range w.Errors {
					r.log.Warn("file-system events", "err", err)
				}
			}()
		}
	}
	set := newSettler(r.cfg.Settle)
	lastAdopt := time.Now()
	for ctx.Err() == nil {
		if r.cfg.Watch && time.Since(lastAdopt) >= r.cfg.Rescan {
			adopt()
			lastAdopt = time.Now()
		}
		files, stats, err := list(r.cfg.Dir)
		if err != nil {
			if !r.cfg.Watch {
				return fmt.Errorf("收件箱 %s 无法读取: %w", r.cfg.Dir, err)
			}
			r.log.Error("cannot list the inbox", "err", err)
		}
		if w != nil {
			r.watchDirs(w, watched, files)
		}
		files = r.skipFailed(files, stats)
		ready, pending := set.observe(files, stats, time.Now())
		for _, f := range ready {
			if ctx.Err() != nil {
				break
			}
			set.forget(f.rel)
			c, ok, err := r.own.take(r.cfg.Dir, f.rel)
			if err != nil {
				r.log.Error("cannot take the file from the inbox", "file", f.rel, "err", err)
				r.failed[f.rel] = sighting{size: stats[f.rel].Size(), mtime: stats[f.rel].ModTime()}
				continue
			}
			if !ok {
				continue // another process has it
			}
			if !dispatch(c, false) {
				break // stopping: the claim stays for the next start
			}
		}
		if !r.cfg.Watch && len(ready) == 0 && pending == 0 {
			return nil
		}
		wait := r.cfg.Rescan
		if pending > 0 || len(ready) > 0 {
			wait = min(wait, max(r.cfg.Settle/4, 20*time.Millisecond))
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
		case <-t.C:
		case <-events:
			// Something changed: look soon, once a burst of events (a
			// copy writes many times) has passed.
			coalesce(ctx, events, 50*time.Millisecond)
		}
		t.Stop()
	}
	return nil
}

// coalesce swallows events until none has come for quiet (at most 1s).
func coalesce(ctx context.Context, events <-chan fsnotify.Event, quiet time.Duration) {
	limit := time.After(time.Second)
	for {
		t := time.NewTimer(quiet)
		select {
		case <-events:
			t.Stop()
			continue
		case <-t.C:
		case <-limit:
			t.Stop()
		case <-ctx.Done():
			t.Stop()
		}
		return
	}
}

// watchDirs adds a watch on the inbox and each of its (non-hidden)
// sub-folders, since inotify is not recursive.
func (r *run) watchDirs(w *fsnotify.Watcher, watched map[string]bool, files []candidate) {
	dirs := []string{r.cfg.Dir}
	for _, f := range files {
		for d := filepath.Dir(filepath.FromSlash(f.rel)); d != "."; d = filepath.Dir(d) {
			dirs = append(dirs, filepath.Join(r.cfg.Dir, d))
		}
	}
	for _, d := range dirs {
		if watched[d] {
			continue
		}
		if err := w.Add(d); err == nil {
			watched[d] = true
		}
	}
}

func (r *run) skipFailed(files []candidate, stats map[string]os.FileInfo) []candidate {
	if len(r.failed) == 0 {
		return files
	}
	out := files[:0]
	for _, f := range files {
		if s, ok := r.failed[f.rel]; ok {
			st := stats[f.rel]
			if s.size == st.Size() && s.mtime.Equal(st.ModTime()) {
				continue
			}
			delete(r.failed, f.rel)
		}
		out = append(out, f)
	}
	return out
}

// process screens one claimed document, records it, and moves it out.
// Whatever goes wrong, the document stays whole in the claimed area.
func (r *run) process(ctx context.Context, c claim, recovered bool) {
	log := r.log.With("file", c.rel, "claim", c.id)
	if recovered && r.finishedBefore(c, log) {
		return
	}
	job := pipeline.Job{Path: c.path, DisplayName: c.rel}
	if r.cfg.Folder != nil {
		job.Office, job.PublishVia = r.cfg.Folder(c.rel)
	}
	var rec pipeline.Record
	// A writer that still had the file open when it was claimed may write
	// on into the claimed name: screen again until it holds still.
	for attempt := 0; ; attempt++ {
		before, err := os.Stat(c.path)
		if err != nil {
			r.fail(log, "the claimed file is gone", err)
			return
		}
		rec = r.cfg.Screen(ctx, job)
		if ctx.Err() != nil {
			log.Warn("screening interrupted; the document stays claimed and is screened again at the next start")
			return
		}
		after, err := os.Stat(c.path)
		if err != nil {
			r.fail(log, "the claimed file is gone", err)
			return
		}
		if after.Size() == before.Size() && after.ModTime().Equal(before.ModTime()) || attempt == 2 {
			break
		}
		log.Warn("the file changed while it was screened; screening it again")
	}

	quarantine := classified(rec)
	area := "screened"
	if quarantine {
		area = "quarantine"
		// Owner-only before it leaves the claimed area, so it is never
		// readable by others where it lands.
		if err := os.Chmod(c.path, 0o600); err != nil {
			r.fail(log, "cannot restrict the quarantined file", err)
			return
		}
	}
	destDir, err := r.areaDir(area, filepath.Dir(filepath.FromSlash(c.rel)))
	if err != nil {
		r.fail(log, "cannot create the destination folder", err)
		return
	}
	dest, n := freeName(filepath.Join(destDir, filepath.Base(c.path)), 1)
	rec.Path = dest
	// The ledger row comes first: once the file has moved it must have one.
	// Keyed by claim, a second screening after a crash replaces it.
	if err := r.cfg.Ledger.RememberClaim(rec, c.id, dest); err != nil {
		r.fail(log, "cannot write the ledger; the document stays claimed", err)
		return
	}
	tmpDir := filepath.Join(r.cfg.Out, workDir, "tmp")
	for {
		err = moveNoReplace(c.path, dest, tmpDir, r.own.id)
		if !errors.Is(err, os.ErrExist) {
			break
		}
		// Another process took the name a moment ago.
		dest, n = freeName(filepath.Join(destDir, filepath.Base(c.path)), n+1)
		rec.Path = dest
		if err = r.cfg.Ledger.SetMovedTo(c.id, dest); err != nil {
			break
		}
	}
	if err != nil {
		r.fail(log, "cannot move the document out of the claimed area", err)
		return
	}
	removeEmptyDirs(filepath.Dir(c.path), r.own.dir)

	r.emit.Lock()
	defer r.emit.Unlock()
	r.stats.Screened++
	if recovered {
		r.stats.Recovered++
	}
	if quarantine {
		r.stats.Quarantined++
		log.Error("国家秘密标志：文件已隔离，请立即报告局保密办", "quarantined_to", dest, "verdict", rec.Verdict)
	} else {
		log.Info("screened", "moved_to", dest, "verdict", rec.Verdict, "cached", rec.Cached)
	}
	if r.cfg.Emit != nil {
		r.cfg.Emit(Outcome{Record: rec, Claim: c.id, MovedTo: dest, Quarantined: quarantine, Recovered: recovered})
	}
}

func (r *run) fail(log *slog.Logger, msg string, err error) {
	log.Error(msg, "err", err)
	r.emit.Lock()
	r.stats.Failed++
	r.emit.Unlock()
}

// removeDeadCopies removes the partial copies (moves across file systems)
// of processes that died: named after their owner, whose lock file adopt
// has removed. Only the tool's own temporary files are touched.
func (r *run) removeDeadCopies() {
	dir := filepath.Join(r.cfg.Out, workDir, "tmp")
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		owner, _, ok := strings.Cut(e.Name(), ".")
		if !ok || !strings.HasSuffix(e.Name(), ".copy") || owner == r.own.id {
			continue
		}
		if _, err := os.Stat(filepath.Join(r.own.root, owner+".lock")); errors.Is(err, os.ErrNotExist) {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// finishedBefore reports whether an adopted claim was in fact moved out
// before its process died, leaving a second name behind: a hard link (the
// link-and-unlink fallback) or a finished copy (moves across file systems).
// The leftover is removed only when it is provably the same file or the
// same bytes as the ledger row's.
func (r *run) finishedBefore(c claim, log *slog.Logger) bool {
	row, ok, err := r.cfg.Ledger.Claim(c.id)
	if err != nil || !ok || row.MovedTo == "" {
		return false
	}
	dst, err := os.Stat(row.MovedTo)
	if err != nil {
		return false
	}
	src, err := os.Stat(c.path)
	if err != nil {
		return false
	}
	same := os.SameFile(src, dst)
	if !same && src.Size() == dst.Size() {
		a, err1 := fileSHA256(c.path)
		b, err2 := fileSHA256(row.MovedTo)
		same = err1 == nil && err2 == nil && a == b && a == row.SHA256
	}
	if !same {
		return false
	}
	if err := os.Remove(c.path); err != nil {
		return false
	}
	syncDirs(filepath.Dir(c.path))
	removeEmptyDirs(filepath.Dir(c.path), r.own.dir)
	log.Warn("an earlier run had already moved this document; removed the second name it left behind", "moved_to", row.MovedTo)
	return true
}

// areaDir creates OUT/<area>/<date>/<sub>. The quarantine is owner-only
// at every level, whatever the umask or an earlier mode.
func (r *run) areaDir(area, sub string) (string, error) {
	top := filepath.Join(r.cfg.Out, area)
	dir := filepath.Join(top, r.cfg.Now().Format("2006-01-02"), sub)
	perm := os.FileMode(0o755)
	if area == "quarantine" {
		perm = 0o700
	}
	if err := os.MkdirAll(dir, perm); err != nil {
		return "", err
	}
	if area == "quarantine" {
		for d := dir; ; d = filepath.Dir(d) {
			if err := os.Chmod(d, 0o700); err != nil {
				return "", err
			}
			if d == top {
				break
			}
		}
	}
	return dir, nil
}

// classified: the document carries a state-secret mark in a marking
// position (the scanner's Classified, or a marking finding).
func classified(rec pipeline.Record) bool {
	if rec.Classified {
		return true
	}
	for _, f := range rec.Findings {
		if f.Category == scanner.CatStateSecret && f.Marking {
			return true
		}
	}
	return false
}

// Waiting counts the documents in the inbox now (not yet claimed), for a
// progress bar's total.
func Waiting(dir string) int {
	files, _, _ := list(dir)
	return len(files)
}
