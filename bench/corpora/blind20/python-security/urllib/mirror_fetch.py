"""Downloads release artefacts and feeds for the package mirror (urllib only, no third-party deps)."""
import hashlib
import json
import shutil
import urllib.request
from pathlib import Path
from urllib.request import Request, build_opener, urlopen

MIRROR_ROOT = Path("/srv/mirror")
UPSTREAM = "https://downloads.example.org/releases"
LEGACY_UPSTREAM = "http://archive.example.org/pub/releases"
FTP_UPSTREAM = "ftp://ftp.example.org/pub/releases"
CONSUL_AGENT = "http://127.0.0.1:8500/v1/kv/mirror/config"


def fetch_release(name: str, expected_sha256: str) -> Path:
    target = MIRROR_ROOT / name
    with urlopen(f"{UPSTREAM}/{name}", timeout=30) as resp, open(target, "wb") as out:
        shutil.copyfileobj(resp, out)
    if hashlib.sha256(target.read_bytes()).hexdigest() != expected_sha256:
        target.unlink()
        raise ValueError("checksum mismatch")
    return target


def fetch_legacy(name: str) -> bytes:
    # expect: insecure-transport
    with urllib.request.urlopen(LEGACY_UPSTREAM + "/" + name, timeout=30) as resp:
        return resp.read()


def fetch_from_ftp(name: str) -> Path:
    target = MIRROR_ROOT / "ftp" / name
    # expect: insecure-transport
    urllib.request.urlretrieve(f"{FTP_UPSTREAM}/{name}", target)
    return target


def read_local_config() -> dict:
    with urlopen(CONSUL_AGENT, timeout=5) as resp:
        return json.loads(resp.read())


def fetch_index() -> dict:
    opener = build_opener()
    opener.addheaders = [("User-Agent", "mirror-bot/2.1")]
    with opener.open(Request(UPSTREAM + "/index.json"), timeout=30) as resp:
        return json.load(resp)


def fetch_signing_key() -> bytes:
    opener = build_opener()
    # expect: insecure-transport
    with opener.open("http://keys.example.org/mirror-signing.asc", timeout=30) as resp:
        return resp.read()


def fetch_any(url: str) -> bytes:
    # expect: ssrf
    return urllib.request.URLopener().open(url).read()


def fetch_https_only(url: str) -> bytes:
    if not url.startswith(UPSTREAM + "/"):
        raise ValueError("not an upstream URL")
    with urlopen(url, timeout=30) as resp:
        return resp.read()
