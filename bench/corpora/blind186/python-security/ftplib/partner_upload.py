"""Upload of invoice batches to partners that only accept FTP-family transfers."""
import ftplib
import io
import logging
import ssl
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass
class Partner:
    name: str
    host: str
    user: str
    password: str
    folder: str
    explicit_tls: bool = True


def _tls_session(partner: Partner) -> ftplib.FTP_TLS:
    ftps = ftplib.FTP_TLS(partner.host, context=ssl.create_default_context(), timeout=30)
    ftps.login(partner.user, partner.password)
    ftps.prot_p()
    return ftps


def upload_invoices(partner: Partner, filename: str, payload: bytes) -> None:
    if partner.explicit_tls:
        session = _tls_session(partner)
    else:
        # expect: cleartext-transport
        session = ftplib.FTP(partner.host, partner.user, partner.password, timeout=30)
    try:
        session.cwd(partner.folder)
        session.storbinary(f"STOR {filename}", io.BytesIO(payload))
        log.info("uploaded %s to %s", filename, partner.name)
    finally:
        session.quit()


def list_remote(partner: Partner) -> list:
    session = _tls_session(partner)
    try:
        return session.nlst(partner.folder)
    finally:
        session.quit()


def fetch_remittance(host: str, user: str, password: str, name: str) -> bytes:
    """Remittance advice files from the bank's legacy drop box."""
    buf = io.BytesIO()
    # expect: cleartext-transport
    with ftplib.FTP(host, timeout=30) as ftp:
        ftp.login(user, password)
        ftp.retrbinary(f"RETR {name}", buf.write)
    return buf.getvalue()


def is_transfer_error(exc: Exception) -> bool:
    return isinstance(exc, ftplib.all_errors)
