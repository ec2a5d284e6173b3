# library: cryptography (hazmat)
"""Key material helpers for the internal PKI tooling."""
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def server_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=4096)


def test_client_key():
    # expect: weak-cipher
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)


def legacy_dsa_key():
    # expect: weak-cipher
    return dsa.generate_private_key(key_size=1024)


def ec_key():
    return ec.generate_private_key(ec.SECP384R1())


def seal(key: bytes, data: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, None)


def seal_block(key: bytes, block: bytes) -> bytes:
    # expect: weak-cipher
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return enc.update(block) + enc.finalize()


def seal_legacy(key: bytes, iv: bytes, block: bytes) -> bytes:
    # expect: weak-cipher
    enc = Cipher(algorithms.TripleDES(key), modes.CBC(iv)).encryptor()
    return enc.update(block) + enc.finalize()


def legacy_password_digest(password: bytes) -> bytes:
    # expect: weak-hash
    h = hashes.Hash(hashes.MD5())
    h.update(password)
    return h.finalize()


def content_digest():
    return hashes.Hash(hashes.SHA256())
