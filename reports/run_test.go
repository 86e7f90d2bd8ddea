package reports

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/bureau/mishen/pipeline"
	"github.com/bureau/mishen/scanner"
)

func writeTestFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

// writeAll writes every fixture record and finishes the run.
func writeAll(t *testing.T, opt Options) (*Run, []pipeline.Record) {
	t.Helper()
	r, err := NewRun(filepath.Join(t.TempDir(), "out"), opt)
	if err != nil {
		t.Fatal(err)
	}
	recs := []pipeline.Record{cleanRecord(), reviewRecord(), classifiedRecord(), unreadableRecord(), errorRecord()}
	for i := range recs {
		if _, err := r.WriteDocument(&recs[i]); err != nil {
			t.Fatal(err)
		}
	}
	err = r.Finish(recs, RunInfo{Started: scanTime, Finished: scanTime.Add(time.Minute),
		Inputs: []string{"/srv/inbox"}, Skipped: []string{"/srv/inbox/~$草稿.docx: Word 临时文件"}, Args: []string{"mishen", "scan", "/srv/inbox"}})
	if err != nil {
		t.Fatal(err)
	}
	return r, recs
}

func TestPermissions(t *testing.T) {
	// Reports hold sensitive excerpts: never readable by everyone, whatever
	// the umask says.
	old := syscall.Umask(0)
	defer syscall.Umask(old)

	g, err := user.LookupGroupId(strconv.Itoa(os.Getgid()))
	if err != nil {
		t.Skipf("no name for the current group: %v", err)
	}
	tests := []struct {
		name             string
		group            string
		fileMode, dirMod fs.FileMode
	}{
		{"owner only", "", 0o600, 0o700},
		{"report group", g.Name, 0o640, 0o750},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opt := testOptions()
			opt.Group = tc.group
			r, _ := writeAll(t, opt)
			dirs := []string{filepath.Dir(r.Dir()), r.Dir()}
			for _, d := range dirs {
				st, err := os.Stat(d)
				if err != nil {
					t.Fatal(err)
				}
				if st.Mode().Perm() != tc.dirMod {
					t.Errorf("%s: mode %v, want %v", d, st.Mode().Perm(), tc.dirMod)
				}
			}
			entries, err := os.ReadDir(r.Dir())
			if err != nil {
				t.Fatal(err)
			}
			if len(entries) != 5*3+1+2 { // 5 documents × 3, one incident draft, index + summary
				t.Errorf("%d files in the run folder, want 18", len(entries))
			}
			for _, e := range entries {
				if strings.HasPrefix(e.Name(), ".") {
					t.Errorf("temporary file left behind: %s", e.Name())
				}
				st, err := os.Stat(filepath.Join(r.Dir(), e.Name()))
				if err != nil {
					t.Fatal(err)
				}
				if st.Mode().Perm() != tc.fileMode {
					t.Errorf("%s: mode %v, want %v", e.Name(), st.Mode().Perm(), tc.fileMode)
				}
				if tc.group != "" {
					if gid := st.Sys().(*syscall.Stat_t).Gid; strconv.Itoa(int(gid)) != g.Gid {
						t.Errorf("%s: group %d, want %s", e.Name(), gid, g.Gid)
					}
				}
			}
		})
	}
}

func TestUnknownGroupIsError(t *testing.T) {
	opt := testOptions()
	opt.Group = "no-such-group-mishen"
	if _, err := NewRun(t.TempDir(), opt); err == nil || !strings.Contains(err.Error(), "no-such-group-mishen") {
		t.Errorf("err = %v", err)
	}
}

func TestOutDirNotWritable(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a-file")
	writeTestFile(t, file, nil)
	if _, err := NewRun(filepath.Join(file, "reports"), testOptions()); err == nil || !strings.Contains(err.Error(), file) {
		t.Errorf("err = %v, want one naming %s", err, file)
	}
}

func TestRunFolderNames(t *testing.T) {
	out := t.TempDir()
	var dirs []string
	for i := 0; i < 3; i++ {
		r, err := NewRun(out, testOptions())
		if err != nil {
			t.Fatal(err)
		}
		dirs = append(dirs, filepath.Base(r.Dir()))
	}
	want := []string{"20261126-103000", "20261126-103000-2", "20261126-103000-3"}
	if strings.Join(dirs, " ") != strings.Join(want, " ") {
		t.Errorf("run folders %q, want %q", dirs, want)
	}
}

func TestBaseName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"关于印发某某方案的通知.docx", "关于印发某某方案的通知"},
		{"a/b\\c:d*e?f\"g<h>i|j.pdf", "a_b_c_d_e_f_g_h_i_j"},
		{"报告\x00\x1f\u200b\u202e.txt", "报告____"},
		{"  .hidden. ", "hidden"},
		{".docx", "document"},
		{"", "document"},
		{"CON.txt", "_CON"},
		{"index.html", "_index"},
		{"summary.json", "_summary"},
		{"多行\n标题.docx", "多行 标题"},
		{strings.Repeat("长", 200) + ".docx", strings.Repeat("长", maxBaseBytes/3)},
	}
	for _, tc := range tests {
		if got := baseName(tc.in); got != tc.want {
			t.Errorf("baseName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestNameClash(t *testing.T) {
	r, err := NewRun(t.TempDir(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	inputs := []string{"/a/通知.docx", "/b/通知.docx", "/c/通知.pdf", "/d/通知.DOCX", "/e/通知-2.docx", "/f/index.html"}
	want := []string{"通知", "通知-2", "通知-3", "通知-4", "通知-2-2", "_index"}
	for i, in := range inputs {
		rec := cleanRecord()
		rec.Path = in
		paths, err := r.WriteDocument(&rec)
		if err != nil {
			t.Fatal(err)
		}
		if got := filepath.Base(paths[0]); got != want[i]+".json" {
			t.Errorf("%s: %s, want %s.json", in, got, want[i])
		}
		want := []string{want[i] + ".json", want[i] + ".html", want[i] + ".审查表.docx"}
		for j, p := range paths {
			if filepath.Base(p) != want[j] || filepath.Dir(p) != r.Dir() {
				t.Errorf("%s: report %s, want %s in %s", in, p, want[j], r.Dir())
			}
		}
	}
	// The inbox's original name, when given, names the reports.
	rec := cleanRecord()
	rec.Path, rec.DisplayName = "/inbox/.claimed/7f3a.docx", "/inbox/会议纪要.docx"
	paths, err := r.WriteDocument(&rec)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(paths[0]) != "会议纪要.json" {
		t.Errorf("display name not used: %s", paths[0])
	}
}

func TestConcurrentWriteDocument(t *testing.T) {
	r, err := NewRun(t.TempDir(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	const n = 24
	recs := make([]pipeline.Record, n)
	makers := []func() pipeline.Record{classifiedRecord, cleanRecord, reviewRecord, unreadableRecord, errorRecord}
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range recs {
		recs[i] = makers[i%len(makers)]()
		recs[i].Path = "/inbox/同名文件.docx" // every one clashes
		recs[i].Title = fmt.Sprintf("文件%d", i)
		wg.Add(1)
		go func(rec *pipeline.Record) {
			defer wg.Done()
			if _, err := r.WriteDocument(rec); err != nil {
				errs <- err
			}
		}(&recs[i])
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	seen := map[string]bool{}
	for i := range recs {
		base := recs[i].Reports[0]
		if seen[base] {
			t.Errorf("two documents share %s", base)
		}
		seen[base] = true
		c := readDocx(t, recs[i].Reports[2])
		if got := c.fields()["信息名称"]; got != recs[i].Title {
			t.Errorf("%s: 信息名称 %q, want %q (forms mixed up)", recs[i].Reports[2], got, recs[i].Title)
		}
		var back pipeline.Record
		data, _ := os.ReadFile(recs[i].Reports[0])
		if err := json.Unmarshal(data, &back); err != nil || back.Title != recs[i].Title {
			t.Errorf("%s: %v, title %q", recs[i].Reports[0], err, back.Title)
		}
	}
	if err := r.Finish(recs, RunInfo{}); err != nil {
		t.Fatal(err)
	}
}

// htmlNodes parses a page with a real HTML parser and returns the elements
// it holds and its text.
func htmlNodes(t *testing.T, path string) (map[string]int, string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := html.Parse(f)
	if err != nil {
		t.Fatal(err)
	}
	elems := map[string]int{}
	var text strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.ElementNode:
			elems[n.Data]++
			for _, a := range n.Attr {
				if strings.HasPrefix(strings.ToLower(a.Key), "on") {
					elems["on-attribute"]++
				}
			}
		case html.TextNode:
			if n.Parent == nil || n.Parent.Data != "style" {
				text.WriteString(n.Data)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return elems, text.String()
}

func TestHostileTextIsShownAsText(t *testing.T) {
	const title = `<script>alert("t")</script>`
	const match = `"><img src=x onerror=alert(1)>`
	rec := reviewRecord()
	rec.Title = title
	rec.Path = `/inbox/"><svg onload=alert(2)>.docx`
	rec.Findings[0].Match = match
	rec.Findings[0].Context = "前" + match + "后"
	rec.Summary = `<iframe src="javascript:alert(3)">`
	r, err := NewRun(t.TempDir(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	paths, err := r.WriteDocument(&rec)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Finish([]pipeline.Record{rec}, RunInfo{}); err != nil {
		t.Fatal(err)
	}
	for _, page := range []string{findPath(t, paths, suffixHTML), filepath.Join(r.Dir(), "index.html")} {
		elems, text := htmlNodes(t, page)
		for _, bad := range []string{"script", "img", "svg", "iframe", "on-attribute"} {
			if elems[bad] > 0 {
				t.Errorf("%s: hostile text became a <%s> element", filepath.Base(page), bad)
			}
		}
		if !strings.Contains(text, title) {
			t.Errorf("%s: title not shown as text", filepath.Base(page))
		}
		if filepath.Base(page) != "index.html" && (!strings.Contains(text, match) || !strings.Contains(text, `<iframe src="javascript:alert(3)">`)) {
			t.Errorf("%s: match or summary not shown as text", filepath.Base(page))
		}
	}
	f := readDocx(t, findPath(t, paths, suffixForm)).fields()
	if f["信息名称"] != title {
		t.Errorf("form 信息名称 = %q", f["信息名称"])
	}
}

// TestClassifiedTextCopiedNowhere: for a document with a state-secret mark,
// only the mark, the title and where it was found may reach any file.
func TestClassifiedTextCopiedNowhere(t *testing.T) {
	r, _ := writeAll(t, testOptions())
	entries, _ := os.ReadDir(r.Dir())
	for _, e := range entries {
		path := filepath.Join(r.Dir(), e.Name())
		var text string
		switch {
		case strings.HasSuffix(e.Name(), ".docx"):
			text = readDocx(t, path).text()
		default:
			data, _ := os.ReadFile(path)
			text = string(data)
		}
		for _, s := range []string{secretContext, secretSummary, secretKeyword, secretMatch} {
			if strings.Contains(text, s) {
				t.Errorf("%s holds classified text %q", e.Name(), s)
			}
		}
	}
	// The alert opens the document's report and the run index.
	for _, page := range []string{"关于印发某某方案的通知.html", "index.html"} {
		_, text := htmlNodes(t, filepath.Join(r.Dir(), page))
		body := text[strings.Index(text, "审查"):] // after the <title>
		if i := strings.Index(body, alertHead); i < 0 || !strings.Contains(body, "局保密办") || !strings.Contains(body, "一事一报") {
			t.Errorf("%s: no alert to stop and report to the 局保密办", page)
		}
		if page == "index.html" && strings.Index(text, alertHead) > strings.Index(text, "密审 审查结果（") {
			t.Errorf("index: the alert does not open the page")
		}
	}
	// The mark itself and the title are shown.
	_, text := htmlNodes(t, filepath.Join(r.Dir(), "关于印发某某方案的通知.html"))
	for _, s := range []string{"机密★5年", "关于印发某某方案的通知", "正文第2行", "（涉密文档，不显示内容）", "f-pii-1"} {
		if !strings.Contains(text, s) {
			t.Errorf("classified report lacks %q", s)
		}
	}
}

func TestDocumentReport(t *testing.T) {
	r, _ := writeAll(t, testOptions())
	tests := []struct {
		page   string
		has    []string
		hasNot []string
	}{
		{"工作简报.html", []string{"需人工复核", "工作秘密", "个人隐私", "f-ws-1", "f-tel-1", "页眉第1行", "第2页页眉第1行", "工作秘密管理制度 内部标志", "高 0，中 3，低 1"}, nil},
		{"空气质量公报.html", []string{"未发现风险项——仍须人工审核", "本区2025年空气质量总体良好", "关键词：空气质量、优良天数"}, []string{"需人工复核"}},
		{"扫描件.html", []string{"需人工复核", "未能完整读取", "第2页为扫描图像，无文字层"}, nil},
		{"损坏.html", []string{"无法读取", "文件已损坏"}, nil},
	}
	for _, tc := range tests {
		_, text := htmlNodes(t, filepath.Join(r.Dir(), tc.page))
		for _, s := range tc.has {
			if !strings.Contains(text, s) {
				t.Errorf("%s lacks %q", tc.page, s)
			}
		}
		for _, s := range tc.hasNot {
			if strings.Contains(text, s) {
				t.Errorf("%s holds %q", tc.page, s)
			}
		}
	}
	// The verdict comes first, before the findings.
	_, text := htmlNodes(t, filepath.Join(r.Dir(), "工作简报.html"))
	if strings.Index(text, "需人工复核") > strings.Index(text, "f-ws-1") {
		t.Errorf("verdict not first")
	}
	// The match is highlighted in its context.
	data, _ := os.ReadFile(filepath.Join(r.Dir(), "工作简报.html"))
	if !strings.Contains(string(data), "联系人手机<mark>138****5678</mark>，请于") {
		t.Errorf("match not highlighted in context")
	}
	// Unread parts are in red.
	data, _ = os.ReadFile(filepath.Join(r.Dir(), "扫描件.html"))
	if !strings.Contains(string(data), `class="unread"`) {
		t.Errorf("unread parts not marked")
	}
	// Self-contained: no external resource of any kind.
	for _, page := range []string{"工作简报.html", "index.html"} {
		data, _ := os.ReadFile(filepath.Join(r.Dir(), page))
		for _, bad := range []string{"<link", "<script", "@import", "url(", "http://", "https://"} {
			if strings.Contains(string(data), bad) {
				t.Errorf("%s refers to something outside itself: %s", page, bad)
			}
		}
		if !strings.Contains(string(data), "@page { size: A4") {
			t.Errorf("%s has no A4 print style", page)
		}
	}
}

func TestIndexAndSummary(t *testing.T) {
	r, recs := writeAll(t, testOptions())
	_, text := htmlNodes(t, filepath.Join(r.Dir(), "index.html"))
	// Withhold first, then review, then clean.
	order := []string{"关于印发某某方案的通知.docx", "工作简报.docx", "空气质量公报.docx"}
	last := -1
	for _, name := range order {
		i := strings.LastIndex(text, name)
		if i < last {
			t.Errorf("index order wrong at %s", name)
		}
		last = i
	}
	for _, s := range []string{"跳过的文件", "~$草稿.docx", "其中 2 个未能完整读取", "第2页为扫描图像", "文件已损坏"} {
		if !strings.Contains(text, s) {
			t.Errorf("index lacks %q", s)
		}
	}
	data, _ := os.ReadFile(filepath.Join(r.Dir(), "index.html"))
	for _, link := range []string{`href="%E5%B7%A5%E4%BD%9C%E7%AE%80%E6%8A%A5.html"`, `.%E5%AE%A1%E6%9F%A5%E8%A1%A8.docx"`} {
		if !strings.Contains(string(data), link) {
			t.Errorf("index lacks relative link %s", link)
		}
	}

	var sum Summary
	data, _ = os.ReadFile(filepath.Join(r.Dir(), "summary.json"))
	if err := json.Unmarshal(data, &sum); err != nil {
		t.Fatal(err)
	}
	if sum.Counts.Documents != 5 || sum.Counts.Verdicts["withhold"] != 1 || sum.Counts.Verdicts["review"] != 3 ||
		sum.Counts.Verdicts["no_findings"] != 1 || sum.Counts.Statuses["error"] != 1 || sum.Counts.Classified != 1 ||
		sum.Counts.Categories[scanner.CatWorkSecret] != 1 || sum.Counts.Categories[scanner.CatPersonalPrivacy] != 2 {
		t.Errorf("counts = %+v", sum.Counts)
	}
	if sum.Documents[0].Path != recs[2].Path || !sum.Documents[0].Classified || len(sum.Documents[0].Reports) != 4 {
		t.Errorf("first document = %+v", sum.Documents[0])
	}
	if sum.ToolVersion != "v-test" || sum.LexiconVersion != "lex-test" || len(sum.Skipped) != 1 || !sum.Finished.After(sum.Started) {
		t.Errorf("summary = %+v", sum)
	}
	for _, d := range sum.Documents {
		for _, p := range d.Reports {
			if _, err := os.Stat(p); err != nil {
				t.Errorf("summary names a missing report: %v", err)
			}
		}
	}
}

func TestRecordJSON(t *testing.T) {
	r, err := NewRun(t.TempDir(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	rec := reviewRecord()
	paths, err := r.WriteDocument(&rec)
	if err != nil {
		t.Fatal(err)
	}
	var back pipeline.Record
	data, _ := os.ReadFile(paths[0])
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if strings.Join(back.Reports, "|") != strings.Join(paths, "|") || strings.Join(rec.Reports, "|") != strings.Join(paths, "|") {
		t.Errorf("reports: record %q, json %q, returned %q", rec.Reports, back.Reports, paths)
	}
	if len(back.Findings) != 4 || back.Findings[2].Context != rec.Findings[2].Context {
		t.Errorf("findings not kept: %+v", back.Findings)
	}
}

// TestWriteFailure: a report that cannot be written is an error naming it,
// and the record lists only the reports that exist.
func TestWriteFailure(t *testing.T) {
	r, err := NewRun(t.TempDir(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	// A folder where the form should go makes its rename fail.
	blocker := filepath.Join(r.Dir(), "工作简报"+suffixForm)
	if err := os.Mkdir(blocker, 0o700); err != nil {
		t.Fatal(err)
	}
	rec := reviewRecord()
	paths, err := r.WriteDocument(&rec)
	if err == nil || !strings.Contains(err.Error(), blocker) {
		t.Fatalf("err = %v, want one naming %s", err, blocker)
	}
	if paths != nil {
		t.Errorf("paths = %q after a failure", paths)
	}
	if len(rec.Reports) != 1 || !strings.HasSuffix(rec.Reports[0], "工作简报.html") {
		t.Errorf("rec.Reports = %q, want only the HTML report that was written", rec.Reports)
	}
	entries, _ := os.ReadDir(r.Dir())
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".tmp-") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}

func TestSplitContext(t *testing.T) {
	tests := []struct {
		ctx, match, before, m, after string
	}{
		{"联系人手机138****5678，请于", "138****5678", "联系人手机", "138****5678", "，请于"},
		{"张某某（身份证号：310115********4213，住周浦镇）", "张某某（身份证号：…", "", "张某某（身份证号：", "310115********4213，住周浦镇）"},
		{"上下文", "不在其中", "上下文 — ", "不在其中", ""},
		{"", "机密★5年", "", "机密★5年", ""},
	}
	for _, tc := range tests {
		b, m, a, _ := splitContext(tc.ctx, tc.match)
		if b != tc.before || m != tc.m || a != tc.after {
			t.Errorf("splitContext(%q, %q) = %q, %q, %q", tc.ctx, tc.match, b, m, a)
		}
	}
}
