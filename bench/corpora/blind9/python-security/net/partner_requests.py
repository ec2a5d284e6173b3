# library: requests
"""Partner API client used by the reconciliation job."""
import os

import requests

BASE = "https://api.partner.example/v3"
CA_BUNDLE = "/etc/ssl/partner-ca.pem"


def get_invoices(token):
    r = requests.get(f"{BASE}/invoices", headers={"Authorization": f"Bearer {token}"}, timeout=10)
    r.raise_for_status()
    return r.json()


def get_invoices_staging(token):
    # expect: tls-verify-off
    r = requests.get("https://staging.partner.example/v3/invoices", headers={"Authorization": f"Bearer {token}"}, verify=False, timeout=10)
    return r.json()


def post_ack(token, ids):
    return requests.post(f"{BASE}/acks", json={"ids": ids}, headers={"Authorization": f"Bearer {token}"}, verify=CA_BUNDLE, timeout=10)


def session(insecure=False):
    s = requests.Session()
    s.headers["User-Agent"] = "recon/4.2"
    if os.environ.get("PARTNER_SKIP_TLS"):
        # expect: tls-verify-off
        s.verify = False
    return s


def download_statement(url):
    # expect: no-timeout
    return requests.get(url, stream=True).content


def download_statement_bounded(url):
    return requests.get(url, stream=True, timeout=(3.05, 60)).content
