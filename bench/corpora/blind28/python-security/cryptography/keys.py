"""Key generation for signing webhook payloads and device certificates."""
from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric import rsa as _rsa

LEGACY_KEY_BITS = 1024


def webhook_signing_key():
    # expect: weak-crypto
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)


def device_key():
    # expect: weak-crypto
    key = rsa.generate_private_key(65537, 512, default_backend())
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def legacy_partner_key():
    # expect: weak-crypto
    return _rsa.generate_private_key(
        public_exponent=65537,
        key_size=LEGACY_KEY_BITS,
    )


def test_key(bits=768):
    # expect: weak-crypto
    return rsa.generate_private_key(public_exponent=3, key_size=bits)


def signing_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


def ca_key():
    return _rsa.generate_private_key(65537, 4096)


def ecdsa_key():
    return ec.generate_private_key(ec.SECP256R1())
