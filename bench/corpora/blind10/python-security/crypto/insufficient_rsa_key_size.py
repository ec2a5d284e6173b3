# library: cryptography (rsa / dsa / ec key generation)
"""Key material for document signing."""
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa


def signing_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


def legacy_signing_key():
    # expect: weak-cipher
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)


def device_key():
    # expect: weak-cipher
    return rsa.generate_private_key(65537, 1536)


def dsa_key():
    # expect: weak-cipher
    return dsa.generate_private_key(key_size=1024)


def dsa_key_ok():
    return dsa.generate_private_key(key_size=2048)


def ec_key():
    return ec.generate_private_key(ec.SECP256R1())


def ec_key_small():
    # expect: weak-cipher
    return ec.generate_private_key(ec.SECT163K1())
