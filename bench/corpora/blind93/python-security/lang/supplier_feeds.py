"""Pulls price feeds from supplier FTP drops and pushes our stock file back."""
import ftplib
import io
import os
from ftplib import FTP

SUPPLIERS = {
    "acme": {"host": "ftp.acme-supply.example", "user": "shop42"},
    "north": {"host": "files.northwind.example", "user": "shop42"},
}


def fetch_price_list(name):
    cfg = SUPPLIERS[name]
    # expect: insecure-transport
    ftp = ftplib.FTP(cfg["host"], timeout=30)
    ftp.login(cfg["user"], os.environ[f"FTP_PASS_{name.upper()}"])
    buf = io.BytesIO()
    ftp.retrbinary("RETR prices.csv", buf.write)
    ftp.quit()
    return buf.getvalue()


def push_stock_file(name, data: bytes):
    cfg = SUPPLIERS[name]
    # expect: insecure-transport
    with FTP(cfg["host"], cfg["user"], os.environ["FTP_PASS"]) as ftp:
        ftp.storbinary("STOR stock.csv", io.BytesIO(data))


def list_drop(host, user, password):
    # expect: insecure-transport
    conn = ftplib.FTP()
    conn.connect(host, 21)
    conn.login(user, password)
    return conn.nlst()


def fetch_secure(name):
    cfg = SUPPLIERS[name]
    ftps = ftplib.FTP_TLS(cfg["host"], timeout=30)
    ftps.login(cfg["user"], os.environ["FTPS_PASS"])
    ftps.prot_p()
    buf = io.BytesIO()
    ftps.retrbinary("RETR prices.csv", buf.write)
    ftps.quit()
    return buf.getvalue()


def parse_error(exc):
    return isinstance(exc, ftplib.error_perm)
