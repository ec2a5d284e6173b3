"""Encrypts opaque API tokens stored in the database."""
import base64
import logging

from Crypto.Cipher import AES
from Crypto.Hash import HMAC, SHA256
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

log = logging.getLogger(__name__)


def seal_cbc(key: bytes, token: bytes) -> str:
    iv = get_random_bytes(16)
    # expect: unauthenticated-encryption
    cipher = AES.new(key, AES.MODE_CBC, iv)
    return base64.b64encode(iv + cipher.encrypt(pad(token, AES.block_size))).decode()


def seal_ctr(key: bytes, token: bytes) -> str:
    # expect: unauthenticated-encryption
    cipher = AES.new(key, AES.MODE_CTR)
    return base64.b64encode(cipher.nonce + cipher.encrypt(token)).decode()


def seal_cfb(key: bytes, token: bytes) -> str:
    iv = get_random_bytes(16)
    # expect: unauthenticated-encryption
    cipher = AES.new(key, AES.MODE_CFB, iv=iv)
    return base64.b64encode(iv + cipher.encrypt(token)).decode()


def seal_gcm(key: bytes, token: bytes) -> str:
    cipher = AES.new(key, AES.MODE_GCM)
    ct, tag = cipher.encrypt_and_digest(token)
    return base64.b64encode(cipher.nonce + tag + ct).decode()


def seal_eax(key: bytes, token: bytes) -> str:
    cipher = AES.new(key, AES.MODE_EAX)
    ct, tag = cipher.encrypt_and_digest(token)
    return base64.b64encode(cipher.nonce + tag + ct).decode()


def seal_cbc_hmac(enc_key: bytes, mac_key: bytes, token: bytes) -> str:
    iv = get_random_bytes(16)
    cipher = AES.new(enc_key, AES.MODE_CBC, iv)
    body = iv + cipher.encrypt(pad(token, AES.block_size))
    mac = HMAC.new(mac_key, body, digestmod=SHA256).digest()
    return base64.b64encode(body + mac).decode()
