"""DSA keys for the legacy code-signing service."""
from Crypto.PublicKey import DSA
from Cryptodome.PublicKey import DSA as DomeDSA
import Crypto.PublicKey.DSA

LEGACY_BITS = 1024


def signing_key():
    # expect: weak-crypto
    return DSA.generate(LEGACY_BITS)


class Firmware:
    def __init__(self):
        # expect: weak-crypto
        self.key = DomeDSA.generate(bits=1024)


def fixture_keys(n):
    # expect: weak-crypto
    return [Crypto.PublicKey.DSA.generate(1024) for _ in range(n)]


def current_key():
    return DSA.generate(2048)


def strong_key():
    return DomeDSA.generate(bits=3072)
