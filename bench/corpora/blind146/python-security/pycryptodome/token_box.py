"""Encrypts reset tokens and export archives (pycryptodome)."""
import base64
import logging
import os

from Crypto.Cipher import AES
from Crypto.Hash import HMAC, SHA256
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

log = logging.getLogger(__name__)

ENC_KEY = bytes.fromhex(os.environ["TOKEN_ENC_KEY"])
MAC_KEY = bytes.fromhex(os.environ["TOKEN_MAC_KEY"])


def seal_token(plaintext: bytes) -> str:
    iv = get_random_bytes(16)
    # expect: unauthenticated-encryption
    cipher = AES.new(ENC_KEY, AES.MODE_CBC, iv)
    return base64.urlsafe_b64encode(iv + cipher.encrypt(pad(plaintext, 16))).decode()


def seal_export(data: bytes) -> bytes:
    nonce = get_random_bytes(8)
    # expect: unauthenticated-encryption
    cipher = AES.new(ENC_KEY, AES.MODE_CTR, nonce=nonce)
    return nonce + cipher.encrypt(data)


def seal_stream_chunk(chunk: bytes, iv: bytes) -> bytes:
    # expect: unauthenticated-encryption
    return AES.new(ENC_KEY, AES.MODE_CFB, iv=iv).encrypt(chunk)


def seal_session(data: bytes) -> bytes:
    cipher = AES.new(ENC_KEY, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ciphertext


def seal_with_mac(data: bytes) -> bytes:
    iv = get_random_bytes(16)
    body = iv + AES.new(ENC_KEY, AES.MODE_CBC, iv).encrypt(pad(data, 16))
    mac = HMAC.new(MAC_KEY, body, digestmod=SHA256).digest()
    return body + mac


def seal_eax(data: bytes) -> bytes:
    cipher = AES.new(ENC_KEY, AES.MODE_EAX)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    log.debug("sealed %d bytes", len(data))
    return cipher.nonce + tag + ciphertext
