"""Key generation for IoT device enrolment."""
from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ec import SECT163K1, generate_private_key

LEGACY_CURVE = ec.SECT163R2()


def enrol_legacy_sensor():
    # expect: weak-crypto
    key = ec.generate_private_key(ec.SECP192R1(), default_backend())
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())


def enrol_tag():
    # expect: weak-crypto
    return generate_private_key(SECT163K1())


class LegacyBadge:
    curve = ec.SECT163R2

    def new_key(self):
        # expect: weak-crypto
        return ec.generate_private_key(self.curve(), backend=default_backend())


def badge_key():
    # expect: weak-crypto
    return ec.generate_private_key(LEGACY_CURVE)


def enrol_gateway():
    return ec.generate_private_key(ec.SECP256R1())


def sign_firmware(data):
    key = ec.generate_private_key(ec.SECP384R1())
    return key.sign(data, ec.ECDSA(hashes.SHA384())), key.public_key()


def shared_secret(peer_public):
    ours = generate_private_key(ec.SECP521R1())
    return ours.exchange(ec.ECDH(), peer_public)
