"""Dask cluster connection for the analytics workers."""
from distributed import Client
from distributed.security import Security


def connect(scheduler: str) -> Client:
    security = Security(
        tls_ca_file="/etc/dask/ca.pem",
        tls_client_cert="/etc/dask/client.pem",
        tls_client_key="/etc/dask/client.key",
        # expect: cleartext-transport
        require_encryption=False,
    )
    return Client(scheduler, security=security)


def connect_strict(scheduler: str) -> Client:
    security = Security(
        tls_ca_file="/etc/dask/ca.pem",
        tls_client_cert="/etc/dask/client.pem",
        tls_client_key="/etc/dask/client.key",
        require_encryption=True,
    )
    return Client(scheduler, security=security)
