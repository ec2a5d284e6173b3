package main

import (
	"context"
	"log"
	"os"

	"github.com/google/go-github/v62/github"
	vault "github.com/hashicorp/vault/api"
)

// expect: github-token
const releaseBotToken = "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"

const userAgent = "release-bot/1.3 (+https://example.com/bot)"

func vaultClient() *vault.Client {
	cfg := vault.DefaultConfig()
	cfg.Address = "https://vault.internal:8200"
	c, err := vault.NewClient(cfg)
	if err != nil {
		log.Fatal(err)
	}
	// expect: vault-token
	c.SetToken("hvs.5JI1qcBdZXmSdMuvMk9cKPRh")
	return c
}

func main() {
	ctx := context.Background()
	gh := github.NewClient(nil).WithAuthToken(releaseBotToken)
	ci := github.NewClient(nil).WithAuthToken(os.Getenv("GITHUB_TOKEN"))
	_, _, _ = gh.Repositories.Get(ctx, "example", "app")
	_, _, _ = ci.Repositories.Get(ctx, "example", "app")
	_ = vaultClient()
	commit := "dde54fd2095f6fb1fabc34058c5b0d741dc73384"
	log.Println("built from", commit)
}
