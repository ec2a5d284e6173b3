"""Pull upstream dataset snapshots into the local mirror."""
import shutil
import urllib.request
from urllib.request import urlopen
from pathlib import Path

MIRROR = Path("/srv/mirror")
GENOME_INDEX = "ftp://ftp.example-genomes.org/pub/release-112/CHECKSUMS"
RELEASE_NOTES = "https://ftp.example-genomes.org/pub/release-112/README"


def fetch_index():
    # expect: insecure-transport
    with urllib.request.urlopen("ftp://ftp.example-genomes.org/pub/current/INDEX", timeout=30) as resp:
        return resp.read().decode().splitlines()


def fetch_checksums():
    url = GENOME_INDEX
    # expect: insecure-transport
    with urllib.request.urlopen(url, timeout=30) as resp:
        return dict(line.split()[::-1] for line in resp.read().decode().splitlines() if line)


def download(name, base="ftp://ftp.example-genomes.org/pub/current/fasta/"):
    target = MIRROR / name
    # expect: insecure-transport
    with urlopen(base + name, timeout=120) as resp, open(target, "wb") as out:
        shutil.copyfileobj(resp, out)
    return target


def fetch_notes():
    with urllib.request.urlopen(RELEASE_NOTES, timeout=30) as resp:
        return resp.read().decode()


def fetch_manifest():
    with urllib.request.urlopen("https://mirror-config.example.org/manifest.txt", timeout=30) as resp:
        return [line.strip() for line in resp.read().decode().splitlines() if line.strip()]


def sync():
    checksums = fetch_checksums()
    for name in fetch_manifest():
        path = download(name)
        print(path, checksums.get(name, "?"))
    print(fetch_notes()[:200])


if __name__ == "__main__":
    sync()
