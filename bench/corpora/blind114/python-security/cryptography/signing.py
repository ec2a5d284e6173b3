"""Document signing and fingerprinting for the archive service."""
from cryptography import x509
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.asymmetric import padding


def fingerprint(document: bytes) -> str:
    # expect: weak-hash
    digest = hashes.Hash(hashes.SHA1())
    digest.update(document)
    return digest.finalize().hex()


def sign_document(private_key, document: bytes) -> bytes:
    # expect: weak-hash
    return private_key.sign(document, padding.PKCS1v15(), hashes.SHA1())


def legacy_checksum(document: bytes) -> bytes:
    # expect: weak-hash
    h = hashes.Hash(hashes.MD5())
    h.update(document)
    return h.finalize()


def sign_csr(builder: x509.CertificateSigningRequestBuilder, private_key):
    # expect: weak-hash
    return builder.sign(private_key, hashes.SHA1())


def fingerprint_v2(document: bytes) -> str:
    digest = hashes.Hash(hashes.SHA256())
    digest.update(document)
    return digest.finalize().hex()


def sign_document_v2(private_key, document: bytes) -> bytes:
    return private_key.sign(
        document,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )


def totp_mac(secret: bytes, counter: bytes) -> bytes:
    # RFC 6238 authenticator apps expect HMAC-SHA1; HMAC is not broken by SHA-1 collisions.
    mac = hmac.HMAC(secret, hashes.SHA1())
    mac.update(counter)
    return mac.finalize()
