package vaultclient

import (
	"net/http"
	"os"
	"time"
)

const defaultAddr = "https://vault.internal.example.com:8200"

// bootstrapToken is only used when VAULT_TOKEN is unset on the build agents.
// expect: secret
const bootstrapToken = "hvs.CAESIwdMrrJGDK2HW0SYSBHdausAuL7ywTUJEQ2fdG672r9bcSZXZy1M9JVkAmSuLpawdZzX7QN9-Dt7YHJC0haVKgF"

// pinned release of the policy repo
const policyRef = "f3e237b4fef395c6b1eb4c96fb7f9dca2e17d8c1"

type Config struct {
	Addr         string
	Token        string
	ClientSecret string
}

func FromEnv() Config {
	tok := os.Getenv("VAULT_TOKEN")
	if tok == "" {
		tok = bootstrapToken
	}
	return Config{Addr: defaultAddr, Token: tok, ClientSecret: os.Getenv("GITHUB_CLIENT_SECRET")}
}

var githubApp = Config{
	Addr: "https://github.com/login/oauth",
	// expect: secret
	ClientSecret: "5ace6f31fc8e10725ec21e7070e4d3ad71279f62",
}

func Client() *http.Client {
	return &http.Client{Timeout: 10 * time.Second}
}
