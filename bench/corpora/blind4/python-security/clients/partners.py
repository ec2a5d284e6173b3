"""HTTP, FTP and mail clients for partner integrations."""
from __future__ import annotations

import ftplib
import smtplib
import ssl
import urllib.request
from urllib.request import urlopen as fetch_url

import httpx
import requests

from common.config import settings

TIMEOUT = 15


class CarrierClient:
    """Shipping-carrier REST API."""

    def __init__(self, base_url: str, token: str):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    def rates(self, parcel: dict) -> dict:
        resp = self.session.post(f"{self.base_url}/rates", json=parcel, timeout=TIMEOUT)
        resp.raise_for_status()
        return resp.json()

    def label(self, shipment_id: str) -> bytes:
        # expect: tls-verify-disabled
        resp = self.session.get(f"{self.base_url}/labels/{shipment_id}", timeout=TIMEOUT, verify=False)
        resp.raise_for_status()
        return resp.content


def customs_client() -> httpx.Client:
    # expect: tls-verify-disabled
    return httpx.Client(base_url=settings.CUSTOMS_URL, verify=False, timeout=TIMEOUT)


def customs_client_pinned() -> httpx.Client:
    return httpx.Client(base_url=settings.CUSTOMS_URL, verify=settings.CUSTOMS_CA_BUNDLE, timeout=TIMEOUT)


def fetch_price_list() -> bytes:
    # expect: unverified-ssl-context
    ctx = ssl._create_unverified_context()
    with urllib.request.urlopen(settings.PRICE_LIST_URL, context=ctx, timeout=TIMEOUT) as resp:
        return resp.read()


def fetch_tariffs() -> bytes:
    ctx = ssl.create_default_context()
    # expect: tls-hostname-check-off
    ctx.check_hostname = False
    # expect: tls-cert-none
    ctx.verify_mode = ssl.CERT_NONE
    with urllib.request.urlopen(settings.TARIFF_URL, context=ctx, timeout=TIMEOUT) as resp:
        return resp.read()


def legacy_exchange_context() -> ssl.SSLContext:
    # expect: weak-tls-version
    return ssl.SSLContext(ssl.PROTOCOL_TLSv1)


def modern_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def fetch_rates_feed() -> bytes:
    # expect: cleartext-http
    with fetch_url("http://rates.partner-exchange.example/feed.xml", timeout=TIMEOUT) as resp:
        return resp.read()


def upload_manifest(path: str) -> None:
    # expect: cleartext-ftp
    ftp = ftplib.FTP("ftp.logistics-partner.example")
    ftp.login(settings.FTP_USER, settings.FTP_PASSWORD)
    with open(path, "rb") as fh:
        ftp.storbinary("STOR manifest.csv", fh)
    ftp.quit()


def upload_manifest_tls(path: str) -> None:
    ftp = ftplib.FTP_TLS("ftp.logistics-partner.example")
    ftp.login(settings.FTP_USER, settings.FTP_PASSWORD)
    ftp.prot_p()
    with open(path, "rb") as fh:
        ftp.storbinary("STOR manifest.csv", fh)
    ftp.quit()


def send_report(to: str, body: str) -> None:
    with smtplib.SMTP(settings.SMTP_HOST, 587, timeout=TIMEOUT) as smtp:
        smtp.starttls(context=ssl.create_default_context())
        smtp.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
        smtp.sendmail(settings.MAIL_FROM, [to], body)


def ping_partner() -> int:
    # expect: request-without-timeout
    return requests.get(settings.PARTNER_HEALTH_URL).status_code
