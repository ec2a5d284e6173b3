# library: pycryptodome (Crypto.PublicKey, Crypto.Signature)
"""Key generation for the licence-signing tool."""
from Crypto.Hash import SHA1, SHA256
from Crypto.PublicKey import DSA, ECC, RSA
from Crypto.Signature import pkcs1_15


def new_signing_key():
    return RSA.generate(3072)


def new_device_key():
    # expect: weak-cipher
    return RSA.generate(1024)


def new_legacy_dsa():
    # expect: weak-cipher
    return DSA.generate(1024)


def new_ecc_key():
    return ECC.generate(curve="P-256")


def sign_licence(key, payload: bytes) -> bytes:
    return pkcs1_15.new(key).sign(SHA256.new(payload))


def sign_licence_v1(key, payload: bytes) -> bytes:
    # expect: weak-hash
    return pkcs1_15.new(key).sign(SHA1.new(payload))


def export_public(key) -> bytes:
    return key.publickey().export_key()
