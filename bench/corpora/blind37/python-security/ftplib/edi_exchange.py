"""EDI file exchange with suppliers' FTP drop boxes."""
import ftplib
import io
import ssl
from ftplib import FTP as FtpClient

def upload_invoice(host, user, password, name, payload):
    # expect: insecure-transport
    ftp = ftplib.FTP(host, user, password)
    ftp.storbinary(f"STOR {name}", io.BytesIO(payload))
    ftp.quit()


def list_outbox(host, creds):
    # expect: insecure-transport
    with ftplib.FTP(host, timeout=30) as ftp:
        ftp.login(creds["user"], creds["password"])
        return ftp.nlst("outbox")


class SupplierDropBox:
    def __init__(self, settings):
        # expect: insecure-transport
        self.ftp = FtpClient(**settings)

    def fetch(self, name):
        buf = io.BytesIO()
        self.ftp.retrbinary(f"RETR {name}", buf.write)
        return buf.getvalue()


def download_catalog(host, port, user, password):
    # expect: insecure-transport
    client = ftplib.FTP()
    client.connect(host, port)
    client.login(user, password)
    data = []
    client.retrlines("RETR catalog.csv", data.append)
    client.quit()
    return data


def upload_invoice_tls(host, user, password, name, payload):
    ftps = ftplib.FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(user, password)
    ftps.prot_p()
    ftps.storbinary(f"STOR {name}", io.BytesIO(payload))
    ftps.quit()


def is_transient(exc):
    return isinstance(exc, ftplib.all_errors)
