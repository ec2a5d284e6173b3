import hashlib
import hmac
import os

from Crypto.Cipher import AES, ARC4, DES
from Crypto.Cipher import PKCS1_OAEP
from Crypto.PublicKey import RSA
from Crypto.Random import get_random_bytes
from cryptography.hazmat.primitives import hashes, padding
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC


def legacy_encrypt(key: bytes, data: bytes) -> bytes:
    # expect: weak-cipher
    cipher = DES.new(key, DES.MODE_CBC, iv=get_random_bytes(8))
    return cipher.iv + cipher.encrypt(data)


def stream_obfuscate(key: bytes, data: bytes) -> bytes:
    # expect: weak-cipher
    return ARC4.new(key).encrypt(data)


def card_block(key: bytes, block: bytes) -> bytes:
    # expect: ecb-mode
    return AES.new(key, AES.MODE_ECB).encrypt(block)


def card_block_gcm(key: bytes, data: bytes) -> bytes:
    cipher = AES.new(key, AES.MODE_GCM)
    ct, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ct


def new_signing_key():
    # expect: weak-key-size
    return RSA.generate(1024)


def new_signing_key_strong():
    return RSA.generate(3072)


def wrap_key(pub_pem: bytes, key: bytes) -> bytes:
    return PKCS1_OAEP.new(RSA.import_key(pub_pem)).encrypt(key)


def hazmat_ecb(key: bytes, data: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    # expect: ecb-mode
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return enc.update(padder.update(data) + padder.finalize()) + enc.finalize()


def hazmat_3des(key: bytes, iv: bytes, data: bytes) -> bytes:
    # expect: weak-cipher
    enc = Cipher(algorithms.TripleDES(key), modes.CBC(iv)).encryptor()
    return enc.update(data) + enc.finalize()


def gcm(key: bytes, data: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, None)


def dsa_key():
    # expect: weak-key-size
    return dsa.generate_private_key(key_size=1024)


def rsa_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=4096)


def ec_key():
    return ec.generate_private_key(ec.SECP256R1())


def hash_password(password: str, salt: bytes) -> str:
    # expect: weak-password-hash
    return hashlib.md5(salt + password.encode()).hexdigest()


def hash_password_sha1(password: str) -> str:
    # expect: weak-password-hash
    return hashlib.sha1(password.encode("utf-8")).hexdigest()


def derive(password: str, salt: bytes) -> bytes:
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=600_000)
    return kdf.derive(password.encode())


def etag(body: bytes) -> str:
    return hashlib.md5(body, usedforsecurity=False).hexdigest()


def webhook_signature(secret: bytes, body: bytes) -> str:
    return hmac.new(secret, body, hashlib.sha1).hexdigest()


def file_fingerprint(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()
