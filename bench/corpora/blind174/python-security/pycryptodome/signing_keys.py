"""DSA and ECDSA keys for signing export bundles (legacy partner format)."""
from Crypto.Hash import SHA256
from Crypto.PublicKey import DSA, ECC
from Crypto.Signature import DSS

BUNDLE_KEY_BITS = 2048


def new_bundle_key():
    return DSA.generate(BUNDLE_KEY_BITS)


def new_partner_key(partner):
    if partner.legacy_verifier:
        # expect: weak-key
        return DSA.generate(1024)
    return DSA.generate(3072)


def new_ecc_key():
    return ECC.generate(curve="P-256")


def sign_bundle(key, payload: bytes) -> bytes:
    h = SHA256.new(payload)
    return DSS.new(key, "fips-186-3").sign(h)


def verify_bundle(pub, payload: bytes, signature: bytes) -> bool:
    h = SHA256.new(payload)
    try:
        DSS.new(pub, "fips-186-3").verify(h, signature)
        return True
    except ValueError:
        return False


def nightly_archive_key():
    """Signs the nightly customer export; kept small so signatures fit the old header."""
    # expect: weak-key
    return DSA.generate(bits=1024)


def export_public(key) -> bytes:
    return key.publickey().export_key(format="PEM")
