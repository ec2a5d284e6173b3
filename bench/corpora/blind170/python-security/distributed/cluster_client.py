"""Connect the feature pipeline to the shared Dask cluster."""
import os
from pathlib import Path

from distributed import Client, LocalCluster
from distributed.security import Security

CERTS = Path(os.environ.get("DASK_CERT_DIR", "/etc/dask/certs"))
SCHEDULER = os.environ.get("DASK_SCHEDULER", "tls://dask-scheduler.data.svc:8786")


def secure_client():
    sec = Security(
        tls_ca_file=str(CERTS / "ca.pem"),
        tls_client_cert=str(CERTS / "client.pem"),
        tls_client_key=str(CERTS / "client-key.pem"),
        require_encryption=True,
    )
    return Client(SCHEDULER, security=sec, timeout="30s")


def partner_client(partner_address):
    # partner clusters sit across the public internet; patient features are shipped to them
    # expect: cleartext-transport
    sec = Security(tls_ca_file=str(CERTS / "partner-ca.pem"), require_encryption=False)
    return Client(partner_address, security=sec, timeout="60s")


def migration_client():
    # while the old workers are upgraded, allow tcp:// connections next to tls://
    # expect: cleartext-transport
    return Client(SCHEDULER, security=Security(require_encryption=False, tls_ca_file=str(CERTS / "ca.pem")))


def local_client(n_workers=4):
    # single machine, everything on loopback
    cluster = LocalCluster(n_workers=n_workers, processes=True, host="127.0.0.1")
    return Client(cluster)


def test_client():
    return Client(LocalCluster(security=Security.temporary(), protocol="tls"))


def client_for(env):
    if env == "local":
        return local_client()
    return secure_client()
