"""Issues device certificates and signs firmware manifests."""
import datetime

import cryptography.hazmat.primitives.hashes as h
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.hashes import MD5, SHA1
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from cryptography.x509.oid import NameOID


def issue_device_cert(ca_key, ca_cert, device_pub, serial: str) -> x509.Certificate:
    now = datetime.datetime.now(datetime.timezone.utc)
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, serial)]))
        .issuer_name(ca_cert.subject)
        .public_key(device_pub)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=825))
    )
    # expect: weak-crypto
    return builder.sign(ca_key, hashes.SHA1())


def sign_manifest(private_key, manifest: bytes) -> bytes:
    # expect: weak-crypto
    return private_key.sign(manifest, padding.PKCS1v15(), MD5())


def manifest_digest(manifest: bytes) -> bytes:
    # expect: weak-crypto
    digest = hashes.Hash(hashes.MD5())
    digest.update(manifest)
    return digest.finalize()


def derive_pin_key(pin: bytes, salt: bytes) -> bytes:
    kdf = PBKDF2HMAC(
        # expect: weak-crypto
        algorithm=h.SHA1(),
        length=32,
        salt=salt,
        iterations=100_000,
    )
    return kdf.derive(pin)


class LegacyVerifier:
    DIGEST = SHA1

    def verify(self, public_key, signature: bytes, data: bytes) -> None:
        # expect: weak-crypto
        public_key.verify(signature, data, padding.PKCS1v15(), self.DIGEST())


def sign_manifest_v2(private_key, manifest: bytes) -> bytes:
    return private_key.sign(
        manifest,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )


def content_hash(data: bytes) -> bytes:
    digest = hashes.Hash(hashes.SHA3_256())
    digest.update(data)
    return digest.finalize()


def short_id(data: bytes) -> bytes:
    digest = hashes.Hash(hashes.BLAKE2b(64))
    digest.update(data)
    return digest.finalize()[:8]
