package pipeline

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bureau/mishen/extract"
	"github.com/bureau/mishen/scanner"
)

// wordScanner flags the word "机密" as a high finding and "内部" as medium,
// so the pipeline can be tested without the real lexicon.
type wordScanner struct{ panicOn string }

func (w wordScanner) Scan(doc *extract.Document) scanner.Result {
	var res scanner.Result
	for _, p := range doc.Parts {
		if w.panicOn != "" && strings.Contains(p.Text, w.panicOn) {
			panic("scanner exploded")
		}
		if strings.Contains(p.Text, "机密") {
			res.Findings = append(res.Findings, scanner.Finding{ID: "a", Rule: "t.high", Category: scanner.CatStateSecret, Severity: scanner.High, Match: "机密"})
		}
		if strings.Contains(p.Text, "内部") {
			res.Findings = append(res.Findings, scanner.Finding{ID: "b", Rule: "t.med", Category: scanner.CatWorkSecret, Severity: scanner.Medium, Match: "内部"})
		}
	}
	return res
}

func inProcess(ctx context.Context, path string, data []byte) (*extract.Document, error) {
	return extract.Extract(ctx, path, data, extract.DefaultLimits())
}

type fakeReports struct{ n atomic.Int32 }

func (f *fakeReports) WriteDocument(rec *Record) ([]string, error) {
	f.n.Add(1)
	return []string{"/reports/" + filepath.Base(rec.Path) + ".json"}, nil
}

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestScreenVerdicts(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"clean.txt":  "关于开展空气质量监测的通知",
		"secret.txt": "机密★5年\n关于……",
		"inner.txt":  "内部资料",
		"empty.txt":  "",
		"bin.dat":    "\x00\x01\x02\x03\x04\x05binary\x00\x00",
		"boom.txt":   "触发",
	})
	rep := &fakeReports{}
	p := &Pipeline{Scanner: wordScanner{panicOn: "触发"}, Extract: inProcess, Reports: rep, LexiconVersion: "L1"}
	cases := []struct {
		file, status string
		verdict      scanner.Verdict
		cats         []string
	}{
		{"clean.txt", StatusOK, scanner.NoFindings, nil},
		{"secret.txt", StatusOK, scanner.Withhold, []string{scanner.CatStateSecret}},
		{"inner.txt", StatusOK, scanner.Review, []string{scanner.CatWorkSecret}},
		{"empty.txt", StatusError, scanner.Review, nil},
		{"bin.dat", StatusError, scanner.Review, nil},
		{"boom.txt", StatusError, scanner.Review, nil},
	}
	for _, c := range cases {
		rec := p.Screen(context.Background(), Job{Path: filepath.Join(dir, c.file)})
		if rec.Status != c.status || rec.Verdict != c.verdict {
			t.Errorf("%s: status %s verdict %s, want %s %s (error %q)", c.file, rec.Status, rec.Verdict, c.status, c.verdict, rec.Error)
		}
		if (rec.Status != StatusOK) != (rec.Error != "") {
			t.Errorf("%s: status %s with error %q: an error must say why exactly when status is not ok", c.file, rec.Status, rec.Error)
		}
		if len(rec.Categories) != len(c.cats) || (len(c.cats) > 0 && rec.Categories[0] != c.cats[0]) {
			t.Errorf("%s: categories %v, want %v", c.file, rec.Categories, c.cats)
		}
		if len(rec.SHA256) != 64 || rec.LexiconVersion != "L1" || rec.Findings == nil || rec.Categories == nil {
			t.Errorf("%s: incomplete record %+v", c.file, rec)
		}
		if len(rec.Reports) != 1 {
			t.Errorf("%s: reports %v: every document, even an unreadable one, gets its reports", c.file, rec.Reports)
		}
	}
	if got := p.Screen(context.Background(), Job{Path: filepath.Join(dir, "missing.txt")}); got.Status != StatusError || !strings.Contains(got.Error, "无法打开") {
		t.Errorf("missing file: %+v", got)
	}
}

func TestScreenTooLargeAndUnreadable(t *testing.T) {
	dir := writeFiles(t, map[string]string{"big.txt": strings.Repeat("字", 1000), "part.txt": "x"})
	p := &Pipeline{Scanner: wordScanner{}, Extract: inProcess, MaxSize: 100}
	if rec := p.Screen(context.Background(), Job{Path: filepath.Join(dir, "big.txt")}); rec.Status != StatusError || rec.Verdict != scanner.Review || !strings.Contains(rec.Error, "过大") {
		t.Errorf("too large: %+v", rec)
	}
	p = &Pipeline{Scanner: wordScanner{}, Extract: func(ctx context.Context, path string, data []byte) (*extract.Document, error) {
		return &extract.Document{Format: "pdf", Parts: []extract.Part{{Kind: "body", Text: "clean"}}, Unread: []string{"第2页为扫描图像"}}, nil
	}}
	rec := p.Screen(context.Background(), Job{Path: filepath.Join(dir, "part.txt")})
	if rec.Status != StatusUnreadable || rec.Verdict != scanner.Review || rec.Error != "第2页为扫描图像" {
		t.Errorf("partly read document must be unreadable and never no_findings: %+v", rec)
	}
}

func TestScreenTimeoutReachesExtractor(t *testing.T) {
	dir := writeFiles(t, map[string]string{"slow.txt": "x"})
	p := &Pipeline{Scanner: wordScanner{}, Timeout: 20 * time.Millisecond, Extract: func(ctx context.Context, path string, data []byte) (*extract.Document, error) {
		<-ctx.Done()
		return nil, errors.New("解析超时")
	}}
	rec := p.Screen(context.Background(), Job{Path: filepath.Join(dir, "slow.txt")})
	if rec.Status != StatusError || rec.Verdict != scanner.Review {
		t.Errorf("timeout: %+v", rec)
	}
}

func TestRunKeepsInputOrder(t *testing.T) {
	files := map[string]string{}
	var jobs []Job
	dir := t.TempDir()
	for i := 0; i < 40; i++ {
		name := filepath.Join(dir, string(rune('a'+i%26))+strings.Repeat("x", i)+".txt")
		files[name] = strings.Repeat("内容", i*50)
		if err := os.WriteFile(name, []byte(files[name]), 0o600); err != nil {
			t.Fatal(err)
		}
		jobs = append(jobs, Job{Path: name})
	}
	p := &Pipeline{Scanner: wordScanner{}, Extract: inProcess, Workers: 4}
	var got []string
	p.Run(context.Background(), jobs, func(r Record) { got = append(got, r.Path) })
	if len(got) != len(jobs) {
		t.Fatalf("%d records for %d jobs", len(got), len(jobs))
	}
	for i := range jobs {
		if got[i] != jobs[i].Path {
			t.Fatalf("record %d is %s, want %s: output must follow input order", i, got[i], jobs[i].Path)
		}
	}
}

// memory is an in-memory Memory.
type memory struct {
	recs       map[string]Record
	decisions  map[string]scanner.Decision
	remembered int
}

func (m *memory) Recall(sha, lex string) (Record, bool) {
	r, ok := m.recs[sha+lex]
	return r, ok
}
func (m *memory) ApplyDecisions(fs []scanner.Finding) error {
	for i := range fs {
		if d, ok := m.decisions[fs[i].ID]; ok {
			fs[i].Decision = &d
		}
	}
	return nil
}
func (m *memory) Remember(r Record, source string) error {
	m.recs[r.SHA256+r.CacheKey] = r
	m.remembered++
	return nil
}

func TestMemoryCachesAndDecisionsApply(t *testing.T) {
	dir := writeFiles(t, map[string]string{"inner.txt": "内部资料"})
	var extracted int
	mem := &memory{recs: map[string]Record{}, decisions: map[string]scanner.Decision{}}
	p := &Pipeline{Scanner: wordScanner{}, Memory: mem, LexiconVersion: "L1", Extract: func(ctx context.Context, path string, data []byte) (*extract.Document, error) {
		extracted++
		return inProcess(ctx, path, data)
	}}
	path := filepath.Join(dir, "inner.txt")
	first := p.Screen(context.Background(), Job{Path: path})
	if first.Cached || first.Verdict != scanner.Review {
		t.Fatalf("first: %+v", first)
	}
	mem.decisions["b"] = scanner.Decision{Action: "accept", By: "张三", Reason: "已公开信息"}
	second := p.Screen(context.Background(), Job{Path: path})
	if !second.Cached || extracted != 1 {
		t.Errorf("second run must come from memory without extracting: cached %v, extracted %d", second.Cached, extracted)
	}
	if second.Verdict != scanner.NoFindings || second.Findings[0].Decision == nil {
		t.Errorf("accepted finding must no longer raise the verdict: %+v", second)
	}
	p.LexiconVersion = "L2"
	if third := p.Screen(context.Background(), Job{Path: path}); third.Cached || extracted != 2 {
		t.Errorf("a new lexicon version must re-screen: cached %v extracted %d", third.Cached, extracted)
	}
	if mem.remembered != 3 {
		t.Errorf("every screening goes to the ledger: %d", mem.remembered)
	}
}
