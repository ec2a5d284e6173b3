"""Key generation for device certificates."""
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.rsa import generate_private_key as new_rsa_key
from cryptography.hazmat.backends import default_backend

DEVICE_KEY_BITS = 1024


def device_key():
    # expect: weak-crypto
    return rsa.generate_private_key(public_exponent=65537, key_size=DEVICE_KEY_BITS)


def test_fixture_key():
    # expect: weak-crypto
    return rsa.generate_private_key(65537, 512, default_backend())


class LegacySigner:
    def __init__(self):
        self.key = new_rsa_key(
            public_exponent=65537,
            # expect: weak-crypto
            key_size=1536,
        )


def server_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


def ca_key():
    return rsa.generate_private_key(65537, 4096)
