// Package walk finds the files a run screens: every file under the given
// paths, once, skipping what is not a user's document (temp and lock files,
// hidden folders, the tool's own output) and never following a symbolic
// link out of the tree.
package walk

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Skipped is a path the walk passed over, with the reason in words.
type Skipped struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

func (s Skipped) String() string { return s.Path + ": " + s.Reason }

// Skip reports whether a directory entry is passed over by name alone, and
// why. The inbox uses the same rules, so a file Word is still writing
// (~$x.docx), a browser download in progress (.crdownload, .part) or a
// hidden work folder is never taken.
func Skip(name string, isDir bool) (reason string, skip bool) {
	if isDir {
		if strings.HasPrefix(name, ".") && name != "." && name != ".." {
			return "隐藏文件夹", true
		}
		return "", false
	}
	lower := strings.ToLower(name)
	switch {
	case strings.HasPrefix(name, "~$"):
		return "Office 临时文件", true
	case strings.HasPrefix(name, ".~lock."):
		return "LibreOffice 锁文件", true
	case lower == ".ds_store" || lower == "thumbs.db" || lower == "desktop.ini":
		return "系统文件", true
	case strings.HasSuffix(lower, ".tmp"), strings.HasSuffix(lower, ".part"), strings.HasSuffix(lower, ".crdownload"),
		strings.HasSuffix(lower, ".partial"), strings.HasSuffix(lower, ".swp"):
		return "临时或未下载完成的文件", true
	case strings.HasPrefix(name, "."):
		return "隐藏文件", true
	}
	return "", false
}

// Files lists the regular files under roots in a stable order (roots as
// given, lexical within each), each real file once. exclude holds folders
// never entered (the report folder). A root that does not exist is an
// error: the run cannot do what it was asked.
func Files(roots []string, exclude []string) (files []string, skipped []Skipped, err error) {
	var excl []string
	for _, e := range exclude {
		if r, err := realAbs(e); err == nil {
			excl = append(excl, r)
		}
	}
	seen := map[string]bool{}
	add := func(path, real string) {
		if seen[real] {
			return
		}
		seen[real] = true
		files = append(files, path)
	}
	for _, root := range roots {
		info, err := os.Stat(root)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", root, err)
		}
		rootReal, err := realAbs(root)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", root, err)
		}
		if !info.IsDir() {
			// A file named on the command line is screened whatever its
			// name: the user asked for it.
			if !info.Mode().IsRegular() {
				skipped = append(skipped, Skipped{root, "不是普通文件"})
				continue
			}
			add(root, rootReal)
			continue
		}
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, werr error) error {
			if werr != nil {
				skipped = append(skipped, Skipped{path, "无法读取：" + werr.Error()})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if path == root {
				return nil
			}
			if d.IsDir() {
				if within(excl, mustReal(path)) {
					return fs.SkipDir // the tool's own reports: never screened
				}
				if reason, skip := Skip(d.Name(), true); skip {
					skipped = append(skipped, Skipped{path, reason})
					return fs.SkipDir
				}
				return nil
			}
			if reason, skip := Skip(d.Name(), false); skip {
				skipped = append(skipped, Skipped{path, reason})
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				target, err := filepath.EvalSymlinks(path)
				if err != nil {
					skipped = append(skipped, Skipped{path, "符号链接指向的文件不存在"})
					return nil
				}
				target, _ = filepath.Abs(target)
				if !within([]string{rootReal}, target) {
					skipped = append(skipped, Skipped{path, "符号链接指向目录树之外，未跟随"})
					return nil
				}
				ti, err := os.Stat(target)
				if err != nil || !ti.Mode().IsRegular() {
					skipped = append(skipped, Skipped{path, "符号链接不指向普通文件，未跟随"})
					return nil
				}
				add(path, target)
				return nil
			}
			if !d.Type().IsRegular() {
				skipped = append(skipped, Skipped{path, "不是普通文件"})
				return nil
			}
			add(path, mustReal(path))
			return nil
		})
		if err != nil {
			return nil, nil, err
		}
	}
	return files, skipped, nil
}

func realAbs(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r, nil
	}
	return abs, nil
}

func mustReal(p string) string {
	r, err := realAbs(p)
	if err != nil {
		return p
	}
	return r
}

// within reports whether path is one of dirs or below one.
func within(dirs []string, path string) bool {
	for _, d := range dirs {
		if path == d || strings.HasPrefix(path, d+string(filepath.Separator)) {
			return true
		}
	}
	return false
}
