package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
)

// The end-to-end tests run the real binary, as a user would.

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// mishenBinary builds cmd/mishen once per test run.
func mishenBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "mishen-e2e-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "mishen")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = errors.New(string(out))
		}
	})
	if buildErr != nil {
		t.Fatalf("go build: %v", buildErr)
	}
	return binPath
}

type runResult struct {
	stdout, stderr string
	code           int
}

func runBin(t *testing.T, dir string, env []string, args ...string) runResult {
	t.Helper()
	cmd := exec.Command(mishenBinary(t), args...)
	cmd.Dir = dir
	if env != nil {
		cmd.Env = env
	}
	var so, se bytes.Buffer
	cmd.Stdout, cmd.Stderr = &so, &se
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run %v: %v", args, err)
	}
	return runResult{so.String(), se.String(), code}
}

func repoRoot(t *testing.T) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", ".."))
}

// contractKeys are the fields every JSON record must carry (issue 2's contract).
var contractKeys = []string{"path", "sha256", "size", "format", "status", "error", "title", "doc_number", "verdict", "categories", "findings", "reports"}

func decodeRecords(t *testing.T, stdout string) []map[string]any {
	t.Helper()
	var recs []map[string]any
	sc := bufio.NewScanner(strings.NewReader(stdout))
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("stdout line is not JSON: %v\n%s", err, sc.Text())
		}
		recs = append(recs, m)
	}
	return recs
}

func checkContract(t *testing.T, rec map[string]any) {
	t.Helper()
	path, _ := rec["path"].(string)
	for _, k := range contractKeys {
		if _, ok := rec[k]; !ok {
			t.Errorf("%s: record lacks %q", path, k)
		}
	}
	if s, _ := rec["sha256"].(string); len(s) != 64 {
		t.Errorf("%s: sha256 %q", path, s)
	}
	status, _ := rec["status"].(string)
	verdict, _ := rec["verdict"].(string)
	errText, _ := rec["error"].(string)
	if !map[string]bool{"ok": true, "unreadable": true, "error": true}[status] {
		t.Errorf("%s: status %q", path, status)
	}
	if !map[string]bool{"withhold": true, "review": true, "no_findings": true}[verdict] {
		t.Errorf("%s: verdict %q", path, verdict)
	}
	if status != "ok" && (errText == "" || verdict == "no_findings") {
		t.Errorf("%s: status %s needs an error text and can never be no_findings (error %q, verdict %s)", path, status, errText, verdict)
	}
	if _, ok := rec["categories"].([]any); !ok {
		t.Errorf("%s: categories must be a list, got %v", path, rec["categories"])
	}
	findings, ok := rec["findings"].([]any)
	if !ok {
		t.Fatalf("%s: findings must be a list", path)
	}
	high, medium := false, false
	for _, f := range findings {
		fm := f.(map[string]any)
		for _, k := range []string{"id", "rule", "category", "severity", "match", "location", "context", "basis"} {
			if _, ok := fm[k]; !ok {
				t.Errorf("%s: finding lacks %q: %v", path, k, fm)
			}
		}
		loc, _ := fm["location"].(map[string]any)
		if _, ok := loc["part"].(string); !ok {
			t.Errorf("%s: finding location lacks part: %v", path, fm)
		}
		switch fm["severity"] {
		case "high":
			high = true
		case "medium":
			medium = true
		case "low":
		default:
			t.Errorf("%s: severity %v", path, fm["severity"])
		}
	}
	want := "no_findings"
	switch {
	case high:
		want = "withhold"
	case medium || status != "ok":
		want = "review"
	}
	if verdict != want {
		t.Errorf("%s: verdict %s does not follow from its findings and status (want %s)", path, verdict, want)
	}
	reports, _ := rec["reports"].([]any)
	if len(reports) == 0 {
		t.Errorf("%s: no reports written", path)
	}
	for _, r := range reports {
		p, _ := r.(string)
		if !filepath.IsAbs(p) {
			t.Errorf("%s: report path %q is not absolute", path, p)
		}
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s: report %s: %v", path, p, err)
		}
	}
}

type expectation struct {
	verdict, status string
	categories      []string
}

// readExpected reads testdata/inbox.expected.tsv: a header row naming the
// columns file, verdict, status, categories (comma or space separated).
func readExpected(t *testing.T, path string) map[string]expectation {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("the sample inbox needs its labels: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	col := map[string]int{}
	for i, h := range strings.Split(lines[0], "\t") {
		col[strings.TrimSpace(strings.ToLower(h))] = i
	}
	get := func(f []string, name string) string {
		if i, ok := col[name]; ok && i < len(f) {
			return strings.TrimSpace(f[i])
		}
		return ""
	}
	out := map[string]expectation{}
	for _, l := range lines[1:] {
		if strings.HasPrefix(l, "#") || strings.TrimSpace(l) == "" {
			continue
		}
		f := strings.Split(l, "\t")
		var cats []string
		for _, c := range strings.FieldsFunc(get(f, "categories"), func(r rune) bool { return r == ',' || r == ' ' || r == ';' }) {
			if c != "-" && c != "" {
				cats = append(cats, c)
			}
		}
		sort.Strings(cats)
		out[get(f, "file")] = expectation{get(f, "verdict"), get(f, "status"), cats}
	}
	return out
}

func TestScanSampleInbox(t *testing.T) {
	root := repoRoot(t)
	inbox := filepath.Join(root, "testdata", "inbox")
	out := t.TempDir()
	res := runBin(t, root, nil, "scan", "--json", "--out", out, inbox)
	if res.code != 1 {
		t.Fatalf("exit %d, want 1 (the sample holds documents to withhold and review)\nstderr:\n%s", res.code, res.stderr)
	}
	recs := decodeRecords(t, res.stdout)
	expected := readExpected(t, filepath.Join(root, "testdata", "inbox.expected.tsv"))
	seen := map[string]bool{}
	for _, rec := range recs {
		checkContract(t, rec)
		rel, _ := filepath.Rel(inbox, rec["path"].(string))
		rel = filepath.ToSlash(rel)
		seen[rel] = true
		exp, ok := expected[rel]
		if !ok {
			t.Errorf("%s: screened but not in inbox.expected.tsv", rel)
			continue
		}
		if exp.verdict != "" && rec["verdict"] != exp.verdict {
			t.Errorf("%s: verdict %v, want %s (findings %v)", rel, rec["verdict"], exp.verdict, rec["findings"])
		}
		if exp.status != "" && rec["status"] != exp.status {
			t.Errorf("%s: status %v, want %s (error %v)", rel, rec["status"], exp.status, rec["error"])
		}
		var got []string
		for _, c := range rec["categories"].([]any) {
			got = append(got, c.(string))
		}
		sort.Strings(got)
		if exp.categories != nil && strings.Join(got, ",") != strings.Join(exp.categories, ",") {
			t.Errorf("%s: categories %v, want %v", rel, got, exp.categories)
		}
	}
	for f := range expected {
		if !seen[f] {
			t.Errorf("%s: in inbox.expected.tsv but no record (a file was lost)", f)
		}
	}
	if len(recs) < 8 {
		t.Errorf("only %d records; the sample inbox must hold at least 8 documents", len(recs))
	}
	// Records come in input order: the walk's lexical order.
	for i := 1; i < len(recs); i++ {
		if recs[i-1]["path"].(string) > recs[i]["path"].(string) && filepath.Dir(recs[i-1]["path"].(string)) == filepath.Dir(recs[i]["path"].(string)) {
			t.Errorf("records out of input order: %s before %s", recs[i-1]["path"], recs[i]["path"])
		}
	}
	if !strings.Contains(res.stderr, "共 ") {
		t.Errorf("the human summary belongs on stderr with --json:\n%s", res.stderr)
	}
}

func TestScanExitStatuses(t *testing.T) {
	root := repoRoot(t)
	dir := t.TempDir()
	clean := filepath.Join(dir, "clean")
	if err := os.MkdirAll(clean, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(clean, "新闻稿.txt"), []byte("区生态环境局开展世界环境日宣传活动\n\n6月5日，区生态环境局在世纪公园开展主题宣传活动，向市民普及垃圾分类和节能减排知识。"), 0o644); err != nil {
		t.Fatal(err)
	}
	// Temp and lock files are skipped and said so.
	if err := os.WriteFile(filepath.Join(clean, "~$新闻稿.docx"), []byte("lock"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	res := runBin(t, root, nil, "scan", "--out", out, clean)
	if res.code != 0 {
		t.Errorf("clean folder: exit %d, want 0\nstdout:\n%s\nstderr:\n%s", res.code, res.stdout, res.stderr)
	}
	if !strings.Contains(res.stdout, "新闻稿.txt") || !strings.Contains(res.stderr, "~$新闻稿.docx") {
		t.Errorf("table on stdout and skipped files in the summary expected:\nstdout:\n%s\nstderr:\n%s", res.stdout, res.stderr)
	}

	notDir := filepath.Join(dir, "a-file")
	os.WriteFile(notDir, []byte("x"), 0o644)
	for name, args := range map[string][]string{
		"bad flag":           {"scan", "--no-such-flag", clean},
		"no paths":           {"scan", "--out", out},
		"missing path":       {"scan", "--out", out, filepath.Join(dir, "missing")},
		"unreadable lexicon": {"scan", "--out", out, "--lexicon", filepath.Join(dir, "missing.yaml"), clean},
		"out not writable":   {"scan", "--out", filepath.Join(notDir, "reports"), clean},
		"bad workers":        {"scan", "--workers", "0", "--out", out, clean},
		"unknown subcommand": {"frobnicate"},
	} {
		if r := runBin(t, root, nil, args...); r.code != 2 {
			t.Errorf("%s: exit %d, want 2\nstderr:\n%s", name, r.code, r.stderr)
		}
	}
}

// The binary carries its lexicon and dictionaries: it runs from another
// folder with no module cache and no source tree.
func TestBinaryIsSelfContained(t *testing.T) {
	root := repoRoot(t)
	dir := t.TempDir()
	bin := filepath.Join(dir, "mishen")
	data, err := os.ReadFile(mishenBinary(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin, data, 0o755); err != nil {
		t.Fatal(err)
	}
	doc := filepath.Join(dir, "通知.txt")
	os.WriteFile(doc, []byte("秘密★1年\n关于某事项的通知\n有机密封材料的采购"), 0o644)
	env := []string{"PATH=/usr/bin:/bin", "HOME=" + filepath.Join(dir, "home"), "GOMODCACHE=" + filepath.Join(dir, "nomodcache"), "GOPATH=" + filepath.Join(dir, "nogopath")}
	cmd := exec.Command(bin, "scan", "--json", "--out", filepath.Join(dir, "out"), doc)
	cmd.Dir = dir
	cmd.Env = env
	outb, err := cmd.Output()
	var ee *exec.ExitError
	if err != nil && !(errors.As(err, &ee) && ee.ExitCode() == 1) {
		t.Fatalf("moved binary failed: %v\n%s", err, outb)
	}
	recs := decodeRecords(t, string(outb))
	if len(recs) != 1 || recs[0]["verdict"] != "withhold" {
		t.Fatalf("moved binary: %v", recs)
	}
	_ = root
}
