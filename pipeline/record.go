// Package pipeline screens files: read, extract, scan, report. The scan
// command, the inbox and the nightly queue scan are drivers around it.
package pipeline

import (
	"time"

	"github.com/bureau/mishen/scanner"
)

// Document statuses.
const (
	StatusOK         = "ok"         // every part was read
	StatusUnreadable = "unreadable" // read, but not all of it (scanned pages, encrypted, over a limit)
	StatusError      = "error"      // could not be read at all
)

// Record is the JSON record of one screened document: the tool's contract
// with the reviewers' other systems. Field order follows the contract.
type Record struct {
	Path       string            `json:"path"`
	SHA256     string            `json:"sha256"`
	Size       int64             `json:"size"`
	Format     string            `json:"format"`
	Status     string            `json:"status"`
	Error      string            `json:"error"`
	Title      string            `json:"title"`
	DocNumber  string            `json:"doc_number"`
	Verdict    scanner.Verdict   `json:"verdict"`
	Categories []string          `json:"categories"`
	Findings   []scanner.Finding `json:"findings"`
	Reports    []string          `json:"reports"`

	// Beyond the contract's minimum.
	Official       bool      `json:"official"` // 公文类 (true) or 非公文类
	Classified     bool      `json:"classified"`
	Unread         []string  `json:"unread,omitempty"`
	Embedded       []string  `json:"embedded,omitempty"`
	Engines        []string  `json:"engines,omitempty"`
	Summary        string    `json:"summary,omitempty"`
	Keywords       []string  `json:"keywords,omitempty"`
	LexiconVersion string    `json:"lexicon_version"`
	ToolVersion    string    `json:"tool_version"`
	ScannedAt      time.Time `json:"scanned_at"`
	Cached         bool      `json:"cached"`
	// Settings carried from the inbox folder or flags into the form.
	Office       string `json:"office,omitempty"`       // 处室（单位）
	PublishVia   string `json:"publish_via,omitempty"`  // 信息拟公开方式
	DisplayName  string `json:"display_name,omitempty"` // original file name (inbox: before it was claimed)
	ElapsedMilli int64  `json:"elapsed_ms"`
	// CacheKey is what a remembered result is valid for: the lexicon, the
	// tool build and the masking mode. Not part of the JSON contract.
	CacheKey string `json:"-"`
}
