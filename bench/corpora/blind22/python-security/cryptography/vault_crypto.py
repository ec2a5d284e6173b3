"""Field-level encryption for the customer vault (pyca/cryptography)."""
import os

from cryptography.hazmat.primitives import hashes, hmac, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305


def encrypt_field(key, plaintext):
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, b"vault-v2")


def encrypt_legacy(key, plaintext):
    padder = padding.PKCS7(128).padder()
    data = padder.update(plaintext) + padder.finalize()
    # expect: weak-cipher
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return enc.update(data) + enc.finalize()


def encrypt_cbc_unauthenticated(key, plaintext):
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    data = padder.update(plaintext) + padder.finalize()
    # expect: weak-cipher
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(data) + enc.finalize()


def encrypt_cbc_then_mac(enc_key, mac_key, plaintext):
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    data = padder.update(plaintext) + padder.finalize()
    enc = Cipher(algorithms.AES(enc_key), modes.CBC(iv)).encryptor()
    ct = iv + enc.update(data) + enc.finalize()
    tag = hmac.HMAC(mac_key, hashes.SHA256())
    tag.update(ct)
    return ct + tag.finalize()


def stream_old(key, data):
    # expect: weak-cipher
    algo = algorithms.ARC4(key)
    return Cipher(algo, mode=None).encryptor().update(data)


def mainframe_bridge(key, block):
    # expect: weak-cipher
    enc = Cipher(algorithms.TripleDES(key), modes.CBC(b"\x00" * 8)).encryptor()
    return enc.update(block) + enc.finalize()


def seal(key, data):
    nonce = os.urandom(12)
    return nonce + ChaCha20Poly1305(key).encrypt(nonce, data, None)


def fingerprint(data):
    # expect: weak-hash
    h = hashes.Hash(hashes.MD5())
    h.update(data)
    return h.finalize()


def fingerprint_v2(data):
    h = hashes.Hash(hashes.SHA256())
    h.update(data)
    return h.finalize()


def empty_key_cipher(plaintext):
    # expect: weak-key
    return AESGCM(b"").encrypt(os.urandom(12), plaintext, None)
