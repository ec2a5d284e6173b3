"""Licence file signing with the cryptography package."""
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.hashes import SHA1, SHA256, Hash


def new_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


def sign_licence(private_key, licence: bytes) -> bytes:
    # expect: weak-hash
    return private_key.sign(licence, padding.PKCS1v15(), hashes.SHA1())


def sign_licence_pss(private_key, licence: bytes) -> bytes:
    # safe: SHA-256 with PSS
    return private_key.sign(
        licence,
        padding.PSS(mgf=padding.MGF1(SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        SHA256(),
    )


def verify_licence(public_key, licence: bytes, signature: bytes) -> None:
    # expect: weak-hash
    public_key.verify(signature, licence, padding.PKCS1v15(), SHA1())


def tamper_seal(licence: bytes) -> bytes:
    """Stored beside the licence; the client refuses licences whose seal does not match."""
    # expect: weak-hash
    h = Hash(hashes.MD5())
    h.update(licence)
    return h.finalize()


def file_checksum(data: bytes) -> bytes:
    # safe: SHA-256
    h = Hash(hashes.SHA256())
    h.update(data)
    return h.finalize()
