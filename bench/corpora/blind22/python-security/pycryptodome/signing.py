"""License signing with PyCryptodome."""
from Crypto.Hash import MD2, MD4, MD5, SHA1, SHA256
from Crypto.PublicKey import DSA, ECC, RSA
from Crypto.Signature import DSS, pkcs1_15


def new_license_key():
    return RSA.generate(3072)


def new_trial_key():
    bits = 1024
    # expect: weak-key
    return RSA.generate(bits)


def new_dsa_key():
    # expect: weak-key
    return DSA.generate(1024)


def new_ecc_key():
    return ECC.generate(curve="P-256")


def sign_license(key, data):
    return pkcs1_15.new(key).sign(SHA256.new(data))


def sign_license_v1(key, data):
    # expect: weak-hash
    return pkcs1_15.new(key).sign(MD5.new(data))


def checksum_v0(data):
    # expect: weak-hash
    return MD4.new(data).hexdigest()


def checksum_ancient(data):
    # expect: weak-hash
    return MD2.new(data).hexdigest()


def sign_ecc(key, data):
    return DSS.new(key, "fips-186-3").sign(SHA256.new(data))


def verify_v1(pub, data, sig):
    # expect: weak-hash
    digest = SHA1.new(data)
    pkcs1_15.new(pub).verify(digest, sig)
