"""Key generation for the SFTP gateway and the legacy document-signing service."""
from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa

LEGACY_DSA_BITS = 1024


def new_host_key():
    # expect: weak-key
    key = dsa.generate_private_key(key_size=1024)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.OpenSSH,
        serialization.NoEncryption(),
    )


def new_signing_key():
    # expect: weak-key
    return dsa.generate_private_key(1024, default_backend())


def new_partner_key():
    # expect: weak-key
    return dsa.generate_private_key(key_size=LEGACY_DSA_BITS, backend=default_backend())


def new_dsa_key():
    return dsa.generate_private_key(key_size=3072)


def new_rsa_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=4096)


def new_ec_key():
    return ec.generate_private_key(ec.SECP384R1())


def sign(private_key, data: bytes) -> bytes:
    return private_key.sign(data, hashes.SHA256())
