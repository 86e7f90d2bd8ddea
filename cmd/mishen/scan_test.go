package main

import (
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	"github.com/bureau/mishen/foldersettings"
)

func TestFolderJobs(t *testing.T) {
	root := filepath.Join(t.TempDir(), "inbox")
	for _, f := range []string{"政府网站/通知.docx", "2025年/公众号/推文.html", "2025年/推文.html", "大气处/报告.pdf"} {
		p := filepath.Join(root, filepath.FromSlash(f))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("x"), 0o644)
	}
	os.WriteFile(filepath.Join(root, "大气处", foldersettings.FileName), []byte("office: 大气环境处\npublish_via: 政府网站\n"), 0o644)
	files := []string{
		filepath.Join(root, "政府网站/通知.docx"),
		filepath.Join(root, "2025年/公众号/推文.html"),
		filepath.Join(root, "2025年/推文.html"),
		filepath.Join(root, "大气处/报告.pdf"),
	}
	want := [][2]string{{"", "政府网站"}, {"", "公众号"}, {"", ""}, {"大气环境处", "政府网站"}}
	jobs := folderJobs(files, []string{root}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	for i, j := range jobs {
		if j.Office != want[i][0] || j.PublishVia != want[i][1] {
			t.Errorf("%s: office %q channel %q, want %q %q", files[i], j.Office, j.PublishVia, want[i][0], want[i][1])
		}
	}
}
