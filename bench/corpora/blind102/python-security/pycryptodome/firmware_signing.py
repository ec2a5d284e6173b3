"""Key generation for firmware signing (legacy device fleet)."""
from Crypto.Hash import SHA256
from Crypto.PublicKey import DSA, ECC
from Crypto.Signature import DSS
import Cryptodome.PublicKey.DSA

LEGACY_BITS = 1024


def new_fleet_key():
    # expect: weak-key
    key = DSA.generate(1024)
    return key.export_key(format="PEM")


def new_bootloader_key():
    # expect: weak-key
    return Cryptodome.PublicKey.DSA.generate(bits=1024)


class LegacySigner:
    def __init__(self):
        # expect: weak-key
        self.key = DSA.generate(LEGACY_BITS)

    def sign(self, blob: bytes) -> bytes:
        return DSS.new(self.key, "fips-186-3").sign(SHA256.new(blob))


def new_release_key():
    key = DSA.generate(2048)
    return key.export_key(format="PEM")


def new_release_key_strong():
    return DSA.generate(bits=3072)


def new_ecc_key():
    return ECC.generate(curve="P-256")
