"""Dask cluster connection settings for the analytics workers."""
import os

from distributed import Client
from distributed.security import Security

CERTS = os.environ.get("DASK_CERT_DIR", "/etc/dask/certs")

production = Security(
    tls_ca_file=f"{CERTS}/ca.pem",
    tls_client_cert=f"{CERTS}/client.pem",
    tls_client_key=f"{CERTS}/client.key",
    require_encryption=True,
)

# expect: cleartext-transport
staging = Security(tls_ca_file=f"{CERTS}/ca.pem", tls_client_cert=f"{CERTS}/client.pem", require_encryption=False)


def client_for(env):
    if env == "production":
        return Client("tls://scheduler.prod.internal:8786", security=production)
    return Client("tls://scheduler.staging.internal:8786", security=staging)


def notebook_client(address):
    # expect: cleartext-transport
    sec = Security(require_encryption=False)
    return Client(address, security=sec)


def ephemeral_client(address):
    return Client(address, security=Security.temporary())


def worker_security(cert, key):
    # expect: cleartext-transport
    return Security(tls_worker_cert=cert, tls_worker_key=key, tls_ca_file=f"{CERTS}/ca.pem", require_encryption=False)
