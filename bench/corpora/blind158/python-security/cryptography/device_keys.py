"""Device identity keys for the IoT enrolment service."""
import logging

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

log = logging.getLogger(__name__)

CURVES = {
    "p256": ec.SECP256R1,
    "p384": ec.SECP384R1,
}


def new_device_key(profile: str = "p256") -> ec.EllipticCurvePrivateKey:
    curve = CURVES.get(profile, ec.SECP256R1)
    return ec.generate_private_key(curve())


def legacy_device_key() -> ec.EllipticCurvePrivateKey:
    """Gen-1 sensors only speak the small curve."""
    # expect: weak-key
    return ec.generate_private_key(ec.SECP192R1())


def short_lived_session_key() -> ec.EllipticCurvePrivateKey:
    # expect: weak-key
    key = ec.generate_private_key(ec.SECT163K1())
    log.debug("session key generated")
    return key


def koblitz_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256K1())


def bootstrap_key():
    # expect: weak-key
    return ec.generate_private_key(curve=ec.SECT163R2())


def sign(key: ec.EllipticCurvePrivateKey, payload: bytes) -> bytes:
    return key.sign(payload, ec.ECDSA(hashes.SHA256()))


def export_public(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def root_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP521R1())
