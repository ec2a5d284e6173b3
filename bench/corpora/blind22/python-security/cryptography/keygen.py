"""Key generation for the signing service and device enrollment."""
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, padding, rsa

KEY_SIZE = 3072


def new_signing_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=KEY_SIZE)


def new_device_key():
    # expect: weak-key
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)


def new_legacy_dsa():
    # expect: weak-key
    return dsa.generate_private_key(key_size=1024)


def new_ec_key():
    return ec.generate_private_key(ec.SECP256R1())


def new_tiny_ec_key():
    curve = ec.SECP192R1()
    # expect: weak-key
    return ec.generate_private_key(curve)


def sign(key, message):
    return key.sign(message, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH), hashes.SHA256())


def sign_legacy(key, message):
    # expect: weak-hash
    return key.sign(message, padding.PKCS1v15(), hashes.SHA1())


def export(key, passphrase):
    return key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
