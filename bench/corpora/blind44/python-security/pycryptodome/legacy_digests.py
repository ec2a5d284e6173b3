"""Digests for the legacy license server (PyCryptodome)."""
from Crypto.Hash import MD5, SHA256, BLAKE2b
from Crypto.Hash import MD5 as LegacyMD5
from Crypto.Signature import pkcs1_15
import Cryptodome.Hash.MD5


def license_fingerprint(serial, owner):
    # expect: weak-crypto
    h = MD5.new()
    h.update(serial.encode())
    h.update(owner.encode())
    return h.hexdigest()


def sign_license(private_key, blob):
    # expect: weak-crypto
    digest = LegacyMD5.new(blob)
    return pkcs1_15.new(private_key).sign(digest)


def password_token(password, salt):
    # expect: weak-crypto
    return Cryptodome.Hash.MD5.new(salt + password.encode()).hexdigest()


class ActivationCodes:
    hasher = MD5

    def code_for(self, machine_id):
        # expect: weak-crypto
        return self.hasher.new(data=machine_id.encode()).hexdigest()[:12]


def license_fingerprint_v2(serial, owner):
    return SHA256.new((serial + "|" + owner).encode()).hexdigest()


def cache_key(blob):
    return BLAKE2b.new(digest_bits=256, data=blob).hexdigest()
