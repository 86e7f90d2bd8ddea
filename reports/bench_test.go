package reports

import "testing"

// BenchmarkFillForm measures filling the 审查表 alone (open a fresh copy of
// the template, merge split runs, replace, write the zip).
func BenchmarkFillForm(b *testing.B) {
	rec := reviewRecord()
	values := reviewFormValues(&rec, formInput{now: scanTime})
	b.ReportAllocs()
	for b.Loop() {
		if _, err := fillDocx(defaultReviewForm, values); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteDocument measures one document's reports written to disk
// (JSON, HTML, 审查表; each synced and renamed).
func BenchmarkWriteDocument(b *testing.B) {
	r, err := NewRun(b.TempDir(), testOptions())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		rec := reviewRecord()
		if _, err := r.WriteDocument(&rec); err != nil {
			b.Fatal(err)
		}
	}
}
