"""Key material for provisioning field devices."""
from Crypto.PublicKey import RSA
import Cryptodome.PublicKey.RSA
from Cryptodome.PublicKey import RSA as CRSA

DEVICE_KEY_BITS = 1024
SERVER_KEY_BITS = 3072
LEGACY_MODEM_BITS = 768


def make_device_key():
    # expect: weak-key
    key = RSA.generate(DEVICE_KEY_BITS)
    return key.export_key("PEM")


def make_modem_key():
    # expect: weak-key
    return CRSA.generate(bits=LEGACY_MODEM_BITS).export_key()


def make_pairing_key():
    # expect: weak-key
    pair = Cryptodome.PublicKey.RSA.generate(512, e=65537)
    return pair.publickey().export_key(), pair.export_key()


def make_bootstrap_key():
    # expect: weak-key
    return RSA.generate(bits=1536).export_key(format="DER")


def make_server_key():
    return RSA.generate(SERVER_KEY_BITS).export_key("PEM")


def make_signing_key():
    return CRSA.generate(bits=4096).export_key(pkcs=8)
