package extract

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockTags end a line of visible text.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Table: true, atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true,
	atom.Blockquote: true, atom.Pre: true, atom.Hr: true, atom.Ul: true, atom.Ol: true, atom.Dd: true,
	atom.Dt: true, atom.Caption: true, atom.Center: true, atom.Address: true, atom.Figcaption: true,
}

// skipTags hold no reader-visible text and no text of interest.
var skipTags = map[atom.Atom]bool{atom.Script: true, atom.Style: true, atom.Noscript: false, atom.Template: true}

// htmlState tracks one open element while tokenizing.
type htmlElem struct {
	tag    atom.Atom
	name   string
	hidden bool // this element or an ancestor is hidden
	skip   bool // script/style: no text at all
}

// extractHTML reads visible text into the body, <title> into a title part,
// comments into html_comment parts and the text of elements hidden with the
// hidden attribute, display:none or visibility:hidden into hidden parts —
// the last two are exactly where a leak hides from a person reading the page.
// It tokenizes rather than parses so that each comment and hidden element
// keeps its source line.
func extractHTML(data []byte) (*Document, error) {
	text, ok := decodeText(data)
	if !ok {
		return nil, errNotText
	}
	doc := &Document{Format: FormatHTML}
	z := html.NewTokenizer(strings.NewReader(text))
	line := 1
	var stack []htmlElem
	var body, title, hidden strings.Builder
	hiddenLine := 0
	inTitle := false

	top := func() htmlElem {
		if len(stack) == 0 {
			return htmlElem{}
		}
		return stack[len(stack)-1]
	}
	flushHidden := func() {
		if t := collapseSpace(hidden.String()); t != "" {
			doc.Parts = append(doc.Parts, Part{Kind: KindHidden, Line: hiddenLine, Text: t})
		}
		hidden.Reset()
		hiddenLine = 0
	}
	newline := func(b *strings.Builder) {
		s := b.String()
		if s != "" && !strings.HasSuffix(s, "\n") {
			b.WriteByte('\n')
		}
	}

	for {
		tt := z.Next()
		raw := z.Raw()
		startLine := line
		line += bytes.Count(raw, []byte{'\n'})
		switch tt {
		case html.ErrorToken:
			flushHidden()
			finishHTML(doc, body.String(), title.String())
			return doc, nil
		case html.CommentToken:
			if c := string(z.Text()); strings.HasPrefix(c, "[CDATA[") {
				// The tokenizer reads XML's <![CDATA[…]]> (RSS, XHTML) as
				// a bogus comment, but its text is content readers see.
				if e := top(); !e.skip {
					t := strings.TrimSuffix(strings.TrimPrefix(c, "[CDATA["), "]]")
					if e.hidden {
						hidden.WriteString(t)
					} else {
						body.WriteString(t)
					}
				}
				continue
			} else if strings.HasPrefix(c, "?") {
				// <?xml …?> and other processing instructions: markup, not text.
				continue
			} else if t := collapseSpace(c); t != "" {
				doc.Parts = append(doc.Parts, Part{Kind: KindHTMLComment, Line: startLine, Text: t})
			}
		case html.TextToken:
			e := top()
			if e.skip {
				continue
			}
			t := html.UnescapeString(string(z.Text()))
			switch {
			case inTitle:
				title.WriteString(t)
			case e.hidden:
				if hiddenLine == 0 {
					hiddenLine = startLine
				}
				hidden.WriteString(t)
			default:
				body.WriteString(t)
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			parent := top()
			el := htmlElem{tag: a, name: string(name), hidden: parent.hidden, skip: parent.skip || skipTags[a]}
			var attrs map[string]string
			if hasAttr {
				attrs = map[string]string{}
				for {
					k, v, more := z.TagAttr()
					attrs[string(k)] = string(v)
					if !more {
						break
					}
				}
			}
			if isHiddenElement(a, attrs) {
				if !parent.hidden {
					flushHidden()
				}
				el.hidden = true
				if a == atom.Input && attrs["value"] != "" {
					if hiddenLine == 0 {
						hiddenLine = startLine
					}
					hidden.WriteString(" " + attrs["value"] + " ")
				}
			}
			if a == atom.Meta {
				if n := strings.ToLower(attrs["name"]); n != "" && attrs["content"] != "" {
					doc.Parts = append(doc.Parts, Part{Kind: KindMetadata, Name: n, Line: startLine, Text: attrs["content"]})
				}
			}
			if a == atom.Title {
				inTitle = tt == html.StartTagToken
			}
			if blockTags[a] {
				if el.hidden {
					hidden.WriteByte(' ')
				} else {
					newline(&body)
				}
			}
			if tt == html.StartTagToken && !isVoid(a) {
				stack = append(stack, el)
			} else if el.hidden && !parent.hidden {
				flushHidden()
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Title {
				inTitle = false
			}
			// Pop to the matching element; tolerate unclosed children.
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i].name == string(name) {
					wasHidden := stack[i].hidden
					stack = stack[:i]
					if wasHidden && !top().hidden {
						flushHidden()
					}
					break
				}
			}
			if blockTags[a] && !top().hidden {
				newline(&body)
			}
		}
	}
}

func finishHTML(doc *Document, body, title string) {
	var parts []Part
	if t := collapseSpace(title); t != "" {
		parts = append(parts, Part{Kind: KindTitle, Line: 1, Text: t})
	}
	var lines []string
	for _, l := range strings.Split(body, "\n") {
		if l = collapseSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) > 0 {
		parts = append(parts, Part{Kind: KindBody, Line: 1, Text: strings.Join(lines, "\n")})
	}
	doc.Parts = append(parts, doc.Parts...)
}

// collapseSpace folds runs of ASCII white space (HTML source formatting) to
// one space. U+3000 is kept: in Chinese text it is meaningful (秘　密★).
func collapseSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == 0xA0 {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

func isVoid(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input, atom.Link,
		atom.Meta, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}

func isHiddenElement(a atom.Atom, attrs map[string]string) bool {
	if attrs == nil {
		return false
	}
	if _, ok := attrs["hidden"]; ok {
		return true
	}
	if a == atom.Input && strings.EqualFold(attrs["type"], "hidden") {
		return true
	}
	style := strings.ToLower(strings.ReplaceAll(attrs["style"], " ", ""))
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden") ||
		strings.Contains(style, "font-size:0") || strings.Contains(style, "opacity:0;") || strings.HasSuffix(style, "opacity:0")
}
