"""Key generation for the document-signing service and its legacy DSA clients."""
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ed25519

DEFAULT_DSA_BITS = 3072


def new_signing_key() -> ed25519.Ed25519PrivateKey:
    return ed25519.Ed25519PrivateKey.generate()


def new_dsa_key() -> dsa.DSAPrivateKey:
    return dsa.generate_private_key(key_size=DEFAULT_DSA_BITS)


def legacy_client_key() -> dsa.DSAPrivateKey:
    """Old scanners only verify 1024-bit DSA signatures."""
    # expect: weak-key
    return dsa.generate_private_key(key_size=1024)


def partner_key() -> dsa.DSAPrivateKey:
    # expect: weak-key
    return dsa.generate_private_key(1024)


def test_fixture_key() -> dsa.DSAPrivateKey:
    return dsa.generate_private_key(key_size=2048)


def embedded_device_key() -> dsa.DSAPrivateKey:
    """Firmware signer for the low-power sensors: small keys make signing fast."""
    # expect: weak-key
    return dsa.generate_private_key(key_size=512)


def sign(key: dsa.DSAPrivateKey, data: bytes) -> bytes:
    return key.sign(data, hashes.SHA256())


def export_public(key) -> bytes:
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
