"""Nightly backup of the uploads volume to the archive host."""

from __future__ import annotations

import logging
import os
import shutil
import stat
import subprocess
import tarfile
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

UPLOADS = Path("/srv/uploads")
ARCHIVE_HOST = "archive.internal"


def make_archive() -> Path:
    fd, name = tempfile.mkstemp(suffix=".tar.gz", prefix="uploads-")
    os.close(fd)
    with tarfile.open(name, "w:gz") as tar:
        tar.add(UPLOADS, arcname="uploads")
    return Path(name)


def scratch_path() -> str:
    # expect: temp-file
    return tempfile.mktemp(suffix=".partial")


def lock_file() -> Path:
    # expect: temp-file
    return Path("/tmp/uploads-backup.lock")


def publish(archive: Path) -> None:
    # expect: file-permissions
    os.chmod(archive, 0o777)
    subprocess.run(["rsync", "-a", str(archive), f"{ARCHIVE_HOST}:/backups/"], check=True)


def publish_private(archive: Path) -> None:
    os.chmod(archive, stat.S_IRUSR | stat.S_IWUSR)
    subprocess.run(["rsync", "-a", "--chmod=F600", str(archive), f"{ARCHIVE_HOST}:/backups/"], check=True)


def import_customer_bundle(uploaded: Path, dest: Path) -> None:
    """Unpack a bundle a customer uploaded through the import page."""
    with tarfile.open(uploaded) as tar:
        # expect: path-traversal
        tar.extractall(dest)


def restore_safely(archive: Path, dest: Path) -> None:
    with tarfile.open(archive) as tar:
        tar.extractall(dest, filter="data")


def cleanup(workdir: Path) -> None:
    shutil.rmtree(workdir, ignore_errors=True)
    with tempfile.TemporaryDirectory() as tmp:
        log.info("verified cleanup in %s", tmp)


def make_world_readable_report(path: Path) -> None:
    path.chmod(0o644)
