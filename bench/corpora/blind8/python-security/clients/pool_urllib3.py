# library: urllib3
"""Connection pools for the scraper."""
import os

import certifi
import urllib3

http = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where(), timeout=urllib3.Timeout(connect=2.0, read=10.0))

# expect: tls-verify-off
lab = urllib3.PoolManager(cert_reqs="CERT_NONE")

proxy = urllib3.ProxyManager(os.environ.get("HTTPS_PROXY", "http://proxy.internal:3128"), ca_certs=certifi.where())


def get_json(url: str) -> dict:
    resp = http.request("GET", url, retries=urllib3.Retry(3, backoff_factor=0.3))
    return resp.json()


def get_lab(url: str) -> bytes:
    return lab.request("GET", url).data


def get_quietly(url: str) -> bytes:
    urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
    # expect: tls-verify-off
    pool = urllib3.PoolManager(cert_reqs="CERT_NONE", assert_hostname=False)
    return pool.request("GET", url, timeout=5.0).data


def post_form(url: str, fields: dict) -> int:
    return http.request("POST", url, fields=fields).status
