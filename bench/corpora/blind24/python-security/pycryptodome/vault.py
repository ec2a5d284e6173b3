"""Encrypts customer attachments at rest (PyCryptodome)."""
from Crypto.Cipher import AES, ARC4, DES, DES3, PKCS1_OAEP
from Crypto.PublicKey import RSA, DSA
from Crypto.Random import get_random_bytes


def seal(key: bytes, data: bytes) -> bytes:
    nonce = get_random_bytes(12)
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)
    ct, tag = cipher.encrypt_and_digest(data)
    return nonce + tag + ct


def seal_legacy(key: bytes, data: bytes) -> bytes:
    # expect: weak-cipher
    cipher = AES.new(key, AES.MODE_ECB)
    return cipher.encrypt(data.ljust((len(data) + 15) // 16 * 16, b"\0"))


def seal_mainframe(key8: bytes, data: bytes) -> bytes:
    # expect: weak-cipher
    return DES.new(key8, DES.MODE_CBC, iv=get_random_bytes(8)).encrypt(data)


def stream_obfuscate(key: bytes, data: bytes) -> bytes:
    # expect: weak-cipher
    return ARC4.new(key).encrypt(data)


def triple_des(key: bytes, data: bytes) -> bytes:
    # expect: weak-cipher
    return DES3.new(key, DES3.MODE_CBC, iv=get_random_bytes(8)).encrypt(data)


def new_service_keypair():
    key = RSA.generate(3072)
    return key.export_key(), key.publickey().export_key()


def new_device_keypair():
    # expect: weak-key
    key = RSA.generate(1024)
    return key.export_key(), key.publickey().export_key()


def new_signing_key():
    # expect: weak-key
    return DSA.generate(1024)


def wrap_for(pub_pem: bytes, secret: bytes) -> bytes:
    return PKCS1_OAEP.new(RSA.import_key(pub_pem)).encrypt(secret)
