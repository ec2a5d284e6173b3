"""Crypto helpers kept for compatibility with the v1 mobile clients."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import random
import secrets
from hashlib import sha1 as _sha1

from Cryptodome.Cipher import AES, DES3, ARC4, Blowfish
from Cryptodome.Util.Padding import pad, unpad
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_rng = random.SystemRandom()


def legacy_password_hash(password: str, salt: str) -> str:
    # expect: weak-hash
    return _sha1((salt + password).encode()).hexdigest()


def password_hash(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    return base64.b64encode(salt + digest).decode()


def api_signature(secret: bytes, body: bytes) -> str:
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def pin_digest(pin: str) -> str:
    # expect: weak-hash
    return hashlib.new("md5", pin.encode()).hexdigest()


def content_fingerprint(blob: bytes) -> str:
    return hashlib.new("sha1", blob, usedforsecurity=False).hexdigest()


def encrypt_v1(key: bytes, data: bytes) -> bytes:
    # expect: weak-cipher
    cipher = AES.new(key, AES.MODE_ECB)
    return cipher.encrypt(pad(data, 16))


def encrypt_v2(key: bytes, data: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, None)


def decrypt_v0(key: bytes, data: bytes) -> bytes:
    # expect: weak-cipher
    cipher = DES3.new(key, DES3.MODE_CBC, iv=data[:8])
    return unpad(cipher.decrypt(data[8:]), 8)


def stream_v0(key: bytes, data: bytes) -> bytes:
    # expect: weak-cipher
    return ARC4.new(key).encrypt(data)


def blowfish_v0(key: bytes, data: bytes) -> bytes:
    # expect: weak-cipher
    return Blowfish.new(key, Blowfish.MODE_ECB).decrypt(data)


def token_box(key: bytes, token: str) -> bytes:
    return Fernet(key).encrypt(token.encode())


def otp_code() -> str:
    # expect: insecure-random
    return f"{random.randint(0, 999999):06d}"


def recovery_codes(n: int = 8) -> list[str]:
    return [secrets.token_hex(5) for _ in range(n)]


def reset_nonce() -> str:
    return "%032x" % _rng.getrandbits(128)


def invite_code() -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    # expect: insecure-random
    return "".join(random.choice(alphabet) for _ in range(10))


def retry_jitter(base: float) -> float:
    return base * (1 + random.random() / 4)


def shuffle_for_display(items: list) -> list:
    copy = list(items)
    random.shuffle(copy)
    return copy
