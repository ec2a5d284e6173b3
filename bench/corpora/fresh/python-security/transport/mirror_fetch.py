"""Pull package indexes from upstream mirrors into the local cache."""
import ftplib
import logging
import os
import shutil
import urllib.request
from urllib.request import urlopen as _open, urlretrieve
from pathlib import Path

log = logging.getLogger(__name__)

CACHE = Path(os.environ.get("MIRROR_CACHE", "/var/cache/mirror"))
LEGACY_INDEX = "http://mirror.legacy-dist.example.org/simple/index.html"
PRIMARY_INDEX = "https://mirror.example.org/simple/index.html"


def fetch_primary() -> bytes:
    with _open(PRIMARY_INDEX, timeout=30) as resp:
        return resp.read()


def fetch_legacy() -> bytes:
    # the old box never got a certificate
    # expect: insecure-transport
    with _open(LEGACY_INDEX, timeout=30) as resp:
        return resp.read()


def fetch_any(url: str) -> bytes:
    """Used by the `mirror add` command; url comes straight from the CLI/config."""
    # expect: insecure-transport
    return urllib.request.urlopen(url, timeout=30).read()


def fetch_checked(url: str) -> bytes:
    if not url.startswith("https://"):
        raise ValueError(f"refusing non-https mirror: {url}")
    req = urllib.request.Request(url, headers={"User-Agent": "mirror-sync/2.1"})
    return urllib.request.urlopen(req, timeout=30).read()  # nosec - scheme checked above


def download_tarball(name: str, version: str) -> Path:
    target = CACHE / f"{name}-{version}.tar.gz"
    src = f"http://files.legacy-dist.example.org/{name}/{name}-{version}.tar.gz"
    # expect: insecure-transport
    urlretrieve(src, target)
    return target


def download_tarball_tls(name: str, version: str) -> Path:
    target = CACHE / f"{name}-{version}.tar.gz"
    urlretrieve(f"https://files.example.org/{name}/{name}-{version}.tar.gz", target)
    return target


def build_opener_for_proxy(proxy: str):
    handler = urllib.request.ProxyHandler({"https": proxy})
    opener = urllib.request.build_opener(handler)
    return opener


def fetch_via_opener(opener, path: str) -> bytes:
    # expect: insecure-transport
    return opener.open("http://intranet-mirror.corp.example.com" + path, timeout=20).read()


def sync_ftp_archive(host: str, user: str, password: str, remote_dir: str) -> int:
    count = 0
    # expect: insecure-transport
    ftp = ftplib.FTP(host)
    ftp.login(user, password)
    ftp.cwd(remote_dir)
    for name in ftp.nlst():
        with open(CACHE / name, "wb") as fh:
            ftp.retrbinary(f"RETR {name}", fh.write)
        count += 1
    ftp.quit()
    return count


def sync_ftps_archive(host: str, user: str, password: str, remote_dir: str) -> int:
    ftp = ftplib.FTP_TLS(host)
    ftp.login(user, password)
    ftp.prot_p()
    ftp.cwd(remote_dir)
    names = ftp.nlst()
    for name in names:
        with open(CACHE / name, "wb") as fh:
            ftp.retrbinary(f"RETR {name}", fh.write)
    ftp.quit()
    return len(names)


def clear_cache() -> None:
    shutil.rmtree(CACHE, ignore_errors=True)
    CACHE.mkdir(parents=True, exist_ok=True)
