package inbox

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"
)

// errCrossDevice: source and destination are on different file systems, so
// no rename can move the file atomically.
var errCrossDevice = errors.New("cross-device")

// renameNoReplace renames old to new atomically and fails with an error
// satisfying errors.Is(err, os.ErrExist) when new exists: os.Rename would
// silently replace it, and a user's file must never be overwritten.
// Where the file system lacks RENAME_NOREPLACE it falls back to link and
// unlink, which never replaces either; a crash between the two leaves one
// file under two names, which recovery recognises (same inode) and undoes.
func renameNoReplace(old, new string) error {
	err := unix.Renameat2(unix.AT_FDCWD, old, unix.AT_FDCWD, new, unix.RENAME_NOREPLACE)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, unix.EXDEV):
		return errCrossDevice
	case errors.Is(err, unix.EEXIST):
		return &os.LinkError{Op: "rename", Old: old, New: new, Err: os.ErrExist}
	case errors.Is(err, unix.EINVAL), errors.Is(err, unix.ENOSYS), errors.Is(err, unix.ENOTSUP):
		// The file system (older NFS, CIFS, FUSE) does not offer it.
	default:
		return &os.LinkError{Op: "rename", Old: old, New: new, Err: err}
	}
	if err := os.Link(old, new); err != nil {
		if errors.Is(err, unix.EXDEV) {
			return errCrossDevice
		}
		return err
	}
	return os.Remove(old)
}

// moveNoReplace moves src to dst without ever replacing dst. Across file
// systems it copies to a temporary name in tmpDir (on dst's file system),
// fsyncs, gives it its name without replacing, and only then removes src:
// a crash leaves src whole, and at worst a copy already in place, which
// recovery compares byte for byte before it removes src.
func moveNoReplace(src, dst, tmpDir, tmpPrefix string) error {
	err := renameNoReplace(src, dst)
	if !errors.Is(err, errCrossDevice) {
		if err == nil {
			return syncDirs(filepath.Dir(dst), filepath.Dir(src))
		}
		return err
	}
	if err := os.MkdirAll(tmpDir, 0o700); err != nil {
		return err
	}
	tmp := filepath.Join(tmpDir, tmpPrefix+"."+randomHex(8)+".copy")
	if err := copyFile(src, tmp); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := renameNoReplace(tmp, dst); err != nil {
		os.Remove(tmp) // our own partial copy, never the user's file
		if errors.Is(err, errCrossDevice) {
			return fmt.Errorf("%s: 临时文件夹 %s 与目标不在同一文件系统", dst, tmpDir)
		}
		return err
	}
	if err := syncDirs(filepath.Dir(dst)); err != nil {
		return err
	}
	if err := os.Remove(src); err != nil {
		return err
	}
	return syncDirs(filepath.Dir(src))
}

// copyFile copies src to a new file dst (which must not exist) and fsyncs it,
// keeping src's permission bits.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	st, err := in.Stat()
	if err != nil {
		return err
	}
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, st.Mode().Perm())
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// syncDirs fsyncs directories, so a rename in them survives a power cut.
func syncDirs(dirs ...string) error {
	for _, d := range dirs {
		f, err := os.Open(d)
		if err != nil {
			return err
		}
		err = f.Sync()
		f.Close()
		// Some file systems (network shares) refuse fsync on a directory;
		// the rename is still done, so that is not a failure to report.
		if err != nil && !errors.Is(err, syscall.EINVAL) && !errors.Is(err, syscall.ENOTSUP) {
			return err
		}
	}
	return nil
}

// suffixed returns name with " (n)" before its extension: "报告.docx" →
// "报告 (2).docx", the way a desktop names a second copy.
func suffixed(path string, n int) string {
	if n <= 1 {
		return path
	}
	dir, base := filepath.Split(path)
	ext := filepath.Ext(base)
	stem := strings.TrimSuffix(base, ext)
	if stem == "" { // ".docx" alone: the dot is the name
		stem, ext = base, ""
	}
	return filepath.Join(dir, fmt.Sprintf("%s (%d)%s", stem, n, ext))
}

// freeName returns the first of path, "path (2)", "path (3)"… that does not
// exist now. The move itself still refuses to replace, since another
// process may take the name in between.
func freeName(path string, from int) (string, int) {
	for n := from; ; n++ {
		p := suffixed(path, n)
		if _, err := os.Lstat(p); errors.Is(err, os.ErrNotExist) {
			return p, n
		}
	}
}

func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// lockExclusive opens (creating) path and takes a non-blocking flock on it;
// held reports false when another process holds it.
func lockExclusive(path string) (f *os.File, held bool, err error) {
	f, err = os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, false, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, true, nil
		}
		return nil, false, err
	}
	return f, false, nil
}

// removeEmptyDirs removes dir and its parents up to (not including) stop,
// as long as each is empty. It never removes anything that holds a file.
func removeEmptyDirs(dir, stop string) {
	for dir != stop && strings.HasPrefix(dir, stop) {
		if err := os.Remove(dir); err != nil {
			return
		}
		dir = filepath.Dir(dir)
	}
}
