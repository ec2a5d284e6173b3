"""Field-level encryption helpers for the billing service."""
import hashlib
import hmac
import os

from Crypto.Cipher import AES, ARC4, Blowfish, DES, DES3
from Crypto.Cipher import AES as _AES
from Crypto.PublicKey import RSA, DSA
from Crypto.Random import get_random_bytes
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.algorithms import TripleDES as TDES

KEY_BITS = 2048


def legacy_encrypt(key, data):
    # expect: weak-cipher
    cipher = DES.new(key, DES.MODE_CBC, iv=os.urandom(8))
    return cipher.encrypt(data)


def legacy_3des(key, data):
    # expect: weak-cipher
    cipher = DES3.new(key, mode=DES3.MODE_CFB)
    return cipher.iv + cipher.encrypt(data)


def stream_obfuscate(key, data):
    # expect: weak-cipher
    return ARC4.new(key).encrypt(data)


def blowfish_wrap(key, data):
    # expect: weak-cipher
    cipher = Blowfish.new(key, Blowfish.MODE_CBC)
    return cipher.encrypt(data)


def aes_ecb(key, block):
    # expect: ecb-mode
    return _AES.new(key, _AES.MODE_ECB).encrypt(block)


def aes_gcm(key, data):
    cipher = AES.new(key, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce, ciphertext, tag


def hazmat_3des(key, iv, data):
    # expect: weak-cipher
    enc = Cipher(TDES(key), modes.CBC(iv)).encryptor()
    return enc.update(data) + enc.finalize()


def hazmat_ecb(key, data):
    # expect: ecb-mode
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return enc.update(data) + enc.finalize()


def hazmat_gcm(key, data):
    iv = os.urandom(12)
    enc = Cipher(algorithms.AES(key), modes.GCM(iv)).encryptor()
    return iv, enc.update(data) + enc.finalize(), enc.tag


def hazmat_rc4(key, data):
    # expect: weak-cipher
    algo = algorithms.ARC4(key)
    return Cipher(algo, mode=None).encryptor().update(data)


def new_signing_key():
    # expect: weak-key
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)


def new_signing_key_ok():
    return rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)


def new_dsa_key():
    # expect: weak-key
    return dsa.generate_private_key(key_size=1024)


def pycrypto_rsa():
    # expect: weak-key
    return RSA.generate(1024)


def pycrypto_rsa_ok():
    return RSA.generate(3072)


def pycrypto_dsa():
    # expect: weak-key
    return DSA.generate(bits=1024)


def ec_key_weak():
    # expect: weak-key
    return ec.generate_private_key(ec.SECP192R1())


def ec_key_binary_weak():
    # expect: weak-key
    return ec.generate_private_key(curve=ec.SECT163K1())


def ec_key_ok():
    return ec.generate_private_key(ec.SECP256R1())


def hash_password(password, salt):
    # expect: weak-hash
    return hashlib.md5(salt + password.encode()).hexdigest()


def hash_password_sha1(password):
    # expect: weak-hash
    digest = hashlib.new("sha1", password.encode("utf-8"))
    return digest.hexdigest()


def hash_password_ok(password, salt):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)


def etag(body):
    return hashlib.md5(body, usedforsecurity=False).hexdigest()


def webhook_signature(secret, body):
    return hmac.new(secret, body, hashlib.sha1).hexdigest()


def cache_key(url):
    return hashlib.sha1(url.encode()).hexdigest()


def fingerprint(data):
    h = hashes.Hash(hashes.SHA256())
    h.update(data)
    return h.finalize()


def session_key():
    return get_random_bytes(32)
