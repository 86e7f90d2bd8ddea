package extract

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// This file is where the project meets github.com/pdfcpu/pdfcpu. It is used
// for two things ledongthuc/pdf cannot do: decrypting with the empty user
// password (AES-256 R5/R6, and RC4-40, whose key length the library gets
// wrong), and rewriting a file whose cross-reference table is damaged.
// Everything happens in memory.

var pdfcpuInit sync.Once

func pdfcpuConf() *model.Configuration {
	pdfcpuInit.Do(func() {
		// Without this pdfcpu creates ~/.config/pdfcpu on first use; a
		// screening tool must not write outside its run folder.
		model.ConfigPath = "disable"
	})
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	conf.UserPW = ""
	conf.OwnerPW = ""
	// pdfcpu's optimiser drops fonts it considers invalid (a Type0 font
	// with an inline descendant, for one): we want the document as it is.
	conf.Optimize = false
	conf.OptimizeBeforeWriting = false
	conf.OptimizeResourceDicts = false
	conf.OptimizeDuplicateContentStreams = false
	return conf
}

// errNeedsPassword means the document opens only with a user password.
var errNeedsPassword = errors.New("文档已加密，需要密码，无法读取")

// errNotEncrypted means pdfcpu found no encryption to remove.
var errNotEncrypted = errors.New("not encrypted")

// pdfcpuDecrypt returns the document decrypted with the empty user
// password.
func pdfcpuDecrypt(data []byte) (out []byte, err error) {
	defer func() {
		if x := recover(); x != nil {
			out, err = nil, fmt.Errorf("解密失败：%v", x)
		}
	}()
	var buf bytes.Buffer
	err = api.Decrypt(bytes.NewReader(data), &buf, pdfcpuConf())
	switch {
	case err == nil:
		return buf.Bytes(), nil
	case errors.Is(err, pdfcpu.ErrWrongPassword) || strings.Contains(err.Error(), "password"):
		return nil, errNeedsPassword
	case errors.Is(err, pdfcpu.ErrNotEncrypted) || strings.Contains(err.Error(), "not encrypted"):
		return nil, errNotEncrypted
	}
	return nil, fmt.Errorf("解密失败：%v", err)
}

// pdfcpuRewrite reads a damaged document with pdfcpu's lenient reader and
// writes it out again with a clean cross-reference table.
func pdfcpuRewrite(data []byte) (out []byte, err error) {
	defer func() {
		if x := recover(); x != nil {
			out, err = nil, fmt.Errorf("修复失败：%v", x)
		}
	}()
	var buf bytes.Buffer
	// Read and write only: api.Optimize would also run the optimiser,
	// which drops fonts it finds invalid.
	ctx, err := api.ReadContext(bytes.NewReader(data), pdfcpuConf())
	if err == nil {
		err = api.WriteContext(ctx, &buf)
	}
	if err != nil {
		if errors.Is(err, pdfcpu.ErrWrongPassword) || strings.Contains(err.Error(), "password") {
			return nil, errNeedsPassword
		}
		return nil, err
	}
	return buf.Bytes(), nil
}
