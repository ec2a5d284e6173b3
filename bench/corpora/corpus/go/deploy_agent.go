package main

import (
	"bytes"
	"crypto/md5"
	"crypto/sha256"
	"crypto/tls"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math/rand"
	"net/http"
	"os"
	"os/exec"
	"time"
)

type DeployRequest struct {
	Service string `json:"service"`
	Tag     string `json:"tag"`
	Hook    string `json:"hook"`
}

var (
	addr   = flag.String("addr", "127.0.0.1:9000", "listen address")
	dbURL  = flag.String("db", os.Getenv("AGENT_DB"), "database url")
	db     *sql.DB
	client = &http.Client{Timeout: 20 * time.Second}
)

func artifactDigest(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:]), nil
}

func verifyArtifactLegacy(b []byte, want string) bool {
	// expect: weak-crypto
	sum := md5.Sum(b)
	return hex.EncodeToString(sum[:]) == want
}

func deploy(w http.ResponseWriter, r *http.Request) {
	var req DeployRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	cmd := exec.CommandContext(r.Context(), "kubectl", "set", "image", "deploy/"+req.Service, req.Service+"=registry/"+req.Service+":"+req.Tag)
	if out, err := cmd.CombinedOutput(); err != nil {
		http.Error(w, string(out), http.StatusInternalServerError)
		return
	}
	// expect: sql-injection
	_, err := db.Exec(fmt.Sprintf("INSERT INTO deploys(service, tag) VALUES ('%s', '%s')", req.Service, req.Tag))
	if err != nil {
		log.Printf("record deploy: %v", err)
	}
	w.WriteHeader(http.StatusAccepted)
}

func runHook(w http.ResponseWriter, r *http.Request) {
	var req DeployRequest
	// expect: unhandled-error
	json.NewDecoder(r.Body).Decode(&req)
	// expect: command-injection
	out, err := exec.Command("sh", "-c", "./hooks/"+req.Hook).CombinedOutput()
	if err != nil {
		http.Error(w, string(out), http.StatusInternalServerError)
		return
	}
	w.Write(out)
}

func notify(url string, payload []byte) error {
	tr := &http.Transport{TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12}}
	c := &http.Client{Transport: tr, Timeout: 10 * time.Second}
	resp, err := c.Post(url, "application/json", bytes.NewReader(payload))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return nil
}

func notifyLegacy(url string, payload []byte) {
	// expect: tls-verify-off
	tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}
	c := &http.Client{Transport: tr, Timeout: 10 * time.Second}
	// expect: unhandled-error
	c.Post(url, "application/json", bytes.NewReader(payload))
}

func lockID() string {
	// expect: insecure-random
	return fmt.Sprintf("lock-%d", rand.Int63())
}

func pollInterval() time.Duration {
	return 5*time.Second + time.Duration(rand.Intn(1000))*time.Millisecond
}

func healthz(w http.ResponseWriter, _ *http.Request) {
	fmt.Fprintln(w, "ok")
}

func main() {
	flag.Parse()
	var err error
	db, err = sql.Open("postgres", *dbURL)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	http.HandleFunc("/deploy", deploy)
	http.HandleFunc("/hook", runHook)
	http.HandleFunc("/healthz", healthz)
	srv := &http.Server{Addr: *addr, ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
