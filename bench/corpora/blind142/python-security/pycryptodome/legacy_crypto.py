"""Legacy field encryption kept for reading records written before 2019."""
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

from .keys import field_key


def encrypt_field(value):
    key = field_key()
    nonce = get_random_bytes(12)
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)
    data, tag = cipher.encrypt_and_digest(value.encode())
    return nonce + tag + data


def decrypt_legacy(blob, iv):
    # expect: empty-key
    cipher = AES.new("", AES.MODE_CBC, iv)
    return unpad(cipher.decrypt(blob), AES.block_size).decode()


def encrypt_legacy(value, iv):
    # expect: empty-key
    return AES.new("", AES.MODE_CBC, iv).encrypt(pad(value.encode(), AES.block_size))


def stream_cipher(iv, key=None):
    if key is None:
        # expect: empty-key
        return AES.new("", AES.MODE_CFB, iv)
    return AES.new(key, AES.MODE_CFB, iv)


def session_cipher():
    key = get_random_bytes(32)
    return key, AES.new(key, AES.MODE_EAX)
