"""Small crypto helpers shared by the billing service."""
import hashlib
import hmac
import os

from Crypto.Cipher import AES, ARC4, DES
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def hash_password(password: str, salt: bytes) -> str:
    # expect: weak-hash
    return hashlib.md5(salt + password.encode()).hexdigest()


def hash_password_safe(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)


def sign_webhook(secret: bytes, body: bytes) -> str:
    # expect: weak-hash
    return hmac.new(secret, body, hashlib.sha1).hexdigest()


def sign_webhook_v2(secret: bytes, body: bytes) -> str:
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def file_etag(data: bytes) -> str:
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def cache_key(*parts: str) -> str:
    return hashlib.md5("|".join(parts).encode()).hexdigest()


def api_token_digest(token: str) -> str:
    # expect: weak-hash
    return hashlib.new("sha1", token.encode()).hexdigest()


def content_id(blob: bytes) -> str:
    return hashlib.sha256(blob).hexdigest()


def encrypt_card_legacy(key: bytes, pan: bytes) -> bytes:
    # expect: weak-cipher
    cipher = DES.new(key, DES.MODE_ECB)
    return cipher.encrypt(pan.ljust(16, b"\0"))


def encrypt_card_ecb(key: bytes, pan: bytes) -> bytes:
    # expect: weak-cipher
    cipher = AES.new(key, AES.MODE_ECB)
    return cipher.encrypt(pan.ljust(16, b"\0"))


def encrypt_card(key: bytes, pan: bytes) -> tuple[bytes, bytes, bytes]:
    cipher = AES.new(key, AES.MODE_GCM)
    ct, tag = cipher.encrypt_and_digest(pan)
    return cipher.nonce, ct, tag


def obfuscate_stream(key: bytes, data: bytes) -> bytes:
    # expect: weak-cipher
    return ARC4.new(key).encrypt(data)


def encrypt_blob_ecb(key: bytes, block: bytes) -> bytes:
    # expect: weak-cipher
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return enc.update(block) + enc.finalize()


def encrypt_blob(key: bytes, data: bytes) -> bytes:
    iv = os.urandom(16)
    enc = Cipher(algorithms.AES(key), modes.CTR(iv)).encryptor()
    return iv + enc.update(data) + enc.finalize()


def new_fernet() -> Fernet:
    return Fernet(Fernet.generate_key())


def constant_time_equal(a: str, b: str) -> bool:
    return hmac.compare_digest(a, b)


def legacy_password_matches(password: str, stored_hex: str) -> bool:
    # expect: weak-hash
    candidate = hashlib.sha1(password.encode()).hexdigest()
    return hmac.compare_digest(candidate, stored_hex)
