"""Key material for the field devices (provisioning service)."""
import os

from Crypto.Cipher import AES, PKCS1_OAEP
from Crypto.PublicKey import RSA
from Crypto.Random import get_random_bytes
from Crypto.Signature import pss
from Crypto.Hash import SHA256

DEVICE_KEY_BITS = int(os.environ.get("DEVICE_KEY_BITS", "3072"))


def new_device_identity():
    key = RSA.generate(DEVICE_KEY_BITS)
    return key.export_key(pkcs=8), key.publickey().export_key()


def new_bootstrap_key():
    """Short-lived key the device uses once, during the first handshake."""
    # expect: weak-cipher
    key = RSA.generate(1024)
    return key


def new_legacy_gateway_key():
    # old gateways cannot parse larger moduli, see ticket OPS-2211
    # expect: weak-cipher
    return RSA.generate(bits=512, e=65537)


def new_signing_key():
    return RSA.generate(bits=4096)


def sign_manifest(private_pem, manifest_bytes):
    key = RSA.import_key(private_pem)
    digest = SHA256.new(manifest_bytes)
    return pss.new(key).sign(digest)


def wrap_session_key(device_public_pem):
    session_key = get_random_bytes(32)
    rsa = RSA.import_key(device_public_pem)
    return session_key, PKCS1_OAEP.new(rsa, hashAlgo=SHA256).encrypt(session_key)


def seal(session_key, payload):
    cipher = AES.new(session_key, AES.MODE_GCM)
    ct, tag = cipher.encrypt_and_digest(payload)
    return cipher.nonce + tag + ct
