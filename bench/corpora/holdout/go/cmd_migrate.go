package cmd

import (
	"crypto/des"
	"crypto/rc4"
	"crypto/sha1"
	"database/sql"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strings"

	"github.com/jmoiron/sqlx"
	"github.com/spf13/cobra"
)

var (
	dsn      string
	tenant   string
	dryRun   bool
	hookCmd  string
	tables   []string
)

var migrateCmd = &cobra.Command{
	Use:   "migrate",
	Short: "Copy tenant data from the legacy schema into the new one",
	RunE: func(cmd *cobra.Command, args []string) error {
		db, err := sqlx.Open("postgres", dsn)
		if err != nil {
			return err
		}
		defer db.Close()
		for _, t := range tables {
			if err := copyTable(db, t); err != nil {
				return err
			}
		}
		return runHook()
	},
}

func init() {
	migrateCmd.Flags().StringVar(&dsn, "dsn", os.Getenv("DATABASE_URL"), "database URL")
	migrateCmd.Flags().StringVar(&tenant, "tenant", "", "tenant slug")
	migrateCmd.Flags().BoolVar(&dryRun, "dry-run", false, "only print")
	migrateCmd.Flags().StringVar(&hookCmd, "post-hook", "", "shell command run after the migration")
	migrateCmd.Flags().StringSliceVar(&tables, "tables", []string{"users", "orders"}, "tables to copy")
	_ = migrateCmd.MarkFlagRequired("tenant")
	rootCmd.AddCommand(migrateCmd)
}

var identRe = regexp.MustCompile(`^[a-z_][a-z0-9_]{0,62}$`)

func copyTable(db *sqlx.DB, table string) error {
	if !identRe.MatchString(table) || !identRe.MatchString(tenant) {
		return fmt.Errorf("invalid identifier %q / %q", table, tenant)
	}
	q := fmt.Sprintf("INSERT INTO %s SELECT * FROM legacy_%s.%s", table, tenant, table)
	if dryRun {
		fmt.Println(q)
		return nil
	}
	_, err := db.Exec(q)
	return err
}

func countRows(db *sqlx.DB, ids []int64) (int, error) {
	query, args, err := sqlx.In("SELECT count(*) FROM users WHERE id IN (?)", ids)
	if err != nil {
		return 0, err
	}
	var n int
	err = db.Get(&n, db.Rebind(query), args...)
	return n, err
}

func lookupLegacy(db *sql.DB, email string) (*sql.Row, error) {
	// expect: sql-injection
	return db.QueryRow("SELECT id FROM legacy_users WHERE email = '" + strings.ToLower(email) + "'"), nil
}

func runHook() error {
	if hookCmd == "" {
		return nil
	}
	c := exec.Command("sh", "-c", hookCmd)
	c.Stdout, c.Stderr = os.Stdout, os.Stderr
	return c.Run()
}

func decryptLegacyField(key, data []byte) ([]byte, error) {
	// expect: weak-crypto
	block, err := des.NewTripleDESCipher(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(data))
	for i := 0; i+block.BlockSize() <= len(data); i += block.BlockSize() {
		block.Decrypt(out[i:], data[i:])
	}
	return out, nil
}

func decryptLegacyStream(key, data []byte) ([]byte, error) {
	// expect: weak-crypto
	c, err := rc4.NewCipher(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(data))
	c.XORKeyStream(out, data)
	return out, nil
}

func legacyPasswordMatches(stored, password, salt string) bool {
	// expect: weak-crypto
	h := sha1.New()
	h.Write([]byte(salt + password))
	return hex.EncodeToString(h.Sum(nil)) == stored
}
