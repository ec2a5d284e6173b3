"""Digests for the document-signing bridge that still talks to the 2012 archive service."""
import Crypto.Hash.MD5
from Crypto.Hash import MD2, SHA, SHA256
from Cryptodome.Hash import SHA as SHA1Hash
from Cryptodome.Hash import SHA3_256
import Cryptodome.Hash.MD5


def archive_signature_digest(document: bytes) -> bytes:
    # expect: weak-hash
    h = MD2.new()
    h.update(document)
    return h.digest()


def receipt_fingerprint(receipt: bytes) -> str:
    # expect: weak-hash
    return Crypto.Hash.MD5.new(receipt).hexdigest()


def token_binding(session_token: bytes) -> str:
    # expect: weak-hash
    digest = SHA.new(session_token)
    return digest.hexdigest()


def countersign_digest(payload: bytes) -> bytes:
    # expect: weak-hash
    return SHA1Hash.new(data=payload).digest()


def integrity_tag(payload: bytes) -> bytes:
    # expect: weak-hash
    return Cryptodome.Hash.MD5.new(payload).digest()


def modern_signature_digest(document: bytes) -> bytes:
    return SHA256.new(document).digest()


def audit_digest(entry: bytes) -> str:
    return SHA3_256.new(entry).hexdigest()
