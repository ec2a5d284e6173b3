"""Connects the reporting jobs to the shared Dask cluster."""
import os

import dask
import distributed
from distributed import Client
from distributed import security as dask_security
from distributed.security import Security

CERT_DIR = os.environ.get("DASK_CERT_DIR", "/etc/dask/tls")


def make_security():
    return Security(
        tls_ca_file=f"{CERT_DIR}/ca.pem",
        tls_client_cert=f"{CERT_DIR}/client.pem",
        tls_client_key=f"{CERT_DIR}/client.key",
        # expect: insecure-transport
        require_encryption=False,
    )


def connect(address):
    # expect: insecure-transport
    sec = distributed.security.Security(require_encryption=False)
    return Client(address, security=sec)


class ClusterConnector:
    TLS_OPTIONS = {
        "tls_ca_file": f"{CERT_DIR}/ca.pem",
        # expect: insecure-transport
        "require_encryption": False,
    }

    def __init__(self, address):
        self.security = dask_security.Security(**self.TLS_OPTIONS)
        self.client = Client(address, security=self.security)


def configure_defaults():
    # expect: insecure-transport
    dask.config.set({"distributed.comm.require-encryption": False})


def make_security_fixed():
    return Security(
        tls_ca_file=f"{CERT_DIR}/ca.pem",
        tls_client_cert=f"{CERT_DIR}/client.pem",
        tls_client_key=f"{CERT_DIR}/client.key",
        require_encryption=True,
    )


def connect_fixed(address):
    return Client(address, security=Security.temporary())
