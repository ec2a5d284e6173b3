"""Leftover crypto from the v1 API, being migrated."""
import hashlib

from Crypto.Cipher import AES, Blowfish
from Crypto.Hash import MD5, SHA256
from Crypto.Protocol.KDF import PBKDF2
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding


def v1_encrypt(key: bytes, data: bytes) -> bytes:
    # expect: weak-cipher
    return Blowfish.new(key, Blowfish.MODE_CBC).encrypt(data)


def v2_encrypt(key: bytes, data: bytes) -> bytes:
    cipher = AES.new(key, AES.MODE_EAX)
    ct, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ct


def v1_password_digest(password: bytes) -> str:
    # expect: weak-hash
    return MD5.new(password).hexdigest()


def v2_digest(data: bytes) -> str:
    return SHA256.new(data).hexdigest()


def v1_sign(private_key, message: bytes) -> bytes:
    # expect: weak-hash
    return private_key.sign(message, padding.PKCS1v15(), hashes.SHA1())


def v1_ntlm_like(password: str) -> str:
    # expect: weak-hash
    return hashlib.new("md4", password.encode("utf-16le")).hexdigest()


def derive_key(password: str, salt: bytes) -> bytes:
    return PBKDF2(password, salt, dkLen=32, count=600_000, hmac_hash_module=SHA256)
