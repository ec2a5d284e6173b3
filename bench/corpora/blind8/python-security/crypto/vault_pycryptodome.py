# library: pycryptodome
"""Field-level encryption for the customer vault."""
import base64
import os

from Crypto.Cipher import AES, DES3, PKCS1_OAEP
from Crypto.PublicKey import RSA
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

MASTER_KEY = base64.b64decode(os.environ["VAULT_KEY"])


def encrypt_field(value: str) -> str:
    cipher = AES.new(MASTER_KEY, AES.MODE_GCM)
    ct, tag = cipher.encrypt_and_digest(value.encode())
    return base64.b64encode(cipher.nonce + tag + ct).decode()


def encrypt_field_v1(value: str) -> str:
    # expect: weak-cipher
    cipher = AES.new(MASTER_KEY, AES.MODE_ECB)
    return base64.b64encode(cipher.encrypt(pad(value.encode(), AES.block_size))).decode()


def decrypt_field_v1(blob: str) -> str:
    # expect: weak-cipher
    cipher = AES.new(MASTER_KEY, AES.MODE_ECB)
    return unpad(cipher.decrypt(base64.b64decode(blob)), AES.block_size).decode()


def encrypt_card_legacy(pan: str, key: bytes) -> bytes:
    iv = get_random_bytes(8)
    # expect: weak-cipher
    cipher = DES3.new(key, DES3.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(pan.encode(), 8))


def new_keypair():
    # expect: weak-cipher
    key = RSA.generate(1024)
    return key.export_key(), key.publickey().export_key()


def new_keypair_v2():
    key = RSA.generate(3072)
    return key.export_key(), key.publickey().export_key()


def wrap(public_pem: bytes, data_key: bytes) -> bytes:
    return PKCS1_OAEP.new(RSA.import_key(public_pem)).encrypt(data_key)
