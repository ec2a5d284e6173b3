"""Verification of signatures from the 1990s archive (X.509 md2WithRSA)."""
import Crypto.Hash.MD2
from Crypto.Hash import MD2, SHA256
from Crypto.PublicKey import RSA
from Crypto.Signature import pkcs1_15
from Cryptodome.Hash import MD2 as LegacyMD2

HASHES = {"sha256": SHA256}


def archive_digest(blob: bytes) -> str:
    # expect: weak-crypto
    return MD2.new(blob).hexdigest()


def verify_archive(pub_pem: bytes, blob: bytes, signature: bytes) -> bool:
    key = RSA.import_key(pub_pem)
    # expect: weak-crypto
    h = Crypto.Hash.MD2.new()
    h.update(blob)
    try:
        pkcs1_15.new(key).verify(h, signature)
        return True
    except ValueError:
        return False


class LegacyChecksum:
    def __init__(self):
        # expect: weak-crypto
        self._h = LegacyMD2.new()

    def feed(self, chunk: bytes):
        self._h.update(chunk)

    def hexdigest(self):
        return self._h.hexdigest()


def sign_new(priv_pem: bytes, blob: bytes) -> bytes:
    key = RSA.import_key(priv_pem)
    return pkcs1_15.new(key).sign(SHA256.new(blob))


def hash_for(name: str, data: bytes):
    if name.lower() in ("md2", "md4", "md5"):
        raise ValueError(f"{name} is not accepted for new signatures")
    return HASHES[name].new(data)
