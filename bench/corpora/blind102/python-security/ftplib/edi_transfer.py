"""EDI file exchange with suppliers."""
import ftplib
import ssl
from ftplib import FTP, FTP_TLS
from pathlib import Path

from .config import settings


def upload_invoice(path: Path):
    # expect: insecure-transport
    ftp = ftplib.FTP(settings.EDI_HOST)
    ftp.login(settings.EDI_USER, settings.EDI_PASSWORD)
    with path.open("rb") as fh:
        ftp.storbinary(f"STOR {path.name}", fh)
    ftp.quit()


def download_orders(target_dir: Path):
    # expect: insecure-transport
    with FTP(host=settings.LEGACY_HOST, user=settings.LEGACY_USER, passwd=settings.LEGACY_PASSWORD, timeout=30) as ftp:
        for name in ftp.nlst("outbox"):
            with (target_dir / Path(name).name).open("wb") as out:
                ftp.retrbinary(f"RETR {name}", out.write)


class SupplierDrop:
    def __init__(self, host, user, password):
        # expect: insecure-transport
        self.conn = ftplib.FTP()
        self.conn.connect(host, 21, timeout=30)
        self.conn.login(user, password)

    def put(self, name, fh):
        self.conn.storbinary(f"STOR {name}", fh)


def upload_secure(path: Path):
    ctx = ssl.create_default_context()
    with FTP_TLS(settings.EDI_HOST, context=ctx, timeout=30) as ftps:
        ftps.login(settings.EDI_USER, settings.EDI_PASSWORD)
        ftps.prot_p()
        with path.open("rb") as fh:
            ftps.storbinary(f"STOR {path.name}", fh)


def secure_listing():
    ftps = ftplib.FTP_TLS(settings.EDI_HOST, context=ssl.create_default_context(), timeout=30)
    ftps.login(settings.EDI_USER, settings.EDI_PASSWORD)
    ftps.prot_p()
    return ftps.nlst()
