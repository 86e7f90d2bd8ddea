package main

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/bureau/mishen/state"
)

// The inbox tests run the real binary as separate processes, kill them,
// and check the folders and the ledger afterwards.

// genDocs makes n small documents, each unique: clean notices, internal
// (work-secret) ones, HTML with hidden text, and every tenth carrying a
// state-secret mark. Some sit in a channel sub-folder, as the web team
// sorts them.
func genDocs(n int) map[string]string {
	docs := map[string]string{}
	for i := 0; i < n; i++ {
		name := fmt.Sprintf("doc%04d.txt", i)
		var body string
		switch {
		case i%10 == 3:
			body = fmt.Sprintf("机密★5年\n关于第%d号事项的请示\n正文内容。\n", i)
		case i%7 == 1:
			name = fmt.Sprintf("page%04d.html", i)
			body = fmt.Sprintf("<html><head><title>第%d期公告</title></head><body><p>公开内容%d</p><div style=\"display:none\">内部资料 注意保管</div></body></html>", i, i)
		case i%5 == 2:
			body = fmt.Sprintf("内部资料 注意保管\n第%d次会议纪要\n", i)
		default:
			body = fmt.Sprintf("关于开展第%d轮空气质量监测的通知\n各街镇：现将有关事项通知如下。\n", i)
		}
		if i%4 == 0 {
			name = "政府网站/" + name
		}
		docs[name] = body
	}
	return docs
}

func writeDocs(t *testing.T, dir string, docs map[string]string) {
	t.Helper()
	for name, body := range docs {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// landed lists every file under out/screened and out/quarantine by its
// path below the date folder, with content and area; a name seen twice
// (which must never happen) is reported by the caller through dup.
func landed(t *testing.T, out string) (files map[string]string, area map[string]string, dup []string) {
	t.Helper()
	files, area = map[string]string{}, map[string]string{}
	for _, a := range []string{"screened", "quarantine"} {
		root := filepath.Join(out, a)
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || !d.Type().IsRegular() {
				return nil
			}
			rel, _ := filepath.Rel(root, p)
			parts := strings.SplitN(filepath.ToSlash(rel), "/", 2) // <date>/<name>
			b, _ := os.ReadFile(p)
			if _, ok := files[parts[1]]; ok {
				dup = append(dup, parts[1])
			}
			files[parts[1]] = string(b)
			area[parts[1]] = a
			return nil
		})
	}
	return files, area, dup
}

// regularFiles lists the regular files under dir (slash paths).
func regularFiles(dir string) []string {
	var out []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	})
	return out
}

func hexSHA256(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// checkAllLanded proves every input document is in screened/ or, when it
// carries a mark, quarantine/, exactly once and byte-identical; that the
// inbox and its claimed area are empty; and that each has one ledger row
// pointing at it, with reports that exist and a JSON report for its bytes.
func checkAllLanded(t *testing.T, in, out, db string, docs map[string]string) {
	t.Helper()
	files, area, dup := landed(t, out)
	if len(dup) > 0 {
		t.Errorf("documents duplicated: %v", dup)
	}
	for name, body := range docs {
		got, ok := files[name]
		switch {
		case !ok:
			t.Errorf("%s: lost (not in screened/ or quarantine/)", name)
		case got != body:
			t.Errorf("%s: content differs from the original", name)
		case strings.HasPrefix(body, "机密★") != (area[name] == "quarantine"):
			t.Errorf("%s: in %s", name, area[name])
		}
	}
	for name := range files {
		if _, ok := docs[name]; !ok {
			t.Errorf("unexpected file %s in %s (a duplicate under a new name?)", name, area[name])
		}
	}
	if left := regularFiles(in); len(left) > 0 {
		t.Errorf("left in the inbox or its claimed area: %v", left)
	}
	store, err := state.OpenShared(db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	rows, err := store.Rows()
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]int{}
	for _, r := range rows {
		byName[r.DisplayName]++
		body, ok := docs[r.DisplayName]
		if !ok {
			t.Errorf("ledger row for unknown %q", r.DisplayName)
			continue
		}
		if r.SHA256 != hexSHA256(body) {
			t.Errorf("%s: ledger sha256 differs from the document's", r.DisplayName)
		}
		if b, err := os.ReadFile(r.MovedTo); err != nil || string(b) != body {
			t.Errorf("%s: ledger says it is at %s: %v", r.DisplayName, r.MovedTo, err)
		}
		var sawJSON bool
		for _, rp := range r.Reports {
			st, err := os.Stat(rp)
			if err != nil || st.Size() == 0 || !filepath.IsAbs(rp) {
				t.Errorf("%s: report %s: %v", r.DisplayName, rp, err)
				continue
			}
			if strings.HasSuffix(rp, ".json") {
				var rec struct {
					Path    string `json:"path"`
					SHA256  string `json:"sha256"`
					Verdict string `json:"verdict"`
				}
				b, _ := os.ReadFile(rp)
				if err := json.Unmarshal(b, &rec); err != nil || rec.SHA256 != r.SHA256 || rec.Verdict != r.Verdict {
					t.Errorf("%s: JSON report %s incomplete or for other bytes: %v", r.DisplayName, rp, err)
				}
				// The report names the document where it was dropped, not
				// by its short-lived claimed path.
				if want := filepath.Join(in, filepath.FromSlash(r.DisplayName)); rec.Path != want {
					t.Errorf("%s: report path %s, want %s", r.DisplayName, rec.Path, want)
				}
				sawJSON = true
			}
		}
		if !sawJSON {
			t.Errorf("%s: no JSON report in %v", r.DisplayName, r.Reports)
		}
	}
	for name := range docs {
		if byName[name] != 1 {
			t.Errorf("%s: %d ledger rows, want 1", name, byName[name])
		}
	}
}

func inboxCmd(bin string, args ...string) *exec.Cmd {
	return exec.Command(bin, append([]string{"inbox"}, args...)...)
}

// TestInboxSurvivesKill9 runs `mishen inbox --watch` over a folder of
// documents, some dropped while it runs, kills it with SIGKILL at random
// moments at least 20 times, restarts it each time, and lets a final run
// finish. MISHEN_CRASH_FILES sets the number of documents (default 200).
func TestInboxSurvivesKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the binary for tens of seconds")
	}
	t.Parallel()
	n := 200
	if v := os.Getenv("MISHEN_CRASH_FILES"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil {
			t.Fatalf("MISHEN_CRASH_FILES=%q", v)
		}
	}
	kills := max(20, n/10)
	bin := mishenBinary(t)
	root := t.TempDir()
	in, out, db := filepath.Join(root, "inbox"), filepath.Join(root, "out"), filepath.Join(root, "state.db")
	os.MkdirAll(in, 0o755)
	docs := genDocs(n)
	// Half are there at the start; the rest arrive in batches between kills.
	var names []string
	for name := range docs {
		names = append(names, name)
	}
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d, %d documents, %d kills", seed, n, kills)
	rng := rand.New(rand.NewPCG(seed, 1))
	rng.Shuffle(len(names), func(i, j int) { names[i], names[j] = names[j], names[i] })
	first := map[string]string{}
	for _, name := range names[:n/2] {
		first[name] = docs[name]
	}
	writeDocs(t, in, first)
	rest := names[n/2:]
	logf, err := os.Create(filepath.Join(root, "inbox.log"))
	if err != nil {
		t.Fatal(err)
	}
	defer logf.Close()
	start := time.Now()
	for k := 0; k < kills; k++ {
		cmd := inboxCmd(bin, "--watch", "--settle", "100ms", "--rescan", "250ms", "--workers", "2",
			"--dir", in, "--out", out, "--state", db)
		cmd.Stdout, cmd.Stderr = logf, logf
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		batch := min(len(rest), (n/2)/kills+1)
		more := map[string]string{}
		for _, name := range rest[:batch] {
			more[name] = docs[name]
		}
		rest = rest[batch:]
		writeDocs(t, in, more)
		time.Sleep(time.Duration(150+rng.IntN(1000)) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
	}
	writeDocs(t, in, func() map[string]string {
		m := map[string]string{}
		for _, name := range rest {
			m[name] = docs[name]
		}
		return m
	}())
	killed := time.Since(start)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	final := exec.CommandContext(ctx, bin, "inbox", "--settle", "100ms", "--workers", "2", "--dir", in, "--out", out, "--state", db)
	final.Stdout, final.Stderr = logf, logf
	err = final.Run()
	if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() > 1) {
		t.Fatalf("final run: %v (log %s)", err, logf.Name())
	}
	t.Logf("%d kills over %s, final run %s", kills, killed.Round(time.Millisecond), (time.Since(start) - killed).Round(time.Millisecond))
	checkAllLanded(t, in, out, db, docs)
	if t.Failed() {
		b, _ := os.ReadFile(logf.Name())
		t.Logf("inbox log (tail):\n%s", lastBytes(string(b), 4000))
	}
}

func lastBytes(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// TestInboxTwoProcesses runs two watching inboxes on one folder and one
// state file: every document is screened exactly once.
func TestInboxTwoProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the binary")
	}
	t.Parallel() // mostly waiting on child processes
	bin := mishenBinary(t)
	root := t.TempDir()
	in, out, db := filepath.Join(root, "inbox"), filepath.Join(root, "out"), filepath.Join(root, "state.db")
	os.MkdirAll(in, 0o755)
	docs := genDocs(40)
	var procs []*exec.Cmd
	var outs []*strings.Builder
	for i := 0; i < 2; i++ {
		cmd := inboxCmd(bin, "--watch", "--json", "--settle", "100ms", "--rescan", "200ms", "--workers", "2",
			"--dir", in, "--out", out, "--state", db)
		var so strings.Builder
		cmd.Stdout = &so
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		procs = append(procs, cmd)
		outs = append(outs, &so)
	}
	writeDocs(t, in, docs)
	waitFor(t, 90*time.Second, func() bool { f, _, _ := landed(t, out); return len(f) >= len(docs) })
	for _, p := range procs {
		p.Process.Signal(syscall.SIGTERM)
	}
	seen := map[string]int{}
	for i, p := range procs {
		if err := p.Wait(); err != nil {
			t.Errorf("process %d after SIGTERM: %v", i, err)
		}
		sc := bufio.NewScanner(strings.NewReader(outs[i].String()))
		n := 0
		for sc.Scan() {
			var rec struct {
				DisplayName string `json:"display_name"`
			}
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				t.Fatalf("process %d printed %q", i, sc.Text())
			}
			seen[rec.DisplayName]++
			n++
		}
		t.Logf("process %d screened %d", i, n)
	}
	for name := range docs {
		if seen[name] != 1 {
			t.Errorf("%s screened %d times", name, seen[name])
		}
	}
	checkAllLanded(t, in, out, db, docs)
}

// TestInboxWaitsForASlowWriter writes a large file into a watched inbox in
// pieces, pausing between them for less than the settle time: it must be
// screened once, and only when complete (the ledger's sha256 is the
// complete file's).
func TestInboxWaitsForASlowWriter(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the binary")
	}
	t.Parallel() // mostly waiting on child processes
	bin := mishenBinary(t)
	root := t.TempDir()
	in, out, db := filepath.Join(root, "inbox"), filepath.Join(root, "out"), filepath.Join(root, "state.db")
	os.MkdirAll(in, 0o755)
	cmd := inboxCmd(bin, "--watch", "--json", "--settle", "2s", "--rescan", "300ms", "--dir", in, "--out", out, "--state", db)
	var so, se strings.Builder
	cmd.Stdout, cmd.Stderr = &so, &se
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	f, err := os.Create(filepath.Join(in, "large.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var full strings.Builder
	line := strings.Repeat("本段为公开的环境质量监测说明文字。", 20) + "\n"
	for i := 0; i < 16; i++ { // 16 pieces of ~128 KB, 400 ms apart: 6 s of writing
		piece := strings.Repeat(line, 128*1024/len(line))
		if i == 15 {
			piece += "内部资料 注意保管\n" // only a complete read sees this
		}
		full.WriteString(piece)
		if _, err := f.WriteString(piece); err != nil {
			t.Fatal(err)
		}
		time.Sleep(400 * time.Millisecond)
		if files, _, _ := landed(t, out); len(files) > 0 {
			t.Fatalf("taken after %d of 16 pieces", i+1)
		}
	}
	f.Close()
	waitFor(t, 60*time.Second, func() bool { f, _, _ := landed(t, out); return len(f) == 1 })
	cmd.Process.Signal(syscall.SIGTERM)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("after SIGTERM: %v\n%s", err, se.String())
	}
	docs := map[string]string{"large.txt": full.String()}
	checkAllLanded(t, in, out, db, docs)
	lines := strings.Split(strings.TrimSpace(so.String()), "\n")
	if len(lines) != 1 || !strings.Contains(lines[0], `"work_secret"`) {
		t.Fatalf("want one record that saw the last piece, got %d lines", len(lines))
	}
}

func waitFor(t *testing.T, limit time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("not done after %s", limit)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func TestInboxFlags(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"no --dir", []string{"--out", dir}, "--dir"},
		{"missing inbox", []string{"--dir", filepath.Join(dir, "nope"), "--out", dir}, "不存在"},
		{"stray argument", []string{"--dir", dir, "--out", dir, "extra"}, "--dir"},
		{"bad settle", []string{"--dir", dir, "--out", dir, "--settle", "0s"}, "positive"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := runBin(t, dir, nil, append([]string{"inbox"}, tt.args...)...)
			if r.code != 2 || !strings.Contains(r.stderr, tt.want) {
				t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
			}
		})
	}
}
