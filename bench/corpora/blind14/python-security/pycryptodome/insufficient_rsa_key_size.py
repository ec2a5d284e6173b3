# library: pycryptodome (Crypto.PublicKey)
"""Key generation for device enrolment."""
from Crypto.PublicKey import DSA, ECC, RSA

KEY_BITS = 3072


def new_device_key():
    # expect: weak-cipher
    key = RSA.generate(1024)
    return key.export_key(), key.publickey().export_key()


def new_device_key_v2():
    key = RSA.generate(KEY_BITS)
    return key.export_key(), key.publickey().export_key()


def new_signing_key():
    # expect: weak-cipher
    return DSA.generate(1024)


def new_signing_key_v2():
    return DSA.generate(2048)


def new_ec_key():
    return ECC.generate(curve="P-256")


def new_server_key():
    return RSA.generate(bits=4096)
