package api

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"strconv"
	"strings"
)

type OrdersHandler struct {
	DB *sql.DB
}

var sortable = map[string]string{"created": "created_at", "total": "total", "status": "status"}

func (h *OrdersHandler) ByCustomer(w http.ResponseWriter, r *http.Request) {
	customer := r.URL.Query().Get("customer")
	rows, err := h.DB.Query("SELECT id, total FROM orders WHERE customer = $1", customer)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	writeRows(w, rows)
}

func (h *OrdersHandler) ByStatus(w http.ResponseWriter, r *http.Request) {
	status := r.URL.Query().Get("status")
	// expect: sql-injection
	rows, err := h.DB.Query(fmt.Sprintf("SELECT id, total FROM orders WHERE status = '%s'", status))
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	writeRows(w, rows)
}

func (h *OrdersHandler) Sorted(w http.ResponseWriter, r *http.Request) {
	col, ok := sortable[r.URL.Query().Get("sort")]
	if !ok {
		col = "created_at"
	}
	rows, err := h.DB.Query(fmt.Sprintf("SELECT id, total FROM orders ORDER BY %s DESC LIMIT $1", col), 50)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	writeRows(w, rows)
}

func (h *OrdersHandler) Search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	// expect: sql-injection
	rows, err := h.DB.QueryContext(r.Context(), "SELECT id, total FROM orders WHERE note LIKE '%"+q+"%'")
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	writeRows(w, rows)
}

func (h *OrdersHandler) Cancel(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.URL.Query().Get("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	tx, err := h.DB.BeginTx(r.Context(), nil)
	if err != nil {
		http.Error(w, "tx failed", http.StatusInternalServerError)
		return
	}
	defer tx.Rollback()
	if _, err := tx.Exec("UPDATE orders SET status = 'cancelled' WHERE id = $1", id); err != nil {
		http.Error(w, "update failed", http.StatusInternalServerError)
		return
	}
	// expect: unhandled-error
	tx.Commit()
	w.WriteHeader(http.StatusNoContent)
}

func (h *OrdersHandler) Tag(w http.ResponseWriter, r *http.Request) {
	var req struct {
		IDs []int  `json:"ids"`
		Tag string `json:"tag"`
	}
	// expect: unhandled-error
	json.NewDecoder(r.Body).Decode(&req)
	placeholders := make([]string, len(req.IDs))
	args := []any{req.Tag}
	for i, id := range req.IDs {
		placeholders[i] = fmt.Sprintf("$%d", i+2)
		args = append(args, id)
	}
	query := "UPDATE orders SET tag = $1 WHERE id IN (" + strings.Join(placeholders, ",") + ")"
	if _, err := h.DB.Exec(query, args...); err != nil {
		http.Error(w, "update failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (h *OrdersHandler) Purge(w http.ResponseWriter, r *http.Request) {
	region := r.FormValue("region")
	// expect: sql-injection
	_, err := h.DB.Exec("DELETE FROM orders WHERE region = '" + region + "' AND status = 'cancelled'")
	if err != nil {
		log.Printf("purge: %v", err)
	}
	w.WriteHeader(http.StatusAccepted)
}

func writeRows(w http.ResponseWriter, rows *sql.Rows) {
	type row struct {
		ID    int     `json:"id"`
		Total float64 `json:"total"`
	}
	var out []row
	for rows.Next() {
		var rr row
		// expect: unhandled-error
		rows.Scan(&rr.ID, &rr.Total)
		out = append(out, rr)
	}
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(out); err != nil {
		log.Printf("encode: %v", err)
	}
}
