"""Pushes metrics to the collector."""
import json

import certifi
import urllib3
from urllib3 import HTTPConnectionPool as Pool

COLLECTOR = "metrics.corp.example"


def collector_pool():
    # expect: insecure-transport
    return urllib3.HTTPConnectionPool(COLLECTOR, port=8080, maxsize=4)


class Pusher:
    def __init__(self, host, token):
        # expect: insecure-transport
        self.pool = Pool(host, port=80, timeout=urllib3.Timeout(connect=2.0, read=5.0))
        self.token = token

    def push(self, series):
        return self.pool.request(
            "POST",
            "/v1/push",
            body=json.dumps(series),
            headers={"Authorization": "Bearer " + self.token},
        )


def legacy_pool(host):
    # expect: insecure-transport
    return urllib3.connectionpool.HTTPConnectionPool(
        host=host,
        port=8080,
        retries=urllib3.Retry(3),
    )


def pool_from_url():
    # expect: insecure-transport
    return urllib3.connection_from_url("http://" + COLLECTOR + ":8080/")


def secure_pool():
    return urllib3.HTTPSConnectionPool(COLLECTOR, port=443, cert_reqs="CERT_REQUIRED", ca_certs=certifi.where())


def secure_manager():
    return urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where())
