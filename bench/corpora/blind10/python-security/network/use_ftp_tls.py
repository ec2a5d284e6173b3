# library: ftplib (FTP vs FTP_TLS)
"""Upload nightly exports to the partner's FTP server."""
import ftplib
import os


def upload_plain(path):
    # expect: insecure-transport
    with ftplib.FTP("ftp.partner.example.com") as ftp:
        ftp.login("exports", os.environ["PARTNER_FTP_PASSWORD"])
        with open(path, "rb") as fh:
            ftp.storbinary("STOR " + os.path.basename(path), fh)


def upload_tls(path):
    with ftplib.FTP_TLS("ftp.partner.example.com") as ftp:
        ftp.login("exports", os.environ["PARTNER_FTP_PASSWORD"])
        ftp.prot_p()
        with open(path, "rb") as fh:
            ftp.storbinary("STOR " + os.path.basename(path), fh)


def list_remote():
    # expect: insecure-transport
    ftp = ftplib.FTP()
    ftp.connect("legacy-ftp.example.com", 21)
    ftp.login("reader", os.environ["LEGACY_FTP_PASSWORD"])
    names = ftp.nlst()
    ftp.quit()
    return names


def list_remote_tls():
    ftp = ftplib.FTP_TLS()
    ftp.connect("legacy-ftp.example.com", 21)
    ftp.login("reader", os.environ["LEGACY_FTP_PASSWORD"])
    ftp.prot_p()
    return ftp.nlst()
