"""Encrypt exported files and cached tokens (PyCryptodome)."""
from Crypto.Cipher import AES
from Crypto.Hash import HMAC, SHA256
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad


def encrypt_export(key, data):
    iv = get_random_bytes(16)
    # expect: weak-crypto
    cipher = AES.new(key, AES.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(data, AES.block_size))


def encrypt_token(key, token):
    nonce = get_random_bytes(8)
    # expect: weak-crypto
    return nonce + AES.new(key, AES.MODE_CTR, nonce=nonce).encrypt(token)


class StreamSealer:
    MODE = AES.MODE_CFB

    def __init__(self, key):
        self.key = key

    def seal(self, chunk):
        iv = get_random_bytes(16)
        # expect: weak-crypto
        cipher = AES.new(self.key, self.MODE, iv=iv, segment_size=128)
        return iv + cipher.encrypt(chunk)


def encrypt_backup(key, data):
    iv = get_random_bytes(16)
    # expect: weak-crypto
    return iv + AES.new(key, AES.MODE_OFB, iv).encrypt(data)


def encrypt_export_v2(key, data):
    cipher = AES.new(key, AES.MODE_GCM)
    ct, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ct


def encrypt_then_mac(enc_key, mac_key, data):
    iv = get_random_bytes(16)
    cipher = AES.new(enc_key, AES.MODE_CBC, iv)
    ct = iv + cipher.encrypt(pad(data, AES.block_size))
    tag = HMAC.new(mac_key, ct, digestmod=SHA256).digest()
    return ct + tag
