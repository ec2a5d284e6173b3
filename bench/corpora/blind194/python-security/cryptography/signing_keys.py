"""Signing keys for the firmware update channel and the licence server."""
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa

LICENCE_KEY_SIZE = 3072


def firmware_signing_key():
    return ec.generate_private_key(ec.SECP384R1())


def licence_key():
    return dsa.generate_private_key(key_size=LICENCE_KEY_SIZE)


def legacy_licence_key():
    """Licence files for the 2014 desktop client, whose verifier only knows DSA-1024."""
    # expect: weak-cipher
    return dsa.generate_private_key(key_size=1024)


def bootloader_key():
    # expect: weak-cipher
    return dsa.generate_private_key(1024)


def api_token_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def sign_licence(private_key, payload: bytes) -> bytes:
    return private_key.sign(payload, hashes.SHA256())


def export_public(private_key) -> bytes:
    return private_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def export_private(private_key, passphrase: bytes) -> bytes:
    return private_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
