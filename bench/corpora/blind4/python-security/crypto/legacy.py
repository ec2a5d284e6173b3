"""Crypto helpers kept for the old mobile clients and the card vault."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from hashlib import md5 as _md5, sha256

from Crypto.Cipher import AES, ARC4, DES3, PKCS1_OAEP
from Crypto.PublicKey import RSA
from Crypto.Random import get_random_bytes
from cryptography.hazmat.primitives import hashes, padding
from cryptography.hazmat.primitives.asymmetric import rsa, ec
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

VAULT_KEY = base64.b64decode(os.environ.get("VAULT_KEY", ""))


def hash_password(password: str, salt: bytes) -> str:
    # expect: weak-hash-password
    return hashlib.md5(salt + password.encode()).hexdigest()


def hash_pin(pin: str) -> str:
    # expect: weak-hash-password
    return hashlib.sha1(pin.encode("utf-8")).hexdigest()


def hash_password_v2(password: str, salt: bytes) -> bytes:
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=600_000)
    return kdf.derive(password.encode())


def legacy_token_check(token: str, stored: str) -> bool:
    # expect: weak-hash-password
    digest = _md5(token.encode()).hexdigest()
    return hmac.compare_digest(digest, stored)


def file_fingerprint(data: bytes) -> str:
    """Cache key for static assets (not a security boundary)."""
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def sign_webhook(body: bytes, secret: bytes) -> str:
    return hmac.new(secret, body, sha256).hexdigest()


def encrypt_card(pan: str) -> bytes:
    # expect: ecb-mode
    cipher = AES.new(VAULT_KEY, AES.MODE_ECB)
    data = pan.encode().ljust(32, b"\0")
    return cipher.encrypt(data)


def encrypt_card_v2(pan: str) -> bytes:
    nonce = get_random_bytes(12)
    cipher = AES.new(VAULT_KEY, AES.MODE_GCM, nonce=nonce)
    ct, tag = cipher.encrypt_and_digest(pan.encode())
    return nonce + tag + ct


def encrypt_for_terminal(payload: bytes, key: bytes) -> bytes:
    # expect: weak-cipher-tripledes
    cipher = DES3.new(key, DES3.MODE_CBC, iv=os.urandom(8))
    return cipher.iv + cipher.encrypt(payload.ljust(64, b"\0"))


def obfuscate_session(blob: bytes, key: bytes) -> bytes:
    # expect: weak-cipher-arcfour
    return ARC4.new(key).encrypt(blob)


def new_device_keypair():
    # expect: weak-rsa-key
    key = RSA.generate(1024)
    return key.export_key(), key.publickey().export_key()


def new_server_keypair():
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


def new_signing_key():
    return ec.generate_private_key(ec.SECP256R1())


def weak_signing_key():
    # expect: weak-rsa-key
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)


def encrypt_export(rows: bytes, key: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    padded = padder.update(rows) + padder.finalize()
    # expect: ecb-mode
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return enc.update(padded) + enc.finalize()


def encrypt_export_v2(rows: bytes, key: bytes) -> bytes:
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    padded = padder.update(rows) + padder.finalize()
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(padded) + enc.finalize()


def wrap_key(public_pem: bytes, secret: bytes) -> bytes:
    return PKCS1_OAEP.new(RSA.import_key(public_pem)).encrypt(secret)
