"""Mirrors the vendor's price lists from their FTP server."""
import ftplib
import os
import ssl
from ftplib import FTP
from pathlib import Path

VENDOR_HOST = "files.vendor.example"
DEST = Path(os.environ.get("MIRROR_DIR", "/srv/mirror"))


def mirror_prices():
    # expect: cleartext-transport
    ftp = ftplib.FTP(VENDOR_HOST)
    ftp.login(os.environ["VENDOR_USER"], os.environ["VENDOR_PASSWORD"])
    for name in ftp.nlst("/prices"):
        with open(DEST / Path(name).name, "wb") as fh:
            ftp.retrbinary(f"RETR {name}", fh.write)
    ftp.quit()


def mirror_prices_tls():
    ftps = ftplib.FTP_TLS(VENDOR_HOST, context=ssl.create_default_context())
    ftps.login(os.environ["VENDOR_USER"], os.environ["VENDOR_PASSWORD"])
    ftps.prot_p()
    return ftps.nlst("/prices")


def upload_orders(path):
    # expect: cleartext-transport
    with FTP(VENDOR_HOST, os.environ["VENDOR_USER"], os.environ["VENDOR_PASSWORD"]) as ftp, open(path, "rb") as fh:
        ftp.storbinary(f"STOR /orders/{Path(path).name}", fh)


def probe():
    try:
        # expect: cleartext-transport
        with ftplib.FTP(timeout=10) as ftp:
            ftp.connect(VENDOR_HOST)
            return ftp.getwelcome()
    except ftplib.all_errors:
        return None
