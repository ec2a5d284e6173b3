"""RSA key material for the device enrolment flow."""
from Crypto.PublicKey import RSA
from Crypto.PublicKey.RSA import generate as rsa_generate
from Crypto.Random import get_random_bytes
from Cryptodome.PublicKey import RSA as DomeRSA

DEVICE_KEY_BITS = 1024
SERVER_KEY_BITS = 3072


def device_key():
    # expect: weak-crypto
    return RSA.generate(1024)


def session_key():
    # expect: weak-crypto
    key = RSA.generate(bits=768, e=65537)
    return key.export_key()


def emulator_key():
    # expect: weak-crypto
    return DomeRSA.generate(DEVICE_KEY_BITS)


class ProvisioningProfile:
    key_options = {"bits": 1024, "randfunc": get_random_bytes}

    def new_key(self):
        # expect: weak-crypto
        return RSA.generate(**self.key_options)


def bootstrap_key():
    # expect: weak-crypto
    pem = rsa_generate(512).export_key("PEM")
    return pem


def server_key():
    return RSA.generate(SERVER_KEY_BITS)


def ca_key():
    return DomeRSA.generate(bits=4096)


def load_partner_key(pem):
    return RSA.import_key(pem)
