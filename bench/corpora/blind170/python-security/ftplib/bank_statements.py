"""Pull daily statement files from the banks' FTP drop boxes."""
import ftplib
import io
import logging
import ssl

from .config import bank_settings
from .ledger import import_statement

log = logging.getLogger(__name__)


def fetch_from_northbank():
    cfg = bank_settings("northbank")
    # login and the statements (account numbers, balances) cross the internet unencrypted
    # expect: cleartext-transport
    ftp = ftplib.FTP(cfg.host, timeout=60)
    ftp.login(cfg.user, cfg.password)
    try:
        for name in ftp.nlst("outgoing"):
            buf = io.BytesIO()
            ftp.retrbinary(f"RETR {name}", buf.write)
            import_statement("northbank", name, buf.getvalue())
    finally:
        ftp.quit()


def fetch_from_harbor():
    cfg = bank_settings("harbor")
    ctx = ssl.create_default_context()
    ftps = ftplib.FTP_TLS(cfg.host, timeout=60, context=ctx)
    ftps.login(cfg.user, cfg.password)
    ftps.prot_p()
    try:
        for name in ftps.nlst("out"):
            buf = io.BytesIO()
            ftps.retrbinary(f"RETR {name}", buf.write)
            import_statement("harbor", name, buf.getvalue())
    finally:
        ftps.quit()


def push_ack(bank, filename):
    cfg = bank_settings(bank)
    # expect: cleartext-transport
    with ftplib.FTP(cfg.host, cfg.user, cfg.password, timeout=30) as ftp:
        ftp.storbinary(f"STOR ack/{filename}.ack", io.BytesIO(b"OK\n"))


def check_mirror_listing():
    # public holiday calendars, anonymous login, no customer data
    with ftplib.FTP("ftp.calendars.example.org", timeout=30) as ftp:
        ftp.login()
        return ftp.nlst("/pub/holidays")


def ftps_client(cfg):
    client = ftplib.FTP_TLS(context=ssl.create_default_context(), timeout=60)
    client.connect(cfg.host, 990)
    client.login(cfg.user, cfg.password)
    client.prot_p()
    return client
