"""Field-level encryption for the customer vault (pycryptodome)."""
import os

from Crypto.Cipher import AES, ARC4, DES, DES3, Blowfish, PKCS1_OAEP
from Crypto.Cipher import ChaCha20_Poly1305
from Crypto.PublicKey import RSA, DSA
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

MASTER_KEY = bytes.fromhex(os.environ["VAULT_MASTER_KEY"])


def encrypt_field(plaintext: bytes) -> bytes:
    nonce = get_random_bytes(12)
    cipher = AES.new(MASTER_KEY, AES.MODE_GCM, nonce=nonce)
    ct, tag = cipher.encrypt_and_digest(plaintext)
    return nonce + tag + ct


def encrypt_field_legacy(plaintext: bytes) -> bytes:
    # expect: weak-cipher
    cipher = AES.new(MASTER_KEY, AES.MODE_ECB)
    return cipher.encrypt(pad(plaintext, AES.block_size))


def decrypt_v1(blob: bytes, key: bytes) -> bytes:
    iv, ct = blob[:8], blob[8:]
    # expect: weak-cipher
    return unpad(DES.new(key, DES.MODE_CBC, iv).decrypt(ct), 8)


def decrypt_v2(blob: bytes, key: bytes) -> bytes:
    iv, ct = blob[:8], blob[8:]
    # expect: weak-cipher
    cipher = DES3.new(key, DES3.MODE_CBC, iv=iv)
    return unpad(cipher.decrypt(ct), 8)


def obfuscate_stream(key: bytes, data: bytes) -> bytes:
    # expect: weak-cipher
    return ARC4.new(key).encrypt(data)


def legacy_blowfish(key: bytes, data: bytes) -> bytes:
    # expect: weak-cipher
    bf = Blowfish.new(key, Blowfish.MODE_ECB)
    return bf.encrypt(pad(data, Blowfish.block_size))


def stream_encrypt(key: bytes, data: bytes) -> bytes:
    c = ChaCha20_Poly1305.new(key=key)
    ct, tag = c.encrypt_and_digest(data)
    return c.nonce + tag + ct


def new_signing_key():
    # expect: weak-key
    return RSA.generate(1024)


def new_signing_key_strong():
    return RSA.generate(3072)


def new_dsa_key():
    # expect: weak-key
    return DSA.generate(1024)


def wrap_key(public_pem: bytes, key: bytes) -> bytes:
    return PKCS1_OAEP.new(RSA.import_key(public_pem)).encrypt(key)


def ctr_encrypt(key: bytes, data: bytes) -> bytes:
    c = AES.new(key, AES.MODE_CTR)
    return c.nonce + c.encrypt(data)


KEY_BITS = 2048


def new_tenant_key():
    return RSA.generate(KEY_BITS)
