package admin

import (
	"context"
	"fmt"
	"net/http"
	"os/exec"
	"regexp"
	"time"
)

var hostRe = regexp.MustCompile(`^[a-zA-Z0-9.-]{1,253}$`)

func Ping(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	if !hostRe.MatchString(host) {
		http.Error(w, "bad host", http.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "ping", "-c", "1", host).CombinedOutput()
	if err != nil {
		http.Error(w, "ping failed", http.StatusBadGateway)
		return
	}
	w.Write(out)
}

func PingRaw(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	// expect: command-injection
	out, err := exec.Command("sh", "-c", "ping -c 1 "+host).CombinedOutput()
	if err != nil {
		http.Error(w, "ping failed", http.StatusBadGateway)
		return
	}
	w.Write(out)
}

func Traceroute(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("target")
	// expect: command-injection
	cmd := exec.Command("bash", "-c", fmt.Sprintf("traceroute -m 10 %s", target))
	out, err := cmd.Output()
	if err != nil {
		http.Error(w, "traceroute failed", http.StatusBadGateway)
		return
	}
	w.Write(out)
}

func DiskUsage(w http.ResponseWriter, r *http.Request) {
	out, err := exec.Command("df", "-h").Output()
	if err != nil {
		http.Error(w, "df failed", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}

func Uptime(w http.ResponseWriter, r *http.Request) {
	out, err := exec.Command("sh", "-c", "uptime && free -m").Output()
	if err != nil {
		http.Error(w, "uptime failed", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}

func Logs(w http.ResponseWriter, r *http.Request) {
	unit := r.URL.Query().Get("unit")
	lines := r.URL.Query().Get("n")
	// expect: command-injection
	cmd := exec.CommandContext(r.Context(), "/bin/sh", "-c", "journalctl -u "+unit+" -n "+lines)
	out, err := cmd.Output()
	if err != nil {
		http.Error(w, "journalctl failed", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}

func LogsSafe(w http.ResponseWriter, r *http.Request) {
	unit := r.URL.Query().Get("unit")
	cmd := exec.CommandContext(r.Context(), "journalctl", "-u", unit, "-n", "200", "--no-pager")
	out, err := cmd.Output()
	if err != nil {
		http.Error(w, "journalctl failed", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}

func Convert(w http.ResponseWriter, r *http.Request) {
	src := r.FormValue("src")
	size := r.FormValue("size")
	// expect: command-injection
	if err := exec.Command("sh", "-c", fmt.Sprintf("convert %s -resize %s /tmp/out.png", src, size)).Run(); err != nil {
		http.Error(w, "convert failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

func GitLog(w http.ResponseWriter, r *http.Request) {
	branch := r.URL.Query().Get("branch")
	cmd := exec.Command("git", "log", "--oneline", "-n", "20", "--end-of-options", branch)
	cmd.Dir = "/srv/repo"
	out, err := cmd.Output()
	if err != nil {
		http.Error(w, "git failed", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}
