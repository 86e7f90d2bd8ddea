package state

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/bureau/mishen/pipeline"
	"github.com/bureau/mishen/scanner"
)

// Changes is what changed in a queue since the last run that saw it.
type Changes struct {
	New, Changed, Gone []string // absolute paths, sorted
	VerdictChanged     []VerdictChange
}

// VerdictChange is a file whose verdict differs from the last run's.
type VerdictChange struct {
	Path     string
	From, To scanner.Verdict
}

// Empty reports whether nothing changed.
func (c Changes) Empty() bool {
	return len(c.New) == 0 && len(c.Changed) == 0 && len(c.Gone) == 0 && len(c.VerdictChanged) == 0
}

// String is the summary block the scan command prints.
func (c Changes) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "与上次相比：新增 %d，变更 %d，消失 %d，结论变化 %d\n",
		len(c.New), len(c.Changed), len(c.Gone), len(c.VerdictChanged))
	list := func(label string, paths []string) {
		for _, p := range paths {
			fmt.Fprintf(&b, "  %s  %s\n", label, p)
		}
	}
	list("新增", c.New)
	list("变更", c.Changed)
	list("消失", c.Gone)
	for _, v := range c.VerdictChanged {
		fmt.Fprintf(&b, "  结论  %s: %s → %s\n", v.Path, v.From, v.To)
	}
	return b.String()
}

// Changes compares this run's records with what the last run saw under the
// same roots, then records this run as the new "last run": a file under a
// root that was seen before but is not among recs is gone (and forgotten).
// Paths are compared absolute.
func (s *Store) Changes(recs []pipeline.Record, roots []string) (Changes, error) {
	var c Changes
	absRoots := make([]string, len(roots))
	for i, r := range roots {
		absRoots[i] = filepath.Clean(absPath(r))
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	tx, err := s.db.Begin()
	if err != nil {
		return c, fmt.Errorf("状态文件 %s: %w", s.path, err)
	}
	defer tx.Rollback()

	type seen struct{ sha, verdict string }
	before := map[string]seen{}
	rows, err := tx.Query(`SELECT path, sha256, verdict FROM files`)
	if err != nil {
		return c, fmt.Errorf("状态文件 %s: %w", s.path, err)
	}
	for rows.Next() {
		var p string
		var v seen
		if err := rows.Scan(&p, &v.sha, &v.verdict); err != nil {
			rows.Close()
			return c, fmt.Errorf("状态文件 %s: %w", s.path, err)
		}
		if under(p, absRoots) {
			before[p] = v
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return c, fmt.Errorf("状态文件 %s: %w", s.path, err)
	}

	now := s.stamp()
	current := map[string]bool{}
	for _, r := range recs {
		p := absPath(r.Path)
		current[p] = true
		old, ok := before[p]
		switch {
		case !ok:
			c.New = append(c.New, p)
		case old.sha != r.SHA256:
			c.Changed = append(c.Changed, p)
		}
		if ok && old.verdict != string(r.Verdict) {
			c.VerdictChanged = append(c.VerdictChanged, VerdictChange{Path: p, From: scanner.Verdict(old.verdict), To: r.Verdict})
		}
		if _, err := tx.Exec(`INSERT OR REPLACE INTO files(path,sha256,verdict,seen_at) VALUES(?,?,?,?)`,
			p, r.SHA256, string(r.Verdict), now); err != nil {
			return c, fmt.Errorf("状态文件 %s: %w", s.path, err)
		}
	}
	for p := range before {
		if current[p] {
			continue
		}
		c.Gone = append(c.Gone, p)
		if _, err := tx.Exec(`DELETE FROM files WHERE path=?`, p); err != nil {
			return c, fmt.Errorf("状态文件 %s: %w", s.path, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return c, fmt.Errorf("状态文件 %s: %w", s.path, err)
	}
	sort.Strings(c.New)
	sort.Strings(c.Changed)
	sort.Strings(c.Gone)
	sort.Slice(c.VerdictChanged, func(i, j int) bool { return c.VerdictChanged[i].Path < c.VerdictChanged[j].Path })
	return c, nil
}

// under reports whether p is one of roots or inside one.
func under(p string, roots []string) bool {
	for _, r := range roots {
		if p == r || strings.HasPrefix(p, strings.TrimSuffix(r, string(filepath.Separator))+string(filepath.Separator)) {
			return true
		}
	}
	return false
}
