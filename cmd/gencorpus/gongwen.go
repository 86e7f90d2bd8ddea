package main

import (
	"strings"

	. "github.com/bureau/mishen/docgen"
)

// gw is a 公文 laid out in the GB/T 9704-2012 order: 份号, 密级和保密期限,
// 紧急程度, 发文机关标志, 发文字号 (and 签发人), 标题, 主送, 正文, 附件说明,
// 署名, 成文日期, 附注, 抄送, 印发机关和日期.
type gw struct {
	fenhao, mark, urgency string
	org, number, signer   string
	title, to             string
	body                  []Block
	attach                string
	sign, date, note      string
	cc                    string
	printOrg, printDate   string
	oldStyleMark          bool // GB/T 9704-1999: mark top-right on line 1
}

func (g gw) doc() Doc {
	var b []Block
	if g.oldStyleMark && g.mark != "" {
		b = append(b, R(g.mark))
	}
	if g.fenhao != "" {
		b = append(b, L(g.fenhao))
	}
	if g.mark != "" && !g.oldStyleMark {
		b = append(b, L(g.mark))
	}
	if g.urgency != "" {
		b = append(b, L(g.urgency))
	}
	if g.org != "" {
		om := C(g.org)
		om.Style = OrgMark
		b = append(b, om)
	}
	if g.number != "" {
		if g.signer != "" {
			b = append(b, L(g.number+"　　　　　　　　签发人："+g.signer))
		} else {
			b = append(b, C(g.number))
		}
		b = append(b, C("━━━━━━━━━━━━━━━━━━━━━━━━"))
	}
	if g.title != "" {
		t := C(g.title)
		t.Style = DocTitle
		b = append(b, t)
	}
	if g.to != "" {
		b = append(b, L(g.to+"："))
	}
	b = append(b, g.body...)
	if g.attach != "" {
		b = append(b, P("附件："+g.attach))
	}
	if g.sign != "" {
		b = append(b, R(g.sign))
	}
	if g.date != "" {
		b = append(b, R(g.date))
	}
	if g.note != "" {
		b = append(b, P(g.note))
	}
	if g.cc != "" {
		b = append(b, L("抄送："+g.cc+"。"))
	}
	if g.printOrg != "" {
		b = append(b, L(g.printOrg+"　　　　　　　　"+g.printDate+"印发"))
	}
	d := Doc{Body: b}
	d.Props.Title = strings.TrimSpace(g.title)
	d.Props.Company = "浦东新区生态环境局"
	return d
}

// body builds paragraphs from lines; a line starting with "一、" etc. is a heading.
func body(text string) []Block {
	var out []Block
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if isHeading(line) {
			out = append(out, H(line))
		} else {
			out = append(out, P(line))
		}
	}
	return out
}

func isHeading(line string) bool {
	for _, n := range []string{"一、", "二、", "三、", "四、", "五、", "六、"} {
		if strings.HasPrefix(line, n) && len([]rune(line)) < 30 {
			return true
		}
	}
	return false
}

// page wraps paragraphs into a non-公文 Doc (news, posts, reports).
func page(title string, blocks ...Block) Doc {
	t := C(title)
	t.Style = DocTitle
	d := Doc{Body: append([]Block{t}, blocks...)}
	d.Props.Title = title
	return d
}
