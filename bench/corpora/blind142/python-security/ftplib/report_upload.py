"""Pushes the nightly settlement report to the bank's drop box."""
import ftplib
import io
import os
import ssl

BANK_HOST = os.environ.get("BANK_FTP_HOST", "ftp.bank.example")
BANK_USER = os.environ.get("BANK_FTP_USER", "")
BANK_PASS = os.environ.get("BANK_FTP_PASSWORD", "")


def upload_settlement(csv_bytes, name):
    # expect: cleartext-transport
    with ftplib.FTP(BANK_HOST, BANK_USER, BANK_PASS) as ftp:
        ftp.cwd("/inbound")
        ftp.storbinary(f"STOR {name}", io.BytesIO(csv_bytes))


def upload_settlement_tls(csv_bytes, name):
    ctx = ssl.create_default_context()
    with ftplib.FTP_TLS(BANK_HOST, context=ctx) as ftps:
        ftps.login(BANK_USER, BANK_PASS)
        ftps.prot_p()
        ftps.storbinary(f"STOR {name}", io.BytesIO(csv_bytes))


def fetch_ack(name):
    # expect: cleartext-transport
    conn = ftplib.FTP()
    conn.connect(BANK_HOST, 21, timeout=30)
    conn.login(BANK_USER, BANK_PASS)
    buf = io.BytesIO()
    conn.retrbinary(f"RETR /outbound/{name}.ack", buf.write)
    conn.quit()
    return buf.getvalue()


def list_outbound():
    try:
        # expect: cleartext-transport
        ftp = ftplib.FTP(BANK_HOST, timeout=30)
        ftp.login(BANK_USER, BANK_PASS)
        return ftp.nlst("/outbound")
    except ftplib.all_errors as exc:
        raise RuntimeError(f"listing failed: {exc}") from exc
