// Package docgen writes fixture documents for mishen's tests: the sample
// inbox and the labelled corpus. A fixture is described once as a Doc, a
// format-neutral list of blocks, and rendered to plain text (in any of the
// encodings government machines produce), HTML or DOCX; PDFs are made by
// converting the DOCX with LibreOffice, as a drafter's "另存为 PDF" would.
//
// Every renderer is deterministic: the same Doc gives the same bytes, so the
// committed fixtures can be regenerated and diffed.
package docgen

import "strings"

// Align is a paragraph's horizontal alignment.
type Align int

const (
	Left Align = iota
	Center
	Right
	Justify
)

// Style is the typographic role of a paragraph, used by the DOCX renderer
// to pick the GB/T 9704 font and size; plain text and HTML mostly ignore it.
type Style int

const (
	Normal   Style = iota
	OrgMark        // 发文机关标志: large, red, centred
	DocTitle       // 标题: 小标宋 二号
	Heading        // 一级标题: 黑体
	Small          // 附注, 印发机关: smaller
)

// Run is a stretch of text with one set of properties. Marks are often split
// over several runs by word processors, so fixtures build them that way too.
type Run struct {
	Text   string
	Hidden bool // w:vanish, display:none
	Ins    bool // tracked insertion (w:ins)
	Del    bool // tracked deletion (w:del/w:delText): not in the visible text
	Break  bool // a line break (w:br) before Text
	Bold   bool
	// SymFont and SymChar write the run as Word's Insert Symbol does
	// (<w:sym w:font="Wingdings" w:char="F0AB"/> for ★) instead of as
	// text; Text is what the symbol shows, used by the text and HTML
	// renderers.
	SymFont, SymChar string
}

// Comment is a reviewer's comment anchored on a whole paragraph.
type Comment struct {
	Author string
	Text   string
}

// Block is one paragraph, or a table when Rows is set.
type Block struct {
	Runs     []Run
	Align    Align
	Style    Style
	Indent   bool     // first-line indent of two characters (正文)
	Comment  *Comment // DOCX comment / HTML comment after the paragraph
	Footnote string   // footnote text referenced at the paragraph's end
	TextBox  string   // text in a floating text box anchored here (DOCX)
	// Control wraps the runs in a content control (w:sdt) with this
	// alias, as 公文 templates do for fields like 密级.
	Control string
	// Field wraps the runs in a simple field with this instruction (e.g.
	// "DOCPROPERTY 密级"); the runs are the field's displayed result.
	Field string
	Rows  [][]string
}

// Props are the package properties (docProps core/app/custom in DOCX,
// <meta> in HTML).
type Props struct {
	Title, Subject, Creator, Keywords, Description, LastModifiedBy string
	Company                                                        string
	Custom                                                         [][2]string // name, value in order
}

// Producer is the word processor a DOCX imitates.
type Producer int

const (
	Word Producer = iota
	// WPS Office, common on government machines: it marks East Asian runs
	// with w:hint and adds its own custom properties (KSOProductBuildVer,
	// ICV) to every file it saves.
	WPS
)

// Doc is a format-neutral fixture document.
type Doc struct {
	Body     []Block
	Header   []Block // page header (DOCX/PDF only)
	Footer   []Block // page footer (DOCX/PDF only)
	Props    Props
	Producer Producer
}

// P is a body paragraph with a first-line indent, made of one run per
// argument: P("机密", "★", "5年") splits a mark over three runs.
func P(texts ...string) Block {
	b := Block{Indent: true}
	for _, t := range texts {
		b.Runs = append(b.Runs, Run{Text: t})
	}
	return b
}

// L is a plain left-aligned line without indent (版头 lines, 主送, 附件).
func L(texts ...string) Block {
	b := P(texts...)
	b.Indent = false
	return b
}

// C is a centred line.
func C(texts ...string) Block {
	b := L(texts...)
	b.Align = Center
	return b
}

// R is a right-aligned line (署名, 成文日期, old-style marks).
func R(texts ...string) Block {
	b := L(texts...)
	b.Align = Right
	return b
}

// H is a first-level heading inside the body (一、…).
func H(text string) Block {
	b := P(text)
	b.Style = Heading
	return b
}

// T is a table; the first row is the header.
func T(rows ...[]string) Block { return Block{Rows: rows} }

// Runs builds a paragraph from explicit runs.
func Runs(rs ...Run) Block { return Block{Runs: rs, Indent: true} }

// Paras splits text on blank-free lines into indented paragraphs.
func Paras(text string) []Block {
	var out []Block
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		line = strings.TrimSpace(line)
		if line != "" {
			out = append(out, P(line))
		}
	}
	return out
}

// visible is the text a reader of the printed page sees in a block.
func (b Block) visible() string {
	var sb strings.Builder
	for _, r := range b.Runs {
		if r.Del || r.Hidden {
			continue
		}
		if r.Break {
			sb.WriteString("\n")
		}
		sb.WriteString(r.Text)
	}
	return sb.String()
}
