# library: cryptography (hazmat ciphers)
"""Encryption of API credentials stored in the settings table."""
import os

from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_secret(key, data):
    iv = os.urandom(16)
    # expect: unauthenticated-encryption
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(data) + enc.finalize()


def encrypt_secret_ctr(key, data):
    nonce = os.urandom(16)
    # expect: unauthenticated-encryption
    enc = Cipher(algorithms.AES(key), modes.CTR(nonce)).encryptor()
    return nonce + enc.update(data) + enc.finalize()


def encrypt_secret_gcm(key, data):
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, b"settings")


def encrypt_then_mac(enc_key, mac_key, data):
    iv = os.urandom(16)
    enc = Cipher(algorithms.AES(enc_key), modes.CBC(iv)).encryptor()
    blob = iv + enc.update(data) + enc.finalize()
    mac = hmac.HMAC(mac_key, hashes.SHA256())
    mac.update(blob)
    return blob + mac.finalize()


def encrypt_with_fernet(key, data):
    return Fernet(key).encrypt(data)
