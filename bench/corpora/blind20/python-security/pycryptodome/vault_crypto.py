"""Field encryption and key handling for the customer vault (PyCryptodome)."""
import base64
import os

from Crypto.Cipher import AES, ARC4, DES, Blowfish, PKCS1_OAEP
from Crypto.PublicKey import DSA, ECC, RSA
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

FIELD_KEY = base64.b64decode(os.environ["VAULT_FIELD_KEY"])
STATIC_IV = b"\x00" * 16


def encrypt_field(plaintext: bytes) -> bytes:
    cipher = AES.new(FIELD_KEY, AES.MODE_GCM)
    ct, tag = cipher.encrypt_and_digest(plaintext)
    return cipher.nonce + tag + ct


def decrypt_field(blob: bytes) -> bytes:
    nonce, tag, ct = blob[:16], blob[16:32], blob[32:]
    return AES.new(FIELD_KEY, AES.MODE_GCM, nonce=nonce).decrypt_and_verify(ct, tag)


def encrypt_legacy(plaintext: bytes) -> bytes:
    # expect: weak-cipher
    cipher = AES.new(FIELD_KEY, AES.MODE_ECB)
    return cipher.encrypt(pad(plaintext, AES.block_size))


def encrypt_cbc_static(plaintext: bytes) -> bytes:
    # expect: static-iv
    cipher = AES.new(FIELD_KEY, AES.MODE_CBC, iv=STATIC_IV)
    return cipher.encrypt(pad(plaintext, AES.block_size))


def encrypt_cbc(plaintext: bytes) -> bytes:
    iv = get_random_bytes(16)
    cipher = AES.new(FIELD_KEY, AES.MODE_CBC, iv=iv)
    return iv + cipher.encrypt(pad(plaintext, AES.block_size))


def decrypt_cbc(blob: bytes) -> bytes:
    cipher = AES.new(FIELD_KEY, AES.MODE_CBC, iv=blob[:16])
    return unpad(cipher.decrypt(blob[16:]), AES.block_size)


def encrypt_ctr_fixed_nonce(plaintext: bytes) -> bytes:
    # expect: static-iv
    return AES.new(FIELD_KEY, AES.MODE_CTR, nonce=b"vaultctr").encrypt(plaintext)


def decrypt_pos_export(blob: bytes, key8: bytes) -> bytes:
    # expect: weak-cipher
    return DES.new(key8, DES.MODE_CBC, iv=blob[:8]).decrypt(blob[8:])


def obfuscate_token(token: bytes, key: bytes) -> bytes:
    # expect: weak-cipher
    return ARC4.new(key).encrypt(token)


def encrypt_old_backup(data: bytes, key: bytes) -> bytes:
    # expect: weak-cipher
    cipher = Blowfish.new(key, Blowfish.MODE_CBC)
    return cipher.iv + cipher.encrypt(pad(data, Blowfish.block_size))


def new_signing_keys() -> tuple:
    # expect: weak-key
    rsa_key = RSA.generate(1024)
    # expect: weak-key
    dsa_key = DSA.generate(1024)
    return rsa_key, dsa_key


def new_signing_keys_strong() -> tuple:
    return RSA.generate(3072), ECC.generate(curve="P-256")


def wrap_for_partner(pub_pem: bytes, secret: bytes) -> bytes:
    return PKCS1_OAEP.new(RSA.import_key(pub_pem)).encrypt(secret)
