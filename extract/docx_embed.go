package extract

import (
	"fmt"
	"io"
	"path"
	"sort"
	"strings"
)

// docxImageExt are embedded files that are pictures: they carry no text a
// reader could extract and are not listed (a photo is in every other 公文).
var docxImageExt = map[string]bool{
	".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".bmp": true, ".tif": true,
	".tiff": true, ".emf": true, ".wmf": true, ".svg": true, ".wdp": true, ".jfif": true,
}

// docxReadable are the formats of embedded files whose text is extracted.
var docxReadable = map[string]bool{FormatDOCX: true, FormatPDF: true, FormatTXT: true, FormatHTML: true}

// readEmbedded lists the objects embedded in the document (word/embeddings/*
// and alternative-format chunks) and reads the text of those in a format
// the tool reads, one level deeper each time, as KindEmbedded parts named
// by the entry. Every object is listed in Document.Embedded whether or not
// its text was read: the reviewer must open it.
func (p *docxPackage) readEmbedded(main string, rels []docxRel) error {
	dir := strings.ToLower(path.Dir(main)) + "/embeddings/"
	seen := map[string]bool{}
	var names []string
	add := func(name string) {
		f := p.file(name)
		if f == nil || seen[strings.ToLower(f.Name)] {
			return
		}
		if docxImageExt[strings.ToLower(path.Ext(f.Name))] {
			return
		}
		seen[strings.ToLower(f.Name)] = true
		names = append(names, f.Name)
	}
	for _, name := range p.names {
		if strings.HasPrefix(strings.ToLower(name), dir) {
			add(name)
		}
	}
	for _, r := range rels {
		if strings.HasSuffix(r.typ, relAltChunk) || strings.HasSuffix(r.typ, "/oleObject") || strings.HasSuffix(r.typ, "/package") {
			add(r.target)
		}
	}
	sort.Strings(names)
	for _, name := range names {
		p.doc.Embedded = append(p.doc.Embedded, name)
		if p.lim.MaxDepth <= 0 || p.textFull {
			continue
		}
		if err := p.readOneEmbedded(name); err != nil {
			return err
		}
	}
	return nil
}

func (p *docxPackage) readOneEmbedded(name string) error {
	f := p.file(name)
	rc, err := p.open(f)
	if err != nil {
		p.unreadEntry(name, "嵌入对象", err)
		return nil
	}
	data, err := io.ReadAll(rc)
	rc.Close()
	if err != nil {
		p.unreadEntry(name, "嵌入对象", err)
		return nil
	}
	if !docxReadable[Sniff(data)] {
		return nil // listed for the reviewer; not a format the tool reads
	}
	sub := p.lim
	sub.MaxDepth--
	sub.MaxTextBytes = p.lim.MaxTextBytes - p.textBytes
	sub.MaxTotalSize = p.lim.MaxTotalSize - p.totalRead
	if sub.MaxTextBytes <= 0 || sub.MaxTotalSize <= 0 {
		p.unread("嵌入对象 %s 未读：已达文字或解压总量上限", name)
		return nil
	}
	nested, err := Extract(p.ctx, name, data, sub)
	if err != nil {
		if p.ctx.Err() != nil {
			return fmt.Errorf("读取嵌入对象 %s 时被取消（%w）", name, p.ctx.Err())
		}
		p.unread("嵌入对象 %s 无法读取：%v", name, err)
		return nil
	}
	for _, u := range nested.Unread {
		p.unread("嵌入对象 %s：%s", name, u)
	}
	for _, e := range nested.Embedded {
		p.doc.Embedded = append(p.doc.Embedded, name+"/"+e)
	}
	for _, part := range nested.Parts {
		if !p.addText(len(part.Text)) {
			break
		}
		p.out.add(Part{Kind: KindEmbedded, Name: name, Page: part.Page, Line: part.Line, Text: part.Text})
	}
	return nil
}
