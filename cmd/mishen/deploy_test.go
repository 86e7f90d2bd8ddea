package main

import (
	"bufio"
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The deploy/ files call the binary with flags; when a flag is renamed
// these tests fail instead of the nightly job on the server.

// deployCommands returns the mishen command lines of the systemd units
// (Environment= values substituted) and the crontab.
func deployCommands(t *testing.T) map[string][]string {
	t.Helper()
	dir := filepath.Join(repoRoot(t), "deploy")
	out := map[string][]string{}
	units, _ := filepath.Glob(filepath.Join(dir, "*.service"))
	if len(units) < 2 {
		t.Fatalf("deploy/ has %d service units", len(units))
	}
	for _, u := range units {
		b, err := os.ReadFile(u)
		if err != nil {
			t.Fatal(err)
		}
		env := map[string]string{}
		var exec string
		sc := bufio.NewScanner(strings.NewReader(string(b)))
		for sc.Scan() {
			line := sc.Text()
			if v, ok := strings.CutPrefix(line, "Environment="); ok {
				k, val, _ := strings.Cut(v, "=")
				env[k] = val
			}
			if v, ok := strings.CutPrefix(line, "ExecStart="); ok {
				exec = v
			}
		}
		exec = regexp.MustCompile(`\$\{(\w+)\}`).ReplaceAllStringFunc(exec, func(m string) string {
			return env[m[2:len(m)-1]]
		})
		out[filepath.Base(u)] = strings.Fields(exec)
	}
	b, err := os.ReadFile(filepath.Join(dir, "crontab"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)[5:] // after the five time fields
		for i, w := range f {
			if strings.HasPrefix(w, ">") {
				f = f[:i]
				break
			}
		}
		out["crontab"] = f
	}
	return out
}

func TestDeployCommandsParse(t *testing.T) {
	cmds := deployCommands(t)
	for _, name := range []string{"mishen-nightly.service", "mishen-inbox.service", "crontab"} {
		args, ok := cmds[name]
		if !ok || len(args) < 2 || filepath.Base(args[0]) != "mishen" {
			t.Fatalf("%s: command %q", name, args)
		}
		t.Run(name, func(t *testing.T) {
			fs := flag.NewFlagSet(args[1], flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			var c common
			c.register(fs)
			switch args[1] {
			case "scan":
			case "inbox":
				var o inboxOptions
				o.register(fs)
			default:
				t.Fatalf("unexpected command %q", args[1])
			}
			if err := fs.Parse(args[2:]); err != nil {
				t.Fatalf("%v: %v", args, err)
			}
			if c.statePath == "" || c.logFormat != "json" {
				t.Errorf("scheduled jobs must keep state and log JSON: %v", args)
			}
			if args[1] == "scan" && fs.NArg() != 1 {
				t.Errorf("the nightly scan should name the queue: %v", fs.Args())
			}
		})
	}
}

// TestDeployUnitsVerify runs systemd-analyze verify where it is installed.
func TestDeployUnitsVerify(t *testing.T) {
	sa, err := exec.LookPath("systemd-analyze")
	if err != nil {
		t.Skip("systemd-analyze not installed")
	}
	bin := mishenBinary(t)
	dir := t.TempDir()
	units, _ := filepath.Glob(filepath.Join(repoRoot(t), "deploy", "mishen-*"))
	var paths []string
	for _, u := range units {
		b, _ := os.ReadFile(u)
		// verify checks that the binary exists; point it at the one built.
		text := strings.ReplaceAll(string(b), "/opt/mishen/bin/mishen", bin)
		p := filepath.Join(dir, filepath.Base(u))
		os.WriteFile(p, []byte(text), 0o644)
		paths = append(paths, p)
	}
	out, err := exec.Command(sa, append([]string{"verify", "--man=no"}, paths...)...).CombinedOutput()
	// Complaints about the test machine itself (no systemd running) are
	// not about the units; warnings naming a unit file are.
	for _, line := range strings.Split(string(out), "\n") {
		if strings.Contains(line, dir) {
			t.Errorf("systemd-analyze: %s", line)
		}
	}
	if err != nil && len(out) == 0 {
		t.Logf("systemd-analyze: %v", err)
	}
}
