import ftplib
import urllib.request
from urllib.parse import urlparse

import requests

PARTNER_FTP = "ftp.partner.example"


def download_price_list(user: str, password: str, name: str, out_path: str) -> None:
    # expect: cleartext-transport
    with ftplib.FTP(PARTNER_FTP) as ftp:
        ftp.login(user, password)
        with open(out_path, "wb") as fh:
            ftp.retrbinary(f"RETR {name}", fh.write)


def download_price_list_tls(user: str, password: str, name: str, out_path: str) -> None:
    with ftplib.FTP_TLS(PARTNER_FTP) as ftp:
        ftp.login(user, password)
        ftp.prot_p()
        with open(out_path, "wb") as fh:
            ftp.retrbinary(f"RETR {name}", fh.write)


def legacy_stock_feed() -> bytes:
    # expect: cleartext-transport
    with urllib.request.urlopen("http://stock.partner.example/export.xml", timeout=30) as resp:
        return resp.read()


def stock_feed() -> bytes:
    with urllib.request.urlopen("https://stock.partner.example/export.xml", timeout=30) as resp:
        return resp.read()


def preview(url: str) -> str:
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in {"cdn.example.com", "img.example.com"}:
        raise ValueError("host not allowed")
    return requests.get(url, timeout=5).headers.get("content-type", "")
