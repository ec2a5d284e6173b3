# library: pycryptodome (Crypto.Hash / Crypto.Signature)
"""Integrity checks and signatures for firmware bundles."""
from Crypto.Hash import MD4, MD5, SHA1, SHA256, BLAKE2b
from Crypto.PublicKey import RSA
from Crypto.Signature import pkcs1_15


def sign_bundle(private_pem, data):
    key = RSA.import_key(private_pem)
    # expect: weak-hash
    digest = SHA1.new(data)
    return pkcs1_15.new(key).sign(digest)


def sign_bundle_v2(private_pem, data):
    key = RSA.import_key(private_pem)
    return pkcs1_15.new(key).sign(SHA256.new(data))


def bundle_fingerprint(data):
    # expect: weak-hash
    return MD5.new(data).hexdigest()


def legacy_password_digest(password):
    # expect: weak-hash
    return MD4.new(password.encode()).hexdigest()


def content_id(data):
    return BLAKE2b.new(digest_bits=256, data=data).hexdigest()


def verify_bundle(public_pem, data, signature):
    pkcs1_15.new(RSA.import_key(public_pem)).verify(SHA256.new(data), signature)
