// Package sharedcorpus finds the shared test corpus: real public documents
// kept beside every checkout as ../shared/corpus (never copied into the
// repository). Tests that read it skip cleanly where it is absent.
package sharedcorpus

import (
	"os"
	"path/filepath"
	"testing"
)

// Path returns ../shared/corpus/<sub> resolved from the module root (the
// first folder above the working directory holding go.mod), or "" when
// there is no such folder.
func Path(sub string) string {
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			p := filepath.Join(d, "..", "shared", "corpus", sub)
			if _, err := os.Stat(p); err != nil {
				return ""
			}
			return p
		}
		if filepath.Dir(d) == d {
			return ""
		}
	}
}

// Dir is Path for a test: it skips the test when the corpus is absent.
func Dir(t testing.TB, sub string) string {
	t.Helper()
	p := Path(sub)
	if p == "" {
		t.Skipf("shared corpus %q not present beside the repository", sub)
	}
	return p
}
