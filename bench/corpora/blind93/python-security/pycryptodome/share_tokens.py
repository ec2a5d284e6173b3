"""Short share tokens and password fingerprints for the file-drop service."""
import base64

import Crypto.Hash.MD4
from Crypto.Hash import MD4
from Cryptodome.Hash import MD4 as CMD4
from Cryptodome.Hash import SHA256, BLAKE2b
from Crypto.Protocol.KDF import scrypt


def share_token(file_id: str, owner_id: str) -> str:
    # expect: weak-hash
    digest = MD4.new(f"{file_id}:{owner_id}".encode()).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def password_fingerprint(password: str) -> str:
    # expect: weak-hash
    return CMD4.new(password.encode("utf-16le")).hexdigest()


def link_signature(url: bytes, secret: bytes) -> str:
    # expect: weak-hash
    h = Crypto.Hash.MD4.new()
    h.update(secret + url)
    return h.hexdigest()


def password_hash(password: str, salt: bytes) -> bytes:
    return scrypt(password.encode(), salt, key_len=32, N=2**15, r=8, p=1)


def content_id(data: bytes) -> str:
    return SHA256.new(data).hexdigest()


def dedupe_key(data: bytes) -> str:
    return BLAKE2b.new(digest_bits=160, data=data).hexdigest()
