// Package reports writes what a reviewer reads: per document the JSON
// record, an HTML report, the bureau's pre-filled 审查表 (DOCX) and, for a
// document carrying a state-secret mark, a draft 泄密事件报告表; per run an
// index.html and summary.json. Reports hold sensitive excerpts, so every
// file is written with explicit owner-only (or one-group) permissions, to a
// temporary name, synced and renamed into place.
package reports

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/bureau/mishen/pipeline"
)

// Options configure a run's reports.
type Options struct {
	// FormTemplate is the path of a 审查表 template (--form-template);
	// "" uses the embedded one.
	FormTemplate string
	// Group (--report-group) makes the reports readable by that group
	// (files 0640, folders 0750); "" keeps them to the owner (0600/0700).
	Group string
	// Office is the default 处室（单位）; a record's own Office wins.
	Office                      string
	ToolVersion, LexiconVersion string
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// Run is one run's report folder.
type Run struct {
	dir      string
	opt      Options
	form     []byte
	fileMode fs.FileMode
	dirMode  fs.FileMode
	gid      int // -1: leave the group alone
	host     string

	mu    sync.Mutex
	names map[string]bool // base names taken, case-folded
}

// File name suffixes of a document's reports.
const (
	suffixJSON     = ".json"
	suffixHTML     = ".html"
	suffixForm     = ".审查表.docx"
	suffixIncident = ".泄密事件报告表（草稿）.docx"
)

// NewRun creates outDir if needed and a fresh run folder in it, named for
// the current time (outDir/20261126-174459, or …-2 when that exists).
func NewRun(outDir string, opt Options) (*Run, error) {
	if opt.Now == nil {
		opt.Now = time.Now
	}
	r := &Run{opt: opt, fileMode: 0o600, dirMode: 0o700, gid: -1, names: map[string]bool{}}
	if opt.Group != "" {
		g, err := user.LookupGroup(opt.Group)
		if err != nil {
			return nil, fmt.Errorf("报告用户组 %q 不存在: %w", opt.Group, err)
		}
		gid, err := strconv.Atoi(g.Gid)
		if err != nil {
			return nil, fmt.Errorf("报告用户组 %q: 无效的组号 %q", opt.Group, g.Gid)
		}
		r.gid, r.fileMode, r.dirMode = gid, 0o640, 0o750
	}
	form, err := loadFormTemplate(opt.FormTemplate)
	if err != nil {
		return nil, err
	}
	r.form = form
	r.host, _ = os.Hostname()

	abs, err := filepath.Abs(outDir)
	if err != nil {
		return nil, fmt.Errorf("报告目录 %s: %w", outDir, err)
	}
	if _, err := os.Stat(abs); errors.Is(err, fs.ErrNotExist) {
		if err := os.MkdirAll(abs, r.dirMode); err != nil {
			return nil, fmt.Errorf("无法创建报告目录 %s: %w", abs, err)
		}
		// Only a folder we created gets our permissions: an existing one
		// is the user's, and may be shared on purpose.
		if err := r.protect(abs, r.dirMode); err != nil {
			return nil, err
		}
	} else if err != nil {
		return nil, fmt.Errorf("报告目录 %s 无法访问: %w", abs, err)
	}

	stamp := opt.Now().Format("20060102-150405")
	for n := 1; ; n++ {
		name := stamp
		if n > 1 {
			name += "-" + strconv.Itoa(n)
		}
		dir := filepath.Join(abs, name)
		err := os.Mkdir(dir, r.dirMode)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("报告目录 %s 不可写: %w", abs, err)
		}
		r.dir = dir
		break
	}
	if err := r.protect(r.dir, r.dirMode); err != nil {
		return nil, err
	}
	// Prove the folder is writable now, not after the first document.
	probe := filepath.Join(r.dir, ".probe")
	if err := os.WriteFile(probe, nil, 0o600); err != nil {
		return nil, fmt.Errorf("报告目录 %s 不可写: %w", r.dir, err)
	}
	os.Remove(probe)
	return r, nil
}

// Dir is the run folder's absolute path.
func (r *Run) Dir() string { return r.dir }

// protect sets a path's mode explicitly (the umask must not decide who can
// read the reports) and, with a report group, its group.
func (r *Run) protect(path string, mode fs.FileMode) error {
	if r.gid >= 0 {
		if err := os.Lchown(path, -1, r.gid); err != nil {
			return fmt.Errorf("%s: 无法设置用户组 %s: %w", path, r.opt.Group, err)
		}
	}
	if err := os.Chmod(path, mode); err != nil {
		return fmt.Errorf("%s: 无法设置权限: %w", path, err)
	}
	return nil
}

// writeFile writes data to dir/name atomically: a temporary name in the
// same folder, permissions set, synced, renamed. A reader never sees half a
// report and a crash never leaves one behind under the real name.
func (r *Run) writeFile(name string, data []byte) error {
	path := filepath.Join(r.dir, name)
	f, err := os.CreateTemp(r.dir, ".tmp-*")
	if err != nil {
		return fmt.Errorf("%s: 无法创建临时文件: %w", path, err)
	}
	tmp := f.Name()
	fail := func(err error) error {
		f.Close()
		os.Remove(tmp)
		return fmt.Errorf("%s: 写入失败: %w", path, err)
	}
	if err := r.protect(tmp, r.fileMode); err != nil {
		return fail(err)
	}
	if _, err := f.Write(data); err != nil {
		return fail(err)
	}
	if err := f.Sync(); err != nil {
		return fail(err)
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("%s: 写入失败: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("%s: 写入失败: %w", path, err)
	}
	return nil
}

// syncDir makes the renames in the run folder durable.
func (r *Run) syncDir() error {
	d, err := os.Open(r.dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// reserve picks the document's base name, unique within the run.
func (r *Run) reserve(rec *pipeline.Record) string {
	base := baseName(displayName(rec))
	r.mu.Lock()
	defer r.mu.Unlock()
	name := base
	for n := 2; r.names[strings.ToLower(name)]; n++ {
		name = base + "-" + strconv.Itoa(n)
	}
	// Case-folded: the folder may be copied to a share on Windows.
	r.names[strings.ToLower(name)] = true
	return name
}

// maxBaseBytes keeps the longest report name (base + the incident suffix)
// under the usual 255-byte limit of a file name.
const maxBaseBytes = 255 - len(suffixIncident) - len("-999")

// baseName derives a file name base from a document's name: its extension
// dropped, characters that are unsafe in a file name on Linux or Windows
// replaced, Chinese kept.
func baseName(name string) string {
	name = strings.TrimSuffix(name, filepath.Ext(name))
	var b strings.Builder
	for _, c := range name {
		switch {
		case c == '\n' || c == '\r' || c == '\t':
			b.WriteRune(' ')
		case c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' ||
			c == '<' || c == '>' || c == '|' || unicode.IsControl(c) ||
			c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF ||
			c == 0x202E || c == 0x202D || c == unicode.ReplacementChar:
			b.WriteRune('_')
		case unicode.IsSpace(c):
			b.WriteRune(' ')
		default:
			b.WriteRune(c)
		}
	}
	s := strings.Trim(b.String(), " .")
	for len(s) > maxBaseBytes {
		r := []rune(s)
		s = string(r[:len(r)-1])
	}
	s = strings.TrimRight(s, " .")
	if s == "" {
		s = "document"
	}
	// Names Windows reserves for devices.
	switch strings.ToUpper(s) {
	case "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
		"LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "INDEX", "SUMMARY":
		// index and summary would also clash with the run's own files.
		s = "_" + s
	}
	return s
}

// WriteDocument writes one document's reports: its JSON record, HTML report
// and 审查表, and for a classified document the 泄密事件报告表 draft. It sets
// rec.Reports to their absolute paths (before writing the JSON, which lists
// them) and returns them. Safe for concurrent use.
func (r *Run) WriteDocument(rec *pipeline.Record) (paths []string, err error) {
	if rec == nil {
		return nil, errors.New("reports: nil record")
	}
	// No panic escapes a document: a bug here costs this document its
	// reports, not the run.
	defer func() {
		if p := recover(); p != nil {
			paths, err = nil, fmt.Errorf("%s: 报告生成出错（内部错误：%v）", displayName(rec), p)
		}
		if err != nil {
			rec.Reports = existing(rec.Reports)
		}
	}()
	base := r.reserve(rec)
	names := []string{base + suffixJSON, base + suffixHTML, base + suffixForm}
	if rec.Classified {
		names = append(names, base+suffixIncident)
	}
	paths = make([]string, len(names))
	for i, n := range names {
		paths[i] = filepath.Join(r.dir, n)
	}
	rec.Reports = paths

	in := formInput{office: r.opt.Office, now: r.opt.Now(), toolVersion: r.opt.ToolVersion, lexiconVersion: r.opt.LexiconVersion}
	form, err := fillDocx(r.form, reviewFormValues(rec, in))
	if err != nil {
		return nil, fmt.Errorf("%s: 审查表无法生成: %w", displayName(rec), err)
	}
	var incident []byte
	if rec.Classified {
		incident, err = fillDocx(incidentTemplate, incidentValues(rec, in, r.host))
		if err != nil {
			return nil, fmt.Errorf("%s: 泄密事件报告表无法生成: %w", displayName(rec), err)
		}
	}
	page, err := renderDocument(rec, in, names)
	if err != nil {
		return nil, fmt.Errorf("%s: 审查报告无法生成: %w", displayName(rec), err)
	}
	js, err := recordJSON(rec)
	if err != nil {
		return nil, fmt.Errorf("%s: JSON记录无法生成: %w", displayName(rec), err)
	}

	// The JSON last: its presence says the document's reports are complete.
	contents := [][]byte{nil, page, form}
	if rec.Classified {
		contents = append(contents, incident)
	}
	for i := 1; i < len(names); i++ {
		if err := r.writeFile(names[i], contents[i]); err != nil {
			return nil, err
		}
	}
	if err := r.writeFile(names[0], js); err != nil {
		return nil, err
	}
	if err := r.syncDir(); err != nil {
		return nil, fmt.Errorf("%s: %w", r.dir, err)
	}
	return paths, nil
}

// existing keeps the paths that were written: after a failure the record
// must not point at reports that are not there.
func existing(paths []string) []string {
	out := []string{}
	for _, p := range paths {
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
			out = append(out, p)
		}
	}
	return out
}

// recordJSON is the record as written to <base>.json. For a classified
// document it drops the text the contract would otherwise carry: the
// summary, the keywords and every match except the classification marks.
func recordJSON(rec *pipeline.Record) ([]byte, error) {
	out := *rec
	if rec.Classified {
		out.Summary, out.Keywords = "", nil
		out.Findings = redactFindings(rec)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(&out); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
