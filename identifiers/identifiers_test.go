package identifiers

import "testing"

func TestIDCard(t *testing.T) {
	tests := []struct {
		in   string
		want Result
	}{
		{"11010519491231002X", Valid}, // domain.md's worked example: Σ=167, r=2 → X
		{"11010519491231002x", Valid},
		{"310115199001014214", Valid},
		{"310115 19900101 4214", Valid},
		{"310115-19900101-4214", Valid},
		{"320102200002291235", Valid},   // 29 Feb 2000 exists
		{"310115199001014216", Invalid}, // wrong check digit
		{"320102200102291235", NotIt},   // 29 Feb 2001 does not exist
		{"310115199013014214", NotIt},   // month 13
		{"990115199001014214", NotIt},   // no such province
		{"310115289001014214", NotIt},   // born in 2890
		{"310115********4216", Masked},
		{"3101**********421X", Masked},
		{"31011519900101421", NotIt}, // 17 digits
		{"91110000600037341L", NotIt},
	}
	for _, tt := range tests {
		if got := IDCard(tt.in); got != tt.want {
			t.Errorf("IDCard(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestUSCC(t *testing.T) {
	tests := []struct {
		in   string
		want Result
	}{
		{"91110000600037341L", Valid}, // domain.md's worked example: Σ=538 → L
		{"91110000600037341M", Invalid},
		{"91110000600037341I", NotIt}, // I is not in the alphabet
		{"9111000060003734", NotIt},
	}
	for _, tt := range tests {
		if got := USCC(tt.in); got != tt.want {
			t.Errorf("USCC(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestBankCard(t *testing.T) {
	tests := []struct {
		in   string
		want Result
	}{
		{"6222021234567890128", Valid},
		{"6222 0212 3456 7890 128", Valid},
		{"6217000012345678907", Valid},
		{"6222021234567890127", NotIt}, // fails Luhn
		{"6222********0128", Masked},
		{"123456789012345", NotIt}, // 15 digits
	}
	for _, tt := range tests {
		if got := BankCard(tt.in); got != tt.want {
			t.Errorf("BankCard(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestMobile(t *testing.T) {
	tests := []struct {
		in   string
		want Result
	}{
		{"13812345678", Valid},
		{"138-1234-5678", Valid},
		{"138 1234 5678", Valid},
		{"138****5678", Masked},
		{"12812345678", NotIt},
		{"1381234567", NotIt},
	}
	for _, tt := range tests {
		if got := Mobile(tt.in); got != tt.want {
			t.Errorf("Mobile(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestMask(t *testing.T) {
	tests := []struct{ kind, in, want string }{
		{"id_card", "310115199001014214", "310115********4214"},
		{"phone", "13812345678", "138****5678"},
		{"phone", "138 1234 5678", "138 **** 5678"},
		{"bank_card", "6222021234567890128", "6222***********0128"},
		{"other", "ab", "ab"},
	}
	for _, tt := range tests {
		got := Mask(tt.kind, tt.in)
		if got != tt.want {
			t.Errorf("Mask(%s, %q) = %q, want %q", tt.kind, tt.in, got, tt.want)
		}
		if len([]rune(got)) != len([]rune(tt.in)) {
			t.Errorf("Mask(%s, %q) changed the length", tt.kind, tt.in)
		}
	}
}
