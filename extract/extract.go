package extract

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
)

// Formats Sniff can name. Only txt, html, docx and pdf are read; the others
// are named so the error tells the reviewer what the file is.
const (
	FormatTXT     = "txt"
	FormatHTML    = "html"
	FormatDOCX    = "docx"
	FormatPDF     = "pdf"
	FormatOLE     = "ole"   // legacy .doc/.xls or a password-protected Office file
	FormatZIP     = "zip"   // a zip that is not a Word document (xlsx, pptx, odt, plain archive)
	FormatImage   = "image" // PNG, JPEG, GIF, TIFF, BMP: no text layer
	FormatRTF     = "rtf"
	FormatEmpty   = "empty"
	FormatUnknown = "binary"
)

// ErrUnsupported matches (errors.Is) the errors for files that are not a
// readable document, whose own text says in words what the file is.
var ErrUnsupported = errors.New("unsupported format")

// unsupportedError carries a reviewer's sentence and matches ErrUnsupported
// without appending the sentinel's English words to it.
type unsupportedError string

func (e unsupportedError) Error() string        { return string(e) }
func (e unsupportedError) Is(target error) bool { return target == ErrUnsupported }

// Extract reads one document. name is used only in messages. An error means
// nothing usable was read; a Document whose Unread is not empty was read
// only in part. Extract never panics on bad input: a panic inside a format
// reader becomes an error.
func Extract(ctx context.Context, name string, data []byte, lim Limits) (doc *Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("读取时解析器出错（%v）", r)
		}
	}()
	lim = lim.orDefault()
	if int64(len(data)) > lim.MaxFileSize {
		return nil, fmt.Errorf("文件过大（%.1f MB，上限 %.0f MB），未读取", float64(len(data))/(1<<20), float64(lim.MaxFileSize)/(1<<20))
	}
	format := Sniff(data)
	switch format {
	case FormatTXT:
		doc, err = extractText(data)
	case FormatHTML:
		doc, err = extractHTML(data)
	case FormatDOCX:
		doc, err = extractDOCX(ctx, data, lim)
	case FormatPDF:
		doc, err = extractPDF(ctx, data, lim)
	case FormatEmpty:
		return nil, errors.New("文件为空（0 字节）")
	case FormatOLE:
		if isEncryptedOOXML(data) {
			return &Document{Format: FormatDOCX, Unread: []string{"文档已加密（需要密码），无法读取内容"}}, nil
		}
		return nil, unsupportedError("旧版 Office 格式（.doc/.xls/.ppt），本工具不能读取，请另存为 DOCX 或 PDF 后再审查")
	case FormatZIP:
		if _, zerr := zip.NewReader(bytes.NewReader(data), int64(len(data))); zerr != nil {
			return nil, fmt.Errorf("ZIP 包已损坏，无法打开（可能是损坏的 DOCX 或其他 Office 文件），须人工审查")
		}
		return nil, unsupportedError("压缩包或非 Word 的 Office 文件（如 xlsx、pptx、odt），本工具不能读取，须人工审查")
	case FormatImage:
		return &Document{Format: FormatImage, Unread: []string{"图片文件，没有文字层（需人工或OCR审查）"}}, nil
	case FormatRTF:
		return nil, unsupportedError("RTF 格式本工具不能读取，请另存为 DOCX 或 PDF 后再审查")
	default:
		return nil, unsupportedError("不是可识别的文档格式（二进制数据），未审查")
	}
	if err != nil {
		return nil, err
	}
	if doc.Format == "" {
		doc.Format = format
	}
	if claimed := claimedFormat(name); claimed != "" && claimed != doc.Format {
		// What the reviewer was given is not what will be published: a
		// ".pdf" that is really text will not open as a PDF, and a person
		// must look at what it really is.
		doc.Unread = append(doc.Unread, fmt.Sprintf("文件扩展名为 %s，但内容不是有效的 %s（已按 %s 读取），须人工核对", strings.ToLower(filepath.Ext(name)), strings.ToUpper(claimed), doc.Format))
	}
	if lim.MaxTextBytes > 0 && textBytes(doc) > lim.MaxTextBytes {
		doc.Unread = append(doc.Unread, fmt.Sprintf("提取的文字超过上限（%d MB），其余未检查", lim.MaxTextBytes>>20))
	}
	return doc, nil
}

func textBytes(doc *Document) int64 {
	var n int64
	for _, p := range doc.Parts {
		n += int64(len(p.Text))
	}
	return n
}

// claimedFormat is the format a file's extension promises, for the formats
// whose readers check a structure (a .txt may hold anything).
func claimedFormat(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".pdf":
		return FormatPDF
	case ".docx", ".docm", ".dotx":
		return FormatDOCX
	}
	return ""
}
