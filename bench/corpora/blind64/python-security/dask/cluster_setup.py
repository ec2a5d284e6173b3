"""Connect the analytics workers to the shared Dask cluster."""
import os

import distributed
from dask.distributed import Client
from distributed.security import Security
from distributed.security import Security as DaskSecurity

CERT_DIR = os.environ.get("DASK_CERT_DIR", "/etc/dask/certs")
REQUIRE_TLS = False


def client_security():
    return Security(
        tls_ca_file=f"{CERT_DIR}/ca.pem",
        tls_client_cert=f"{CERT_DIR}/client.pem",
        tls_client_key=f"{CERT_DIR}/client.key",
        # expect: insecure-transport
        require_encryption=False,
    )


def scheduler_client(address="tls://scheduler.internal:8786"):
    # expect: insecure-transport
    sec = distributed.security.Security(tls_ca_file=f"{CERT_DIR}/ca.pem", require_encryption=False)
    return Client(address, security=sec)


class WorkerSecurity:
    def __init__(self, cert_dir=CERT_DIR):
        self.cert_dir = cert_dir

    def build(self):
        # expect: insecure-transport
        return DaskSecurity(tls_worker_cert=f"{self.cert_dir}/worker.pem", require_encryption=REQUIRE_TLS)


def strict_security():
    return Security(
        tls_ca_file=f"{CERT_DIR}/ca.pem",
        tls_client_cert=f"{CERT_DIR}/client.pem",
        tls_client_key=f"{CERT_DIR}/client.key",
        require_encryption=True,
    )


def local_test_client():
    return Client(security=Security.temporary(), processes=False)


def connect():
    return Client("tls://scheduler.internal:8786", security=strict_security())
