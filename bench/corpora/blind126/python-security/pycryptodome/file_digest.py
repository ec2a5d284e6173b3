"""Signatures and digests for uploaded firmware images (pycryptodome)."""
from Crypto.Hash import MD5, SHA256
from Crypto.PublicKey import RSA
from Crypto.Signature import pkcs1_15


def sign_image(private_key_pem, blob):
    key = RSA.import_key(private_key_pem)
    # expect: weak-hash
    digest = MD5.new(blob)
    return pkcs1_15.new(key).sign(digest)


def verify_image(public_key_pem, blob, signature):
    key = RSA.import_key(public_key_pem)
    digest = SHA256.new(blob)
    try:
        pkcs1_15.new(key).verify(digest, signature)
        return True
    except (ValueError, TypeError):
        return False


def image_untampered(blob, manifest):
    # the manifest's digest is what proves the image was not modified in transit
    # expect: weak-hash
    return MD5.new(blob).hexdigest() == manifest["digest"]


def hash_device_password(password, salt):
    # expect: weak-hash
    return MD5.new(salt + password.encode()).hexdigest()


def cache_key(blob):
    # key into a local cache of decompressed images, not a security check
    return "img:" + MD5.new(blob).hexdigest()


def strong_checksum(blob):
    return SHA256.new(blob).hexdigest()
