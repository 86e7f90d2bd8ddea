// Package segment wraps gojieba, the Chinese word segmenter, for the
// scanner: it tells a word from a coincidence (有机/密封 around 机密) and
// extracts keywords.
//
// gojieba's default dictionary paths point into the module cache of the
// machine that built the binary; a binary moved elsewhere would abort in
// C++. So the dictionaries travel inside the binary (dict/*.gz, MIT licence
// beside them), are written once to a private cache directory, and their
// paths are passed to NewJieba explicitly. Loading takes about a second and
// 140 MB, so there is one instance per process; it is safe for concurrent
// Cut and Extract (cppjieba's segmenters are read-only once built).
package segment

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

	"github.com/yanyiwu/gojieba"
)

//go:embed dict/jieba.dict.utf8.gz dict/hmm_model.utf8.gz dict/idf.utf8.gz dict/stop_words.utf8.gz dict/mishen.user.dict
var dictFS embed.FS

// The files NewJieba takes, in its argument order, and where each comes from.
var dictFiles = []struct{ name, src string }{
	{"jieba.dict.utf8", "dict/jieba.dict.utf8.gz"},
	{"hmm_model.utf8", "dict/hmm_model.utf8.gz"},
	{"user.dict.utf8", "dict/mishen.user.dict"},
	{"idf.utf8", "dict/idf.utf8.gz"},
	{"stop_words.utf8", "dict/stop_words.utf8.gz"},
}

// Segmenter is the process's one gojieba instance.
type Segmenter struct {
	j   *gojieba.Jieba
	dir string
}

var (
	once     sync.Once
	instance *Segmenter
	initErr  error
)

// Get returns the shared segmenter, loading it on first use.
func Get() (*Segmenter, error) {
	once.Do(func() {
		dir, err := installDicts()
		if err != nil {
			initErr = fmt.Errorf("word segmenter: cannot write its dictionaries: %w", err)
			return
		}
		paths := make([]string, len(dictFiles))
		for i, f := range dictFiles {
			paths[i] = filepath.Join(dir, f.name)
		}
		instance = &Segmenter{j: gojieba.NewJieba(paths...), dir: dir}
	})
	return instance, initErr
}

// Dir is where the dictionaries were written (for the operator's logs).
func (s *Segmenter) Dir() string { return s.dir }

// Cut splits text into words (HMM on for words not in the dictionary). The
// words concatenate back to text.
func (s *Segmenter) Cut(text string) []string { return s.j.Cut(text, true) }

// Boundaries returns the byte offsets in text where a word starts or ends
// (0 and len(text) included). ok is false when the words did not add up to
// the text, in which case the caller cannot judge and must not drop a hit.
func (s *Segmenter) Boundaries(text string) (b map[int]bool, ok bool) {
	words := s.Cut(text)
	b = make(map[int]bool, len(words)+1)
	off := 0
	b[0] = true
	for _, w := range words {
		if off+len(w) > len(text) || text[off:off+len(w)] != w {
			return nil, false
		}
		off += len(w)
		b[off] = true
	}
	return b, off == len(text)
}

// Keywords returns up to n keywords of text by TF-IDF, best first.
func (s *Segmenter) Keywords(text string, n int) []string { return s.j.Extract(text, n) }

// installDicts writes the embedded dictionaries under the user's cache
// directory (or the temp directory where there is none), in a folder named
// for their content hash so that a new build never reads an old copy. Each
// file is written to a temp name and renamed, so a concurrent process never
// sees half a file.
func installDicts() (string, error) {
	h := sha256.New()
	for _, f := range dictFiles {
		data, err := dictFS.ReadFile(f.src)
		if err != nil {
			return "", err
		}
		h.Write(data)
	}
	name := "jieba-" + hex.EncodeToString(h.Sum(nil))[:12]
	var lastErr error
	for _, base := range candidateDirs() {
		dir := filepath.Join(base, "mishen", name)
		if err := writeDicts(dir); err != nil {
			lastErr = err
			continue
		}
		return dir, nil
	}
	return "", lastErr
}

func candidateDirs() []string {
	var out []string
	if d, err := os.UserCacheDir(); err == nil {
		out = append(out, d)
	}
	return append(out, os.TempDir())
}

func writeDicts(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	for _, f := range dictFiles {
		dst := filepath.Join(dir, f.name)
		if st, err := os.Stat(dst); err == nil && st.Size() > 0 {
			continue
		}
		data, err := dictFS.ReadFile(f.src)
		if err != nil {
			return err
		}
		if filepath.Ext(f.src) == ".gz" {
			zr, err := gzip.NewReader(bytes.NewReader(data))
			if err != nil {
				return fmt.Errorf("%s: %w", f.src, err)
			}
			if data, err = io.ReadAll(zr); err != nil {
				return fmt.Errorf("%s: %w", f.src, err)
			}
		}
		tmp, err := os.CreateTemp(dir, f.name+".*.tmp")
		if err != nil {
			return err
		}
		_, werr := tmp.Write(data)
		serr := tmp.Sync()
		cerr := tmp.Close()
		if err := firstErr(werr, serr, cerr); err != nil {
			os.Remove(tmp.Name())
			return fmt.Errorf("%s: %w", dst, err)
		}
		if err := os.Rename(tmp.Name(), dst); err != nil {
			os.Remove(tmp.Name())
			return err
		}
	}
	return nil
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}
