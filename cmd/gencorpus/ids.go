package main

import (
	"fmt"
	"strings"
)

// Identifiers are invented but carry real check digits (domain.md §5), so a
// validator that checks them is exercised; the "bad" variants change only
// the check character.

var idWeights = []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

// idCard returns the 18-character 居民身份证号 whose first 17 digits are
// base, with its GB 11643 check character.
func idCard(base string) string {
	if len(base) != 17 {
		panic("idCard: base must be 17 digits: " + base)
	}
	sum := 0
	for i, c := range base {
		sum += int(c-'0') * idWeights[i]
	}
	return base + string("10X98765432"[sum%11])
}

// badIDCard has the right shape and a wrong check character.
func badIDCard(base string) string {
	good := idCard(base)
	wrong := byte('0')
	if good[17] == '0' {
		wrong = '1'
	}
	return base + string(wrong)
}

const usccChars = "0123456789ABCDEFGHJKLMNPQRTUWXY"

var usccWeights = []int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// uscc returns the 统一社会信用代码 for 17 characters of base plus its GB
// 32100 check character.
func uscc(base string) string {
	if len(base) != 17 {
		panic("uscc: base must be 17 characters: " + base)
	}
	sum := 0
	for i, c := range base {
		v := strings.IndexRune(usccChars, c)
		if v < 0 {
			panic(fmt.Sprintf("uscc: %q not allowed", c))
		}
		sum += v * usccWeights[i]
	}
	return base + string(usccChars[(31-sum%31)%31])
}

// bankCard completes a card number with its Luhn digit.
func bankCard(base string) string {
	sum := 0
	double := true // the check digit will be rightmost, so the last base digit is doubled
	for i := len(base) - 1; i >= 0; i-- {
		d := int(base[i] - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return base + string(rune('0'+(10-sum%10)%10))
}

// mask hides the middle of an identifier as a redacted publication does.
func mask(id string, keepHead, keepTail int) string {
	return id[:keepHead] + strings.Repeat("*", len(id)-keepHead-keepTail) + id[len(id)-keepTail:]
}
