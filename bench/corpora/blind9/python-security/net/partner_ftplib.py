# library: ftplib (stdlib)
"""Uploads daily settlement files to the bank's drop box."""
import ftplib
import os


def upload_settlement(path):
    host = os.environ["BANK_FTP_HOST"]
    with ftplib.FTP_TLS(host, timeout=30) as ftp:
        ftp.login(os.environ["BANK_FTP_USER"], os.environ["BANK_FTP_PASSWORD"])
        ftp.prot_p()
        with open(path, "rb") as fh:
            ftp.storbinary("STOR " + os.path.basename(path), fh)


def upload_legacy(path):
    host = os.environ["LEGACY_FTP_HOST"]
    # expect: insecure-transport
    ftp = ftplib.FTP(host, timeout=30)
    ftp.login(os.environ["LEGACY_FTP_USER"], os.environ["LEGACY_FTP_PASSWORD"])
    with open(path, "rb") as fh:
        ftp.storbinary("STOR " + os.path.basename(path), fh)
    ftp.quit()


def list_remote():
    with ftplib.FTP_TLS(os.environ["BANK_FTP_HOST"], timeout=30) as ftp:
        ftp.login(os.environ["BANK_FTP_USER"], os.environ["BANK_FTP_PASSWORD"])
        ftp.prot_p()
        return ftp.nlst()


def fetch_rates():
    # expect: insecure-transport
    with ftplib.FTP("ftp.rates.example", "anonymous", "ops@example.com", timeout=30) as ftp:
        lines = []
        ftp.retrlines("RETR rates.csv", lines.append)
        return lines
