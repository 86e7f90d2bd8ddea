package extract

// Limits bounds what one document may cost to read. A file that goes past a
// limit is never silently truncated: the extractor stops reading that part and
// records the limit it hit in Document.Unread, so the document is reported as
// not fully read instead of clean.
type Limits struct {
	MaxFileSize  int64 // bytes of the input file
	MaxEntries   int   // zip entries in an OOXML package
	MaxEntrySize int64 // uncompressed bytes of one zip entry
	MaxTotalSize int64 // uncompressed bytes of all entries read
	MaxRatio     int64 // uncompressed/compressed ratio of an entry (zip bomb)
	MaxPages     int   // PDF pages
	MaxTextBytes int64 // extracted text in all parts
	MaxDepth     int   // nesting of embedded documents (0 = do not open embedded files)
}

// DefaultLimits returns the limits used when none are given. They are sized
// so that any real 公文 fits comfortably (the largest corpus DOCX is 1 MB with
// a 4 MB document.xml) while a zip bomb or a runaway PDF is stopped long
// before it can exhaust the memory of the machine.
func DefaultLimits() Limits {
	return Limits{
		MaxFileSize:  200 << 20,
		MaxEntries:   5000,
		MaxEntrySize: 256 << 20,
		MaxTotalSize: 1 << 30,
		MaxRatio:     200,
		MaxPages:     5000,
		MaxTextBytes: 256 << 20,
		MaxDepth:     2,
	}
}

// orDefault fills the zero fields of l from DefaultLimits, so that a caller
// who builds Limits{} by hand (a test, a fuzz target, a new driver) gets the
// safe bounds rather than none. MaxDepth is left alone: 0 is a real setting
// ("do not open embedded documents") and is what a nested read counts down to.
func (l Limits) orDefault() Limits {
	d := DefaultLimits()
	if l.MaxFileSize <= 0 {
		l.MaxFileSize = d.MaxFileSize
	}
	if l.MaxEntries <= 0 {
		l.MaxEntries = d.MaxEntries
	}
	if l.MaxEntrySize <= 0 {
		l.MaxEntrySize = d.MaxEntrySize
	}
	if l.MaxTotalSize <= 0 {
		l.MaxTotalSize = d.MaxTotalSize
	}
	if l.MaxRatio <= 0 {
		l.MaxRatio = d.MaxRatio
	}
	if l.MaxPages <= 0 {
		l.MaxPages = d.MaxPages
	}
	if l.MaxTextBytes <= 0 {
		l.MaxTextBytes = d.MaxTextBytes
	}
	if l.MaxDepth < 0 {
		l.MaxDepth = 0
	}
	return l
}
