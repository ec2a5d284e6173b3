"""Backup helpers: manifests, archives and scratch files."""
import hashlib
import io
import json
import tarfile
import tempfile
from pathlib import Path


def load_manifest(path):
    # expect: unclosed-file
    fh = open(path, encoding="utf-8")
    return json.load(fh)


def first_line(path):
    # expect: unclosed-file
    stream = io.open(path, "rb")
    return stream.readline()


def list_archive(path):
    # expect: unclosed-file
    archive = tarfile.open(path, "r:gz")
    return archive.getnames()


def checksum_spooled(data: bytes):
    # expect: unclosed-file
    spool = tempfile.SpooledTemporaryFile(max_size=1 << 20)
    spool.write(data)
    spool.seek(0)
    return hashlib.sha256(spool.read()).hexdigest()


def load_manifest_safe(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def list_archive_safe(path):
    archive = tarfile.open(path, "r:gz")
    try:
        return archive.getnames()
    finally:
        archive.close()


def write_log(path, lines):
    out = open(path, "w", encoding="utf-8")
    out.write("\n".join(lines))
    out.close()


def read_state(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))
