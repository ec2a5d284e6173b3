"""Per-device signing keys for the sensor fleet."""
from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric import ec as curves


def new_device_key():
    # expect: weak-key
    return ec.generate_private_key(ec.SECP192R1(), default_backend())


def legacy_gateway_key():
    # expect: weak-key
    return curves.generate_private_key(curve=curves.SECT163K1(), backend=default_backend())


class KeyFactory:
    def __init__(self, label):
        self.label = label

    def create(self):
        # expect: weak-key
        key = ec.generate_private_key(ec.SECT163R2())
        return key, self.label


def server_key():
    return ec.generate_private_key(ec.SECP256R1())


def archive_key():
    return ec.generate_private_key(curve=ec.SECP384R1(), backend=default_backend())


def sign(key, payload: bytes) -> bytes:
    return key.sign(payload, ec.ECDSA(hashes.SHA256()))


def export_public(key) -> bytes:
    return key.public_key().public_bytes(
        serialization.Encoding.PEM,
        serialization.PublicFormat.SubjectPublicKeyInfo,
    )
