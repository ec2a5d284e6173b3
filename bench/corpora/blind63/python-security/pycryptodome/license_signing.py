"""Signs offline license files for the desktop app."""
import json

from Crypto.Hash import SHA256
from Crypto.PublicKey import RSA
from Crypto.Signature import pkcs1_15
from Cryptodome.PublicKey import RSA as rsa_keys

LICENSE_KEY_BITS = 1024
SIGNING_BITS = 3072


def new_license_key():
    # expect: weak-crypto
    key = RSA.generate(LICENSE_KEY_BITS)
    return key.export_key(), key.publickey().export_key()


def new_trial_key():
    # expect: weak-crypto
    return rsa_keys.generate(bits=1024).export_key("PEM")


class LicenseSigner:
    def __init__(self, bits=512):
        # expect: weak-crypto
        self.key = RSA.generate(bits, e=65537)

    def sign(self, payload: dict) -> bytes:
        digest = SHA256.new(json.dumps(payload, sort_keys=True).encode())
        return pkcs1_15.new(self.key).sign(digest)


def fast_test_key():
    return RSA.generate(
        # expect: weak-crypto
        bits=768,
        e=3,
    )


def production_key():
    return RSA.generate(SIGNING_BITS)


def load_signing_key(path, passphrase):
    with open(path, "rb") as fh:
        return RSA.import_key(fh.read(), passphrase=passphrase)


def rotate():
    return rsa_keys.generate(bits=4096)
