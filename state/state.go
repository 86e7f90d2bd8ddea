// Package state is mishen's memory between runs, kept in one SQLite file
// (modernc.org/sqlite, pure Go): the results of earlier screenings keyed by
// content and lexicon version (so an unchanged file is not extracted again),
// the ledger of every screening (保密台帐), the reviewers' decisions on
// findings, and the files each nightly scan saw (so the next run can say what
// is new, changed or gone).
//
// A *Store implements pipeline.Memory. Open takes an exclusive lock on the
// state file for the Store's life, so two scheduled scans never overlap;
// OpenShared does not, for the inbox, whose processes may run side by side
// with each other and with the nightly scan (SQLite's own locking and a busy
// timeout serialise their short writes).
package state

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/bureau/mishen/pipeline"
	"github.com/bureau/mishen/scanner"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// ErrLocked is returned by Open when another mishen process holds the state
// file's run lock.
var ErrLocked = errors.New("另一个 mishen 任务正在使用状态文件")

// schemaVersion is bumped when a table changes shape; Open refuses a file
// written by a newer schema rather than misreading it.
const schemaVersion = 1

const schema = `
CREATE TABLE IF NOT EXISTS meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
-- One screening result per content and lexicon version. The record is the
-- JSON contract record without decisions: decisions are applied fresh on
-- every recall, so a decision made after the screening still shows.
CREATE TABLE IF NOT EXISTS results (
	sha256          TEXT NOT NULL,
	lexicon_version TEXT NOT NULL,
	record          TEXT NOT NULL,
	stored_at       TEXT NOT NULL,
	PRIMARY KEY (sha256, lexicon_version)
);
-- Findings of stored results, so that "mishen decide" can check an id and
-- refuse to accept a state-secret marking.
CREATE TABLE IF NOT EXISTS findings (
	finding_id      TEXT NOT NULL,
	sha256          TEXT NOT NULL,
	lexicon_version TEXT NOT NULL,
	rule            TEXT NOT NULL,
	category        TEXT NOT NULL,
	severity        TEXT NOT NULL,
	marking         INTEGER NOT NULL,
	PRIMARY KEY (finding_id, sha256, lexicon_version)
);
-- 保密台帐: one row per screening. claim is the inbox's claim id (NULL for
-- the nightly scan): a document re-screened after a crash updates its row
-- instead of adding a second one.
CREATE TABLE IF NOT EXISTS ledger (
	id              INTEGER PRIMARY KEY AUTOINCREMENT,
	at              TEXT NOT NULL,
	source          TEXT NOT NULL,
	file            TEXT NOT NULL,
	display_name    TEXT NOT NULL,
	sha256          TEXT NOT NULL,
	size            INTEGER NOT NULL,
	status          TEXT NOT NULL,
	verdict         TEXT NOT NULL,
	categories      TEXT NOT NULL,
	classified      INTEGER NOT NULL,
	lexicon_version TEXT NOT NULL,
	tool_version    TEXT NOT NULL,
	reports         TEXT NOT NULL,
	cached          INTEGER NOT NULL,
	moved_to        TEXT NOT NULL DEFAULT '',
	claim           TEXT UNIQUE
);
-- Every decision ever made, newest wins; history is kept for the audit.
CREATE TABLE IF NOT EXISTS decisions (
	id         INTEGER PRIMARY KEY AUTOINCREMENT,
	finding_id TEXT NOT NULL,
	action     TEXT NOT NULL,
	by         TEXT NOT NULL,
	reason     TEXT NOT NULL,
	at         TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS decisions_finding ON decisions(finding_id, id);
-- What the nightly scan saw last time, by absolute path.
CREATE TABLE IF NOT EXISTS files (
	path    TEXT PRIMARY KEY,
	sha256  TEXT NOT NULL,
	verdict TEXT NOT NULL,
	seen_at TEXT NOT NULL
);
`

// Store is an open state file. Its methods are safe for concurrent use.
type Store struct {
	path string
	db   *sql.DB
	lock *os.File // nil for OpenShared
	mu   sync.Mutex
	now  func() time.Time // replaced in tests
}

// Open opens (creating if needed) the state file at path and takes the run
// lock (flock on path+".lock") for the life of the Store. A second Open of
// the same file, in this or another process, fails with ErrLocked.
func Open(path string) (*Store, error) {
	lock, err := lockFile(path + ".lock")
	if err != nil {
		return nil, err
	}
	s, err := open(path)
	if err != nil {
		lock.Close()
		return nil, err
	}
	s.lock = lock
	return s, nil
}

// OpenShared opens the state file without the run lock: the inbox uses it,
// since several inbox processes, and the nightly scan, may share one file.
func OpenShared(path string) (*Store, error) { return open(path) }

func lockFile(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("状态文件锁 %s 无法创建: %w", path, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("%w (%s)", ErrLocked, strings.TrimSuffix(path, ".lock"))
		}
		return nil, fmt.Errorf("状态文件锁 %s 无法加锁: %w", path, err)
	}
	return f, nil
}

func open(path string) (*Store, error) {
	if dir := filepath.Dir(path); dir != "" {
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			return nil, fmt.Errorf("状态文件 %s: 所在文件夹不存在", path)
		}
	}
	// WAL lets readers and one writer work at once; synchronous=FULL
	// because the ledger must survive a power cut, not only a crash; the
	// busy timeout lets several inbox processes share the file; immediate
	// transactions take the write lock up front so two writers never
	// deadlock upgrading a read.
	dsn := "file:" + path + "?_pragma=busy_timeout(30000)&_pragma=journal_mode(WAL)" +
		"&_pragma=synchronous(FULL)&_pragma=foreign_keys(ON)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("状态文件 %s 无法打开: %w", path, err)
	}
	// One connection: the statements are short, and it keeps this
	// process from ever contending with itself for SQLite's write lock.
	db.SetMaxOpenConns(1)
	s := &Store{path: path, db: db, now: time.Now}
	if err := s.init(); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

func (s *Store) init() error {
	if _, err := s.db.Exec(schema); err != nil {
		return fmt.Errorf("状态文件 %s 不是可用的 mishen 状态库: %w", s.path, err)
	}
	var v string
	err := s.db.QueryRow(`SELECT value FROM meta WHERE key='schema'`).Scan(&v)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		_, err = s.db.Exec(`INSERT OR IGNORE INTO meta(key,value) VALUES('schema',?)`, fmt.Sprint(schemaVersion))
		if err != nil {
			return fmt.Errorf("状态文件 %s: %w", s.path, err)
		}
	case err != nil:
		return fmt.Errorf("状态文件 %s: %w", s.path, err)
	case v != fmt.Sprint(schemaVersion):
		return fmt.Errorf("状态文件 %s 由另一版本的 mishen 写入（结构版本 %s，本程序为 %d）", s.path, v, schemaVersion)
	}
	return nil
}

// Path is the state file's path.
func (s *Store) Path() string { return s.path }

// Close closes the database and releases the run lock.
func (s *Store) Close() error {
	err := s.db.Close()
	if s.lock != nil {
		s.lock.Close() // closing the descriptor releases the flock
		s.lock = nil
	}
	return err
}

func (s *Store) stamp() string { return s.now().UTC().Format(time.RFC3339Nano) }

// Recall returns the stored record for this content screened with this
// lexicon version, with the current decisions applied and its verdict and
// categories recomputed from them, marked Cached. A database error counts as
// "not remembered": the file is simply screened again.
func (s *Store) Recall(sha256, lexiconVersion string) (pipeline.Record, bool) {
	var raw string
	err := s.db.QueryRow(`SELECT record FROM results WHERE sha256=? AND lexicon_version=?`,
		sha256, lexiconVersion).Scan(&raw)
	if err != nil {
		return pipeline.Record{}, false
	}
	var rec pipeline.Record
	if err := json.Unmarshal([]byte(raw), &rec); err != nil {
		return pipeline.Record{}, false
	}
	if err := s.ApplyDecisions(rec.Findings); err != nil {
		return pipeline.Record{}, false
	}
	complete := rec.Status == pipeline.StatusOK && len(rec.Unread) == 0
	rec.Verdict = scanner.DecideVerdict(rec.Findings, complete)
	rec.Categories = scanner.Categories(rec.Findings)
	rec.Cached = true
	return rec, true
}

// Remember stores rec as the result for its content and lexicon version
// (unless it was itself recalled, or could not be read at all: a read
// error may be passing, so it is tried again next time) and appends a
// ledger row. source is "scan" or "inbox".
func (s *Store) Remember(rec pipeline.Record, source string) error {
	return s.remember(rec, source, "", "")
}

// RememberClaim is Remember for the inbox: the ledger row is keyed by the
// claim id, so a document screened again after a crash updates its row, and
// it records where the document is being moved.
func (s *Store) RememberClaim(rec pipeline.Record, claim, movedTo string) error {
	if claim == "" {
		return errors.New("RememberClaim: empty claim id")
	}
	return s.remember(rec, "inbox", claim, movedTo)
}

func (s *Store) remember(rec pipeline.Record, source, claim, movedTo string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	tx, err := s.db.Begin()
	if err != nil {
		return fmt.Errorf("状态文件 %s: %w", s.path, err)
	}
	defer tx.Rollback()
	if !rec.Cached && rec.Status != pipeline.StatusError && rec.SHA256 != "" {
		if err := storeResult(tx, rec, s.stamp()); err != nil {
			return fmt.Errorf("状态文件 %s: 保存结果: %w", s.path, err)
		}
	}
	cats := strings.Join(rec.Categories, ",")
	reports := strings.Join(rec.Reports, "\n")
	at := rec.ScannedAt
	if at.IsZero() {
		at = s.now()
	}
	name := rec.DisplayName
	if name == "" {
		name = filepath.Base(rec.Path)
	}
	var claimArg any
	if claim != "" {
		claimArg = claim
	}
	_, err = tx.Exec(`INSERT INTO ledger(at,source,file,display_name,sha256,size,status,verdict,categories,
		classified,lexicon_version,tool_version,reports,cached,moved_to,claim)
		VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
		ON CONFLICT(claim) DO UPDATE SET at=excluded.at, file=excluded.file, sha256=excluded.sha256,
		size=excluded.size, status=excluded.status, verdict=excluded.verdict, categories=excluded.categories,
		classified=excluded.classified, lexicon_version=excluded.lexicon_version,
		tool_version=excluded.tool_version, reports=excluded.reports, cached=excluded.cached,
		moved_to=excluded.moved_to`,
		at.UTC().Format(time.RFC3339Nano), source, absPath(rec.Path), name, rec.SHA256, rec.Size,
		rec.Status, string(rec.Verdict), cats, boolInt(rec.Classified), rec.LexiconVersion,
		rec.ToolVersion, reports, boolInt(rec.Cached), movedTo, claimArg)
	if err != nil {
		return fmt.Errorf("状态文件 %s: 写入台帐: %w", s.path, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("状态文件 %s: 写入台帐: %w", s.path, err)
	}
	return nil
}

func storeResult(tx *sql.Tx, rec pipeline.Record, at string) error {
	// The pipeline's cache key covers the lexicon, the tool build and the
	// masking mode; a record without one is keyed by its lexicon alone.
	key := rec.CacheKey
	if key == "" {
		key = rec.LexiconVersion
	}
	// Stored without decisions and without this run's paths: a recall
	// gets decisions fresh, and the caller fills in where the file is now.
	clean := rec
	clean.Findings = make([]scanner.Finding, len(rec.Findings))
	for i, f := range rec.Findings {
		f.Decision = nil
		clean.Findings[i] = f
	}
	clean.Cached = false
	raw, err := json.Marshal(clean)
	if err != nil {
		return err
	}
	if _, err := tx.Exec(`INSERT OR REPLACE INTO results(sha256,lexicon_version,record,stored_at) VALUES(?,?,?,?)`,
		rec.SHA256, key, string(raw), at); err != nil {
		return err
	}
	if _, err := tx.Exec(`DELETE FROM findings WHERE sha256=? AND lexicon_version=?`, rec.SHA256, key); err != nil {
		return err
	}
	for _, f := range rec.Findings {
		if _, err := tx.Exec(`INSERT OR IGNORE INTO findings(finding_id,sha256,lexicon_version,rule,category,severity,marking)
			VALUES(?,?,?,?,?,?,?)`, f.ID, rec.SHA256, key, f.Rule, f.Category, string(f.Severity), boolInt(f.Marking)); err != nil {
			return err
		}
	}
	return nil
}

// Claimed is what the ledger knows of an inbox claim.
type Claimed struct {
	SHA256  string
	MovedTo string
}

// Claim returns the ledger row of an inbox claim, if one was written.
func (s *Store) Claim(claim string) (Claimed, bool, error) {
	var c Claimed
	err := s.db.QueryRow(`SELECT sha256, moved_to FROM ledger WHERE claim=?`, claim).Scan(&c.SHA256, &c.MovedTo)
	if errors.Is(err, sql.ErrNoRows) {
		return c, false, nil
	}
	if err != nil {
		return c, false, fmt.Errorf("状态文件 %s: %w", s.path, err)
	}
	return c, true, nil
}

// SetMovedTo records where an inbox claim's document now lies.
func (s *Store) SetMovedTo(claim, movedTo string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := s.db.Exec(`UPDATE ledger SET moved_to=? WHERE claim=?`, movedTo, claim); err != nil {
		return fmt.Errorf("状态文件 %s: %w", s.path, err)
	}
	return nil
}

func absPath(p string) string {
	if p == "" {
		return p
	}
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
