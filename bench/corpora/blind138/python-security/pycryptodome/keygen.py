"""Key pairs for device provisioning and license signing."""
from Crypto.PublicKey import RSA
from Cryptodome.PublicKey import RSA as RSAx

DEVICE_KEY_BITS = 4096


def device_keypair():
    key = RSA.generate(DEVICE_KEY_BITS)
    return key.export_key(), key.publickey().export_key()


def license_keypair():
    # expect: weak-key-size
    key = RSA.generate(1024)
    return key.export_key(format="PEM"), key.publickey().export_key()


def session_keypair():
    # expect: weak-key-size
    key = RSAx.generate(bits=512)
    return key


def legacy_keypair():
    # expect: weak-key-size
    return RSA.generate(bits=1024, e=65537)


def server_keypair():
    return RSAx.generate(bits=3072)


def backup_keypair():
    key = RSA.generate(2048)
    return key.export_key(passphrase="from-vault", pkcs=8, protection="scryptAndAES128-CBC")
