package state

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/bureau/mishen/scanner"
)

// Decision actions, as `mishen decide --accept | --withhold` records them.
const (
	Accept   = "accept"
	Withhold = "withhold"
)

// Decision is a person's ruling on one or more findings.
type Decision struct {
	FindingIDs []string
	Action     string // Accept or Withhold
	By         string
	Reason     string
	At         time.Time // zero: now
}

// ErrUnknownFinding is returned by Decide for an id no stored screening has.
var ErrUnknownFinding = errors.New("状态文件中没有这个发现编号")

// ErrMarking is returned by Decide for an attempt to accept a state-secret
// marking: no decision hides one (制度第六条（一）).
var ErrMarking = errors.New("国家秘密标志不能被接受")

// Decide records d on every finding id it names, all or none. Each id must
// belong to a finding of a document screened with this state file, and a
// state-secret marking cannot be accepted.
func (s *Store) Decide(d Decision) error {
	switch d.Action {
	case Accept, Withhold:
	default:
		return fmt.Errorf("决定必须是 accept 或 withhold，而不是 %q", d.Action)
	}
	if strings.TrimSpace(d.By) == "" {
		return errors.New("必须写明决定人（--by）")
	}
	if strings.TrimSpace(d.Reason) == "" {
		return errors.New("必须写明理由（--reason）")
	}
	if len(d.FindingIDs) == 0 {
		return errors.New("没有给出发现编号")
	}
	at := d.At
	if at.IsZero() {
		at = s.now()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	tx, err := s.db.Begin()
	if err != nil {
		return fmt.Errorf("状态文件 %s: %w", s.path, err)
	}
	defer tx.Rollback()
	for _, id := range d.FindingIDs {
		var n, markings int
		err := tx.QueryRow(`SELECT count(*), coalesce(sum(category=? AND marking=1),0) FROM findings WHERE finding_id=?`,
			scanner.CatStateSecret, id).Scan(&n, &markings)
		if err != nil {
			return fmt.Errorf("状态文件 %s: %w", s.path, err)
		}
		if n == 0 {
			return fmt.Errorf("%s: %w（请先用同一状态文件扫描该文档）", id, ErrUnknownFinding)
		}
		if markings > 0 && d.Action == Accept {
			return fmt.Errorf("%s: %w；涉密文件须按保密规定处理，不得公开", id, ErrMarking)
		}
		if _, err := tx.Exec(`INSERT INTO decisions(finding_id,action,by,reason,at) VALUES(?,?,?,?,?)`,
			id, d.Action, d.By, d.Reason, at.UTC().Format(time.RFC3339Nano)); err != nil {
			return fmt.Errorf("状态文件 %s: 记录决定: %w", s.path, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("状态文件 %s: 记录决定: %w", s.path, err)
	}
	return nil
}

// ApplyDecisions sets each finding's Decision to the latest decision
// recorded on its id, or nil when there is none.
func (s *Store) ApplyDecisions(findings []scanner.Finding) error {
	if len(findings) == 0 {
		return nil
	}
	stmt, err := s.db.Prepare(`SELECT action, by, reason, at FROM decisions WHERE finding_id=? ORDER BY id DESC LIMIT 1`)
	if err != nil {
		return fmt.Errorf("状态文件 %s: %w", s.path, err)
	}
	defer stmt.Close()
	for i := range findings {
		var d scanner.Decision
		var at string
		err := stmt.QueryRow(findings[i].ID).Scan(&d.Action, &d.By, &d.Reason, &at)
		if errors.Is(err, sql.ErrNoRows) {
			findings[i].Decision = nil
			continue
		}
		if err != nil {
			return fmt.Errorf("状态文件 %s: %w", s.path, err)
		}
		d.At, _ = time.Parse(time.RFC3339Nano, at)
		findings[i].Decision = &d
	}
	return nil
}
