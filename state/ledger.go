package state

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"
)

// LedgerRow is one screening in the 保密台帐.
type LedgerRow struct {
	At             time.Time
	Source         string // "scan" or "inbox"
	File           string // absolute path as screened
	DisplayName    string
	SHA256         string
	Size           int64
	Status         string
	Verdict        string
	Categories     []string
	Classified     bool
	LexiconVersion string
	ToolVersion    string
	Reports        []string
	Cached         bool
	MovedTo        string // inbox: where the document was moved
}

// Rows returns the ledger, oldest first.
func (s *Store) Rows() ([]LedgerRow, error) {
	rows, err := s.db.Query(`SELECT at,source,file,display_name,sha256,size,status,verdict,categories,classified,
		lexicon_version,tool_version,reports,cached,moved_to FROM ledger ORDER BY at, id`)
	if err != nil {
		return nil, fmt.Errorf("状态文件 %s: %w", s.path, err)
	}
	defer rows.Close()
	var out []LedgerRow
	for rows.Next() {
		var r LedgerRow
		var at, cats, reports string
		var classified, cached int
		if err := rows.Scan(&at, &r.Source, &r.File, &r.DisplayName, &r.SHA256, &r.Size, &r.Status, &r.Verdict,
			&cats, &classified, &r.LexiconVersion, &r.ToolVersion, &reports, &cached, &r.MovedTo); err != nil {
			return nil, fmt.Errorf("状态文件 %s: %w", s.path, err)
		}
		r.At, _ = time.Parse(time.RFC3339Nano, at)
		r.Categories = splitNonEmpty(cats, ",")
		r.Reports = splitNonEmpty(reports, "\n")
		r.Classified = classified == 1
		r.Cached = cached == 1
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("状态文件 %s: %w", s.path, err)
	}
	return out, nil
}

var ledgerHeader = []string{"时间", "来源", "文件", "原文件名", "SHA256", "大小（字节）", "状态", "结论",
	"类别", "涉密", "词库版本", "程序版本", "报告", "沿用上次结果", "存放位置"}

// Ledger writes the ledger to w: as CSV in UTF-8 with a byte-order mark
// (so Excel on Chinese Windows reads it as UTF-8, not GBK) when csvOut,
// else as an aligned table. Times are local.
func (s *Store) Ledger(w io.Writer, csvOut bool) error {
	rows, err := s.Rows()
	if err != nil {
		return err
	}
	if !csvOut {
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "时间\t来源\t原文件名\t结论\t类别\t涉密\t词库版本\t存放位置")
		for _, r := range rows {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r.At.Local().Format("2006-01-02 15:04:05"), r.Source,
				r.DisplayName, r.Verdict, strings.Join(r.Categories, ","), yesNo(r.Classified), r.LexiconVersion, r.MovedTo)
		}
		return tw.Flush()
	}
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	// CRLF: what Excel and other Windows tools expect of a CSV file.
	cw.UseCRLF = true
	if err := cw.Write(ledgerHeader); err != nil {
		return err
	}
	for _, r := range rows {
		rec := []string{r.At.Local().Format("2006-01-02 15:04:05"), r.Source, r.File, r.DisplayName, r.SHA256,
			fmt.Sprint(r.Size), r.Status, r.Verdict, strings.Join(r.Categories, ","), yesNo(r.Classified),
			r.LexiconVersion, r.ToolVersion, strings.Join(r.Reports, "; "), yesNo(r.Cached), r.MovedTo}
		for i := range rec {
			rec[i] = defuse(rec[i])
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func yesNo(b bool) string {
	if b {
		return "是"
	}
	return "否"
}

func splitNonEmpty(s, sep string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, sep)
}

// defuse keeps a cell a spreadsheet would read as a formula (a file named
// "=HYPERLINK(…)" dropped into the inbox) as plain text.
func defuse(cell string) string {
	if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
		return "'" + cell
	}
	return cell
}
