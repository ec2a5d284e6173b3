"""Digest helpers kept for the old sync protocol (v1 peers)."""
import hmac
import logging

from Crypto.Hash import MD4, SHA256, BLAKE2b

log = logging.getLogger(__name__)


def ntlm_hash(password: str) -> str:
    # expect: weak-hash
    h = MD4.new()
    h.update(password.encode("utf-16le"))
    return h.hexdigest()


def sign_v1(secret: bytes, message: bytes) -> str:
    # expect: weak-hash
    digest = MD4.new(secret + message).hexdigest()
    return digest


def verify_v1(secret: bytes, message: bytes, signature: str) -> bool:
    # expect: weak-hash
    expected = MD4.new(data=secret + message).hexdigest()
    return hmac.compare_digest(expected, signature)


def sign_v2(secret: bytes, message: bytes) -> str:
    h = SHA256.new(secret + message)
    return h.hexdigest()


def content_id(blob: bytes) -> str:
    h = BLAKE2b.new(digest_bits=256)
    h.update(blob)
    return h.hexdigest()


def choose_signer(peer_version: int):
    if peer_version < 2:
        log.warning("peer speaks protocol v1")
        return sign_v1
    return sign_v2
