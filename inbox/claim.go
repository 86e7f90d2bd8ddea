package inbox

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// The inbox's hidden work area, on the inbox's own file system so that a
// claim is one atomic rename:
//
//	INBOX/.mishen/claimed/<proc>.lock          flock held by a live process for its life
//	INBOX/.mishen/claimed/<proc>/<claim>/<rel> a file that process is screening
//
// <proc> is unique per process start; <claim> is unique per claim and keeps
// its name when a dead process's claims are adopted, so the ledger row
// keyed by it follows the document. <rel> is the file's path inside INBOX.
const (
	workDir    = ".mishen"
	claimedDir = "claimed"
)

// owner is this process's place in the claimed area.
type owner struct {
	root string // INBOX/.mishen/claimed
	id   string
	dir  string // root/id
	lock *os.File
	seq  int64
	mu   sync.Mutex
}

// register creates this process's lock and folder. The lock file is made
// under a temporary name, locked, and only then renamed into place, so no
// other process can ever see it unlocked and take this live process for a
// dead one.
func register(inboxDir string) (*owner, error) {
	root := filepath.Join(inboxDir, workDir, claimedDir)
	if err := os.MkdirAll(root, 0o700); err != nil {
		return nil, fmt.Errorf("收件箱 %s: 无法创建工作文件夹: %w", inboxDir, err)
	}
	id := fmt.Sprintf("p%d-%s", os.Getpid(), strconv.FormatInt(time.Now().UnixNano(), 36))
	tmp := filepath.Join(root, ".tmp-"+id+".lock")
	f, held, err := lockExclusive(tmp)
	if err != nil || held {
		return nil, fmt.Errorf("收件箱 %s: 无法创建进程锁: %v", inboxDir, err)
	}
	if err := os.Rename(tmp, filepath.Join(root, id+".lock")); err != nil {
		f.Close()
		os.Remove(tmp)
		return nil, fmt.Errorf("收件箱 %s: 无法创建进程锁: %w", inboxDir, err)
	}
	o := &owner{root: root, id: id, dir: filepath.Join(root, id), lock: f}
	if err := os.Mkdir(o.dir, 0o700); err != nil {
		o.release()
		return nil, fmt.Errorf("收件箱 %s: 无法创建工作文件夹: %w", inboxDir, err)
	}
	if err := syncDirs(root); err != nil {
		o.release()
		return nil, fmt.Errorf("收件箱 %s: %w", inboxDir, err)
	}
	return o, nil
}

// release gives up this process's place: its folder and lock file go
// only when no claim is left in them; otherwise the next process adopts
// what is there.
func (o *owner) release() {
	if o.lock == nil {
		return
	}
	if err := os.Remove(o.dir); err == nil || errors.Is(err, os.ErrNotExist) {
		os.Remove(filepath.Join(o.root, o.id+".lock"))
	}
	o.lock.Close()
	o.lock = nil
}

// claim is one document taken from the inbox.
type claim struct {
	id   string // stable claim id, also the ledger key
	dir  string // owner dir / id
	rel  string // path inside INBOX, slash-separated
	path string // the file now: dir/rel
}

func (o *owner) nextID() string {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.seq++
	return fmt.Sprintf("%s-%d", o.id, o.seq)
}

// take claims INBOX/rel by renaming it into this process's folder. It
// returns ok=false when the file is gone: another process claimed it, or
// its owner took it back; either way it is not ours to screen.
func (o *owner) take(inboxDir, rel string) (c claim, ok bool, err error) {
	id := o.nextID()
	c = claim{id: id, dir: filepath.Join(o.dir, id), rel: rel}
	c.path = filepath.Join(c.dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(c.path), 0o700); err != nil {
		return c, false, err
	}
	src := filepath.Join(inboxDir, filepath.FromSlash(rel))
	// The target is new and unique, so a plain rename cannot replace
	// anything; whichever process renames first has the file.
	if err := os.Rename(src, c.path); err != nil {
		removeEmptyDirs(filepath.Dir(c.path), o.dir)
		if errors.Is(err, os.ErrNotExist) {
			return c, false, nil
		}
		return c, false, err
	}
	if err := syncDirs(filepath.Dir(src), filepath.Dir(c.path)); err != nil {
		return c, true, err
	}
	return c, true, nil
}

// adopt moves the claims of every dead process into this one's folder:
// a process that holds its lock is alive and is left alone.
func (o *owner) adopt() (adopted int, err error) {
	entries, err := os.ReadDir(o.root)
	if err != nil {
		return 0, err
	}
	for _, e := range entries {
		name := e.Name()
		switch {
		case strings.HasPrefix(name, ".tmp-") && strings.HasSuffix(name, ".lock"):
			// A process that died between creating and naming its lock.
			if f, held, err := lockExclusive(filepath.Join(o.root, name)); err == nil && !held {
				os.Remove(filepath.Join(o.root, name))
				f.Close()
			}
		case strings.HasSuffix(name, ".lock"):
			id := strings.TrimSuffix(name, ".lock")
			if id == o.id {
				continue
			}
			n, err := o.adoptFrom(id)
			adopted += n
			if err != nil {
				return adopted, err
			}
		}
	}
	return adopted, nil
}

func (o *owner) adoptFrom(id string) (int, error) {
	lockPath := filepath.Join(o.root, id+".lock")
	f, held, err := lockExclusive(lockPath)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return 0, nil
		}
		return 0, err
	}
	if held {
		return 0, nil // alive
	}
	defer f.Close()
	dir := filepath.Join(o.root, id)
	entries, err := os.ReadDir(dir)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return 0, err
	}
	n := 0
	for _, e := range entries {
		if err := os.Rename(filepath.Join(dir, e.Name()), filepath.Join(o.dir, e.Name())); err != nil {
			if errors.Is(err, os.ErrNotExist) {
				continue
			}
			return n, err
		}
		n++
	}
	if err := syncDirs(dir, o.dir); err != nil && !errors.Is(err, os.ErrNotExist) {
		return n, err
	}
	if err := os.Remove(dir); err == nil || errors.Is(err, os.ErrNotExist) {
		os.Remove(lockPath)
	}
	return n, nil
}

// held lists the claims in this process's folder: after adopt, the
// documents claimed but not finished by any process that died.
func (o *owner) held() ([]claim, error) {
	entries, err := os.ReadDir(o.dir)
	if err != nil {
		return nil, err
	}
	var out []claim
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		dir := filepath.Join(o.dir, e.Name())
		var files []string
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.Type().IsRegular() {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(files) == 0 {
			// Moved out already; the crash came before the tidy-up.
			removeEmptyTree(dir)
			continue
		}
		for _, p := range files {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, claim{id: e.Name(), dir: dir, rel: filepath.ToSlash(rel), path: p})
		}
	}
	return out, nil
}

// removeEmptyTree removes a folder tree that holds no file, deepest first.
func removeEmptyTree(dir string) {
	var dirs []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			dirs = append(dirs, p)
		}
		return nil
	})
	for i := len(dirs) - 1; i >= 0; i-- {
		os.Remove(dirs[i]) // fails, harmlessly, on anything not empty
	}
}
