"""Encrypts blobs stored in the document vault."""
from Crypto.Cipher import AES
from Crypto.Hash import HMAC, SHA256
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad


def seal(key: bytes, data: bytes) -> bytes:
    iv = get_random_bytes(16)
    # expect: weak-cipher
    cipher = AES.new(key, AES.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(data, AES.block_size))


def open_sealed(key: bytes, blob: bytes) -> bytes:
    # expect: weak-cipher
    cipher = AES.new(key, AES.MODE_CBC, blob[:16])
    return unpad(cipher.decrypt(blob[16:]), AES.block_size)


class StreamBox:
    def __init__(self, key: bytes):
        self.key = key

    def encrypt(self, data: bytes) -> bytes:
        nonce = get_random_bytes(8)
        # expect: weak-cipher
        return nonce + AES.new(self.key, AES.MODE_CTR, nonce=nonce).encrypt(data)

    def encrypt_cfb(self, data: bytes) -> bytes:
        iv = get_random_bytes(16)
        # expect: weak-cipher
        return iv + AES.new(self.key, AES.MODE_CFB, iv=iv).encrypt(data)


def seal_gcm(key: bytes, data: bytes) -> bytes:
    cipher = AES.new(key, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ciphertext


def seal_eax(key: bytes, data: bytes):
    cipher = AES.new(key, AES.MODE_EAX)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce, tag, ciphertext


def seal_then_mac(enc_key: bytes, mac_key: bytes, data: bytes) -> bytes:
    iv = get_random_bytes(16)
    body = iv + AES.new(enc_key, AES.MODE_CBC, iv).encrypt(pad(data, AES.block_size))
    tag = HMAC.new(mac_key, body, digestmod=SHA256).digest()
    return body + tag
