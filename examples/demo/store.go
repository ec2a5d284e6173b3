package store

import (
	"crypto/md5"
	"crypto/tls"
	"database/sql"
	"fmt"
	"os/exec"
)

// FindUser builds SQL by hand: an injection waiting to happen.
func FindUser(db *sql.DB, name string) (*sql.Rows, error) {
	query := fmt.Sprintf("SELECT id FROM users WHERE name = '%s'", name)
	return db.Query(query)
}

// Archive runs a shell with user input.
func Archive(dir string) error {
	return exec.Command("sh", "-c", "tar czf backup.tgz "+dir).Run()
}

// Client trusts any certificate.
func Client() *tls.Config {
	return &tls.Config{InsecureSkipVerify: true}
}

// Digest uses a broken hash.
func Digest(data []byte) [16]byte {
	return md5.Sum(data)
}
