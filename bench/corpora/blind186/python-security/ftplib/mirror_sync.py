"""Pushes release artefacts to the download mirrors.

Mirrors are run by volunteers; each one gets its own upload account.
"""
import ftplib
import logging
import os
import ssl
from pathlib import Path

log = logging.getLogger(__name__)

MIRRORS = {
    "eu1": {"host": "eu1.mirrors.example.org", "tls": True},
    "us2": {"host": "us2.mirrors.example.org", "tls": True},
    "ap1": {"host": "ap1.mirrors.example.org", "tls": False},
}


def _credentials(mirror: str) -> tuple:
    prefix = f"MIRROR_{mirror.upper()}"
    return os.environ[f"{prefix}_USER"], os.environ[f"{prefix}_PASSWORD"]


def _open(mirror: str):
    cfg = MIRRORS[mirror]
    user, password = _credentials(mirror)
    if cfg["tls"]:
        conn = ftplib.FTP_TLS(cfg["host"], context=ssl.create_default_context(), timeout=60)
        conn.login(user, password)
        conn.prot_p()
        return conn
    # expect: cleartext-transport
    conn = ftplib.FTP(cfg["host"], timeout=60)
    conn.login(user, password)
    return conn


def push_release(mirror: str, release_dir: Path) -> int:
    conn = _open(mirror)
    sent = 0
    try:
        conn.cwd("/releases")
        for artefact in sorted(release_dir.iterdir()):
            if not artefact.is_file():
                continue
            with artefact.open("rb") as fh:
                conn.storbinary(f"STOR {artefact.name}", fh)
            sent += 1
    finally:
        conn.quit()
    log.info("pushed %d files to %s", sent, mirror)
    return sent


def purge_old(mirror: str, keep: set) -> None:
    user, password = _credentials(mirror)
    # expect: cleartext-transport
    with ftplib.FTP(MIRRORS[mirror]["host"], user=user, passwd=password, timeout=60) as conn:
        for name in conn.nlst("/releases"):
            if os.path.basename(name) not in keep:
                conn.delete(name)


def check_tls_mirror(mirror: str) -> bool:
    host = MIRRORS[mirror]["host"]
    try:
        with ftplib.FTP_TLS(host, context=ssl.create_default_context(), timeout=10) as conn:
            conn.login(*_credentials(mirror))
            conn.prot_p()
            return True
    except ftplib.all_errors:
        return False
