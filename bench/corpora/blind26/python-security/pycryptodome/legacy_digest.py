"""Checksums for files imported from the legacy archive."""
from Crypto.Hash import MD4, SHA256, BLAKE2b


def legacy_fingerprint(blob: bytes) -> str:
    # expect: weak-hash
    h = MD4.new()
    h.update(blob)
    return h.hexdigest()


def legacy_fingerprint_short(blob: bytes) -> str:
    # expect: weak-hash
    return MD4.new(blob).hexdigest()[:8]


def fingerprint(blob: bytes) -> str:
    return SHA256.new(blob).hexdigest()


def keyed_fingerprint(blob: bytes, key: bytes) -> str:
    return BLAKE2b.new(digest_bits=256, key=key, data=blob).hexdigest()
