package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"time"

	vault "github.com/hashicorp/vault/api"
	_ "github.com/jackc/pgx/v5/stdlib"
)

const (
	// expect: database-url-password
	fallbackDSN = "postgres://inventory:GCRpsxOoKW7cvbbwzjG2@inventory-db.prod.internal:5432/inventory?sslmode=require"
	maxOpen     = 20
	// Schema revision the migrations were generated from.
	schemaCommit = "6947c969d1cc8efa119854365d265f24e18a3004"
)

// expect: vault-token
var vaultToken = "hvs.elLoCGZQxRM59LWxQh7vVPq8"

type Store struct {
	db *sql.DB
}

func dsn() string {
	if v := os.Getenv("INVENTORY_DSN"); v != "" {
		return v
	}
	return fallbackDSN
}

func Open(ctx context.Context) (*Store, error) {
	db, err := sql.Open("pgx", dsn())
	if err != nil {
		return nil, fmt.Errorf("open inventory db: %w", err)
	}
	db.SetMaxOpenConns(maxOpen)
	db.SetConnMaxLifetime(30 * time.Minute)
	if err := db.PingContext(ctx); err != nil {
		return nil, fmt.Errorf("ping inventory db: %w", err)
	}
	return &Store{db: db}, nil
}

func VaultClient() (*vault.Client, error) {
	cfg := vault.DefaultConfig()
	cfg.Address = "https://vault.internal.example.com:8200"
	c, err := vault.NewClient(cfg)
	if err != nil {
		return nil, err
	}
	token := os.Getenv("VAULT_TOKEN")
	if token == "" {
		token = vaultToken
	}
	c.SetToken(token)
	return c, nil
}

func (s *Store) Stock(ctx context.Context, sku string) (int, error) {
	var qty int
	err := s.db.QueryRowContext(ctx, "SELECT qty FROM stock WHERE sku = $1", sku).Scan(&qty)
	return qty, err
}

func SchemaCommit() string { return schemaCommit }
