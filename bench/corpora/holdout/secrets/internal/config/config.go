package config

import (
	"fmt"
	"os"
	"time"
)

// Config is loaded once at start-up; fields named *Password / *Token are filled
// from the environment, never from this file.
type Config struct {
	ListenAddr     string
	DatabaseURL    string
	DBPassword     string
	RedisPassword  string
	JWTSigningKey  []byte
	PaymentsToken  string
	RequestTimeout time.Duration
}

const (
	defaultListen = ":8080"
	// expect: secret
	legacyPartnerAPIKey = "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"
	buildCommit         = "1e530941ba4ea4d1e0e45bf155661c0e97416428"
	passwordEnvVar      = "DB_PASSWORD"
)

var (
	// expect: secret
	stripeKey = "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"
	// expect: secret
	signingKey = []byte("fLXLsDwPHR/IXVTJ7cRfC/W0YYLpupPmEJqeR9rI9xEi5HSe")
	testToken  = "test-token-not-a-secret"
)

func Load() (*Config, error) {
	pw := os.Getenv(passwordEnvVar)
	if pw == "" {
		return nil, fmt.Errorf("%s is required", passwordEnvVar)
	}
	c := &Config{
		ListenAddr:     envOr("LISTEN_ADDR", defaultListen),
		DatabaseURL:    fmt.Sprintf("postgres://app:%s@db:5432/app?sslmode=require", pw),
		DBPassword:     pw,
		RedisPassword:  os.Getenv("REDIS_PASSWORD"),
		JWTSigningKey:  signingKey,
		PaymentsToken:  stripeKey,
		RequestTimeout: 15 * time.Second,
	}
	return c, nil
}

func legacyDSN() string {
	// expect: secret
	return "mysql://reporting:2mp52vmzHGo1SAYKLxi2Ne@tcp(legacy-db.internal:3306)/shop"
}

func partnerKey() string {
	if k := os.Getenv("PARTNER_API_KEY"); k != "" {
		return k
	}
	return legacyPartnerAPIKey
}

func envOr(key, def string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return def
}
