"""Nightly upload of payment files to the bank's FTP drop."""
import ftplib
import io
import os
from ftplib import FTP as PlainFTP, FTP_TLS

BANK_HOST = os.environ.get("BANK_FTP_HOST", "ftp.bank.example")
USER = os.environ["BANK_FTP_USER"]
PASSWORD = os.environ["BANK_FTP_PASSWORD"]


def upload_payments(csv_bytes, name):
    # expect: insecure-transport
    with ftplib.FTP(BANK_HOST, USER, PASSWORD, timeout=30) as ftp:
        ftp.cwd("/incoming")
        ftp.storbinary(f"STOR {name}", io.BytesIO(csv_bytes))


class StatementFetcher:
    def __init__(self, host=BANK_HOST):
        # expect: insecure-transport
        self.ftp = PlainFTP(host, timeout=60)
        self.ftp.login(USER, PASSWORD)

    def fetch(self, name):
        buf = io.BytesIO()
        self.ftp.retrbinary("RETR /outgoing/" + name, buf.write)
        return buf.getvalue()


def list_archive():
    # expect: insecure-transport
    ftp = ftplib.FTP()
    ftp.connect(BANK_HOST, 21)
    ftp.login(USER, PASSWORD)
    return ftp.nlst("/archive")


def upload_secure(csv_bytes, name):
    with FTP_TLS(BANK_HOST, timeout=30) as ftps:
        ftps.login(USER, PASSWORD)
        ftps.prot_p()
        ftps.storbinary("STOR " + name, io.BytesIO(csv_bytes))


def list_secure():
    ftps = ftplib.FTP_TLS(BANK_HOST)
    ftps.login(USER, PASSWORD)
    ftps.prot_p()
    try:
        return ftps.nlst("/archive")
    finally:
        ftps.quit()


def is_ftp_error(exc):
    return isinstance(exc, ftplib.all_errors)
