// Package extract turns a document's bytes into parts of text, each with
// where it came from (body, header, comment, deleted revision, PDF page…).
// It knows nothing of lexicons or verdicts: its one promise is to say what
// it read and, as loudly, what it could not read.
package extract

// Part kinds. The reviewer sees these words in reports, so they name the
// place in the document a person would look for, not the file format's term.
const (
	KindBody        = "body"
	KindTitle       = "title"  // HTML <title>
	KindHeader      = "header" // page header (DOCX header part, PDF running head)
	KindFooter      = "footer"
	KindFootnote    = "footnote"
	KindEndnote     = "endnote"
	KindComment     = "comment" // DOCX comments, PDF annotations
	KindDeleted     = "deleted" // tracked deletions still stored in the file
	KindMoved       = "moved"   // tracked move-from text
	KindHidden      = "hidden"  // hidden runs (w:vanish), hidden HTML elements
	KindTextBox     = "textbox"
	KindField       = "field" // field results (form fields, instruction results)
	KindMetadata    = "metadata"
	KindHTMLComment = "html_comment"
	KindEmbedded    = "embedded" // text read from an object embedded in the document
)

// Part is one piece of a document's text with its location.
type Part struct {
	// Kind is one of the Kind* constants.
	Kind string `json:"part"`
	// Name refines the location: the metadata field ("subject", "custom:项目"),
	// the package entry ("word/header2.xml"), the comment author, or the
	// embedded object's name. Empty when the kind says it all.
	Name string `json:"name,omitempty"`
	// Page is the 1-based page number where known (PDF), else 0.
	Page int `json:"page,omitempty"`
	// Line is the 1-based line (for DOCX: a paragraph, a whole table row, or
	// a new line after a soft break) of the first line of
	// Text, counted within the document's stream of that Kind, so that a
	// finding's line is Line plus the newlines before it in Text.
	Line int `json:"line,omitempty"`
	// Text is the part's text, lines separated by "\n". Runs of one
	// paragraph are joined so that a mark split into runs reads whole.
	Text string `json:"text"`
}

// Document is everything read from one file.
type Document struct {
	// Format is detected from the content: txt, html, docx, pdf, …
	Format string `json:"format"`
	// Parts in reading order: for DOCX body first then headers, footers,
	// notes, comments, revisions, metadata; for PDF page by page.
	Parts []Part `json:"parts"`
	// Unread lists, in plain words, what could not be read ("第3页为扫描图像，
	// 无文字层", "文档已加密"). A document with any entry here was not read
	// completely and must never be reported clean.
	Unread []string `json:"unread,omitempty"`
	// Embedded names objects embedded in the document (OLE objects, other
	// files) that a reviewer must open by hand, whether or not their text was
	// also extracted as KindEmbedded parts.
	Embedded []string `json:"embedded,omitempty"`
	// Engines says which engine read what, e.g. "pdf:ledongthuc pages 1-4;
	// pdftotext page 5". Informational.
	Engines []string `json:"engines,omitempty"`
}

// Complete reports whether every part of the file was read.
func (d *Document) Complete() bool { return len(d.Unread) == 0 }
