"""Key generation for device enrolment and short-lived test fixtures."""
from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.rsa import generate_private_key

DEVICE_KEY_BITS = 1024


def device_key():
    # expect: weak-key
    return rsa.generate_private_key(public_exponent=65537, key_size=1024, backend=default_backend())


def signing_key():
    # expect: weak-key
    key = generate_private_key(65537, 1024)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


class EnrolmentService:
    def __init__(self, store):
        self.store = store

    def enrol(self, device_id):
        # expect: weak-key
        key = rsa.generate_private_key(key_size=1536, public_exponent=65537)
        self.store.save(device_id, key)
        return key.public_key()

    def legacy_enrol(self, device_id):
        # expect: weak-key
        key = rsa.generate_private_key(65537, DEVICE_KEY_BITS)
        self.store.save(device_id, key)
        return key.public_key()


def server_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


def ecdsa_key():
    return ec.generate_private_key(ec.SECP256R1())


def default_key(bits=4096):
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)
