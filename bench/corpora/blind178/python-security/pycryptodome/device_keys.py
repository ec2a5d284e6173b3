"""Key generation for field devices and the provisioning service (PyCryptodome)."""
from Crypto.Cipher import PKCS1_OAEP
from Crypto.PublicKey import ECC, RSA
from Crypto.Signature import pss
from Crypto.Hash import SHA256
from Cryptodome.PublicKey import RSA as DomeRSA

DEVICE_KEY_BITS = 3072


def provisioning_keypair():
    """Long-lived key of the provisioning service."""
    key = RSA.generate(4096)
    return key.export_key(), key.publickey().export_key()


def device_keypair():
    key = RSA.generate(DEVICE_KEY_BITS)
    return key.export_key(), key.publickey().export_key()


def legacy_sensor_keypair():
    """Keys for the 2017 sensor line; its firmware signs telemetry with them."""
    # expect: weak-key
    key = RSA.generate(1024)
    return key.export_key(), key.publickey().export_key()


def session_wrap_key():
    # expect: weak-key
    key = DomeRSA.generate(bits=1536)
    return key


def gateway_keypair():
    key = DomeRSA.generate(bits=2048)
    return key.export_key(), key.publickey().export_key()


def telemetry_signing_key():
    return ECC.generate(curve="P-256")


def sign_manifest(private_key, manifest_bytes):
    digest = SHA256.new(manifest_bytes)
    return pss.new(private_key).sign(digest)


def wrap_for_device(device_public_pem, secret):
    cipher = PKCS1_OAEP.new(RSA.import_key(device_public_pem), hashAlgo=SHA256)
    return cipher.encrypt(secret)
