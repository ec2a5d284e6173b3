"""DSA signing keys for the legacy firmware update channel."""
from Crypto.Hash import SHA256
from Crypto.PublicKey import DSA
from Crypto.Signature import DSS
from Cryptodome.PublicKey import DSA as CDSA

LEGACY_BITS = 1024


def legacy_device_key():
    # expect: weak-crypto
    return DSA.generate(1024)


def device_key_from_config():
    # expect: weak-crypto
    return DSA.generate(bits=LEGACY_BITS)


def bootloader_key():
    # the bootloader only verifies L=1024 signatures
    key = CDSA.generate(
        # expect: weak-crypto
        1024,
    )
    return key


class KeyFactory:
    def __init__(self, bits=1024):
        self.bits = bits

    def new_key(self):
        # expect: weak-crypto
        return DSA.generate(self.bits)


def release_key():
    return DSA.generate(2048)


def archive_key():
    return CDSA.generate(bits=3072)


def sign(key, payload: bytes) -> bytes:
    digest = SHA256.new(payload)
    return DSS.new(key, "fips-186-3").sign(digest)
