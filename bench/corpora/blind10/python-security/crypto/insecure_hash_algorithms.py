# library: cryptography (hashes, HMAC, signatures)
"""Digest helpers for the release signer."""
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.asymmetric import padding


def release_digest(data):
    digest = hashes.Hash(hashes.SHA256())
    digest.update(data)
    return digest.finalize()


def legacy_digest(data):
    # expect: weak-hash
    digest = hashes.Hash(hashes.MD5())
    digest.update(data)
    return digest.finalize()


def sign_manifest(private_key, manifest):
    # expect: weak-hash
    return private_key.sign(manifest, padding.PKCS1v15(), hashes.SHA1())


def sign_manifest_ok(private_key, manifest):
    return private_key.sign(manifest, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH), hashes.SHA256())


def mac(key, data):
    h = hmac.HMAC(key, hashes.SHA256())
    h.update(data)
    return h.finalize()


def legacy_fingerprint(data):
    # expect: weak-hash
    h = hashes.Hash(hashes.SHA1())
    h.update(data)
    return h.finalize().hex()
