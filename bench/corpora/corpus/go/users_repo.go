package users

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/jmoiron/sqlx"
)

type Repo struct {
	db  *sql.DB
	dbx *sqlx.DB
}

type User struct {
	ID    int64  `db:"id"`
	Email string `db:"email"`
	Role  string `db:"role"`
}

var orderColumns = map[string]bool{"email": true, "created_at": true}

func (r *Repo) ByEmail(ctx context.Context, email string) (*User, error) {
	u := &User{}
	err := r.db.QueryRowContext(ctx, "SELECT id, email, role FROM users WHERE email = $1", email).Scan(&u.ID, &u.Email, &u.Role)
	return u, err
}

func (r *Repo) ByEmailLegacy(ctx context.Context, email string) (*User, error) {
	u := &User{}
	// expect: sql-injection
	err := r.db.QueryRowContext(ctx, "SELECT id, email, role FROM users WHERE email = '"+email+"'").Scan(&u.ID, &u.Email, &u.Role)
	return u, err
}

func (r *Repo) Search(ctx context.Context, term, orderBy string) ([]User, error) {
	if !orderColumns[orderBy] {
		orderBy = "email"
	}
	q := fmt.Sprintf("SELECT id, email, role FROM users WHERE email ILIKE $1 ORDER BY %s LIMIT 100", orderBy)
	var out []User
	err := r.dbx.SelectContext(ctx, &out, q, "%"+term+"%")
	return out, err
}

func (r *Repo) SearchUnsafe(ctx context.Context, term, orderBy string) ([]User, error) {
	var out []User
	// expect: sql-injection
	err := r.dbx.SelectContext(ctx, &out, fmt.Sprintf("SELECT id, email, role FROM users WHERE email ILIKE '%%%s%%' ORDER BY %s", term, orderBy))
	return out, err
}

func (r *Repo) SetRole(ctx context.Context, id int64, role string) error {
	_, err := r.db.ExecContext(ctx, "UPDATE users SET role = $1 WHERE id = $2", role, id)
	return err
}

func (r *Repo) SetRoleLegacy(ctx context.Context, id int64, role string) error {
	// expect: sql-injection
	_, err := r.db.ExecContext(ctx, fmt.Sprintf("UPDATE users SET role = '%s' WHERE id = %d", role, id))
	return err
}

func (r *Repo) DeleteMany(ctx context.Context, ids []int64) error {
	query, args, err := sqlx.In("DELETE FROM users WHERE id IN (?)", ids)
	if err != nil {
		return err
	}
	_, err = r.dbx.ExecContext(ctx, r.dbx.Rebind(query), args...)
	return err
}

func (r *Repo) ByDomains(ctx context.Context, domains []string) (*sql.Rows, error) {
	quoted := make([]string, len(domains))
	for i, d := range domains {
		quoted[i] = "'" + d + "'"
	}
	// expect: sql-injection
	return r.db.QueryContext(ctx, "SELECT id, email FROM users WHERE split_part(email, '@', 2) IN ("+strings.Join(quoted, ",")+")")
}

func (r *Repo) Count(ctx context.Context) (int, error) {
	var n int
	err := r.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM users").Scan(&n)
	return n, err
}

func (r *Repo) Touch(ctx context.Context, id int64) {
	// expect: unhandled-error
	r.db.ExecContext(ctx, "UPDATE users SET last_seen = now() WHERE id = $1", id)
}

func (r *Repo) Close() {
	_ = r.db.Close()
}
