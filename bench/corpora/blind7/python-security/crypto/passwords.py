import hashlib
import hmac
import os
import secrets


def hash_password_legacy(password: str) -> str:
    # expect: weak-hash
    return hashlib.md5(password.encode("utf-8")).hexdigest()


def hash_password_v2(password: str, salt: bytes) -> str:
    # expect: weak-hash
    return hashlib.sha1(salt + password.encode()).hexdigest()


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
    return salt.hex() + "$" + digest.hex()


def verify(password: str, stored: str) -> bool:
    salt_hex, digest_hex = stored.split("$", 1)
    candidate = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt_hex), 600_000)
    return hmac.compare_digest(candidate.hex(), digest_hex)


def etag(content: bytes) -> str:
    return hashlib.md5(content, usedforsecurity=False).hexdigest()


def cache_key(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]


def api_token() -> str:
    return secrets.token_urlsafe(32)


def checksum_file(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()
