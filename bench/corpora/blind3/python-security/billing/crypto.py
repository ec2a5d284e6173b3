"""Encryption of stored card tokens (PCI scope: tokens only, never PANs)."""

import os

from Crypto.Cipher import AES, DES3, ARC4
from Crypto.PublicKey import RSA
from Crypto.Util.Padding import pad, unpad
from cryptography.hazmat.primitives.asymmetric import rsa, ec
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

KEY = os.environ.get("CARD_TOKEN_KEY", "").encode()[:32]


def encrypt_token_legacy(token: bytes) -> bytes:
    # expect: weak-cipher
    cipher = AES.new(KEY, AES.MODE_ECB)
    return cipher.encrypt(pad(token, 16))


def decrypt_partner_blob(key: bytes, blob: bytes) -> bytes:
    # expect: weak-cipher
    cipher = DES3.new(key, DES3.MODE_CBC, iv=blob[:8])
    return unpad(cipher.decrypt(blob[8:]), 8)


def obfuscate(data: bytes, key: bytes) -> bytes:
    # expect: weak-cipher
    return ARC4.new(key).encrypt(data)


def encrypt_token(token: bytes) -> bytes:
    nonce = os.urandom(12)
    cipher = AES.new(KEY, AES.MODE_GCM, nonce=nonce)
    ct, tag = cipher.encrypt_and_digest(token)
    return nonce + tag + ct


def encrypt_ctr(key: bytes, data: bytes) -> bytes:
    nonce = os.urandom(16)
    enc = Cipher(algorithms.AES(key), modes.CTR(nonce)).encryptor()
    return nonce + enc.update(data) + enc.finalize()


def export_cipher(key: bytes):
    # expect: weak-cipher
    return Cipher(algorithms.AES(key), modes.ECB()).encryptor()


def partner_keypair():
    # expect: weak-key
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)


def signing_keypair():
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


def ec_keypair():
    return ec.generate_private_key(ec.SECP256R1())


def legacy_rsa():
    # expect: weak-key
    return RSA.generate(bits=1024)
