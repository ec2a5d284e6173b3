"""Digest helpers for the old intranet single-sign-on bridge."""
import hashlib

ALLOWED_ALGORITHMS = {"sha256", "sha384", "sha512"}


def nt_hash(password):
    # expect: weak-crypto
    return hashlib.new("md4", password.encode("utf-16le")).hexdigest()


def challenge_response(secret, challenge):
    # expect: weak-crypto
    digest = hashlib.new(name="MD5")
    digest.update(secret + challenge)
    return digest.hexdigest()


def legacy_checksum(data, algorithm="md5"):
    # expect: weak-crypto
    return hashlib.new(algorithm, data).hexdigest()


class LegacyTokenVerifier:
    def verify(self, token, expected):
        # expect: weak-crypto
        computed = hashlib.new('md5', token.encode()).hexdigest()
        return computed == expected


def modern_checksum(data):
    return hashlib.new("sha256", data).hexdigest()


def negotiated_digest(algorithm, data):
    if algorithm not in ALLOWED_ALGORITHMS:
        raise ValueError("unsupported digest")
    return hashlib.new(algorithm, data).hexdigest()
