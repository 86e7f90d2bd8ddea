package extract

import (
	"context"
	"strings"
	"testing"
)

func TestHTMLParts(t *testing.T) {
	src := `<!DOCTYPE html><html><head><title>关于印发&lt;通知&gt;的函</title>
<meta name="keywords" content="内部,巡察">
<style>.x{content:"机密"}</style></head>
<body><div>机密★<span>5年</span></div>
<p>正文第一段。</p><!-- 发布前删除：内部资料 -->
<div style="display: none">隐藏的身份证号 11010519491231002X</div>
<script>var x = "秘密";</script>
<p hidden>另一个<b>隐藏</b>段</p><span style="visibility:hidden">看不见</span>
<input type="hidden" name="h" value="内部事项">
<p>结尾<br>第二行</p></body></html>`
	doc, err := Extract(context.Background(), "t.html", []byte(src), DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]Part{}
	for _, p := range doc.Parts {
		got[p.Kind] = append(got[p.Kind], p)
	}
	check := func(kind, want string, line int) {
		t.Helper()
		for _, p := range got[kind] {
			if p.Text == want {
				if line > 0 && p.Line != line {
					t.Errorf("%s %q at line %d, want %d", kind, want, p.Line, line)
				}
				return
			}
		}
		t.Errorf("no %s part %q; have %+v", kind, want, got[kind])
	}
	check(KindTitle, "关于印发<通知>的函", 0)
	check(KindBody, "机密★5年\n正文第一段。\n结尾\n第二行", 0)
	check(KindHTMLComment, "发布前删除：内部资料", 5)
	check(KindHidden, "隐藏的身份证号 11010519491231002X", 6)
	check(KindHidden, "另一个隐藏段", 8)
	check(KindHidden, "看不见", 8)
	check(KindHidden, "内部事项", 9)
	check(KindMetadata, "内部,巡察", 2)
	for _, p := range doc.Parts {
		if strings.Contains(p.Text, "var x") || strings.Contains(p.Text, "content:") {
			t.Errorf("script or style text leaked into %s: %q", p.Kind, p.Text)
		}
	}
}

func TestHTMLGBK(t *testing.T) {
	doc, err := Extract(context.Background(), "g.html", gbk(t, `<html><head><meta charset="gbk"><title>通知</title></head><body><p>内部资料</p></body></html>`), DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	var body string
	for _, p := range doc.Parts {
		if p.Kind == KindBody {
			body = p.Text
		}
	}
	if body != "内部资料" {
		t.Errorf("GBK HTML body = %q", body)
	}
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte(`<html><body><div style="display:none">机密<!-- x --></div><p>内部</p></body></html>`))
	f.Add([]byte(`<p hidden><input type=hidden value=1><b></p></div></span>`))
	f.Add([]byte(`<title>a<title>b</title><script><!--</script>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := extractHTML(data)
		if err != nil {
			return
		}
		for _, p := range doc.Parts {
			if p.Kind == "" {
				t.Fatalf("part without a kind: %+v", p)
			}
		}
	})
}

func TestHTMLCDATAIsContent(t *testing.T) {
	src := `<?xml version="1.0" encoding="gb2312"?><rss><channel><title>新闻</title><item><description><![CDATA[区生态环境局开展执法检查]]></description></item><!-- 真注释 --></channel></rss>`
	doc, err := Extract(context.Background(), "feed.xml", []byte(src), DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	var body string
	var comments int
	for _, p := range doc.Parts {
		switch p.Kind {
		case KindBody:
			body += p.Text
		case KindHTMLComment:
			comments++
			if strings.Contains(p.Text, "执法检查") {
				t.Errorf("CDATA content read as a comment: %q", p.Text)
			}
		}
	}
	if !strings.Contains(body, "区生态环境局开展执法检查") || comments != 1 {
		t.Errorf("body %q, %d comments; want the CDATA text in the body and the one real comment", body, comments)
	}
}
