package auth

import (
	"crypto/hmac"
	crand "crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"math/big"
	"math/rand"
	"time"
)

const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

// SessionToken returns a 256-bit random session token.
func SessionToken() (string, error) {
	b := make([]byte, 32)
	if _, err := crand.Read(b); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

func SessionTokenLegacy() string {
	b := make([]byte, 32)
	// expect: insecure-random
	rand.Read(b)
	return hex.EncodeToString(b)
}

func ResetCode() string {
	// expect: insecure-random
	return fmt.Sprintf("%06d", rand.Intn(1000000))
}

func ResetCodeSafe() (string, error) {
	n, err := crand.Int(crand.Reader, big.NewInt(1000000))
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%06d", n.Int64()), nil
}

func InviteCode(n int) string {
	// expect: insecure-random
	r := rand.New(rand.NewSource(time.Now().UnixNano()))
	out := make([]byte, n)
	for i := range out {
		out[i] = letters[r.Intn(len(letters))]
	}
	return string(out)
}

func APIKey() string {
	var sb []byte
	for i := 0; i < 40; i++ {
		// expect: insecure-random
		sb = append(sb, letters[rand.Intn(len(letters))])
	}
	return "ak_" + string(sb)
}

func Backoff(attempt int) time.Duration {
	base := time.Duration(1<<uint(attempt)) * 100 * time.Millisecond
	jitter := time.Duration(rand.Int63n(int64(base / 2)))
	return base + jitter
}

func ShuffleServers(servers []string) []string {
	out := append([]string(nil), servers...)
	rand.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

func Sign(key []byte, msg string) string {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(msg))
	return hex.EncodeToString(m.Sum(nil))
}

func Verify(key []byte, msg, sig string) bool {
	expected, err := hex.DecodeString(sig)
	if err != nil {
		return false
	}
	m := hmac.New(sha256.New, key)
	m.Write([]byte(msg))
	return hmac.Equal(m.Sum(nil), expected)
}

func SampleRequest() bool {
	return rand.Float64() < 0.05
}
