"""Generates key pairs for lab devices and CI deploy keys."""
from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.rsa import generate_private_key as new_rsa_key

LAB_KEY_BITS = 1024
PUBLIC_EXPONENT = 65537


def lab_device_key():
    # expect: weak-crypto
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)


def legacy_token_key():
    # expect: weak-crypto
    return rsa.generate_private_key(PUBLIC_EXPONENT, 512, default_backend())


def quick_test_key():
    # expect: weak-crypto
    return new_rsa_key(public_exponent=PUBLIC_EXPONENT, key_size=LAB_KEY_BITS)


def make_key(bits=1536):
    key = rsa.generate_private_key(
        public_exponent=PUBLIC_EXPONENT,
        # expect: weak-crypto
        key_size=bits,
    )
    return key


def deploy_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=4096)


def signing_key():
    return new_rsa_key(PUBLIC_EXPONENT, 3072)


def ec_key():
    return ec.generate_private_key(ec.SECP256R1())


def to_pem(key, passphrase: bytes) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
