"""Generates host and client keys for the appliance's embedded SSH server."""
from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ed25519
from cryptography.hazmat.primitives.asymmetric import dsa as dsa_keys
from cryptography.hazmat.primitives.asymmetric.dsa import generate_private_key as new_dsa_key

LEGACY_DSA_BITS = 1024
MODERN_DSA_BITS = 3072


def _pem(key):
    return key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.OpenSSH,
        encryption_algorithm=serialization.NoEncryption(),
    )


def legacy_host_key():
    # expect: weak-crypto
    key = dsa.generate_private_key(key_size=1024, backend=default_backend())
    return _pem(key)


def client_key_for_old_routers():
    # expect: weak-crypto
    return _pem(dsa_keys.generate_private_key(LEGACY_DSA_BITS, default_backend()))


def test_key(bits=512):
    # expect: weak-crypto
    return new_dsa_key(key_size=bits)


class KeyFactory:
    def __init__(self, compat_mode=False):
        self.compat_mode = compat_mode

    def dsa(self):
        return dsa.generate_private_key(
            # expect: weak-crypto
            key_size=768 if self.compat_mode else 1024,
        )

    def modern_dsa(self):
        return dsa.generate_private_key(key_size=MODERN_DSA_BITS)

    def preferred(self):
        return ed25519.Ed25519PrivateKey.generate()


def signing_key():
    return dsa.generate_private_key(key_size=2048, backend=default_backend())
