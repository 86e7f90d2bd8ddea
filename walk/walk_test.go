package walk

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestSkip(t *testing.T) {
	cases := []struct {
		name string
		dir  bool
		skip bool
	}{
		{"~$通知.docx", false, true},
		{".~lock.通知.docx#", false, true},
		{"a.tmp", false, true},
		{"a.PART", false, true},
		{"报告.pdf.crdownload", false, true},
		{".DS_Store", false, true},
		{".git", true, true},
		{"政府网站", true, false},
		{"通知.docx", false, false},
		{"tmp.docx", false, false},
	}
	for _, c := range cases {
		if _, got := Skip(c.name, c.dir); got != c.skip {
			t.Errorf("Skip(%q, %v) = %v, want %v", c.name, c.dir, got, c.skip)
		}
	}
}

func write(t *testing.T, path string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestFiles(t *testing.T) {
	dir := t.TempDir()
	root := filepath.Join(dir, "inbox")
	outside := filepath.Join(dir, "outside.txt")
	write(t, outside)
	write(t, filepath.Join(root, "b.txt"))
	write(t, filepath.Join(root, "a", "c.docx"))
	write(t, filepath.Join(root, "~$c.docx"))
	write(t, filepath.Join(root, ".hidden", "d.txt"))
	write(t, filepath.Join(root, "reports", "r.json"))
	if err := os.Symlink(outside, filepath.Join(root, "link-out.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(root, "b.txt"), filepath.Join(root, "z-link-in.txt")); err != nil {
		t.Fatal(err)
	}
	files, skipped, err := Files([]string{root, filepath.Join(root, "b.txt")}, []string{filepath.Join(root, "reports")})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(root, "a", "c.docx"), filepath.Join(root, "b.txt")}
	if !reflect.DeepEqual(files, want) {
		t.Errorf("files = %v, want %v (each real file once, out folder and link out of tree excluded)", files, want)
	}
	reasons := map[string]bool{}
	for _, s := range skipped {
		reasons[filepath.Base(s.Path)] = true
	}
	for _, n := range []string{"~$c.docx", ".hidden", "link-out.txt"} {
		if !reasons[n] {
			t.Errorf("%s not reported as skipped: %v", n, skipped)
		}
	}
	if _, _, err := Files([]string{filepath.Join(dir, "missing")}, nil); err == nil {
		t.Error("a missing root must be an error")
	}
}
