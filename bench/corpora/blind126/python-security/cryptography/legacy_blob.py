"""Read and write the legacy encrypted blobs of the desktop client (pyca/cryptography)."""
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305


def encrypt_blob(key, data):
    iv = os.urandom(8)
    padder = padding.PKCS7(64).padder()
    # expect: weak-cipher
    encryptor = Cipher(algorithms.Blowfish(key), modes.CBC(iv)).encryptor()
    return iv + encryptor.update(padder.update(data) + padder.finalize()) + encryptor.finalize()


def decrypt_blob(key, blob):
    iv, body = blob[:8], blob[8:]
    # expect: weak-cipher
    decryptor = Cipher(algorithms.Blowfish(key), modes.CBC(iv)).decryptor()
    unpadder = padding.PKCS7(64).unpadder()
    return unpadder.update(decryptor.update(body) + decryptor.finalize()) + unpadder.finalize()


def stream_cipher(key, iv):
    # expect: weak-cipher
    return Cipher(algorithms.Blowfish(key), modes.CFB(iv))


def encrypt_v2(key, data, aad=b"v2"):
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, aad)


def encrypt_v3(key, data):
    nonce = os.urandom(12)
    return nonce + ChaCha20Poly1305(key).encrypt(nonce, data, None)
