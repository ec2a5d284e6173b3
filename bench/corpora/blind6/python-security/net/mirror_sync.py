"""Package mirror synchronisation over urllib."""
import shutil
import urllib.request
from urllib.request import FTPHandler, HTTPSHandler, Request, build_opener, install_opener, urlopen

UPSTREAM = "https://packages.example-upstream.org"


def mirror_opener():
    return build_opener(HTTPSHandler())


def fetch_index():
    with mirror_opener().open(UPSTREAM + "/simple/index.json", timeout=30) as resp:
        return resp.read()


def fetch_from_host(host, name):
    # expect: cleartext-http-urlopen
    with urlopen(f"http://{host}/packages/{name}", timeout=30) as resp:
        return resp.read()


def fetch_from_host_tls(host, name):
    with urlopen(f"https://{host}/packages/{name}", timeout=30) as resp:
        return resp.read()


def fetch_legacy_listing():
    opener = build_opener(FTPHandler())
    # expect: cleartext-ftp
    return opener.open(Request("ftp://ftp.legacy-mirror.net/pub/LISTING")).read()


def install_global_opener():
    install_opener(build_opener(HTTPSHandler()))


def fetch_changelog(dest):
    # expect: cleartext-http-urlopener
    urllib.request.URLopener().retrieve("http://changes.legacy-mirror.net/CHANGELOG.txt", dest)


def fetch_signature(dest):
    # expect: cleartext-http-urlopener
    urllib.request.FancyURLopener().retrieve("http://keys.legacy-mirror.net/mirror.asc", dest)


def stream_to_file(url_path, dest):
    with urlopen(UPSTREAM + url_path, timeout=60) as resp, open(dest, "wb") as out:
        shutil.copyfileobj(resp, out)


def ping_legacy():
    req = Request("http://status.legacy-mirror.net/ping", method="HEAD")
    # expect: cleartext-http-urlopen
    return urlopen(req, timeout=5).status


def loopback_exporter():
    return urlopen(Request("http://127.0.0.1:9100/metrics"), timeout=2).read()
