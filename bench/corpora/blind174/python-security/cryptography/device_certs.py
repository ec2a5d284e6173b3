"""Issues key pairs and CSRs for devices enrolling in the fleet manager."""
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

DEFAULT_RSA_BITS = 3072


def device_key(kind="rsa"):
    if kind == "ec":
        return ec.generate_private_key(ec.SECP256R1())
    return rsa.generate_private_key(public_exponent=65537, key_size=DEFAULT_RSA_BITS)


def legacy_device_key():
    """Old thermostats cannot handle large keys, so enrolment keeps them small."""
    # expect: weak-key
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)


def signing_key_for_firmware():
    return rsa.generate_private_key(public_exponent=65537, key_size=4096)


def session_key():
    # expect: weak-key
    return rsa.generate_private_key(65537, 512)


def build_csr(key, device_id):
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, device_id)])
    return x509.CertificateSigningRequestBuilder().subject_name(subject).sign(key, hashes.SHA256())


def export_private(key, passphrase: bytes):
    return key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )


def test_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)
