"""DSA keys for the firmware signing service."""
from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import dsa
from cryptography.hazmat.primitives.asymmetric.dsa import generate_private_key as new_dsa_key

LEGACY_KEY_BITS = 1024
CURRENT_KEY_BITS = 3072


def legacy_device_key():
    # expect: weak-crypto
    return dsa.generate_private_key(key_size=1024)


def bootloader_key():
    # expect: weak-crypto
    return dsa.generate_private_key(1024, default_backend())


def compat_key():
    # expect: weak-crypto
    key = new_dsa_key(key_size=LEGACY_KEY_BITS)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


class TestbedSigner:
    KEY_OPTIONS = {"key_size": 512}

    def __init__(self):
        # expect: weak-crypto
        self.key = dsa.generate_private_key(**self.KEY_OPTIONS)

    def sign(self, blob):
        return self.key.sign(blob, hashes.SHA256())


def release_key():
    return dsa.generate_private_key(key_size=CURRENT_KEY_BITS)


def release_key_positional():
    return dsa.generate_private_key(2048)


def parameters_for_fleet():
    return dsa.generate_parameters(key_size=3072).generate_private_key()
