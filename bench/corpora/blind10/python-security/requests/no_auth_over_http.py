# library: requests (auth= over plain http)
"""Clients for the legacy billing API and the metrics gateway."""
import os

import requests
from requests.auth import HTTPBasicAuth, HTTPDigestAuth

USER = os.environ["BILLING_USER"]
PASSWORD = os.environ["BILLING_PASSWORD"]


def invoices():
    # expect: insecure-transport
    return requests.get("http://billing.example.com/api/invoices", auth=(USER, PASSWORD), timeout=10).json()


def invoices_tls():
    return requests.get("https://billing.example.com/api/invoices", auth=(USER, PASSWORD), timeout=10).json()


def push_metrics(batch):
    # expect: insecure-transport
    requests.post("http://metrics.example.net/ingest", json=batch, auth=HTTPBasicAuth("ingest", os.environ["INGEST_KEY"]), timeout=5)


def push_metrics_tls(batch):
    requests.post("https://metrics.example.net/ingest", json=batch, auth=HTTPDigestAuth("ingest", os.environ["INGEST_KEY"]), timeout=5)


def local_exporter():
    return requests.get("http://127.0.0.1:9100/metrics", timeout=5).text
