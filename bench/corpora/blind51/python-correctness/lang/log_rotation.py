"""Nightly log rotation: compress yesterday's logs, bundle them and ship the bundle."""
import gzip
import io
import os
import shutil
import tarfile
import tempfile
from datetime import date, timedelta

LOG_DIR = "/var/log/shop"
ARCHIVE_DIR = "/var/backups/logs"


def yesterday_logs():
    stamp = (date.today() - timedelta(days=1)).isoformat()
    return [os.path.join(LOG_DIR, n) for n in os.listdir(LOG_DIR) if stamp in n]


def first_line(path):
    # expect: resource-leak
    fh = open(path, encoding="utf-8")
    return fh.readline().rstrip("\n")


def write_manifest(paths, dest):
    # expect: resource-leak
    out = io.open(os.path.join(dest, "MANIFEST"), "w", encoding="utf-8")
    for p in paths:
        out.write(p + "\n")


def list_bundle(bundle_path):
    # expect: resource-leak
    archive = tarfile.open(bundle_path, mode="r:gz")
    return archive.getnames()


def stage_bundle(paths):
    # expect: resource-leak
    staging = tempfile.NamedTemporaryFile(suffix=".tar.gz", delete=False)
    with tarfile.open(fileobj=staging, mode="w:gz") as tar:
        for p in paths:
            tar.add(p, arcname=os.path.basename(p))
    return staging.name


def compress(path):
    with open(path, "rb") as src, gzip.open(path + ".gz", "wb") as dst:
        shutil.copyfileobj(src, dst)
    os.remove(path)


def count_entries(bundle_path):
    tar = tarfile.open(bundle_path, mode="r:gz")
    try:
        return len(tar.getmembers())
    finally:
        tar.close()


def checksum_file(path):
    fh = open(path, "rb")
    data = fh.read()
    fh.close()
    return hash(data)


def rotate():
    logs = yesterday_logs()
    for p in logs:
        compress(p)
    bundle = stage_bundle([p + ".gz" for p in logs])
    shutil.move(bundle, ARCHIVE_DIR)
