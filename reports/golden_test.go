package reports

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// TestGoldenReports compares the reports of the fixture run with the files
// under testdata/golden, so any change to what a reviewer reads shows up in
// review. Regenerate with: go test ./reports -run TestGoldenReports -update
func TestGoldenReports(t *testing.T) {
	r, _ := writeAll(t, testOptions())
	files := []struct{ report, golden string }{
		{"工作简报.html", "review.html"},
		{"关于印发某某方案的通知.html", "classified.html"},
		{"关于印发某某方案的通知.json", "classified.json"},
		{"扫描件.html", "unreadable.html"},
		{"index.html", "index.html"},
		{"summary.json", "summary.json"},
	}
	for _, f := range files {
		got, err := os.ReadFile(filepath.Join(r.Dir(), f.report))
		if err != nil {
			t.Fatal(err)
		}
		// The run folder is a temporary one: name it the same every time.
		got = bytes.ReplaceAll(got, []byte(r.Dir()), []byte("/RUN"))
		path := filepath.Join("testdata", "golden", f.golden)
		if *update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run with -update to create it)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s (run with -update after checking the change):\n%s", f.report, path, firstDiff(got, want))
		}
	}
}

// firstDiff shows where two files part, a few lines around it.
func firstDiff(got, want []byte) string {
	gl, wl := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
	for i := 0; i < len(gl) || i < len(wl); i++ {
		var g, w []byte
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if !bytes.Equal(g, w) {
			return "line " + itoa(i+1) + ":\n got: " + string(g) + "\nwant: " + string(w)
		}
	}
	return ""
}

func itoa(i int) string { return strconv.Itoa(i) }
