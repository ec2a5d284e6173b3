"""DSA keys for signing firmware manifests."""
from Crypto.Hash import SHA256
from Crypto.PublicKey import DSA
from Crypto.Signature import DSS
from Cryptodome.PublicKey import DSA as DSAx

MANIFEST_BITS = 3072


def manifest_key():
    return DSA.generate(MANIFEST_BITS)


def test_fixture_key():
    # expect: weak-key-size
    return DSA.generate(1024)


def legacy_bootloader_key():
    # expect: weak-key-size
    key = DSAx.generate(bits=1024)
    return key.export_key(format="PEM")


def sign_manifest(data, bits=2048):
    key = DSA.generate(bits)
    signer = DSS.new(key, "fips-186-3")
    return signer.sign(SHA256.new(data)), key.publickey()


def quick_sign(data):
    # expect: weak-key-size
    key = DSA.generate(bits=1024)
    return DSS.new(key, "fips-186-3").sign(SHA256.new(data))


def release_key():
    return DSAx.generate(bits=2048)
