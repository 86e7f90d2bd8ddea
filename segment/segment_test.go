package segment

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func get(t testing.TB) *Segmenter {
	t.Helper()
	s, err := Get()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestBoundaries covers the cases the scanner relies on: a coincidence
// straddles word boundaries, a real mark sits between them.
func TestBoundaries(t *testing.T) {
	s := get(t)
	tests := []struct {
		text, term string
		wantWord   bool
	}{
		{"采用有机密封材料", "机密", false},
		{"本文件属于内部资料", "内部资料", true},
		{"揭开候鸟迁徙的秘密", "秘密", true},
		{"企业内部控制制度", "内部控制", true},
		{"这是征求意见稿", "征求意见稿", true},
	}
	for _, tt := range tests {
		b, ok := s.Boundaries(tt.text)
		if !ok {
			t.Fatalf("%q: words do not add up to the text: %v", tt.text, s.Cut(tt.text))
		}
		i := strings.Index(tt.text, tt.term)
		got := b[i] && b[i+len(tt.term)]
		if got != tt.wantWord {
			t.Errorf("%q in %q: word=%v, want %v (cut %v)", tt.term, tt.text, got, tt.wantWord, s.Cut(tt.text))
		}
	}
}

func TestKeywords(t *testing.T) {
	s := get(t)
	kw := s.Keywords("上海市浦东新区生态环境局关于开展建设项目环境影响评价文件审批的通知。环境影响评价文件审批工作要依法公开。", 5)
	if len(kw) == 0 || len(kw) > 5 {
		t.Fatalf("keywords = %v", kw)
	}
	joined := strings.Join(kw, " ")
	if !strings.Contains(joined, "审批") && !strings.Contains(joined, "环境影响") {
		t.Errorf("keywords %v miss the topic", kw)
	}
}

func TestSameInstance(t *testing.T) {
	a, b := get(t), get(t)
	if a != b {
		t.Error("Get returned two instances")
	}
	for _, f := range dictFiles {
		st, err := os.Stat(filepath.Join(a.Dir(), f.name))
		if err != nil || st.Size() == 0 {
			t.Errorf("%s not written: %v", f.name, err)
		}
	}
}

// TestMovedBinary builds a program that loads the segmenter, copies it to a
// fresh folder, and runs it with the module cache and home pointed at empty
// folders: the dictionaries must come from the binary itself.
func TestMovedBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a binary")
	}
	if runtime.GOOS == "windows" {
		t.Skip("unix paths")
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "build", "segcheck")
	build := exec.Command("go", "build", "-o", bin, "./testdata/segcheck")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	moved := filepath.Join(tmp, "elsewhere", "segcheck")
	if err := os.MkdirAll(filepath.Dir(moved), 0o755); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(moved, data, 0o755); err != nil {
		t.Fatal(err)
	}
	home := filepath.Join(tmp, "home")
	cmd := exec.Command(moved)
	cmd.Dir = filepath.Dir(moved)
	cmd.Env = []string{"HOME=" + home, "GOMODCACHE=" + filepath.Join(tmp, "nomodcache"), "GOPATH=" + filepath.Join(tmp, "nogopath"), "PATH=/usr/bin:/bin", "TMPDIR=" + tmp}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("moved binary failed: %v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "内部资料") {
		t.Fatalf("output %q", out)
	}
	if !strings.HasPrefix(lines[1], filepath.Join(home, ".cache", "mishen")) {
		t.Errorf("dictionaries written to %s, want under the user cache %s", lines[1], home)
	}
	if st, err := os.Stat(lines[1]); err != nil || st.Mode().Perm() != 0o700 {
		t.Errorf("dictionary folder %s: %v, mode %v (want 0700)", lines[1], err, st.Mode().Perm())
	}
}

func BenchmarkCut(b *testing.B) {
	s := get(b)
	text := strings.Repeat("上海市浦东新区生态环境局关于加强建设项目环境影响评价管理的通知。", 50)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		s.Cut(text)
	}
}
