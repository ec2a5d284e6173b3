package webhooks

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha256"
	"crypto/tls"
	"encoding/hex"
	"encoding/json"
	"io"
	"log"
	"math/rand"
	"net/http"
	"os/exec"
	"time"
)

type Event struct {
	ID     string `json:"id"`
	Repo   string `json:"repo"`
	Branch string `json:"branch"`
}

type Server struct {
	Secret []byte
	Client *http.Client
}

func (s *Server) valid(body []byte, sig string) bool {
	mac := hmac.New(sha256.New, s.Secret)
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(want), []byte(sig))
}

func (s *Server) validLegacy(body []byte, sig string) bool {
	// expect: weak-crypto
	mac := hmac.New(md5.New, s.Secret)
	mac.Write(body)
	return hex.EncodeToString(mac.Sum(nil)) == sig
}

func (s *Server) Handle(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read failed", http.StatusBadRequest)
		return
	}
	if !s.valid(body, r.Header.Get("X-Signature-256")) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var ev Event
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	go s.build(ev)
	w.WriteHeader(http.StatusAccepted)
}

func (s *Server) build(ev Event) {
	cmd := exec.Command("make", "-C", "/srv/builds/"+ev.Repo, "build", "BRANCH="+ev.Branch)
	if out, err := cmd.CombinedOutput(); err != nil {
		log.Printf("build %s failed: %v\n%s", ev.ID, err, out)
	}
}

func (s *Server) buildLegacy(ev Event) {
	// expect: command-injection
	cmd := exec.Command("sh", "-c", "cd /srv/builds/"+ev.Repo+" && git checkout "+ev.Branch+" && make build")
	if err := cmd.Run(); err != nil {
		log.Printf("build %s failed: %v", ev.ID, err)
	}
}

func (s *Server) Forward(url string, ev Event) {
	b, err := json.Marshal(ev)
	if err != nil {
		log.Printf("marshal: %v", err)
		return
	}
	resp, err := s.Client.Post(url, "application/json", bytesReader(b))
	if err != nil {
		log.Printf("forward: %v", err)
		return
	}
	defer resp.Body.Close()
}

func NewForwardClient(insecure bool) *http.Client {
	tr := &http.Transport{TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12}}
	return &http.Client{Transport: tr, Timeout: 10 * time.Second}
}

func NewLabClient() *http.Client {
	// expect: tls-verify-off
	tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true, MinVersion: tls.VersionTLS12}}
	return &http.Client{Transport: tr, Timeout: 10 * time.Second}
}

func DeliveryNonce() string {
	b := make([]byte, 12)
	for i := range b {
		// expect: insecure-random
		b[i] = byte(rand.Intn(256))
	}
	return hex.EncodeToString(b)
}

func RetryAfter(attempt int) time.Duration {
	return time.Duration(attempt*attempt)*time.Second + time.Duration(rand.Intn(500))*time.Millisecond
}

func (s *Server) Ack(w http.ResponseWriter, id string) error {
	w.Header().Set("Content-Type", "application/json")
	return json.NewEncoder(w).Encode(map[string]string{"id": id, "status": "queued"})
}

type byteReader struct {
	b []byte
	i int
}

func (r *byteReader) Read(p []byte) (int, error) {
	if r.i >= len(r.b) {
		return 0, io.EOF
	}
	n := copy(p, r.b[r.i:])
	r.i += n
	return n, nil
}

func bytesReader(b []byte) io.Reader { return &byteReader{b: b} }
