// Package scanner turns a document's parts and a lexicon into findings and a
// verdict. It knows nothing of file formats: it sees only extract.Part values.
package scanner

import "time"

// Severity of a finding. The verdict rests on these alone.
type Severity string

const (
	High   Severity = "high"
	Medium Severity = "medium"
	Low    Severity = "low"
)

// Categories of finding, as the JSON contract names them.
const (
	CatStateSecret      = "state_secret"
	CatWorkSecret       = "work_secret"
	CatCommercialSecret = "commercial_secret"
	CatPersonalPrivacy  = "personal_privacy"
	CatOther            = "other"
	CatHiddenContent    = "hidden_content"
)

// Verdict is the tool's suggestion for one document; a person decides.
type Verdict string

const (
	Withhold   Verdict = "withhold"    // 建议不予公开
	Review     Verdict = "review"      // 需人工复核
	NoFindings Verdict = "no_findings" // 未发现风险项——仍须人工审核
)

// Location says where a finding stands in the original document.
type Location struct {
	Part string `json:"part"`
	// Name refines Part as extract.Part.Name does (e.g. "word/header1.xml").
	Name string `json:"name,omitempty"`
	Page int    `json:"page,omitempty"`
	Line int    `json:"line,omitempty"`
	// Offset is the character (rune) offset of the match in the original
	// text of its part.
	Offset int `json:"offset"`
}

// Decision is a person's ruling on a finding, recorded with `mishen decide`.
type Decision struct {
	Action string    `json:"action"` // "accept" (harmless) or "withhold"
	By     string    `json:"by"`
	Reason string    `json:"reason"`
	At     time.Time `json:"at"`
}

// Finding is one thing a reviewer must look at.
type Finding struct {
	// ID is a stable fingerprint: rule, normalised match and its
	// neighbourhood, not line numbers, so a decision on it follows the
	// document into its next draft.
	ID       string   `json:"id"`
	Rule     string   `json:"rule"`
	Category string   `json:"category"`
	Severity Severity `json:"severity"`
	// Match is the text as it stands in the document (identifiers masked
	// unless the run shows them).
	Match    string   `json:"match"`
	Location Location `json:"location"`
	// Context is up to 40 characters each side of the match; empty for a
	// state-secret mark, whose document's text must not be copied anywhere.
	Context string `json:"context"`
	// Basis is the rule the finding rests on, in words.
	Basis string `json:"basis"`
	// Marking is true for a classification mark in a marking position.
	Marking  bool      `json:"marking,omitempty"`
	Decision *Decision `json:"decision,omitempty"`
}

// Result is what scanning one document yields.
type Result struct {
	Title     string `json:"title"`
	DocNumber string `json:"doc_number"`
	// Official is true for a 公文类 document (it has a 版头: 发文字号 or
	// 发文机关标志), false for 非公文类.
	Official bool      `json:"official"`
	Findings []Finding `json:"findings"`
	// Classified is true when a state-secret mark stands in a marking
	// position: an incident for the 局保密办, and no text of the document
	// may be copied into any report.
	Classified bool `json:"classified"`
	// Summary is a short extractive summary (≤ 200 characters) and Keywords
	// its keywords, both empty for a classified document.
	Summary  string   `json:"summary,omitempty"`
	Keywords []string `json:"keywords,omitempty"`
}

// DecideVerdict is the one place the verdict is decided: withhold if any
// finding is high; else review if any is medium or the document was not
// read completely; else no_findings. A finding a person accepted no longer
// raises the verdict, except a state-secret marking, which no decision hides.
func DecideVerdict(findings []Finding, complete bool) Verdict {
	v := NoFindings
	if !complete {
		v = Review
	}
	for _, f := range findings {
		if f.Decision != nil && f.Decision.Action == "accept" && !(f.Category == CatStateSecret && f.Marking) {
			continue
		}
		if f.Decision != nil && f.Decision.Action == "withhold" {
			return Withhold
		}
		switch f.Severity {
		case High:
			return Withhold
		case Medium:
			v = Review
		}
	}
	return v
}

// Categories lists, in a fixed order, the categories with at least one
// finding of severity medium or high that no decision accepted.
func Categories(findings []Finding) []string {
	order := []string{CatStateSecret, CatWorkSecret, CatCommercialSecret, CatPersonalPrivacy, CatOther, CatHiddenContent}
	seen := map[string]bool{}
	for _, f := range findings {
		if f.Severity == Low {
			continue
		}
		if f.Decision != nil && f.Decision.Action == "accept" && !(f.Category == CatStateSecret && f.Marking) {
			continue
		}
		seen[f.Category] = true
	}
	out := []string{}
	for _, c := range order {
		if seen[c] {
			out = append(out, c)
		}
	}
	return out
}
