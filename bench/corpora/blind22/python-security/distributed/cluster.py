"""Starts the Dask cluster used by the nightly ETL."""
import os

from dask.distributed import Client, LocalCluster
from distributed.security import Security


def tls_security():
    return Security(
        tls_ca_file=os.environ["DASK_CA"],
        tls_client_cert=os.environ["DASK_CERT"],
        tls_client_key=os.environ["DASK_KEY"],
        require_encryption=True,
    )


def connect_remote():
    return Client("tls://scheduler.etl.internal:8786", security=tls_security())


def connect_plain():
    # expect: insecure-transport
    return Client("tcp://scheduler.etl.internal:8786")


def optional_tls():
    # expect: insecure-transport
    sec = Security(tls_ca_file=os.environ["DASK_CA"], require_encryption=False)
    return Client("scheduler.etl.internal:8786", security=sec)


def local():
    cluster = LocalCluster(n_workers=4, host="127.0.0.1", dashboard_address="127.0.0.1:8787")
    return Client(cluster)


def lan_cluster():
    # expect: bind-all
    cluster = LocalCluster(n_workers=4, host="0.0.0.0")
    return Client(cluster)
