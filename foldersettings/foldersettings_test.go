package foldersettings

import (
	"os"
	"path/filepath"
	"testing"
)

func put(t *testing.T, path, body string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestFor(t *testing.T) {
	root := t.TempDir()
	put(t, filepath.Join(root, FileName), "office: 办公室\n")
	put(t, filepath.Join(root, "大气处", FileName), "office: 大气环境处\npublish_via: 报刊\n")
	put(t, filepath.Join(root, "大气处", "公众号", "a.docx"), "x")
	put(t, filepath.Join(root, "政府网站", "2025年", "b.docx"), "x")
	put(t, filepath.Join(root, "2025年", "c.docx"), "x")
	put(t, filepath.Join(root, "水处", FileName), "publish_via: 政务公开栏\n")
	put(t, filepath.Join(root, "水处", "d.docx"), "x")
	cases := []struct {
		file string
		want Settings
	}{
		// The nearest settings file wins over a channel-named folder.
		{"大气处/公众号/a.docx", Settings{"大气环境处", "报刊"}},
		// A channel-named folder anywhere between root and file.
		{"政府网站/2025年/b.docx", Settings{"办公室", "政府网站"}},
		{"2025年/c.docx", Settings{"办公室", ""}},
		// Fields merge: office from the root, channel from the folder.
		{"水处/d.docx", Settings{"办公室", "政务公开栏"}},
	}
	r := New(root)
	for _, c := range cases {
		got, err := r.For(filepath.Join(root, filepath.FromSlash(c.file)))
		if err != nil || got != c.want {
			t.Errorf("For(%s) = %+v, %v; want %+v", c.file, got, err, c.want)
		}
	}
	if got, _ := r.For(filepath.Join(t.TempDir(), "elsewhere.docx")); got != (Settings{}) {
		t.Errorf("a file outside the root: %+v", got)
	}
}

func TestBadSettingsFileIsAnError(t *testing.T) {
	root := t.TempDir()
	put(t, filepath.Join(root, FileName), "office: [unclosed\n")
	put(t, filepath.Join(root, "a.txt"), "x")
	if _, err := New(root).For(filepath.Join(root, "a.txt")); err == nil {
		t.Error("a broken settings file must be reported, not ignored")
	}
}
