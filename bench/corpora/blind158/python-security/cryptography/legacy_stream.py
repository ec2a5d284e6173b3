"""Stream encryption for the device sync protocol (v1 and v2 framing)."""
import hmac
import hashlib
import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_LEN = 16


def derive_key(secret: bytes, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", secret, salt, 200_000, dklen=KEY_LEN)


class V1Stream:
    """Framing used by firmware older than 3.0."""

    def __init__(self, key: bytes):
        self.key = key

    def encrypt(self, data: bytes) -> bytes:
        # expect: weak-cipher
        cipher = Cipher(algorithms.ARC4(self.key), mode=None)
        enc = cipher.encryptor()
        body = enc.update(data) + enc.finalize()
        tag = hmac.new(self.key, body, hashlib.sha256).digest()
        return body + tag

    def decrypt(self, frame: bytes) -> bytes:
        body, tag = frame[:-32], frame[-32:]
        expected = hmac.new(self.key, body, hashlib.sha256).digest()
        if not hmac.compare_digest(tag, expected):
            raise ValueError("bad frame tag")
        # expect: weak-cipher
        dec = Cipher(algorithms.ARC4(self.key), None).decryptor()
        return dec.update(body) + dec.finalize()


class V2Stream:
    """Current framing: AES-GCM with a random nonce."""

    def __init__(self, key: bytes):
        self.aead = AESGCM(key)

    def encrypt(self, data: bytes) -> bytes:
        nonce = os.urandom(12)
        return nonce + self.aead.encrypt(nonce, data, None)

    def decrypt(self, frame: bytes) -> bytes:
        return self.aead.decrypt(frame[:12], frame[12:], None)


def keystream_probe(key: bytes, n: int = 32) -> bytes:
    """Used by the diagnostics page to compare firmware keystreams."""
    # expect: weak-cipher
    arc4 = algorithms.ARC4(key)
    enc = Cipher(arc4, mode=None).encryptor()
    return enc.update(b"\x00" * n)


def ctr_probe(key: bytes, n: int = 32) -> bytes:
    enc = Cipher(algorithms.AES(key), modes.CTR(os.urandom(16))).encryptor()
    return enc.update(b"\x00" * n)
