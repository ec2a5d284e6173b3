"""Sign release manifests and check download digests (pyca/cryptography)."""
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.asymmetric import padding


def sign_manifest(private_key, manifest_bytes):
    # expect: weak-hash
    return private_key.sign(manifest_bytes, padding.PKCS1v15(), hashes.SHA1())


def verify_manifest(public_key, manifest_bytes, signature):
    public_key.verify(signature, manifest_bytes, padding.PKCS1v15(), hashes.SHA256())


def download_digest(data):
    # expect: weak-hash
    digest = hashes.Hash(hashes.MD5())
    digest.update(data)
    return digest.finalize().hex()


def sign_license(private_key, blob):
    pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)
    # expect: weak-hash
    return private_key.sign(blob, pss, hashes.SHA1())


def webhook_mac(key, body):
    mac = hmac.HMAC(key, hashes.SHA256())
    mac.update(body)
    return mac.finalize()


def content_id(data):
    digest = hashes.Hash(hashes.SHA256())
    digest.update(data)
    return digest.finalize().hex()
