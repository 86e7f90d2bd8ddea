package docgen

import (
	"html"
	"strings"
)

// HTMLOptions shape a web page the way a CMS or a WeChat editor would.
type HTMLOptions struct {
	// Comments are HTML comments written before the body content (a CMS
	// template's notes, or an editor's left-over remarks).
	Comments []string
	// HiddenDivs are whole elements hidden with display:none.
	HiddenDivs []string
	// Extra is raw HTML appended inside <body> (scripts, styled blocks).
	Extra string
}

// HTML renders d as a complete UTF-8 web page. Hidden runs become spans with
// display:none; a block's Comment becomes an HTML comment after it.
func (d Doc) HTML(o HTMLOptions) []byte {
	esc := html.EscapeString
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
	b.WriteString("<title>" + esc(d.Props.Title) + "</title>\n")
	if d.Props.Keywords != "" {
		b.WriteString("<meta name=\"keywords\" content=\"" + esc(d.Props.Keywords) + "\">\n")
	}
	if d.Props.Description != "" {
		b.WriteString("<meta name=\"description\" content=\"" + esc(d.Props.Description) + "\">\n")
	}
	b.WriteString("<style>body{font-family:\"FangSong\",serif;max-width:48em;margin:auto}p{line-height:1.8}.ind{text-indent:2em}</style>\n")
	b.WriteString("</head>\n<body>\n")
	for _, c := range o.Comments {
		b.WriteString("<!-- " + c + " -->\n")
	}
	b.WriteString("<div class=\"article\">\n")
	for _, blk := range d.Body {
		if blk.Rows != nil {
			b.WriteString("<table border=\"1\" cellspacing=\"0\">\n")
			for i, row := range blk.Rows {
				tag := "td"
				if i == 0 {
					tag = "th"
				}
				b.WriteString("<tr>")
				for _, cell := range row {
					b.WriteString("<" + tag + ">" + esc(cell) + "</" + tag + ">")
				}
				b.WriteString("</tr>\n")
			}
			b.WriteString("</table>\n")
			continue
		}
		var attrs string
		switch {
		case blk.Style == DocTitle || blk.Style == OrgMark:
			attrs = " style=\"text-align:center;font-weight:bold\""
		case blk.Align == Center:
			attrs = " style=\"text-align:center\""
		case blk.Align == Right:
			attrs = " style=\"text-align:right\""
		case blk.Indent:
			attrs = " class=\"ind\""
		}
		b.WriteString("<p" + attrs + ">")
		for _, r := range blk.Runs {
			if r.Del {
				continue
			}
			if r.Break {
				b.WriteString("<br>")
			}
			if r.Hidden {
				b.WriteString("<span style=\"display:none\">" + esc(r.Text) + "</span>")
				continue
			}
			b.WriteString(esc(r.Text))
		}
		b.WriteString("</p>\n")
		if blk.Comment != nil {
			b.WriteString("<!-- " + blk.Comment.Author + "：" + blk.Comment.Text + " -->\n")
		}
	}
	for _, h := range o.HiddenDivs {
		b.WriteString("<div style=\"display: none;\">" + esc(h) + "</div>\n")
	}
	b.WriteString("</div>\n")
	b.WriteString(o.Extra)
	b.WriteString("</body>\n</html>\n")
	return []byte(b.String())
}
