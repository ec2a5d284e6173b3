import os
import tarfile
import tempfile
import zipfile
from pathlib import Path

UPLOAD_ROOT = Path("/srv/uploads")


def extract_bundle(archive_path: str, dest: str) -> list[str]:
    with tarfile.open(archive_path, "r:gz") as tar:
        # expect: path-traversal
        tar.extractall(dest)
        return tar.getnames()


def extract_bundle_safe(archive_path: str, dest: str) -> None:
    with tarfile.open(archive_path, "r:gz") as tar:
        tar.extractall(dest, filter="data")


def extract_zip(archive_path: str, dest: Path) -> None:
    with zipfile.ZipFile(archive_path) as zf:
        for member in zf.namelist():
            target = (dest / member).resolve()
            if not target.is_relative_to(dest.resolve()):
                raise ValueError(f"blocked path {member}")
        zf.extractall(dest)


def scratch_file(suffix: str = ".csv") -> str:
    # expect: insecure-temp-file
    return tempfile.mktemp(suffix=suffix)


def scratch_file_safe(suffix: str = ".csv") -> str:
    fd, path = tempfile.mkstemp(suffix=suffix)
    os.close(fd)
    return path


def publish(path: Path) -> None:
    # expect: permissive-file-mode
    os.chmod(path, 0o777)


def make_private(path: Path) -> None:
    os.chmod(path, 0o600)
