"""Key management helpers built on `cryptography`."""
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import dsa, ec, padding, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_SIZE = 4096


def tenant_keypair():
    return rsa.generate_private_key(public_exponent=65537, key_size=KEY_SIZE)


def test_keypair():
    # expect: weak-key
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)


def legacy_dsa():
    # expect: weak-key
    return dsa.generate_private_key(key_size=1024)


def iot_curve_key():
    # expect: weak-key
    return ec.generate_private_key(ec.SECP192R1())


def modern_curve_key():
    return ec.generate_private_key(ec.SECP384R1())


def encrypt_block(key: bytes, block: bytes) -> bytes:
    # expect: weak-cipher
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return encryptor.update(block) + encryptor.finalize()


def encrypt_record(key: bytes, record: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, record, None)


def encrypt_for_partner(key: bytes, data: bytes) -> bytes:
    iv = os.urandom(8)
    # expect: weak-cipher
    encryptor = Cipher(algorithms.TripleDES(key), modes.CBC(iv)).encryptor()
    return iv + encryptor.update(data) + encryptor.finalize()


def sign(private_key, message: bytes) -> bytes:
    return private_key.sign(message, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH), hashes.SHA256())


def fingerprint(public_bytes: bytes) -> bytes:
    # expect: weak-hash
    digest = hashes.Hash(hashes.MD5())
    digest.update(public_bytes)
    return digest.finalize()
