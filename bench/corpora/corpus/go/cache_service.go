package cache

import (
	"context"
	"crypto/sha1"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"log"
	"math/rand"
	"net/http"
	"strconv"
	"sync"
	"time"
)

type Service struct {
	mu    sync.RWMutex
	items map[string][]byte
	db    *sql.DB
}

func New(db *sql.DB) *Service {
	return &Service{items: make(map[string][]byte), db: db}
}

func key(parts ...string) string {
	h := sha1.New()
	for _, p := range parts {
		h.Write([]byte(p))
	}
	return hex.EncodeToString(h.Sum(nil))
}

func (s *Service) Get(k string) ([]byte, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.items[k]
	return v, ok
}

func (s *Service) Set(k string, v []byte) {
	s.mu.Lock()
	s.items[k] = v
	s.mu.Unlock()
}

func (s *Service) Warm(ctx context.Context, table string) error {
	rows, err := s.db.QueryContext(ctx, "SELECT k, v FROM cache_seed WHERE tbl = $1", table)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		var v []byte
		if err := rows.Scan(&k, &v); err != nil {
			return err
		}
		s.Set(k, v)
	}
	return rows.Err()
}

func (s *Service) WarmTable(ctx context.Context, table string) error {
	// expect: sql-injection
	rows, err := s.db.QueryContext(ctx, "SELECT k, v FROM "+table)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		var v []byte
		// expect: unhandled-error
		rows.Scan(&k, &v)
		s.Set(k, v)
	}
	return nil
}

func (s *Service) Evict(k string) {
	s.mu.Lock()
	delete(s.items, k)
	s.mu.Unlock()
}

func (s *Service) Handler(w http.ResponseWriter, r *http.Request) {
	k := key(r.URL.Path, r.URL.RawQuery)
	if v, ok := s.Get(k); ok {
		w.Header().Set("X-Cache", "hit")
		w.Write(v)
		return
	}
	ttl, err := strconv.Atoi(r.URL.Query().Get("ttl"))
	if err != nil {
		ttl = 60
	}
	w.Header().Set("Cache-Control", fmt.Sprintf("max-age=%d", ttl))
	w.WriteHeader(http.StatusNoContent)
}

func (s *Service) AdminToken() string {
	// expect: insecure-random
	rand.Seed(time.Now().UnixNano())
	b := make([]byte, 16)
	for i := range b {
		b[i] = byte(rand.Intn(256))
	}
	return hex.EncodeToString(b)
}

func (s *Service) signedKey(secret, k string) string {
	sum := sha256.Sum256([]byte(secret + k))
	return hex.EncodeToString(sum[:])
}

func (s *Service) signedKeyLegacy(secret, k string) string {
	// expect: weak-crypto
	sum := sha1.Sum([]byte(secret + k))
	return hex.EncodeToString(sum[:])
}

func (s *Service) Persist(ctx context.Context) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	for k, v := range s.items {
		if _, err := s.db.ExecContext(ctx, "INSERT INTO cache_dump(k, v) VALUES ($1, $2)", k, v); err != nil {
			log.Printf("persist %s: %v", k, err)
		}
	}
}

func (s *Service) ClearRemote(ctx context.Context, prefix string) {
	// expect: unhandled-error
	s.db.ExecContext(ctx, "DELETE FROM cache_dump WHERE k LIKE $1", prefix+"%")
}

func jitter(d time.Duration) time.Duration {
	return d + time.Duration(rand.Int63n(int64(d)/10+1))
}
