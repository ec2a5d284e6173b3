"""Upload nightly exports to partner FTP servers."""
import ftplib
from ftplib import FTP as Ftp
import os

PARTNER_HOST = os.environ.get("PARTNER_FTP_HOST", "ftp.partner.example.com")


def upload_export(path, user, password):
    # expect: insecure-transport
    ftp = ftplib.FTP(PARTNER_HOST)
    ftp.login(user, password)
    with open(path, "rb") as fh:
        ftp.storbinary("STOR " + os.path.basename(path), fh)
    ftp.quit()


def list_inbox(user, password):
    # expect: insecure-transport
    with Ftp(PARTNER_HOST, user=user, passwd=password, timeout=30) as conn:
        return conn.nlst("inbox")


class LegacyMirror:
    def __init__(self, host, port=21):
        # expect: insecure-transport
        self.conn = ftplib.FTP(timeout=60)
        self.conn.connect(host, port)

    def fetch(self, name, dest):
        with open(dest, "wb") as out:
            self.conn.retrbinary("RETR " + name, out.write)


def upload_secure(path, user, password):
    ftps = ftplib.FTP_TLS(PARTNER_HOST)
    ftps.login(user, password)
    ftps.prot_p()
    with open(path, "rb") as fh:
        ftps.storbinary("STOR " + os.path.basename(path), fh)
    ftps.quit()


def upload_sftp(path, user, key_file):
    import paramiko
    transport = paramiko.Transport((PARTNER_HOST, 22))
    transport.connect(username=user, pkey=paramiko.RSAKey.from_private_key_file(key_file))
    sftp = paramiko.SFTPClient.from_transport(transport)
    sftp.put(path, "/inbox/" + os.path.basename(path))
