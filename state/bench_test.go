package state

import (
	"fmt"
	"io"
	"path/filepath"
	"testing"

	"github.com/bureau/mishen/scanner"
)

// BenchmarkRemember: one screening stored (result + findings + ledger row,
// synchronous=FULL), the per-document cost the state adds to a run.
func BenchmarkRemember(b *testing.B) {
	s, err := Open(filepath.Join(b.TempDir(), "state.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	fs := []scanner.Finding{finding("a", scanner.CatWorkSecret, scanner.Medium, false), finding("b", scanner.CatOther, scanner.Low, false)}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := s.Remember(record(fmt.Sprintf("/q/%d.txt", i), fmt.Sprintf("sha-%d", i), "lex1", fs...), "scan"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRecall: the cost of a cached document in the nightly scan
// (lookup, decode, decisions applied).
func BenchmarkRecall(b *testing.B) {
	s, err := Open(filepath.Join(b.TempDir(), "state.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	const n = 1000
	for i := 0; i < n; i++ {
		fs := []scanner.Finding{finding(fmt.Sprintf("f%d", i), scanner.CatWorkSecret, scanner.Medium, false)}
		if err := s.Remember(record(fmt.Sprintf("/q/%d.txt", i), fmt.Sprintf("sha-%d", i), "lex1", fs...), "scan"); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, ok := s.Recall(fmt.Sprintf("sha-%d", i%n), "lex1"); !ok {
			b.Fatal("not recalled")
		}
	}
}

// BenchmarkLedgerCSV: exporting a year of screenings (10,000 rows).
func BenchmarkLedgerCSV(b *testing.B) {
	s, err := Open(filepath.Join(b.TempDir(), "state.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for i := 0; i < 10000; i++ {
		rec := record(fmt.Sprintf("/q/%d.txt", i), fmt.Sprintf("sha-%d", i%50), "lex1")
		rec.Cached = true // ledger row only
		if err := s.Remember(rec, "scan"); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := s.Ledger(io.Discard, true); err != nil {
			b.Fatal(err)
		}
	}
}
