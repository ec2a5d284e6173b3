"""Nightly push of the settlement reports to the bank's drop box."""
import ftplib
import ftplib as ftp_mod
import io
import os
from ftplib import FTP, FTP_TLS

HOST = os.environ.get("SETTLEMENT_FTP_HOST", "ftp.partner-bank.example")


def upload_report(path, user, password):
    # expect: insecure-transport
    ftp = ftplib.FTP(HOST, timeout=60)
    ftp.login(user, password)
    with open(path, "rb") as fh:
        ftp.storbinary(f"STOR {os.path.basename(path)}", fh)
    ftp.quit()


def list_inbox(user, password):
    # expect: insecure-transport
    with FTP(HOST, user=user, passwd=password) as conn:
        return conn.nlst("inbox")


class DropBox:
    def __init__(self, host, port=21):
        # expect: insecure-transport
        self.conn = ftp_mod.FTP()
        self.conn.connect(host, port)

    def push(self, name, data: bytes, user, password):
        self.conn.login(user, password)
        self.conn.storbinary(f"STOR {name}", io.BytesIO(data))


def fetch_rates(user, password):
    buf = io.BytesIO()
    # expect: insecure-transport
    session = ftplib.FTP(
        HOST,
        user,
        password,
    )
    session.retrbinary("RETR rates.csv", buf.write)
    return buf.getvalue()


def upload_report_tls(path, user, password):
    ftps = FTP_TLS(HOST, timeout=60)
    ftps.login(user, password)
    ftps.prot_p()
    with open(path, "rb") as fh:
        ftps.storbinary(f"STOR {os.path.basename(path)}", fh)
    ftps.quit()


def is_transient(exc):
    return isinstance(exc, ftplib.all_errors)
