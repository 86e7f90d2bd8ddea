// Package foldersettings reads what a folder says about the documents
// dropped in it: the submitting office (处室（单位）) and the publishing
// channel (信息拟公开方式) that go into the pre-filled form. A folder says it
// with a small YAML file, or, for the channel, with its own name
// (政府网站/, 公众号/ …), which is how the web team already sorts drafts.
package foldersettings

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

// FileName is the settings file a folder may hold. It is hidden, so the
// scan and the inbox never take it for a document.
const FileName = ".mishen.yaml"

// Settings for the documents in one folder.
type Settings struct {
	Office     string `yaml:"office"`      // 处室（单位）
	PublishVia string `yaml:"publish_via"` // 信息拟公开方式
}

// channels are the folder names read as a 信息拟公开方式: the form's own
// boxes and the 其他 channels it lists. Any other folder name (2025年/,
// 待审/) says nothing about the channel.
var channels = map[string]bool{
	"政府网站": true, "报刊": true, "广播": true, "电视": true, "政务公开栏": true,
	"公众号": true, "微信公众号": true, "展馆": true, "展览": true, "展板": true, "展示": true, "宣传片": true,
}

// Resolver finds the settings of files below one root, reading each
// folder's file once. Safe for concurrent use.
type Resolver struct {
	root  string
	mu    sync.Mutex
	files map[string]fileResult // folder → its own settings file
}

type fileResult struct {
	s   Settings
	err error
}

// New returns a resolver for files below root.
func New(root string) *Resolver {
	abs, err := filepath.Abs(root)
	if err != nil {
		abs = root
	}
	return &Resolver{root: abs, files: map[string]fileResult{}}
}

// For returns the settings for file: each field from the nearest folder
// (the file's own, then upwards to the root) whose settings file sets it;
// a channel-named folder on the way fills PublishVia when no file does. A
// settings file that cannot be read is an error naming it.
func (r *Resolver) For(file string) (Settings, error) {
	abs, err := filepath.Abs(file)
	if err != nil {
		return Settings{}, err
	}
	rel, err := filepath.Rel(r.root, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return Settings{}, nil // not below the root: nothing to say
	}
	var out Settings
	var channel string
	for dir := filepath.Dir(abs); ; dir = filepath.Dir(dir) {
		s, err := r.folder(dir)
		if err != nil {
			return Settings{}, err
		}
		if out.Office == "" {
			out.Office = s.Office
		}
		if out.PublishVia == "" {
			out.PublishVia = s.PublishVia
		}
		if channel == "" && dir != r.root && channels[filepath.Base(dir)] {
			channel = filepath.Base(dir)
		}
		if dir == r.root || filepath.Dir(dir) == dir {
			break
		}
	}
	if out.PublishVia == "" {
		out.PublishVia = channel
	}
	return out, nil
}

func (r *Resolver) folder(dir string) (Settings, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if res, ok := r.files[dir]; ok {
		return res.s, res.err
	}
	var res fileResult
	path := filepath.Join(dir, FileName)
	data, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		res.err = fmt.Errorf("%s: %w", path, err)
	default:
		if err := yaml.Unmarshal(data, &res.s); err != nil {
			res.err = fmt.Errorf("%s: not valid settings (office:, publish_via:): %w", path, err)
		}
		res.s.Office = strings.TrimSpace(res.s.Office)
		res.s.PublishVia = strings.TrimSpace(res.s.PublishVia)
	}
	r.files[dir] = res
	return res.s, res.err
}
