package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bureau/mishen/state"
)

// scanRecord is the part of a JSON record the nightly tests read.
type scanRecord struct {
	Path     string `json:"path"`
	Verdict  string `json:"verdict"`
	Cached   bool   `json:"cached"`
	Findings []struct {
		ID       string `json:"id"`
		Rule     string `json:"rule"`
		Category string `json:"category"`
		Severity string `json:"severity"`
		Marking  bool   `json:"marking"`
		Decision *struct {
			Action, By, Reason string
			At                 time.Time
		} `json:"decision"`
	} `json:"findings"`
}

func parseRecords(t *testing.T, stdout string) map[string]scanRecord {
	t.Helper()
	out := map[string]scanRecord{}
	sc := bufio.NewScanner(strings.NewReader(stdout))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var r scanRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("not a JSON record: %q", sc.Text())
		}
		out[filepath.Base(r.Path)] = r
	}
	return out
}

// nightly runs `mishen scan --state` as the timer does and times it.
func nightly(t *testing.T, dir, queue, db string, flags ...string) (map[string]scanRecord, runResult, time.Duration) {
	t.Helper()
	start := time.Now()
	args := append([]string{"scan", "--json", "--state", db, "--out", filepath.Join(dir, "reports")}, flags...)
	r := runBin(t, dir, nil, append(args, queue)...)
	took := time.Since(start)
	if r.code == 2 {
		t.Fatalf("scan failed: %s", r.stderr)
	}
	return parseRecords(t, r.stdout), r, took
}

// TestNightlyScanIsIncremental: the second run over an unchanged queue
// extracts nothing (every record cached) with the same verdicts; after one
// file changes only that file is screened again; the summary says what
// changed; the ledger has a row per screening.
func TestNightlyScanIsIncremental(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the binary")
	}
	t.Parallel() // mostly waiting on child processes
	dir := t.TempDir()
	queue, db := filepath.Join(dir, "queue"), filepath.Join(dir, "state.db")
	os.MkdirAll(queue, 0o755)
	docs := genDocs(16)
	flat := map[string]string{}
	for name, body := range docs {
		flat[filepath.Base(name)] = body
	}
	writeDocs(t, queue, flat)

	first, _, t1 := nightly(t, dir, queue, db)
	second, r2, t2 := nightly(t, dir, queue, db)
	t.Logf("first run %s, second run %s (%d documents)", t1.Round(time.Millisecond), t2.Round(time.Millisecond), len(flat))
	if len(first) != len(flat) || len(second) != len(flat) {
		t.Fatalf("records: %d then %d, want %d", len(first), len(second), len(flat))
	}
	for name, r := range second {
		if first[name].Cached || !r.Cached {
			t.Errorf("%s: cached %v then %v", name, first[name].Cached, r.Cached)
		}
		if r.Verdict != first[name].Verdict {
			t.Errorf("%s: verdict %s then %s", name, first[name].Verdict, r.Verdict)
		}
	}
	if !strings.Contains(r2.stderr, "新增 0，变更 0，消失 0，结论变化 0") {
		t.Errorf("second summary: %s", r2.stderr)
	}

	// One file edited (now flagged), one removed, one added.
	edited, removed := "doc0000.txt", "doc0005.txt" // clean ones
	os.WriteFile(filepath.Join(queue, edited), []byte(flat[edited]+"内部资料 注意保管\n"), 0o644)
	os.Remove(filepath.Join(queue, removed))
	os.WriteFile(filepath.Join(queue, "new.txt"), []byte("关于新一轮监测的通知\n"), 0o644)
	third, r3, _ := nightly(t, dir, queue, db)
	for name, r := range third {
		want := name != edited && name != "new.txt"
		if r.Cached != want {
			t.Errorf("%s: cached %v after the edit, want %v", name, r.Cached, want)
		}
	}
	for _, want := range []string{"新增 1，变更 1，消失 1，结论变化 1", "no_findings → withhold"} {
		if !strings.Contains(r3.stderr, want) {
			t.Errorf("third summary lacks %q:\n%s", want, r3.stderr)
		}
	}

	// A new lexicon version screens everything again.
	fourth, _, _ := nightly(t, dir, queue, db, "--lexicon", writeExtraLexicon(t, dir))
	for name, rec := range fourth {
		if rec.Cached {
			t.Errorf("%s: cached under a new lexicon version", name)
		}
	}

	// The ledger: one row per screening, exported as Excel wants it.
	r := runBin(t, dir, nil, "ledger", "--state", db, "--csv")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "\ufeff") {
		t.Fatalf("ledger: exit %d, %q", r.code, lastBytes(r.stderr, 200))
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(r.stdout, "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if want := 1 + 16*4; len(rows) != want { // header + four runs of 16
		t.Errorf("ledger has %d rows, want at least %d", len(rows), want)
	}
}

// writeExtraLexicon writes a one-rule lexicon: loaded on top of the
// default it changes the lexicon version, and its medium rule gives the
// decision test a finding that does not depend on the default's tuning.
func writeExtraLexicon(t *testing.T, dir string) string {
	t.Helper()
	p := filepath.Join(dir, "extra.yaml")
	body := "rules:\n  - id: test.special_check\n    category: other\n    severity: medium\n" +
		"    terms: [专项检查]\n    basis: 测试用规则\n"
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestNightlyScanLock: a second scheduled run on a state file in use says
// so and exits 2.
func TestNightlyScanLock(t *testing.T) {
	dir := t.TempDir()
	queue, db := filepath.Join(dir, "queue"), filepath.Join(dir, "state.db")
	os.MkdirAll(queue, 0o755)
	os.WriteFile(filepath.Join(queue, "a.txt"), []byte("公开"), 0o644)
	held, err := state.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	r := runBin(t, dir, nil, "scan", "--state", db, "--out", filepath.Join(dir, "reports"), queue)
	held.Close()
	if r.code != 2 || !strings.Contains(r.stderr, "另一个 mishen 任务正在使用状态文件") {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	if r := runBin(t, dir, nil, "scan", "--state", db, "--out", filepath.Join(dir, "reports"), queue); r.code != 0 {
		t.Fatalf("after the lock is released: exit %d %s", r.code, r.stderr)
	}
}

// TestDecisionSurvivesRescanAndEdit: an accepted finding no longer raises
// the verdict on the next scan, nor after the document is edited
// elsewhere (its id does not depend on line numbers); a state-secret
// marking cannot be accepted.
func TestDecisionSurvivesRescanAndEdit(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the binary")
	}
	t.Parallel() // mostly waiting on child processes
	dir := t.TempDir()
	queue, db := filepath.Join(dir, "queue"), filepath.Join(dir, "state.db")
	os.MkdirAll(queue, 0o755)
	// The finding sits mid-document; the revision below edits only text
	// more than the fingerprint's neighbourhood (20 characters) away.
	draft := "关于做好年度环境信息公开工作的通知\n" +
		"各街镇、各有关单位：\n" +
		"为进一步做好本区环境信息公开工作，提高政府信息公开质量，保障公众知情权，根据有关规定，结合本区实际，现将有关事项通知如下。\n" +
		"一、工作安排。本局将于第四季度组织开展专项检查，重点检查信息发布审核流程的执行情况，各单位应当提前做好自查准备工作。\n" +
		"二、工作要求。各单位要高度重视，明确责任人员，按时报送自查报告和有关材料，确保各项工作落到实处。\n"
	doc := filepath.Join(queue, "draft.txt")
	os.WriteFile(doc, []byte(draft), 0o644)
	os.WriteFile(filepath.Join(queue, "secret.txt"), []byte("机密★5年\n关于某事项的请示\n"), 0o644)

	lex := []string{"--lexicon", writeExtraLexicon(t, dir)}
	recs, _, _ := nightly(t, dir, queue, db, lex...)
	before := recs["draft.txt"]
	var ids []string
	for _, f := range before.Findings {
		if f.Severity != "low" {
			ids = append(ids, f.ID)
		}
	}
	if before.Verdict == "no_findings" || len(ids) == 0 {
		t.Fatalf("the draft should be flagged for the test to mean anything: %+v", before)
	}
	r := runBin(t, dir, nil, append([]string{"decide", "--state", db, "--by", "张三", "--reason", "会议纪要已公开", "--accept"}, ids...)...)
	if r.code != 0 {
		t.Fatalf("decide: exit %d %s", r.code, r.stderr)
	}
	check := func(stage string, recs map[string]scanRecord, wantCached bool) {
		t.Helper()
		rec := recs["draft.txt"]
		if rec.Cached != wantCached {
			t.Errorf("%s: cached %v", stage, rec.Cached)
		}
		if rec.Verdict != "no_findings" {
			t.Errorf("%s: verdict %s after every finding was accepted", stage, rec.Verdict)
		}
		got := map[string]bool{}
		for _, f := range rec.Findings {
			if f.Decision != nil && f.Decision.Action == "accept" && f.Decision.By == "张三" && !f.Decision.At.IsZero() {
				got[f.ID] = true
			}
		}
		for _, id := range ids {
			if !got[id] {
				t.Errorf("%s: finding %s shows no decision", stage, id)
			}
		}
	}
	recs, _, _ = nightly(t, dir, queue, db, lex...)
	check("re-scan", recs, true)

	// A revised draft: a paragraph added near the top and one at the end,
	// so every line number after them moves.
	revised := strings.Replace(draft, "各街镇、各有关单位：\n",
		"各街镇、各有关单位：\n近年来，本区持续推进生态环境领域政务公开，公开内容不断丰富，公开形式不断创新。\n", 1) +
		"三、其他事项。本通知自印发之日起施行，由本局负责解释。\n"
	os.WriteFile(doc, []byte(revised), 0o644)
	recs, _, _ = nightly(t, dir, queue, db, lex...)
	check("revised draft", recs, false)

	// No decision hides a state-secret mark.
	var mark string
	for _, f := range recs["secret.txt"].Findings {
		if f.Marking && f.Category == "state_secret" {
			mark = f.ID
		}
	}
	if mark == "" {
		t.Fatal("no marking finding on the classified document")
	}
	r = runBin(t, dir, nil, "decide", "--state", db, "--by", "李四", "--reason", "误报", "--accept", mark)
	if r.code != 2 || !strings.Contains(r.stderr, "国家秘密标志不能被接受") {
		t.Fatalf("accepting a marking: exit %d %q", r.code, r.stderr)
	}
	if recs["secret.txt"].Verdict != "withhold" {
		t.Fatalf("classified verdict %s", recs["secret.txt"].Verdict)
	}
}

func TestDecideAndLedgerFlags(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "state.db")
	s, err := state.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"decide without an action", []string{"decide", "--state", db, "--by", "x", "--reason", "y", "abc"}, "--accept"},
		{"decide with both actions", []string{"decide", "--state", db, "--by", "x", "--reason", "y", "--accept", "--withhold", "abc"}, "--accept"},
		{"decide without a reviewer", []string{"decide", "--state", db, "--reason", "y", "--accept", "abc"}, "--by"},
		{"decide on an unknown id", []string{"decide", "--state", db, "--by", "x", "--reason", "y", "--accept", "abc"}, "没有这个发现编号"},
		{"decide on a missing state file", []string{"decide", "--state", db + ".typo", "--by", "x", "--reason", "y", "--accept", "abc"}, "不存在"},
		{"ledger without --state", []string{"ledger", "--csv"}, "usage"},
		{"ledger on a missing state file", []string{"ledger", "--state", db + ".typo"}, "不存在"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := runBin(t, dir, nil, tt.args...)
			if r.code != 2 || !strings.Contains(r.stderr, tt.want) {
				t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
			}
		})
	}
	if _, err := os.Stat(db + ".typo"); err == nil {
		t.Fatal("a mistyped state file was created")
	}
}
