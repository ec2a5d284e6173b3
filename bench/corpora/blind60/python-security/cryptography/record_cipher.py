"""Field-level encryption for the records table."""
import os

import cryptography.hazmat.primitives.ciphers.modes as cipher_modes
from cryptography.hazmat.primitives import keywrap, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.ciphers.modes import ECB

LEGACY_MODE = modes.ECB()


def encrypt_field(key: bytes, value: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    data = padder.update(value) + padder.finalize()
    # expect: weak-crypto
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return enc.update(data) + enc.finalize()


def decrypt_field(key: bytes, blob: bytes) -> bytes:
    # expect: weak-crypto
    dec = Cipher(algorithms.AES(key), ECB()).decryptor()
    data = dec.update(blob) + dec.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return unpadder.update(data) + unpadder.finalize()


class TokenCodec:
    def __init__(self, key: bytes):
        self.cipher = Cipher(
            algorithms.AES(key),
            # expect: weak-crypto
            cipher_modes.ECB(),
        )

    def encode(self, block16: bytes) -> bytes:
        return self.cipher.encryptor().update(block16)


def legacy_cipher(key: bytes) -> Cipher:
    # expect: weak-crypto
    return Cipher(algorithms.AES(key), LEGACY_MODE)


def encrypt_field_v2(key: bytes, value: bytes, record_id: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, value, record_id)


def encrypt_field_gcm(key: bytes, value: bytes) -> bytes:
    iv = os.urandom(12)
    enc = Cipher(algorithms.AES(key), modes.GCM(iv)).encryptor()
    return iv + enc.update(value) + enc.finalize() + enc.tag


def wrap_data_key(kek: bytes, data_key: bytes) -> bytes:
    return keywrap.aes_key_wrap(kek, data_key)
