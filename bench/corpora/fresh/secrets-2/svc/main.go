package main

import (
	"context"
	"database/sql"
	"fmt"
	"os"

	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/google/go-github/v60/github"
)

// expect: secret
const githubToken = "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"

type SMTPConfig struct {
	Host     string
	User     string
	Password string
}

var mailer = SMTPConfig{
	Host: "smtp.mailgun.org",
	User: "postmaster@mg.acme.io",
	// expect: secret
	Password: "o1w5F_UlvF0WTVfI4!",
}

func main() {
	// expect: secret
	creds := credentials.NewStaticCredentialsProvider("AKIAKBD72NDDGXA3EZ5S", "uuWvIY95r4mhzx9yP9s1YaM552+hVYL+3pebOzrm", "")
	_ = creds
	// expect: secret
	db, err := sql.Open("postgres", "postgres://svc:LEQPq6EKN3iXY9JNzH@pg.internal:5432/svc?sslmode=require")
	if err != nil {
		panic(err)
	}
	defer db.Close()
	dsn := fmt.Sprintf("host=%s user=%s password=%s", os.Getenv("PGHOST"), os.Getenv("PGUSER"), os.Getenv("PGPASSWORD"))
	_ = dsn
	client := github.NewClient(nil).WithAuthToken(os.Getenv("GITHUB_TOKEN"))
	_ = client
	// expect: secret
	installToken := "ghu_FGgmwOondzZdhATwLNrOFLtyq57Cctp8iulc"
	_ = installToken
	_ = context.Background()
}
