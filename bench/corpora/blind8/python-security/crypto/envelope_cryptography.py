# library: cryptography (hazmat)
"""Envelope encryption for exported reports."""
import os

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def new_signing_key():
    # expect: weak-cipher
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)


def new_transport_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


def new_ec_key():
    return ec.generate_private_key(ec.SECP384R1())


def seal(data: bytes, key: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, None)


def seal_legacy(data: bytes, key: bytes) -> bytes:
    # expect: weak-cipher
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return encryptor.update(data) + encryptor.finalize()


def stream(data: bytes, key: bytes) -> bytes:
    nonce = os.urandom(16)
    encryptor = Cipher(algorithms.AES(key), modes.CTR(nonce)).encryptor()
    return nonce + encryptor.update(data) + encryptor.finalize()


def wrap_key(public_key, data_key: bytes) -> bytes:
    return public_key.encrypt(
        data_key,
        padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None),
    )


def sign_manifest(private_key, manifest: bytes) -> bytes:
    # expect: weak-hash
    return private_key.sign(manifest, padding.PKCS1v15(), hashes.SHA1())


def export_private(private_key, passphrase: bytes) -> bytes:
    return private_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
