package sharedcorpus

import (
	"os"
	"path/filepath"
	"testing"
)

func TestPath(t *testing.T) {
	root := t.TempDir()
	repo := filepath.Join(root, "main")
	deep := filepath.Join(repo, "a", "b")
	os.MkdirAll(deep, 0o755)
	os.WriteFile(filepath.Join(repo, "go.mod"), []byte("module x\n"), 0o644)
	wd, _ := os.Getwd()
	defer os.Chdir(wd)
	if err := os.Chdir(deep); err != nil {
		t.Fatal(err)
	}
	if p := Path("docx"); p != "" {
		t.Errorf("no shared folder yet, got %q", p)
	}
	os.MkdirAll(filepath.Join(root, "shared", "corpus", "docx"), 0o755)
	if p := Path("docx"); p == "" || filepath.Base(p) != "docx" {
		t.Errorf("Path = %q", p)
	}
}
