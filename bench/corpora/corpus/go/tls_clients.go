package clients

import (
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"net/http"
	"os"
	"time"
)

// NewPartnerClient returns an HTTP client that trusts the partner's private CA.
func NewPartnerClient(caFile string) (*http.Client, error) {
	pem, err := os.ReadFile(caFile)
	if err != nil {
		return nil, fmt.Errorf("read ca: %w", err)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pem) {
		return nil, fmt.Errorf("no certs in %s", caFile)
	}
	tr := &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}}
	return &http.Client{Transport: tr, Timeout: 15 * time.Second}, nil
}

// NewLegacyClient talks to the old billing box with a self-signed cert.
func NewLegacyClient() *http.Client {
	tr := &http.Transport{
		// expect: tls-verify-off
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	}
	return &http.Client{Transport: tr, Timeout: 30 * time.Second}
}

func NewStrictClient() *http.Client {
	tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: false, MinVersion: tls.VersionTLS12}}
	return &http.Client{Transport: tr, Timeout: 10 * time.Second}
}

func DialMetrics(addr string) (*tls.Conn, error) {
	// expect: tls-verify-off
	return tls.Dial("tcp", addr, &tls.Config{InsecureSkipVerify: true})
}

func DialMetricsVerified(addr, serverName string) (*tls.Conn, error) {
	return tls.Dial("tcp", addr, &tls.Config{ServerName: serverName, MinVersion: tls.VersionTLS12})
}

func patchDefaultTransport() {
	// expect: tls-verify-off
	http.DefaultTransport.(*http.Transport).TLSClientConfig = &tls.Config{InsecureSkipVerify: true}
}

func mTLSConfig(certFile, keyFile string) (*tls.Config, error) {
	cert, err := tls.LoadX509KeyPair(certFile, keyFile)
	if err != nil {
		return nil, err
	}
	return &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS13}, nil
}

func staging() *tls.Config {
	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
	// expect: tls-verify-off
	cfg.InsecureSkipVerify = true
	return cfg
}

func Fetch(c *http.Client, url string) (int, error) {
	resp, err := c.Get(url)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

func init() {
	if os.Getenv("LEGACY_BILLING") == "1" {
		patchDefaultTransport()
	}
	_ = staging
}
