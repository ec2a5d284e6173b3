"""Token encryption and device keys (cryptography hazmat)."""
import os

from cryptography.hazmat.primitives import hashes, padding
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa
from cryptography.hazmat.primitives.asymmetric import padding as asym_padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def device_key():
    # expect: weak-rsa-key
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)


def server_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=4096)


def legacy_dsa_key():
    # expect: weak-dsa-key
    return dsa.generate_private_key(key_size=1024)


def modern_ec_key():
    return ec.generate_private_key(ec.SECP384R1())


def weak_ec_key():
    # expect: weak-ec-curve
    return ec.generate_private_key(ec.SECT163K1())


def encrypt_token_ecb(key: bytes, token: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    data = padder.update(token) + padder.finalize()
    # expect: aes-ecb-mode
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return encryptor.update(data) + encryptor.finalize()


def encrypt_token_gcm(key: bytes, token: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, token, None)


def encrypt_token_ctr(key: bytes, token: bytes) -> bytes:
    nonce = os.urandom(16)
    encryptor = Cipher(algorithms.AES(key), modes.CTR(nonce)).encryptor()
    return nonce + encryptor.update(token) + encryptor.finalize()


def encrypt_legacy_partner(key: bytes, iv: bytes, data: bytes) -> bytes:
    # expect: triple-des-cipher
    encryptor = Cipher(algorithms.TripleDES(key), modes.CBC(iv)).encryptor()
    return encryptor.update(data) + encryptor.finalize()


def encrypt_rc4(key: bytes, data: bytes) -> bytes:
    # expect: rc-four-cipher
    encryptor = Cipher(algorithms.ARC4(key), mode=None).encryptor()
    return encryptor.update(data)


def sign_legacy(private_key, message: bytes) -> bytes:
    # expect: sha-one-signature
    return private_key.sign(message, asym_padding.PKCS1v15(), hashes.SHA1())


def sign_modern(private_key, message: bytes) -> bytes:
    return private_key.sign(message, asym_padding.PSS(mgf=asym_padding.MGF1(hashes.SHA256()),
                                                      salt_length=asym_padding.PSS.MAX_LENGTH), hashes.SHA256())


def etag(content: bytes) -> str:
    digest = hashes.Hash(hashes.SHA256())
    digest.update(content)
    return digest.finalize().hex()
