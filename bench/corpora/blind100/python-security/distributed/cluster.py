"""Dask cluster connection helpers for the analytics jobs."""
import os

import distributed
from distributed import Client
from distributed.security import Security

CERT_DIR = os.environ.get("DASK_CERT_DIR", "/etc/dask/tls")


def analytics_client(address):
    # expect: insecure-transport
    sec = Security(tls_ca_file=f"{CERT_DIR}/ca.pem", tls_client_cert=f"{CERT_DIR}/client.pem", require_encryption=False)
    return Client(address, security=sec)


def worker_security():
    return distributed.Security(
        tls_ca_file=f"{CERT_DIR}/ca.pem",
        tls_worker_cert=f"{CERT_DIR}/worker.pem",
        tls_worker_key=f"{CERT_DIR}/worker.key",
        # expect: insecure-transport
        require_encryption=False,
    )


class ClusterConfig:
    def __init__(self, scheduler):
        self.scheduler = scheduler

    def client(self):
        # expect: insecure-transport
        security = distributed.security.Security(require_encryption=False, tls_ca_file=f"{CERT_DIR}/ca.pem")
        return Client(self.scheduler, security=security)


def secure_client(address):
    sec = Security(
        tls_ca_file=f"{CERT_DIR}/ca.pem",
        tls_client_cert=f"{CERT_DIR}/client.pem",
        tls_client_key=f"{CERT_DIR}/client.key",
        require_encryption=True,
    )
    return Client(address, security=sec)


def local_test_client():
    return Client(security=Security.temporary())
