from cryptography.hazmat.primitives import hashes, hmac, serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, padding, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.fernet import Fernet
import os


def make_client_cert_key():
    # expect: weak-key
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)


def make_server_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=4096)


def make_dsa():
    # expect: weak-key
    return dsa.generate_private_key(key_size=1024)


def make_ec():
    return ec.generate_private_key(ec.SECP384R1())


def seal(key: bytes, data: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, None)


def seal_legacy(key: bytes, data: bytes) -> bytes:
    # expect: weak-cipher
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return enc.update(data) + enc.finalize()


def seal_3des(key: bytes, iv: bytes, data: bytes) -> bytes:
    # expect: weak-cipher
    enc = Cipher(algorithms.TripleDES(key), modes.CBC(iv)).encryptor()
    return enc.update(data) + enc.finalize()


def rc4(key: bytes, data: bytes) -> bytes:
    # expect: weak-cipher
    return Cipher(algorithms.ARC4(key), mode=None).encryptor().update(data)


def seal_cbc(key: bytes, data: bytes) -> bytes:
    iv = os.urandom(16)
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    body = iv + enc.update(data) + enc.finalize()
    mac = hmac.HMAC(key, hashes.SHA256())
    mac.update(body)
    return body + mac.finalize()


def legacy_mac(key: bytes, data: bytes) -> bytes:
    h = hmac.HMAC(key, hashes.SHA1())
    h.update(data)
    return h.finalize()


def sign_md5(private_key, data: bytes) -> bytes:
    # expect: weak-hash
    return private_key.sign(data, padding.PKCS1v15(), hashes.MD5())


def sign(private_key, data: bytes) -> bytes:
    return private_key.sign(data, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH), hashes.SHA256())


def session_box() -> Fernet:
    return Fernet(Fernet.generate_key())
