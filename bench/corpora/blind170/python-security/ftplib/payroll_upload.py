"""Upload payroll exports to the payroll provider over FTPS."""
import ftplib
import logging
import os
import ssl
from pathlib import Path

log = logging.getLogger(__name__)

PROVIDER_HOST = os.environ["PAYROLL_FTP_HOST"]
PROVIDER_USER = os.environ["PAYROLL_FTP_USER"]
PROVIDER_PASSWORD = os.environ["PAYROLL_FTP_PASSWORD"]


def _secure_client():
    ctx = ssl.create_default_context()
    client = ftplib.FTP_TLS(PROVIDER_HOST, timeout=60, context=ctx)
    client.login(PROVIDER_USER, PROVIDER_PASSWORD)
    client.prot_p()
    return client


def upload_payroll(export: Path):
    with _secure_client() as client:
        with export.open("rb") as fh:
            client.storbinary(f"STOR inbound/{export.name}", fh)
    log.info("uploaded %s", export.name)


def upload_payslips(folder: Path):
    ctx = ssl.create_default_context()
    client = ftplib.FTP_TLS(PROVIDER_HOST, timeout=60, context=ctx)
    client.login(PROVIDER_USER, PROVIDER_PASSWORD)
    # no prot_p(): the control channel is encrypted but every payslip goes over a plain data connection
    for pdf in sorted(folder.glob("*.pdf")):
        with pdf.open("rb") as fh:
            # expect: cleartext-transport
            client.storbinary(f"STOR payslips/{pdf.name}", fh)
    client.quit()


def upload_legacy(export: Path, host: str):
    # the old provider never supported TLS; kept for the one remaining client
    # expect: cleartext-transport
    client = ftplib.FTP(host, "payroll", PROVIDER_PASSWORD, timeout=60)
    with export.open("rb") as fh:
        client.storbinary(f"STOR {export.name}", fh)
    client.quit()


def list_inbound():
    with _secure_client() as client:
        return client.nlst("inbound")


def is_ftp_error(exc):
    return isinstance(exc, ftplib.all_errors)
