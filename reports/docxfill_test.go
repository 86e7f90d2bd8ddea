package reports

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"
)

func TestMergeSplitPlaceholders(t *testing.T) {
	const rPr = `<w:rPr><w:b/></w:rPr>`
	tests := []struct {
		name, in, want string
	}{
		{
			name: "one run: untouched but preserved",
			in:   `<w:p><w:r><w:t>{{文号}}</w:t></w:r></w:p>`,
			want: `<w:p><w:r><w:t xml:space="preserve">{{文号}}</w:t></w:r></w:p>`,
		},
		{
			name: "two runs with a proofErr between (LibreOffice/Word spell check)",
			in:   `<w:p><w:r>` + rPr + `<w:t>{{信息</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t>名称}}</w:t></w:r></w:p>`,
			want: `<w:p><w:r>` + rPr + `<w:t xml:space="preserve">{{信息名称}}</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t xml:space="preserve"></w:t></w:r></w:p>`,
		},
		{
			name: "three runs, text around kept in place",
			in:   `<w:p><w:r><w:t xml:space="preserve">依据：{</w:t></w:r><w:r><w:t>{不予公开</w:t></w:r><w:r><w:t>的依据}} 后文</w:t></w:r></w:p>`,
			want: `<w:p><w:r><w:t xml:space="preserve">依据：{{不予公开的依据}}</w:t></w:r><w:r><w:t xml:space="preserve"></w:t></w:r><w:r><w:t xml:space="preserve"> 后文</w:t></w:r></w:p>`,
		},
		{
			name: "no placeholder: byte for byte",
			in:   `<w:p><w:r><w:t>A &amp; B</w:t></w:r><w:r><w:t>{ not }</w:t></w:r></w:p>`,
			want: `<w:p><w:r><w:t>A &amp; B</w:t></w:r><w:r><w:t>{ not }</w:t></w:r></w:p>`,
		},
		{
			name: "across paragraphs: left alone",
			in:   `<w:p><w:r><w:t>{{信息</w:t></w:r></w:p><w:p><w:r><w:t>名称}}</w:t></w:r></w:p>`,
			want: `<w:p><w:r><w:t xml:space="preserve">{{信息</w:t></w:r></w:p><w:p><w:r><w:t>名称}}</w:t></w:r></w:p>`,
		},
		{
			name: "empty paragraph and tab between",
			in:   `<w:p/><w:p w:rsidR="00AB"><w:r><w:t>{{☐</w:t></w:r><w:r><w:rPr><w:rFonts w:ascii="Segoe UI Symbol"/></w:rPr><w:t>公文类}}</w:t></w:r><w:r><w:tab/><w:t>{{☐非公文类}}</w:t></w:r></w:p>`,
			want: `<w:p/><w:p w:rsidR="00AB"><w:r><w:t xml:space="preserve">{{☐公文类}}</w:t></w:r><w:r><w:rPr><w:rFonts w:ascii="Segoe UI Symbol"/></w:rPr><w:t xml:space="preserve"></w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">{{☐非公文类}}</w:t></w:r></w:p>`,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := mergeSplitPlaceholders(tc.in); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

func TestWordText(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<script>alert("x")</script>`, `&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;`},
		{`"><img src=x onerror=alert(1)>`, `&quot;&gt;&lt;img src=x onerror=alert(1)&gt;`},
		{"A & B's", "A &amp; B&apos;s"},
		{"bell\x07 nul\x00 esc\x1b fffe\uFFFE ok", "bell nul esc fffe ok"},
		{"一\r\n二", `一</w:t><w:br/><w:t xml:space="preserve">二`},
		{"a\tb", `a</w:t><w:tab/><w:t xml:space="preserve">b`},
	}
	for _, tc := range tests {
		if got := wordText(tc.in); got != tc.want {
			t.Errorf("wordText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// rewriteDocument returns a copy of a DOCX with its document.xml changed.
func rewriteDocument(t *testing.T, data []byte, change func(string) string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name == "word/document.xml" {
			b = []byte(change(string(b)))
		}
		w, _ := zw.Create(f.Name)
		w.Write(b)
	}
	zw.Close()
	return buf.Bytes()
}

// splitEveryPlaceholder splits each placeholder of a template in two runs
// in the middle of its name, as Word does after an edit.
func splitEveryPlaceholder(doc string) string {
	return placeholderRE.ReplaceAllStringFunc(doc, func(ph string) string {
		r := []rune(ph)
		mid := len(r) / 2
		return string(r[:mid]) + `</w:t></w:r><w:proofErr w:type="gramStart"/><w:r><w:rPr><w:i/></w:rPr><w:t>` + string(r[mid:])
	})
}

func TestFillSplitTemplate(t *testing.T) {
	split := rewriteDocument(t, defaultReviewForm, splitEveryPlaceholder)
	if bytes.Contains(split, []byte("{{信息名称}}")) {
		t.Fatal("the test template was not split")
	}
	rec := reviewRecord()
	out, err := fillDocx(split, reviewFormValues(&rec, formInput{now: scanTime}))
	if err != nil {
		t.Fatal(err)
	}
	c, err := parseDocx(out)
	if err != nil {
		t.Fatal(err)
	}
	f := c.fields()
	if f["信息名称"] != "工作简报（第3期）" || !strings.Contains(f["信息载体形式"], "☑非公文类") {
		t.Errorf("split placeholders not filled: %q", f)
	}
	if strings.Contains(c.text(), "{{") {
		t.Errorf("placeholder left: %s", c.text())
	}
}

func TestUnfilledPlaceholderIsError(t *testing.T) {
	rec := cleanRecord()
	values := reviewFormValues(&rec, formInput{now: scanTime})
	tests := []struct {
		name    string
		change  func(string) string
		wantErr string
	}{
		{"unknown placeholder", func(s string) string {
			return strings.Replace(s, "{{文号}}", "{{文号}}{{签发人}}", 1)
		}, "{{签发人}}"},
		{"placeholder split across paragraphs", func(s string) string {
			return strings.Replace(s, "{{文号}}", "{{文</w:t></w:r></w:p><w:p><w:r><w:t>号}}", 1)
		}, "未能填写"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tmpl := rewriteDocument(t, defaultReviewForm, tc.change)
			_, err := fillDocx(tmpl, values)
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("err = %v, want one naming %q", err, tc.wantErr)
			}
		})
	}
	// A value missing from the map is as bad as an unknown placeholder.
	delete(values, phDocNumber)
	if _, err := fillDocx(defaultReviewForm, values); err == nil || !strings.Contains(err.Error(), "{{文号}}") {
		t.Errorf("missing value: err = %v", err)
	}
}

func TestCustomTemplateCheckedAtStart(t *testing.T) {
	dir := t.TempDir()
	bad := rewriteDocument(t, defaultReviewForm, func(s string) string {
		return strings.Replace(s, "{{文号}}", "{{发文字号}}", 1)
	})
	path := dir + "/bad.docx"
	writeTestFile(t, path, bad)
	opt := testOptions()
	opt.FormTemplate = path
	if _, err := NewRun(t.TempDir(), opt); err == nil || !strings.Contains(err.Error(), "{{发文字号}}") || !strings.Contains(err.Error(), path) {
		t.Errorf("NewRun with a bad template: err = %v", err)
	}
	// A 保密办 that drops a field from the form is free to.
	fewer := rewriteDocument(t, defaultReviewForm, func(s string) string {
		return strings.Replace(s, "{{文号}}", "", 1)
	})
	writeTestFile(t, path, fewer)
	if _, err := NewRun(t.TempDir(), opt); err != nil {
		t.Errorf("template without 文号: %v", err)
	}
}

// TestFilledFormIsWellFormed fills the form with hostile text and checks
// the result is still valid XML holding the text literally.
func TestFilledFormIsWellFormed(t *testing.T) {
	rec := reviewRecord()
	rec.Title = `<script>alert(1)</script>"><img src=x onerror=alert(1)>&amp;` + "\x01\x0b"
	rec.Findings[0].Match = `</w:t><w:t>x&`
	out, err := fillDocx(defaultReviewForm, reviewFormValues(&rec, formInput{now: scanTime}))
	if err != nil {
		t.Fatal(err)
	}
	zr, _ := zip.NewReader(bytes.NewReader(out), int64(len(out)))
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, ".xml") && !strings.HasSuffix(f.Name, ".rels") {
			continue
		}
		rc, _ := f.Open()
		dec := xml.NewDecoder(rc)
		for {
			if _, err := dec.Token(); err == io.EOF {
				break
			} else if err != nil {
				t.Fatalf("%s is not well-formed: %v", f.Name, err)
			}
		}
		rc.Close()
	}
	c, _ := parseDocx(out)
	f := c.fields()
	if want := `<script>alert(1)</script>"><img src=x onerror=alert(1)>&amp;`; f["信息名称"] != want {
		t.Errorf("信息名称 = %q, want %q", f["信息名称"], want)
	}
	if !strings.Contains(f[opinionLabel], "“</w:t><w:t>x&”") {
		t.Errorf("match not shown literally: %q", f[opinionLabel])
	}
}

// FuzzMergeSplitPlaceholders: joining runs never changes the text a reader
// sees, paragraph by paragraph, and never panics.
func FuzzMergeSplitPlaceholders(f *testing.F) {
	f.Add(`<w:p><w:r><w:t>{{信息</w:t></w:r><w:r><w:t>名称}}</w:t></w:r></w:p>`)
	f.Add(`<w:p><w:r><w:t>{</w:t></w:r><w:r><w:t>{a}</w:t></w:r><w:r><w:t>}x{{b}}</w:t></w:r></w:p><w:p/>`)
	f.Add(`<w:p w:x="1"><w:r><w:t xml:space="preserve">{{</w:t><w:t></w:t></w:r></w:p><w:p><w:t>}}</w:t></w:p>`)
	f.Fuzz(func(t *testing.T, doc string) {
		got := mergeSplitPlaceholders(doc)
		if a, b := paragraphTexts(doc), paragraphTexts(got); a != b {
			t.Errorf("text changed:\n%q\n%q", a, b)
		}
	})
}

// paragraphTexts is the text of the <w:t> elements as mergeSplitPlaceholders
// sees it, with paragraph boundaries marked.
func paragraphTexts(doc string) string {
	var b strings.Builder
	for _, m := range tokenRE.FindAllStringSubmatch(doc, -1) {
		switch {
		case strings.HasPrefix(m[0], "<w:t"):
			b.WriteString(m[1])
		default:
			b.WriteString("¶")
		}
	}
	return b.String()
}
