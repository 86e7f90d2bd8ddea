package inbox

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/bureau/mishen/walk"
)

// settler decides when a file is ready: its size and modification time
// have not changed for the settle interval. A file still being copied in
// (over SMB, by a browser, by Word saving) keeps changing; a copy that
// preserves the old mtime still grows, so both must hold still.
type settler struct {
	interval time.Duration
	seen     map[string]sighting
}

type sighting struct {
	size  int64
	mtime time.Time
	since time.Time // first seen with this size and mtime
}

func newSettler(interval time.Duration) *settler {
	return &settler{interval: interval, seen: map[string]sighting{}}
}

// candidate is a file in the inbox, by its slash-separated path inside it.
type candidate struct {
	rel  string
	size int64
}

// observe records what is in the inbox now and returns the files that are
// ready, in name order, and how many are still settling.
func (s *settler) observe(files []candidate, stats map[string]fs.FileInfo, now time.Time) (ready []candidate, pending int) {
	present := make(map[string]bool, len(files))
	for _, f := range files {
		present[f.rel] = true
		st := stats[f.rel]
		old, ok := s.seen[f.rel]
		if !ok || old.size != st.Size() || !old.mtime.Equal(st.ModTime()) {
			s.seen[f.rel] = sighting{size: st.Size(), mtime: st.ModTime(), since: now}
			pending++
			continue
		}
		if now.Sub(old.since) >= s.interval {
			ready = append(ready, f)
		} else {
			pending++
		}
	}
	for rel := range s.seen {
		if !present[rel] {
			delete(s.seen, rel)
		}
	}
	sort.Slice(ready, func(i, j int) bool { return ready[i].rel < ready[j].rel })
	return ready, pending
}

// forget drops a file once it has been claimed (or failed to be).
func (s *settler) forget(rel string) { delete(s.seen, rel) }

// list walks the inbox with the scan command's skip rules (temp and lock
// names, hidden files and folders, which includes the .mishen work area)
// and never follows or takes a symbolic link: moving a link would move
// the link, not the document.
func list(dir string) ([]candidate, map[string]fs.FileInfo, error) {
	var out []candidate
	stats := map[string]fs.FileInfo{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == dir {
				return err
			}
			return nil // a folder removed under us, or unreadable: skip it
		}
		if p == dir {
			return nil
		}
		if _, skip := walk.Skip(d.Name(), d.IsDir()); skip {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() {
			return nil
		}
		st, err := os.Lstat(p)
		if err != nil || !st.Mode().IsRegular() {
			return nil
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		out = append(out, candidate{rel: rel, size: st.Size()})
		stats[rel] = st
		return nil
	})
	return out, stats, err
}
