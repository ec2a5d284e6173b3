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
	oauthClientSecret = "25fec9c4ec0d62e034c73700f2dcc3370d820ce7"
	// Commit of the schema we generated the types from.
	schemaCommit = "480e29fa471afc56c81ac3ea6c752091e68c8345"
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
	return github.NewClient(nil).WithAuthToken("gho_UBCV8NcrKzQFC5vIwho19OlDvQl2T48Qe3XA")
}

var _ = http.DefaultClient
var _ = userClient
