"""Pulls nightly price files from partner FTP servers."""
import ftplib
import io
import os
import ssl
from ftplib import FTP as Ftp
from ftplib import FTP_TLS

FEED_HOST = os.environ.get("FEED_HOST", "ftp.partner.example.com")
FEED_USER = os.environ.get("FEED_USER", "prices")
FEED_PASSWORD = os.environ.get("FEED_PASSWORD", "")


def fetch_prices(path="/outgoing/prices.csv") -> bytes:
    # expect: insecure-transport
    ftp = ftplib.FTP(FEED_HOST, FEED_USER, FEED_PASSWORD, timeout=60)
    buf = io.BytesIO()
    ftp.retrbinary(f"RETR {path}", buf.write)
    ftp.quit()
    return buf.getvalue()


def list_feeds() -> list:
    # expect: insecure-transport
    with Ftp(FEED_HOST, timeout=30) as ftp:
        ftp.login(FEED_USER, FEED_PASSWORD)
        return ftp.nlst("/outgoing")


class FeedClient:
    def __init__(self, host: str, port: int = 21):
        # expect: insecure-transport
        self.conn = ftplib.FTP()
        self.conn.connect(host, port, timeout=45)

    def upload_ack(self, name: str, data: bytes) -> None:
        self.conn.login(FEED_USER, FEED_PASSWORD)
        self.conn.storbinary(f"STOR /incoming/{os.path.basename(name)}", io.BytesIO(data))


def fetch_prices_tls(path="/outgoing/prices.csv") -> bytes:
    ctx = ssl.create_default_context()
    with FTP_TLS(FEED_HOST, timeout=60, context=ctx) as ftps:
        ftps.login(FEED_USER, FEED_PASSWORD)
        ftps.prot_p()
        buf = io.BytesIO()
        ftps.retrbinary(f"RETR {path}", buf.write)
        return buf.getvalue()


def tls_client(host: str) -> ftplib.FTP_TLS:
    client = ftplib.FTP_TLS(context=ssl.create_default_context())
    client.connect(host, 21, timeout=45)
    client.auth()
    client.prot_p()
    return client
