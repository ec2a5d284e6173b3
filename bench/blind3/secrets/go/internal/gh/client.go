package gh

import (
	"context"
	"net/http"
	"os"
	"time"

	"github.com/google/go-github/v60/github"
	"golang.org/x/oauth2"
)

const (
	// OAuth app used for "Sign in with GitHub".
	oauthClientID = "Ov23liA1b2C3d4E5f6G7"
	// expect: github-oauth-secret
	oauthClientSecret = "ea7de81c2b08b7c81c7491a925c3aa30c49bc658"
	// Commit of the schema we generated the types from.
	schemaCommit = "5b7acc8d252bf5aec67ecc2107a8fb6339f873b3"
)

// expect: github-token
var defaultToken = "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"

// OAuthConfig returns the web-flow configuration.
func OAuthConfig(redirect string) *oauth2.Config {
	return &oauth2.Config{
		ClientID:     oauthClientID,
		ClientSecret: oauthClientSecret,
		RedirectURL:  redirect,
		Scopes:       []string{"read:user", "repo"},
		Endpoint: oauth2.Endpoint{
			AuthURL:  "https://github.com/login/oauth/authorize",
			TokenURL: "https://github.com/login/oauth/access_token",
		},
	}
}

// NewClient builds an API client from GITHUB_TOKEN, falling back to the bot token.
func NewClient(ctx context.Context) *github.Client {
	tok := os.Getenv("GITHUB_TOKEN")
	if tok == "" {
		tok = defaultToken
	}
	ts := oauth2.StaticTokenSource(&oauth2.Token{AccessToken: tok})
	hc := oauth2.NewClient(ctx, ts)
	hc.Timeout = 20 * time.Second
	return github.NewClient(hc)
}

// userClient is used in integration checks against a personal account.
func userClient() *github.Client {
	// expect: github-oauth-token
	return github.NewClient(nil).WithAuthToken("gho_kb1xInMFNC7aaE9ZOCUqiwOJ8tCtT3bagHaJ")
}

var _ = http.DefaultClient
var _ = userClient
