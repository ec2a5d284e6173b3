"""Digests kept for compatibility with the old file store and the NTLM bridge."""
import Cryptodome.Hash.MD4
from Crypto.Hash import MD4, SHA256
from Cryptodome.Hash import BLAKE2b
from Cryptodome.Hash import MD4 as LegacyMD4


def ntlm_hash(password: str) -> str:
    # expect: weak-crypto
    return MD4.new(password.encode("utf-16le")).hexdigest()


def file_fingerprint(path: str) -> str:
    # expect: weak-crypto
    h = Cryptodome.Hash.MD4.new()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


class ObjectStore:
    digest_factory = SHA256

    def __init__(self, root):
        self.root = root

    def legacy_key(self, blob: bytes) -> str:
        # expect: weak-crypto
        return LegacyMD4.new(data=blob).hexdigest()[:20]

    def key(self, blob: bytes) -> str:
        return self.digest_factory.new(blob).hexdigest()


def signed_token(secret: bytes, payload: bytes) -> str:
    # expect: weak-crypto
    digest = MD4.new(secret + payload)
    return digest.hexdigest()


def blob_id(blob: bytes) -> str:
    return BLAKE2b.new(data=blob, digest_bits=256).hexdigest()
