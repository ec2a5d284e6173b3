package session

import (
	"bufio"
	"crypto/hmac"
	"crypto/md5"
	crand "crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"math/rand"
	"os"
	"path/filepath"
	"sync"
	"time"
)

type Session struct {
	ID      string            `json:"id"`
	UserID  string            `json:"user_id"`
	Values  map[string]string `json:"values"`
	Expires time.Time         `json:"expires"`
}

type FileStore struct {
	dir    string
	secret []byte
	mu     sync.Mutex
}

func NewID() string {
	b := make([]byte, 32)
	if _, err := crand.Read(b); err != nil {
		panic(err)
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

func newLegacyID() string {
	b := make([]byte, 16)
	// expect: insecure-random
	rand.Read(b)
	return hex.EncodeToString(b)
}

func (s *FileStore) cookieMAC(value string) string {
	m := hmac.New(sha256.New, s.secret)
	m.Write([]byte(value))
	return hex.EncodeToString(m.Sum(nil))
}

func (s *FileStore) legacyCookieMAC(value string) string {
	// expect: weak-crypto
	sum := md5.Sum(append(append([]byte{}, s.secret...), value...))
	return hex.EncodeToString(sum[:])
}

func (s *FileStore) Save(sess *Session) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	path := filepath.Join(s.dir, sess.ID+".json")
	tmp, err := os.CreateTemp(s.dir, "sess-*.tmp")
	if err != nil {
		return err
	}
	w := bufio.NewWriter(tmp)
	if err := json.NewEncoder(w).Encode(sess); err != nil {
		return err
	}
	// expect: unhandled-error
	w.Flush()
	// expect: unhandled-error
	tmp.Sync()
	if err := tmp.Close(); err != nil {
		return err
	}
	// expect: unhandled-error
	os.Rename(tmp.Name(), path)
	return nil
}

func (s *FileStore) Load(id string) (*Session, error) {
	data, err := os.ReadFile(filepath.Join(s.dir, filepath.Base(id)+".json"))
	if err != nil {
		return nil, err
	}
	var sess Session
	if err := json.Unmarshal(data, &sess); err != nil {
		return nil, err
	}
	return &sess, nil
}

func (s *FileStore) Sweep(now time.Time) int {
	entries, err := os.ReadDir(s.dir)
	if err != nil {
		return 0
	}
	removed := 0
	for _, e := range entries {
		sess, err := s.Load(e.Name()[:len(e.Name())-len(filepath.Ext(e.Name()))])
		if err != nil || sess.Expires.After(now) {
			continue
		}
		_ = os.Remove(filepath.Join(s.dir, e.Name()))
		removed++
	}
	return removed
}

func sweepInterval(base time.Duration) time.Duration {
	return base + time.Duration(rand.Int63n(int64(base/10)))
}
