// Package identifiers checks personal and company identifiers by their
// check digits and structure (domain.md §5) and masks them for reports.
// A pattern only finds digit runs; these checks decide whether a run is an
// identifier at all, which is what keeps the screener from crying wolf.
package identifiers

import (
	"strings"
	"time"
)

// Result is what a validator makes of a candidate.
type Result int

const (
	// NotIt: the text is not this kind of identifier; no finding.
	NotIt Result = iota
	// Valid: structure and check digit agree.
	Valid
	// Invalid: it has the shape but the check fails (a typo, or a made-up
	// number): worth a low note, never a high.
	Invalid
	// Masked: already redacted (310115********4216): not a finding.
	Masked
)

func (r Result) String() string {
	switch r {
	case Valid:
		return "valid"
	case Invalid:
		return "invalid"
	case Masked:
		return "masked"
	}
	return "not-it"
}

// Validator checks one candidate string (already NFKC-normalised: ASCII
// digits and letters; separators allowed where the kind allows them).
type Validator func(s string) Result

// ByName are the validators a lexicon rule may name.
var ByName = map[string]Validator{
	"id_card":   IDCard,
	"uscc":      USCC,
	"bank_card": BankCard,
	"phone":     Mobile,
}

var idWeights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

// IDCard checks an 18-character 居民身份证号 (GB 11643): a plausible region
// code, a real birth date not in the future, and the check character.
func IDCard(s string) Result {
	// Written in groups (310115 19800312 421X) it is the same number.
	s = strings.ToUpper(strings.NewReplacer(" ", "", "-", "").Replace(s))
	if len(s) != 18 {
		return NotIt
	}
	if strings.Contains(s, "*") {
		if isMaskedID(s) {
			return Masked
		}
		return NotIt
	}
	for i := 0; i < 17; i++ {
		if s[i] < '0' || s[i] > '9' {
			return NotIt
		}
	}
	if c := s[17]; (c < '0' || c > '9') && c != 'X' {
		return NotIt
	}
	// Province codes run 11–65 (plus 71 台湾, 81 香港, 82 澳门, 83 for the
	// 2017 港澳台居民居住证 series); anything else is some other number.
	prov := int(s[0]-'0')*10 + int(s[1]-'0')
	if !(prov >= 11 && prov <= 65 || prov == 71 || prov == 81 || prov == 82 || prov == 83) {
		return NotIt
	}
	y := atoi(s[6:10])
	m := atoi(s[10:12])
	d := atoi(s[12:14])
	birth := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if y < 1900 || birth.Year() != y || int(birth.Month()) != m || birth.Day() != d || birth.After(time.Now()) {
		return NotIt
	}
	if s[17] != IDCheckChar(s[:17]) {
		return Invalid
	}
	return Valid
}

// IDCheckChar computes the check character of the first 17 digits of an ID.
func IDCheckChar(first17 string) byte {
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(first17[i]-'0') * idWeights[i]
	}
	return "10X98765432"[sum%11]
}

// isMaskedID: digits at both ends with a run of * in the middle, the way
// 政务公开 documents redact an ID (310115********4216, 3101**********421X).
func isMaskedID(s string) bool {
	stars := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '*':
			stars++
		case c >= '0' && c <= '9', c == 'X':
		default:
			return false
		}
	}
	return stars >= 4 && s[0] != '*'
}

const usccAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"

var usccWeights = [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// USCC checks an 18-character 统一社会信用代码 (GB 32100).
func USCC(s string) Result {
	s = strings.ToUpper(s)
	if len(s) != 18 {
		return NotIt
	}
	sum := 0
	for i := 0; i < 18; i++ {
		v := strings.IndexByte(usccAlphabet, s[i])
		if v < 0 {
			return NotIt
		}
		if i < 17 {
			sum += v * usccWeights[i]
		}
	}
	if usccAlphabet[(31-sum%31)%31] != s[17] {
		return Invalid
	}
	return Valid
}

// BankCard checks 16–19 digits (spaces or hyphens between groups allowed)
// by the Luhn check. Luhn passes one random number in ten, so the scanner
// also wants context words; masked cards (6222****1234) are not findings.
func BankCard(s string) Result {
	digits, stars, ok := groupedDigits(s)
	if !ok {
		return NotIt
	}
	if len(digits) < 16 || len(digits) > 19 {
		return NotIt
	}
	if stars > 0 {
		return Masked
	}
	if !Luhn(string(digits)) {
		return NotIt
	}
	return Valid
}

// groupedDigits reads a number written in groups ("6222 0212 …",
// "138-0013-8000"): the digits and mask stars in order, how many stars, and
// false when anything but digits, stars, spaces and hyphens is present.
func groupedDigits(s string) (digits []byte, stars int, ok bool) {
	digits = make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits = append(digits, c)
		case c == '*':
			stars++
			digits = append(digits, c)
		case c == ' ' || c == '-':
		default:
			return nil, 0, false
		}
	}
	return digits, stars, true
}

// Luhn reports whether a digit string passes the Luhn (mod 10) check.
func Luhn(digits string) bool {
	sum := 0
	double := false
	for i := len(digits) - 1; i >= 0; i-- {
		d := int(digits[i] - '0')
		if d < 0 || d > 9 {
			return false
		}
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0
}

// Mobile checks a mainland mobile number: 11 digits starting 13–19
// (separators allowed between the 3-4-4 groups); a masked one
// (138****5678) is not a finding.
func Mobile(s string) Result {
	digits, stars, ok := groupedDigits(s)
	if !ok {
		return NotIt
	}
	if len(digits) != 11 || digits[0] != '1' || digits[1] < '3' || digits[1] > '9' {
		return NotIt
	}
	if stars > 0 {
		return Masked
	}
	return Valid
}

// Mask hides the middle of an identifier the way published documents do:
// kind "id_card" keeps the first 6 and last 4 characters, "phone" the first
// 3 and last 4 digits, "bank_card" the first 4 and last 4; anything else the
// first and last 2. Separators are kept so offsets in a text do not move:
// the masked string has as many runes as the input.
func Mask(kind, s string) string {
	keepHead, keepTail := 2, 2
	switch kind {
	case "id_card":
		keepHead, keepTail = 6, 4
	case "phone":
		keepHead, keepTail = 3, 4
	case "bank_card":
		keepHead, keepTail = 4, 4
	}
	rs := []rune(s)
	// Count only the identifier's own characters so separators do not
	// shift what is kept.
	var idx []int
	for i, r := range rs {
		if r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '０' && r <= '９' {
			idx = append(idx, i)
		}
	}
	if len(idx) <= keepHead+keepTail {
		return s
	}
	for _, i := range idx[keepHead : len(idx)-keepTail] {
		rs[i] = '*'
	}
	return string(rs)
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
