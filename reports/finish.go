package reports

import (
	"bytes"
	"encoding/json"
	"html/template"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/bureau/mishen/pipeline"
	"github.com/bureau/mishen/scanner"
)

// RunInfo describes the run as a whole, for the index and the summary.
type RunInfo struct {
	Started, Finished time.Time
	Inputs            []string
	Skipped           []string // "path: reason"
	Args              []string
}

// Summary is summary.json: the run at a glance, for other systems.
type Summary struct {
	Run            string            `json:"run"`
	Started        time.Time         `json:"started"`
	Finished       time.Time         `json:"finished"`
	ToolVersion    string            `json:"tool_version"`
	LexiconVersion string            `json:"lexicon_version"`
	Args           []string          `json:"args"`
	Inputs         []string          `json:"inputs"`
	Counts         SummaryCounts     `json:"counts"`
	Documents      []SummaryDocument `json:"documents"`
	Skipped        []string          `json:"skipped"`
}

// SummaryCounts counts documents by verdict, status and category.
type SummaryCounts struct {
	Documents  int            `json:"documents"`
	Classified int            `json:"classified"`
	Verdicts   map[string]int `json:"verdicts"`
	Statuses   map[string]int `json:"statuses"`
	Categories map[string]int `json:"categories"`
}

// SummaryDocument is one document's line in the summary.
type SummaryDocument struct {
	Path       string   `json:"path"`
	Title      string   `json:"title"`
	Verdict    string   `json:"verdict"`
	Status     string   `json:"status"`
	Error      string   `json:"error,omitempty"`
	Classified bool     `json:"classified"`
	Categories []string `json:"categories"`
	Findings   int      `json:"findings"`
	Reports    []string `json:"reports"`
}

// verdictRank orders the index: withhold first, then review, then clean.
func verdictRank(v scanner.Verdict) int {
	switch v {
	case scanner.Withhold:
		return 0
	case scanner.NoFindings:
		return 2
	}
	return 1
}

// Finish writes the run's index.html and summary.json.
func (r *Run) Finish(recs []pipeline.Record, info RunInfo) error {
	now := r.opt.Now()
	if info.Finished.IsZero() {
		info.Finished = now
	}
	order := make([]int, len(recs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		ra, rb := &recs[order[a]], &recs[order[b]]
		if ra.Classified != rb.Classified {
			return ra.Classified
		}
		if x, y := verdictRank(ra.Verdict), verdictRank(rb.Verdict); x != y {
			return x < y
		}
		return ra.Path < rb.Path
	})

	sum := Summary{
		Run: r.dir, Started: info.Started, Finished: info.Finished,
		ToolVersion: r.opt.ToolVersion, LexiconVersion: r.opt.LexiconVersion,
		Args: nonNil(info.Args), Inputs: nonNil(info.Inputs), Skipped: nonNil(info.Skipped),
		Counts: SummaryCounts{
			Verdicts:   map[string]int{string(scanner.Withhold): 0, string(scanner.Review): 0, string(scanner.NoFindings): 0},
			Statuses:   map[string]int{pipeline.StatusOK: 0, pipeline.StatusUnreadable: 0, pipeline.StatusError: 0},
			Categories: map[string]int{},
		},
		Documents: []SummaryDocument{},
	}
	view := indexView{
		CSS: template.CSS(css), Run: filepath.Base(r.dir),
		Started: formatTime(info.Started), Finished: formatTime(info.Finished),
		AlertHead: alertHead, AlertBody: alertBody,
		Skipped: info.Skipped, Args: info.Args, Inputs: info.Inputs,
		ToolVersion: firstNonEmpty(r.opt.ToolVersion, "未知"), LexiconVersion: firstNonEmpty(r.opt.LexiconVersion, "未知"),
		Total: len(recs),
	}
	catDocs := map[string]int{}
	for _, i := range order {
		rec := &recs[i]
		cats := rec.Categories
		if cats == nil {
			cats = scanner.Categories(rec.Findings)
		}
		sum.Counts.Documents++
		sum.Counts.Verdicts[string(rec.Verdict)]++
		sum.Counts.Statuses[rec.Status]++
		if rec.Classified {
			sum.Counts.Classified++
		}
		for _, c := range cats {
			sum.Counts.Categories[c]++
			catDocs[c]++
		}
		sum.Documents = append(sum.Documents, SummaryDocument{
			Path: rec.Path, Title: rec.Title, Verdict: string(rec.Verdict), Status: rec.Status, Error: rec.Error,
			Classified: rec.Classified, Categories: nonNil(cats), Findings: len(rec.Findings), Reports: nonNil(rec.Reports),
		})

		var catNames []string
		for _, c := range cats {
			catNames = append(catNames, shortCategoryName(c))
		}
		row := indexRow{
			Class: verdictClass(rec.Verdict), Verdict: verdictName(rec.Verdict),
			Status: statusName(rec.Status), StatusBad: !complete(rec), Error: rec.Error,
			Title: oneLine(rec.Title), FileName: displayName(rec), Path: rec.Path,
			Categories: strings.Join(catNames, "、"), Findings: len(rec.Findings), Classified: rec.Classified,
		}
		if row.StatusBad && len(rec.Unread) > 0 && row.Error == "" {
			row.Error = strings.Join(rec.Unread, "；")
		}
		for _, p := range rec.Reports {
			rel, err := filepath.Rel(r.dir, p)
			if err != nil || strings.HasPrefix(rel, "..") {
				continue // a report of another run (a cached record) is not linked
			}
			link := relLink(filepath.ToSlash(rel))
			switch {
			case strings.HasSuffix(p, suffixIncident):
				row.Incident = link
			case strings.HasSuffix(p, suffixForm):
				row.Form = link
			case strings.HasSuffix(p, suffixHTML):
				row.HTML = link
			case strings.HasSuffix(p, suffixJSON):
				row.JSON = link
			}
		}
		if !complete(rec) {
			view.Problems++
		}
		if rec.Classified {
			view.Classified = append(view.Classified, row)
		}
		view.Rows = append(view.Rows, row)
	}
	for _, v := range []scanner.Verdict{scanner.Withhold, scanner.Review, scanner.NoFindings} {
		view.Verdicts = append(view.Verdicts, countView{Name: verdictName(v), Count: sum.Counts.Verdicts[string(v)], Class: string(v)})
	}
	for _, c := range categoriesOf(catDocs) {
		view.Categories = append(view.Categories, countView{Name: shortCategoryName(c), Count: catDocs[c]})
	}

	var page bytes.Buffer
	if err := indexTmpl.Execute(&page, view); err != nil {
		return err
	}
	var js bytes.Buffer
	enc := json.NewEncoder(&js)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(&sum); err != nil {
		return err
	}
	if err := r.writeFile("index.html", page.Bytes()); err != nil {
		return err
	}
	if err := r.writeFile("summary.json", js.Bytes()); err != nil {
		return err
	}
	return r.syncDir()
}

// categoriesOf lists the keys of a category count in the fixed order.
func categoriesOf(m map[string]int) []string {
	var out []string
	for _, c := range categoryOrder {
		if m[c] > 0 {
			out = append(out, c)
		}
	}
	var rest []string
	for c := range m {
		if !contains(categoryOrder, c) {
			rest = append(rest, c)
		}
	}
	sort.Strings(rest)
	return append(out, rest...)
}

// nonNil keeps JSON arrays as [] rather than null, for the other systems.
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
