"""Key pairs for enrolled IoT devices (pyca/cryptography)."""
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec


def legacy_device_key():
    # expect: weak-key
    return ec.generate_private_key(ec.SECP192R1())


def gateway_key():
    return ec.generate_private_key(ec.SECP384R1())


def sensor_key(profile):
    if profile == "tiny":
        # expect: weak-key
        return ec.generate_private_key(ec.SECT163K1())
    return ec.generate_private_key(ec.SECP256R1())


def badge_key():
    # expect: weak-key
    key = ec.generate_private_key(curve=ec.SECT163R2())
    return key


def sign_enrolment(key, payload):
    return key.sign(payload, ec.ECDSA(hashes.SHA256()))


def export_public(key):
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
