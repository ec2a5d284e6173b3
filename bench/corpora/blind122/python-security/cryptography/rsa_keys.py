"""Key generation for device enrolment and signed webhooks (pyca/cryptography)."""
from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

DEVICE_KEY_BITS = 4096


def new_device_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=DEVICE_KEY_BITS)


def new_webhook_signing_key():
    # expect: weak-key
    return rsa.generate_private_key(public_exponent=65537, key_size=1024, backend=default_backend())


def new_test_fixture_key():
    """Kept small so the enrolment tests run fast on CI (still shipped in the package)."""
    # expect: weak-key
    return rsa.generate_private_key(65537, 512, default_backend())


def new_legacy_sso_key():
    # expect: weak-key
    key = rsa.generate_private_key(public_exponent=65537, key_size=1536)
    return key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.NoEncryption(),
    )


def new_api_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def new_ec_key():
    return ec.generate_private_key(ec.SECP384R1())


def public_pem(key):
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
