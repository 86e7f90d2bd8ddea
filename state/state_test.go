package state

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bureau/mishen/pipeline"
	"github.com/bureau/mishen/scanner"
)

func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "state.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func finding(id, cat string, sev scanner.Severity, marking bool) scanner.Finding {
	return scanner.Finding{ID: id, Rule: "r-" + id, Category: cat, Severity: sev, Marking: marking, Match: "m"}
}

func record(path, sha, lex string, findings ...scanner.Finding) pipeline.Record {
	r := pipeline.Record{Path: path, SHA256: sha, Size: 10, Format: "txt", Status: pipeline.StatusOK,
		LexiconVersion: lex, Findings: findings, ScannedAt: time.Date(2026, 11, 26, 8, 0, 0, 0, time.UTC)}
	r.Verdict = scanner.DecideVerdict(findings, true)
	r.Categories = scanner.Categories(findings)
	return r
}

func TestOpenLocks(t *testing.T) {
	s, path := openTemp(t)
	if _, err := Open(path); !errors.Is(err, ErrLocked) {
		t.Fatalf("second Open: got %v, want ErrLocked", err)
	}
	// The inbox's shared open does not take the run lock.
	sh, err := OpenShared(path)
	if err != nil {
		t.Fatalf("OpenShared beside a locked Store: %v", err)
	}
	sh.Close()
	s.Close()
	s2, err := Open(path)
	if err != nil {
		t.Fatalf("Open after Close: %v", err)
	}
	s2.Close()
}

func TestOpenMissingFolder(t *testing.T) {
	_, err := Open(filepath.Join(t.TempDir(), "nope", "state.db"))
	if err == nil || !strings.Contains(err.Error(), "nope") {
		t.Fatalf("got %v, want an error naming the file", err)
	}
}

func TestRememberRecall(t *testing.T) {
	s, _ := openTemp(t)
	f := finding("f1", scanner.CatWorkSecret, scanner.Medium, false)
	rec := record("/q/a.txt", "sha-a", "lex1", f)
	rec.Reports = []string{"/r/a.json"}
	if err := s.Remember(rec, "scan"); err != nil {
		t.Fatal(err)
	}
	errRec := record("/q/b.txt", "sha-b", "lex1")
	errRec.Status = pipeline.StatusError
	if err := s.Remember(errRec, "scan"); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, sha, lex string
		want           bool
	}{
		{"same content and lexicon", "sha-a", "lex1", true},
		{"new lexicon version re-screens", "sha-a", "lex2", false},
		{"changed content", "sha-x", "lex1", false},
		{"read errors are not remembered", "sha-b", "lex1", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := s.Recall(tt.sha, tt.lex)
			if ok != tt.want {
				t.Fatalf("Recall ok = %v, want %v", ok, tt.want)
			}
			if ok {
				if !got.Cached || got.Verdict != scanner.Review || len(got.Findings) != 1 || got.Findings[0].ID != "f1" {
					t.Fatalf("recalled %+v", got)
				}
			}
		})
	}
}

func TestDecisionsApplyToRecall(t *testing.T) {
	s, _ := openTemp(t)
	medium := finding("med", scanner.CatPersonalPrivacy, scanner.Medium, false)
	mark := finding("mark", scanner.CatStateSecret, scanner.High, true)
	if err := s.Remember(record("/q/a.txt", "sha-a", "lex1", medium), "scan"); err != nil {
		t.Fatal(err)
	}
	if err := s.Remember(record("/q/m.txt", "sha-m", "lex1", mark), "scan"); err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		d       Decision
		wantErr error
		errText string
	}{
		{"accept a medium finding", Decision{FindingIDs: []string{"med"}, Action: Accept, By: "张三", Reason: "已公开信息", At: at}, nil, ""},
		{"unknown id", Decision{FindingIDs: []string{"nope"}, Action: Accept, By: "张三", Reason: "x"}, ErrUnknownFinding, ""},
		{"accepting a state-secret marking is refused", Decision{FindingIDs: []string{"mark"}, Action: Accept, By: "张三", Reason: "x"}, ErrMarking, ""},
		{"withholding a marking is fine", Decision{FindingIDs: []string{"mark"}, Action: Withhold, By: "李四", Reason: "涉密", At: at}, nil, ""},
		{"no reviewer", Decision{FindingIDs: []string{"med"}, Action: Accept, Reason: "x"}, nil, "--by"},
		{"no reason", Decision{FindingIDs: []string{"med"}, Action: Accept, By: "x"}, nil, "--reason"},
		{"bad action", Decision{FindingIDs: []string{"med"}, Action: "ignore", By: "x", Reason: "y"}, nil, "accept"},
		{"no ids", Decision{Action: Accept, By: "x", Reason: "y"}, nil, "编号"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := s.Decide(tt.d)
			switch {
			case tt.wantErr != nil && !errors.Is(err, tt.wantErr):
				t.Fatalf("got %v, want %v", err, tt.wantErr)
			case tt.errText != "" && (err == nil || !strings.Contains(err.Error(), tt.errText)):
				t.Fatalf("got %v, want an error mentioning %q", err, tt.errText)
			case tt.wantErr == nil && tt.errText == "" && err != nil:
				t.Fatalf("unexpected error %v", err)
			}
		})
	}
	rec, ok := s.Recall("sha-a", "lex1")
	if !ok {
		t.Fatal("not recalled")
	}
	d := rec.Findings[0].Decision
	if d == nil || d.Action != Accept || d.By != "张三" || !d.At.Equal(at) {
		t.Fatalf("decision not applied: %+v", d)
	}
	if rec.Verdict != scanner.NoFindings || len(rec.Categories) != 0 {
		t.Fatalf("accepted finding still raises the verdict: %s %v", rec.Verdict, rec.Categories)
	}
	m, _ := s.Recall("sha-m", "lex1")
	if m.Verdict != scanner.Withhold || m.Findings[0].Decision == nil {
		t.Fatalf("marking: verdict %s decision %+v", m.Verdict, m.Findings[0].Decision)
	}

	// The latest decision wins; a fresh finding list (a re-scan, or a
	// revised draft with the same fingerprint) gets it too.
	if err := s.Decide(Decision{FindingIDs: []string{"med"}, Action: Withhold, By: "王五", Reason: "改判"}); err != nil {
		t.Fatal(err)
	}
	fresh := []scanner.Finding{medium, finding("other", scanner.CatOther, scanner.Low, false)}
	if err := s.ApplyDecisions(fresh); err != nil {
		t.Fatal(err)
	}
	if fresh[0].Decision == nil || fresh[0].Decision.By != "王五" || fresh[1].Decision != nil {
		t.Fatalf("ApplyDecisions: %+v / %+v", fresh[0].Decision, fresh[1].Decision)
	}
}

func TestDecideAllOrNothing(t *testing.T) {
	s, _ := openTemp(t)
	if err := s.Remember(record("/q/a.txt", "sha-a", "lex1", finding("med", scanner.CatOther, scanner.Medium, false)), "scan"); err != nil {
		t.Fatal(err)
	}
	if err := s.Decide(Decision{FindingIDs: []string{"med", "unknown"}, Action: Accept, By: "x", Reason: "y"}); err == nil {
		t.Fatal("want an error")
	}
	f := []scanner.Finding{{ID: "med"}}
	s.ApplyDecisions(f)
	if f[0].Decision != nil {
		t.Fatal("a failed Decide recorded part of its ids")
	}
}

func TestChanges(t *testing.T) {
	s, _ := openTemp(t)
	q := t.TempDir()
	other := t.TempDir()
	p := func(name string) string { return filepath.Join(q, name) }
	clean := func(name, sha string) pipeline.Record { return record(p(name), sha, "lex1") }
	flagged := func(name, sha string) pipeline.Record {
		return record(p(name), sha, "lex1", finding("f", scanner.CatWorkSecret, scanner.Medium, false))
	}
	// A file under another root must never be reported gone by a run over q.
	if _, err := s.Changes([]pipeline.Record{record(filepath.Join(other, "x.txt"), "x", "lex1")}, []string{other}); err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name string
		recs []pipeline.Record
		want Changes
	}{
		{"first run: all new", []pipeline.Record{clean("a", "1"), clean("b", "2"), clean("c", "3")},
			Changes{New: []string{p("a"), p("b"), p("c")}}},
		{"same again: nothing", []pipeline.Record{clean("a", "1"), clean("b", "2"), clean("c", "3")}, Changes{}},
		{"b edited and now flagged, c removed, d added",
			[]pipeline.Record{clean("a", "1"), flagged("b", "2b"), clean("d", "4")},
			Changes{New: []string{p("d")}, Changed: []string{p("b")}, Gone: []string{p("c")},
				VerdictChanged: []VerdictChange{{p("b"), scanner.NoFindings, scanner.Review}}}},
		{"verdict changes without an edit (a decision, a new lexicon)",
			[]pipeline.Record{flagged("a", "1"), flagged("b", "2b"), clean("d", "4")},
			Changes{VerdictChanged: []VerdictChange{{p("a"), scanner.NoFindings, scanner.Review}}}},
		{"c comes back as new", []pipeline.Record{flagged("a", "1"), flagged("b", "2b"), clean("c", "3"), clean("d", "4")},
			Changes{New: []string{p("c")}}},
	}
	for _, st := range steps {
		got, err := s.Changes(st.recs, []string{q})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(norm(got), norm(st.want)) {
			t.Fatalf("%s:\n got %+v\nwant %+v", st.name, got, st.want)
		}
		if got.Empty() != st.want.Empty() {
			t.Fatalf("%s: Empty() = %v", st.name, got.Empty())
		}
	}
	got, _ := s.Changes(nil, []string{other})
	if !reflect.DeepEqual(got.Gone, []string{filepath.Join(other, "x.txt")}) {
		t.Fatalf("other root: %+v", got)
	}
}

func norm(c Changes) Changes {
	for _, s := range []*[]string{&c.New, &c.Changed, &c.Gone} {
		if len(*s) == 0 {
			*s = nil
		}
	}
	if len(c.VerdictChanged) == 0 {
		c.VerdictChanged = nil
	}
	return c
}

func TestChangesString(t *testing.T) {
	c := Changes{New: []string{"/q/a"}, Gone: []string{"/q/b"},
		VerdictChanged: []VerdictChange{{"/q/c", scanner.Review, scanner.Withhold}}}
	got := c.String()
	for _, want := range []string{"新增 1", "消失 1", "结论变化 1", "新增  /q/a", "/q/c: review → withhold"} {
		if !strings.Contains(got, want) {
			t.Errorf("summary lacks %q:\n%s", want, got)
		}
	}
}

func TestLedgerCSV(t *testing.T) {
	s, _ := openTemp(t)
	a := record("/q/a.txt", "sha-a", "lex1", finding("f", scanner.CatStateSecret, scanner.High, true))
	a.Classified = true
	a.Reports = []string{"/r/a.docx", "/r/a.html"}
	a.DisplayName = "=cmd|' /C calc'!A0.txt"
	if err := s.Remember(a, "inbox"); err != nil {
		t.Fatal(err)
	}
	b := record("/q/b.txt", "sha-b", "lex1")
	b.Cached = true
	if err := s.Remember(b, "scan"); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := s.Ledger(&buf, true); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.HasPrefix(out, "\ufeff") {
		t.Fatal("CSV has no byte-order mark")
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || !reflect.DeepEqual(rows[0], ledgerHeader) {
		t.Fatalf("rows: %q", rows)
	}
	want := []string{a.ScannedAt.Local().Format("2006-01-02 15:04:05"), "inbox", "/q/a.txt", "'=cmd|' /C calc'!A0.txt", "sha-a", "10", "ok",
		"withhold", "state_secret", "是", "lex1", "", "/r/a.docx; /r/a.html", "否", ""}
	if !reflect.DeepEqual(rows[1], want) {
		t.Fatalf("row:\n got %q\nwant %q", rows[1], want)
	}
	if rows[2][1] != "scan" || rows[2][13] != "是" {
		t.Fatalf("cached row %q", rows[2])
	}
	buf.Reset()
	if err := s.Ledger(&buf, false); err != nil || !strings.Contains(buf.String(), "b.txt") || strings.HasPrefix(buf.String(), "\ufeff") {
		t.Fatalf("table: %v\n%s", err, buf.String())
	}
}

func TestRememberClaimUpserts(t *testing.T) {
	s, _ := openTemp(t)
	rec := record("/in/.mishen/claimed/p/1/a.txt", "sha-a", "lex1")
	rec.DisplayName = "a.txt"
	// Screened, crashed before the move, screened again after restart.
	for i := 0; i < 2; i++ {
		if err := s.RememberClaim(rec, "p/1", "/out/screened/2026-11-26/a.txt"); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.SetMovedTo("p/1", "/out/screened/2026-11-26/a (2).txt"); err != nil {
		t.Fatal(err)
	}
	rows, err := s.Rows()
	if err != nil || len(rows) != 1 {
		t.Fatalf("rows %v %+v", err, rows)
	}
	if rows[0].MovedTo != "/out/screened/2026-11-26/a (2).txt" || rows[0].DisplayName != "a.txt" {
		t.Fatalf("row %+v", rows[0])
	}
	c, ok, err := s.Claim("p/1")
	if err != nil || !ok || c.SHA256 != "sha-a" {
		t.Fatalf("Claim: %+v %v %v", c, ok, err)
	}
	if _, ok, _ := s.Claim("p/2"); ok {
		t.Fatal("unknown claim found")
	}
}

// Several inbox processes share one state file: concurrent writers through
// separate connections must all succeed (busy timeout, immediate txns).
func TestSharedWriters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.db")
	const writers, each = 4, 25
	stores := make([]*Store, writers)
	for i := range stores {
		s, err := OpenShared(path)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		stores[i] = s
	}
	var wg sync.WaitGroup
	errs := make(chan error, writers*each)
	for i, s := range stores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < each; j++ {
				rec := record(fmt.Sprintf("/in/%d-%d", i, j), fmt.Sprintf("sha-%d-%d", i, j), "lex1",
					finding(fmt.Sprintf("f%d-%d", i, j), scanner.CatOther, scanner.Medium, false))
				if err := s.RememberClaim(rec, fmt.Sprintf("c%d-%d", i, j), "/out/x"); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	rows, err := stores[0].Rows()
	if err != nil || len(rows) != writers*each {
		t.Fatalf("%d rows, %v", len(rows), err)
	}
}
