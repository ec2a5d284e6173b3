package vault

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/md5"
	"crypto/rand"
	"crypto/rc4"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"

	"golang.org/x/crypto/bcrypt"
)

func HashPassword(pw string) (string, error) {
	b, err := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost)
	return string(b), err
}

func HashPasswordV1(pw, salt string) string {
	// expect: weak-crypto
	sum := md5.Sum([]byte(salt + pw))
	return hex.EncodeToString(sum[:])
}

func TokenDigest(token string) string {
	// expect: weak-crypto
	h := sha1.New()
	h.Write([]byte(token))
	return hex.EncodeToString(h.Sum(nil))
}

func TokenDigestV2(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

func ETag(body []byte) string {
	sum := md5.Sum(body)
	return `"` + hex.EncodeToString(sum[:]) + `"`
}

func EncryptLegacy(key, plaintext []byte) ([]byte, error) {
	// expect: weak-crypto
	block, err := des.NewCipher(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(plaintext))
	for i := 0; i+des.BlockSize <= len(plaintext); i += des.BlockSize {
		block.Encrypt(out[i:], plaintext[i:])
	}
	return out, nil
}

func EncryptTripleDES(key, iv, plaintext []byte) ([]byte, error) {
	// expect: weak-crypto
	block, err := des.NewTripleDESCipher(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(plaintext))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out, plaintext)
	return out, nil
}

func ObfuscateStream(key, data []byte) ([]byte, error) {
	// expect: weak-crypto
	c, err := rc4.NewCipher(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(data))
	c.XORKeyStream(out, data)
	return out, nil
}

func Encrypt(key, plaintext []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := io.ReadFull(rand.Reader, nonce); err != nil {
		return nil, err
	}
	return gcm.Seal(nonce, nonce, plaintext, nil), nil
}

func Decrypt(key, sealed []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	if len(sealed) < gcm.NonceSize() {
		return nil, errors.New("ciphertext too short")
	}
	return gcm.Open(nil, sealed[:gcm.NonceSize()], sealed[gcm.NonceSize():], nil)
}

func ChunkChecksum(chunk []byte) string {
	sum := sha1.Sum(chunk)
	return hex.EncodeToString(sum[:])
}

func SignLegacyWebhook(secret, body []byte) string {
	// expect: weak-crypto
	sum := md5.Sum(append(secret, body...))
	return hex.EncodeToString(sum[:])
}
