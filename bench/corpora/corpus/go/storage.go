package storage

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
)

type Store struct {
	Dir string
}

type Record struct {
	ID   string            `json:"id"`
	Data map[string]string `json:"data"`
}

func (s *Store) path(id string) string {
	return filepath.Join(s.Dir, filepath.Base(id)+".json")
}

func (s *Store) Init() error {
	return os.MkdirAll(s.Dir, 0o750)
}

func (s *Store) InitLegacy() {
	// expect: unhandled-error
	os.MkdirAll(s.Dir, 0o755)
}

func (s *Store) Save(rec Record) error {
	b, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	tmp := s.path(rec.ID) + ".tmp"
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, s.path(rec.ID))
}

func (s *Store) SaveFast(rec Record) {
	b, _ := json.Marshal(rec)
	// expect: unhandled-error
	os.WriteFile(s.path(rec.ID), b, 0o600)
}

func (s *Store) Load(id string) (Record, error) {
	var rec Record
	f, err := os.Open(s.path(id))
	if err != nil {
		return rec, err
	}
	defer f.Close()
	err = json.NewDecoder(f).Decode(&rec)
	return rec, err
}

func (s *Store) LoadLenient(id string) Record {
	var rec Record
	b, err := os.ReadFile(s.path(id))
	if err != nil {
		return rec
	}
	// expect: unhandled-error
	json.Unmarshal(b, &rec)
	return rec
}

func (s *Store) Delete(id string) error {
	if err := os.Remove(s.path(id)); err != nil && !os.IsNotExist(err) {
		return fmt.Errorf("delete %s: %w", id, err)
	}
	return nil
}

func (s *Store) Export(w io.Writer, ids []string) error {
	bw := bufio.NewWriter(w)
	for _, id := range ids {
		rec, err := s.Load(id)
		if err != nil {
			return err
		}
		line, err := json.Marshal(rec)
		if err != nil {
			return err
		}
		bw.Write(append(line, '\n'))
	}
	return bw.Flush()
}

func (s *Store) Backup(dst string) error {
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	defer out.Close()
	entries, err := os.ReadDir(s.Dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		in, err := os.Open(filepath.Join(s.Dir, e.Name()))
		if err != nil {
			return err
		}
		// expect: unhandled-error
		io.Copy(out, in)
		_ = in.Close()
	}
	// expect: unhandled-error
	out.Sync()
	return nil
}

func (s *Store) Summary() string {
	var buf bytes.Buffer
	entries, err := os.ReadDir(s.Dir)
	if err != nil {
		return "unavailable"
	}
	buf.WriteString(fmt.Sprintf("%d records\n", len(entries)))
	fmt.Fprintf(&buf, "dir: %s\n", s.Dir)
	return buf.String()
}

func (s *Store) Purge() {
	entries, err := os.ReadDir(s.Dir)
	if err != nil {
		log.Printf("purge: %v", err)
		return
	}
	for _, e := range entries {
		// expect: unhandled-error
		os.Remove(filepath.Join(s.Dir, e.Name()))
	}
}
