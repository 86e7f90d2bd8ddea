package scanner

import "github.com/bureau/mishen/lexicon"

// The one place severity is decided.
//
// A rule's own severity (lexicon `severity:`) is what a hit is worth where
// the rule applies: a content signal. Everything that overrides it is here:
//
//	situation                                         severity
//	a 国家秘密/工作秘密 mark in a marking position     high (whatever the rule, context or 附注)
//	the same words in running text (a mention)         the rule's `mention:` — low unless it says
//	                                                   none (dropped) or medium; quoted: low at most
//	an identifier that fails its check digit           low
//	a hit missing the context words it requires        low
//	raise words nearby                                 one step up, to medium at most
//	lower words nearby                                 one step down (a work mark stops being a marking)
//	附注 (此件公开发布) in the document                 work_secret content signals one step down
//	a law or regulation (five or more 第…条 lines)      work and commercial content signals one step down
//	hidden content (comments, revisions, metadata…)    medium
//	an embedded object                                 medium
//
// Must-be-public identifiers (a company's 统一社会信用代码, office phones)
// never become findings at all: no rule matches them.
var fixedSeverity = map[string]Severity{
	"marking":            High,
	"invalid_identifier": Low,
	"missing_context":    Low,
	"hidden_content":     Medium,
	"embedded_object":    Medium,
}

// situation is what the scanner learned about one hit.
type situation struct {
	inPosition     bool // stands where the rule wants it
	quoted         bool // inside quotation marks: an example, a mention
	invalid        bool // the validator said the check digit is wrong
	requireMissing bool
	raise, lower   bool
	publicNote     bool // the document declares itself public (附注)
	normative      bool // the document is a law or regulation (第…条 throughout)
}

// decide returns the hit's severity and whether it is a marking; keep is
// false when the hit is no finding at all.
func decide(r *lexicon.Rule, s situation) (sev Severity, marking, keep bool) {
	markRule := r.Position == lexicon.PosMarking || r.Position == lexicon.PosLine || r.Position == lexicon.PosField
	markCat := r.Category == CatStateSecret || r.Category == CatWorkSecret
	inPos := s.inPosition && !s.quoted
	// A state-secret mark is never talked down by context: a classified
	// document with a copyright line is still classified. A work mark next
	// to "版权所有 未经许可不得复制" is a website footer, not a marking.
	if markRule && markCat && inPos && (r.Category == CatStateSecret || !s.lower) {
		return fixedSeverity["marking"], true, true
	}
	if r.Position != lexicon.PosAny && !inPos {
		switch r.Mention {
		case lexicon.MentionNone:
			return "", false, false
		case lexicon.MentionMedium:
			// A quotation ("标注“内部事项 注意保管”等字样") explains a mark;
			// it is low at most.
			sev = Medium
			if s.quoted {
				sev = Low
			}
		default:
			sev = Low
		}
	} else {
		sev = Severity(r.Severity)
	}
	if s.invalid {
		sev = fixedSeverity["invalid_identifier"]
	}
	if s.requireMissing {
		sev = fixedSeverity["missing_context"]
	}
	if s.raise && sev == Low {
		sev = Medium
	}
	if s.lower {
		sev = down(sev)
	}
	if s.publicNote && r.Category == CatWorkSecret {
		sev = down(sev)
	}
	// A law or regulation names kinds of information (违纪事实, 商业秘密)
	// without containing any: its content signals are mentions.
	if s.normative && (r.Category == CatWorkSecret || r.Category == CatCommercialSecret) {
		sev = down(sev)
	}
	return sev, false, true
}

func down(s Severity) Severity {
	switch s {
	case High:
		return Medium
	default:
		return Low
	}
}
