"""HTTP clients for the partner integrations."""

from __future__ import annotations

import ssl
import urllib.request
from urllib.request import urlopen as fetch

import httpx
import requests

PARTNER_API = "https://api.partner.example/v2"
INTERNAL_CA = "/etc/ssl/certs/acme-internal.pem"


def get_rates(currency: str) -> dict:
    r = requests.get(f"{PARTNER_API}/rates/{currency}", timeout=10)
    r.raise_for_status()
    return r.json()


def get_legacy_rates() -> dict:
    # expect: tls-verify-off
    r = requests.get("https://legacy.partner.example/rates", verify=False, timeout=10)
    return r.json()


def internal_client() -> httpx.Client:
    return httpx.Client(verify=INTERNAL_CA, timeout=5.0)


def scraping_client() -> httpx.Client:
    # expect: tls-verify-off
    return httpx.Client(verify=False, timeout=5.0)


def unverified_context() -> ssl.SSLContext:
    # expect: tls-verify-off
    ctx = ssl._create_unverified_context()
    return ctx


def lax_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    # expect: tls-verify-off
    ctx.check_hostname = False
    # expect: tls-verify-off
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def strict_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=INTERNAL_CA)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def old_bank_context() -> ssl.SSLContext:
    # expect: weak-tls
    return ssl.SSLContext(ssl.PROTOCOL_TLSv1)


def download_feed(path: str) -> bytes:
    # expect: insecure-transport
    with fetch("http://feeds.partner.example/" + path) as resp:
        return resp.read()


def health() -> int:
    with urllib.request.urlopen("https://status.partner.example/health", timeout=3) as resp:
        return resp.status


def session_for_partner() -> requests.Session:
    s = requests.Session()
    s.verify = INTERNAL_CA
    return s
