"""Encrypts customer documents at rest."""
import os

from cryptography.hazmat.primitives import ciphers, hashes, hmac, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305


def encrypt_document(key, plaintext):
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    data = padder.update(plaintext) + padder.finalize()
    # expect: weak-crypto
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + encryptor.update(data) + encryptor.finalize()


class StreamSealer:
    def __init__(self, key):
        self.key = key

    def seal(self, chunk):
        nonce = os.urandom(16)
        # expect: weak-crypto
        cipher = Cipher(algorithms.AES(self.key), modes.CTR(nonce))
        enc = cipher.encryptor()
        return nonce + enc.update(chunk) + enc.finalize()


def encrypt_backup(key, blob):
    iv = os.urandom(16)
    # expect: weak-crypto
    box = ciphers.Cipher(ciphers.algorithms.AES(key), ciphers.modes.OFB(iv))
    enc = box.encryptor()
    return iv + enc.update(blob) + enc.finalize()


def encrypt_note(key, note):
    iv = os.urandom(16)
    # expect: weak-crypto
    enc = Cipher(algorithms.AES(key), mode=modes.CFB(iv)).encryptor()
    return iv + enc.update(note) + enc.finalize()


def encrypt_then_mac(enc_key, mac_key, plaintext):
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    data = padder.update(plaintext) + padder.finalize()
    enc = Cipher(algorithms.AES(enc_key), modes.CBC(iv)).encryptor()
    body = iv + enc.update(data) + enc.finalize()
    tag = hmac.HMAC(mac_key, hashes.SHA256())
    tag.update(body)
    return body + tag.finalize()


def seal_record(key, record, aad):
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, record, aad)


def seal_token(key, token):
    nonce = os.urandom(12)
    return nonce + ChaCha20Poly1305(key).encrypt(nonce, token, None)
