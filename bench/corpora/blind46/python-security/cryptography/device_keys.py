"""Key generation for the IoT enrolment service."""
from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ec import SECT163K1 as KoblitzCurve

SUPPORTED = {"p256": ec.SECP256R1, "p384": ec.SECP384R1}
REJECTED_CURVES = (ec.SECP192R1, ec.SECT163K1, ec.SECT163R2)


def legacy_sensor_key():
    # expect: weak-crypto
    return ec.generate_private_key(ec.SECP192R1())


def smartcard_key():
    # expect: weak-crypto
    return ec.generate_private_key(KoblitzCurve(), default_backend())


def gateway_key():
    return ec.generate_private_key(
        # expect: weak-crypto
        ec.SECT163R2(),
        backend=default_backend(),
    )


class LegacyBadge:
    def new_key(self):
        # expect: weak-crypto
        return ec.generate_private_key(curve=ec.SECP192R1(), backend=default_backend())


def enrol_key(kind="p256"):
    key = ec.generate_private_key(SUPPORTED[kind]())
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def check_peer(public_key):
    if isinstance(public_key.curve, REJECTED_CURVES):
        raise ValueError("curve too small")
    return public_key
