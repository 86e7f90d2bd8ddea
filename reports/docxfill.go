package reports

// This file is where the project meets github.com/nguyenthenguyen/docx (the
// design card's DOCX filler). Two measured defects of that library shape it:
//
//   - Replace only sees a placeholder whose text stands in one <w:t> run.
//     Word and LibreOffice split text into runs freely (spell-check marks,
//     rsids, a font switch for a symbol like ☐), so before replacing we join,
//     within each paragraph, the runs a {{…}} spans (mergeSplitPlaceholders).
//   - Documents opened from one ReplaceDocx share state, and using them from
//     several goroutines crashed the process: every fill opens a fresh copy
//     from the template's bytes.
//
// Its WriteToFile creates the file 0644 in place; we only use Write, into a
// buffer that the caller writes atomically with the permissions it chooses.

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"

	"github.com/nguyenthenguyen/docx"
)

// placeholderRE matches one placeholder. Names hold no braces.
var placeholderRE = regexp.MustCompile(`\{\{([^{}<>]*)\}\}`)

// fillDocx fills the placeholders of a DOCX template with values and returns
// the filled document. Every placeholder in the template must have a value
// and none may be left over: an unfilled field is an error, never a blank.
// values are plain text; they are XML-escaped here (newlines become line
// breaks).
func fillDocx(template []byte, values map[string]string) ([]byte, error) {
	if err := checkHeadersFooters(template); err != nil {
		return nil, err
	}
	r, err := docx.ReadDocxFromMemory(bytes.NewReader(template), int64(len(template)))
	if err != nil {
		return nil, fmt.Errorf("模板不是可读的DOCX文件: %w", err)
	}
	defer r.Close()
	d := r.Editable()
	content := mergeSplitPlaceholders(d.GetContent())
	d.SetContent(content)

	var unknown []string
	for _, m := range placeholderRE.FindAllStringSubmatch(content, -1) {
		v, ok := values[m[1]]
		if !ok {
			if !contains(unknown, m[0]) {
				unknown = append(unknown, m[0])
			}
			continue
		}
		d.ReplaceRaw(m[0], wordText(v), -1)
	}
	if len(unknown) > 0 {
		return nil, fmt.Errorf("模板中有无法识别的占位符 %s", strings.Join(unknown, "、"))
	}
	if left := leftover(d.GetContent()); left != "" {
		return nil, fmt.Errorf("模板中有未能填写的占位符（可能被拆分到不同段落）: %s", left)
	}
	var buf bytes.Buffer
	if err := d.Write(&buf); err != nil {
		return nil, fmt.Errorf("写出DOCX失败: %w", err)
	}
	return buf.Bytes(), nil
}

// leftover returns a short excerpt of the text of the first "{{" still in
// document.xml after filling, or "" when there is none.
func leftover(content string) string {
	i := strings.Index(content, "{{")
	if i < 0 {
		return ""
	}
	return clip(xmlTextOnly(content[i:]), 40)
}

// xmlTextOnly drops the tags of an XML fragment, keeping its character data:
// enough to show a person which placeholder was left.
func xmlTextOnly(s string) string {
	return tagRE.ReplaceAllString(s, "")
}

var tagRE = regexp.MustCompile(`<[^>]*>`)

// checkHeadersFooters refuses a template with placeholders in its headers or
// footers: the library fills those with its own escaping, which breaks lines
// inside <w:t>, so the form keeps its fields in the body.
func checkHeadersFooters(template []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(template), int64(len(template)))
	if err != nil {
		return fmt.Errorf("模板不是可读的DOCX文件: %w", err)
	}
	for _, f := range zr.File {
		if !strings.HasPrefix(f.Name, "word/header") && !strings.HasPrefix(f.Name, "word/footer") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return fmt.Errorf("模板 %s 无法读取: %w", f.Name, err)
		}
		b, err := io.ReadAll(io.LimitReader(rc, 16<<20))
		rc.Close()
		if err != nil {
			return fmt.Errorf("模板 %s 无法读取: %w", f.Name, err)
		}
		if strings.Contains(xmlTextOnly(string(b)), "{{") {
			return fmt.Errorf("模板的页眉或页脚（%s）中有占位符：占位符只能放在正文中", f.Name)
		}
	}
	return nil
}

// templatePlaceholders lists the placeholder names of a template, after
// joining split runs, sorted.
func templatePlaceholders(template []byte) ([]string, error) {
	r, err := docx.ReadDocxFromMemory(bytes.NewReader(template), int64(len(template)))
	if err != nil {
		return nil, fmt.Errorf("模板不是可读的DOCX文件: %w", err)
	}
	defer r.Close()
	content := mergeSplitPlaceholders(r.Editable().GetContent())
	seen := map[string]bool{}
	var out []string
	for _, m := range placeholderRE.FindAllStringSubmatch(content, -1) {
		if !seen[m[1]] {
			seen[m[1]] = true
			out = append(out, m[1])
		}
	}
	sort.Strings(out)
	return out, nil
}

// wordText turns plain text into the inside of a <w:t> element: XML-escaped,
// characters XML 1.0 forbids dropped, newlines as line breaks and tabs as
// tabs (each closes and reopens the text element, which stays within the
// run, as the schema allows).
func wordText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		case '\'':
			b.WriteString("&apos;")
		case '\n':
			b.WriteString(`</w:t><w:br/><w:t xml:space="preserve">`)
		case '\r':
			// \r\n and lone \r: the \n (if any) makes the break.
		case '\t':
			b.WriteString(`</w:t><w:tab/><w:t xml:space="preserve">`)
		default:
			if xmlChar(r) {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// xmlChar reports whether r may appear in an XML 1.0 document.
func xmlChar(r rune) bool {
	return r == 0x9 || r == 0xA || r == 0xD ||
		(r >= 0x20 && r <= 0xD7FF) ||
		(r >= 0xE000 && r <= 0xFFFD && r != 0xFFFE) ||
		(r >= 0x10000 && r <= 0x10FFFF)
}

// Tokens of document.xml the merge pass cares about: paragraph starts and
// ends, and text elements with their content.
var tokenRE = regexp.MustCompile(`<w:p(?:\s[^>]*)?/>|<w:p(?:\s[^>]*)?>|</w:p>|<w:t(?:\s[^>]*)?>([^<]*)</w:t>`)

type textNode struct {
	start, end int // of the whole <w:t …>…</w:t> element in the document
	textStart  int // of its content
	text       string
	para       int // innermost enclosing paragraph, -1 outside any
	changed    bool
}

// mergeSplitPlaceholders joins placeholders that Word or LibreOffice split
// across runs. Within each paragraph it concatenates the text of the <w:t>
// elements; where a "{{…}}" spans several, the whole placeholder moves into
// the first of them and is cut from the others, so the run formatting of its
// first character wins. Text outside placeholders is untouched. A placeholder
// spanning paragraphs (or a nested text box) is left alone, and reported
// unfilled later.
// Every <w:t> that ends up holding a placeholder gets xml:space="preserve",
// so a filled value keeps its leading and trailing spaces.
func mergeSplitPlaceholders(xml string) string {
	// A segment is a stretch of text nodes with no paragraph boundary
	// between them: a paragraph's text, cut where a nested paragraph (a text
	// box inside a run) begins or ends. Placeholders join only within one.
	var nodes []*textNode
	segment := 0
	for _, m := range tokenRE.FindAllStringSubmatchIndex(xml, -1) {
		if strings.HasPrefix(xml[m[0]:m[1]], "<w:t") {
			nodes = append(nodes, &textNode{start: m[0], end: m[1], textStart: m[2], text: xml[m[2]:m[3]], para: segment})
			continue
		}
		segment++
	}

	// Group the nodes by paragraph, in document order.
	byPara := map[int][]*textNode{}
	var order []int
	for _, n := range nodes {
		if _, ok := byPara[n.para]; !ok {
			order = append(order, n.para)
		}
		byPara[n.para] = append(byPara[n.para], n)
	}
	for _, p := range order {
		mergeParagraph(byPara[p])
	}

	// Rebuild the document with the changed nodes.
	var b strings.Builder
	last := 0
	for _, n := range nodes {
		if !n.changed && !strings.Contains(n.text, "{{") {
			continue
		}
		b.WriteString(xml[last:n.start])
		b.WriteString(`<w:t xml:space="preserve">`)
		b.WriteString(n.text)
		b.WriteString(`</w:t>`)
		last = n.end
	}
	b.WriteString(xml[last:])
	return b.String()
}

// mergeParagraph moves each placeholder spanning several of a paragraph's
// text nodes into the first node it touches.
func mergeParagraph(nodes []*textNode) {
	var joined strings.Builder
	starts := make([]int, len(nodes)) // offset of each node's text in joined
	for i, n := range nodes {
		starts[i] = joined.Len()
		joined.WriteString(n.text)
	}
	full := joined.String()
	// owner[off] is the node holding byte off of the joined text.
	owner := make([]int, len(full))
	for i := range nodes {
		for off := starts[i]; off < starts[i]+len(nodes[i].text); off++ {
			owner[off] = i
		}
	}
	moved := false
	for _, m := range placeholderRE.FindAllStringIndex(full, -1) {
		first := owner[m[0]]
		if first == owner[m[1]-1] {
			continue
		}
		// The placeholder goes wholly to the node of its first byte.
		for off := m[0]; off < m[1]; off++ {
			owner[off] = first
		}
		moved = true
	}
	if !moved {
		return
	}
	texts := make([]strings.Builder, len(nodes))
	for off := 0; off < len(full); off++ {
		texts[owner[off]].WriteByte(full[off])
	}
	for i, n := range nodes {
		if t := texts[i].String(); t != n.text {
			n.text = t
			n.changed = true
		}
	}
}
