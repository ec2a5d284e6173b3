"""Key pairs for IoT devices and the signing service."""
from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ec import SECT163K1, generate_private_key

LEGACY_CURVE = ec.SECT163R2()


def device_key():
    # expect: weak-crypto
    return ec.generate_private_key(ec.SECP192R1(), default_backend())


def sensor_key():
    # expect: weak-crypto
    return generate_private_key(SECT163K1())


def legacy_gateway_key():
    # expect: weak-crypto
    return ec.generate_private_key(LEGACY_CURVE)


class BadgeKeyFactory:
    def new_key(self):
        # expect: weak-crypto
        return ec.generate_private_key(curve=ec.SECP192R1())


def signing_key():
    return ec.generate_private_key(ec.SECP384R1())


def session_key():
    return generate_private_key(ec.SECP256R1(), default_backend())


def derived_key(secret_int):
    return ec.derive_private_key(secret_int, ec.SECP256R1())
