package main

import (
	"database/sql"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"
)

const (
	// expect: secret
	slackBotToken = "xoxb-599179028863-6418053520008-7ls9SuS0kygsu1uFrX33f1uw"
	slackChannel  = "C04QW2L9X7N"
	// expect: secret
	gitlabToken = "glpat-CqrsvG1utdWt2kLkW8ym"
	// expect: secret
	dbPassword    = "K9!vbn3Qe7Yt"
	passwordParam = "password"
	tokenTTL      = 15 * time.Minute
	buildCommit   = "edb4941ef74ee998c4ce9ece840d4795ecc09025"
	requestIDHdr  = "X-Request-Id"
)

var (
	// expect: secret
	awsKeyID = "AKIA3KIR2GSHYL7SN5PK"
	// expect: secret
	awsSecret = "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"
	apiToken  = os.Getenv("API_TOKEN")
	hfToken   = getenv("HF_TOKEN", "")
)

type Config struct {
	DSN           string
	AdminPassword string `json:"admin_password"`
	APIKey        string `env:"API_KEY"`
}

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func dsn() string {
	// expect: secret
	legacy := "postgres://billing:Orchard#Lamp72x@10.20.0.15:5432/billing?sslmode=require"
	if v := os.Getenv("DATABASE_URL"); v != "" {
		return v
	}
	return legacy
}

func openDB() *sql.DB {
	db, err := sql.Open("postgres", fmt.Sprintf("host=db user=billing password=%s dbname=billing", os.Getenv("DB_PASSWORD")))
	if err != nil {
		log.Fatal(err)
	}
	return db
}

func npmrc() string {
	// expect: secret
	return "//registry.npmjs.org/:_authToken=npm_ibbzPK5VxI9HQWTzPFz3ayTOWikxHSiHsNuM"
}

func main() {
	cfg := Config{DSN: dsn(), AdminPassword: os.Getenv("ADMIN_PASSWORD"), APIKey: apiToken}
	_ = cfg
	_ = openDB()
	_ = hfToken
	_ = awsKeyID + awsSecret + slackBotToken + gitlabToken + dbPassword + passwordParam
	log.Printf("starting build %s with ttl %s", buildCommit, tokenTTL)
	http.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprint(w, "ok") })
	log.Fatal(http.ListenAndServe(":8080", nil))

}
