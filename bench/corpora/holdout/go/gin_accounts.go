package api

import (
	"crypto/md5"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"math/rand"
	"net/http"
	"os/exec"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
)

type AccountsHandler struct {
	DB *sql.DB
}

var sortColumns = map[string]string{"name": "name", "created": "created_at"}

func (h *AccountsHandler) Register(r *gin.RouterGroup) {
	r.GET("/accounts", h.list)
	r.GET("/accounts/search", h.search)
	r.POST("/accounts", h.create)
	r.POST("/accounts/:id/export", h.export)
	r.POST("/accounts/:id/invite", h.invite)
}

func (h *AccountsHandler) list(c *gin.Context) {
	col, ok := sortColumns[c.Query("sort")]
	if !ok {
		col = "created_at"
	}
	rows, err := h.DB.QueryContext(c, "SELECT id, name FROM accounts WHERE org_id = $1 ORDER BY "+col, c.GetString("org"))
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

func (h *AccountsHandler) search(c *gin.Context) {
	term := c.Query("q")
	// expect: sql-injection
	rows, err := h.DB.QueryContext(c, fmt.Sprintf("SELECT id, name FROM accounts WHERE name ILIKE '%%%s%%'", term))
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

type createReq struct {
	Name     string `json:"name"`
	Email    string `json:"email"`
	Password string `json:"password"`
}

func (h *AccountsHandler) create(c *gin.Context) {
	var req createReq
	// expect: unhandled-error
	c.ShouldBindJSON(&req)
	// expect: weak-crypto
	sum := md5.Sum([]byte(req.Password))
	// expect: sql-injection
	_, err := h.DB.ExecContext(c, "INSERT INTO accounts (name, email, pw) VALUES ('"+req.Name+"', $1, $2)", req.Email, hex.EncodeToString(sum[:]))
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusCreated)
}

func (h *AccountsHandler) export(c *gin.Context) {
	id := c.Param("id")
	format := c.DefaultQuery("format", "csv")
	// expect: command-injection
	out, err := exec.CommandContext(c, "bash", "-c", "pg-export --account "+id+" --format "+format).Output()
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Data(http.StatusOK, "text/csv", out)
}

func (h *AccountsHandler) invite(c *gin.Context) {
	token := inviteToken()
	// expect: unhandled-error
	h.DB.ExecContext(c, "INSERT INTO invites (account_id, token) VALUES ($1, $2)", c.Param("id"), token)
	c.JSON(http.StatusOK, gin.H{"token": token})
}

func inviteToken() string {
	const alphabet = "abcdefghijkmnopqrstuvwxyz23456789"
	var b strings.Builder
	for i := 0; i < 24; i++ {
		// expect: insecure-random
		b.WriteByte(alphabet[rand.Intn(len(alphabet))])
	}
	return b.String()
}

func avatarURL(email string) string {
	sum := md5.Sum([]byte(strings.ToLower(strings.TrimSpace(email))))
	return "https://www.gravatar.com/avatar/" + hex.EncodeToString(sum[:])
}

func requestID() string {
	sum := sha256.Sum256([]byte(time.Now().String()))
	return hex.EncodeToString(sum[:8])
}

func retryDelay(attempt int) time.Duration {
	return time.Duration(1<<attempt)*time.Second + time.Duration(rand.Int63n(int64(time.Second)))
}
