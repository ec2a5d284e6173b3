"""Create and restore backups of the Screenly home folder (``lib/backup_helper.py``)."""
import tarfile
import time
from os import getenv, path, remove

HOME = getenv("HOME", "/home/pi")
DIRECTORIES = [".screenly", "screenly_assets"]
DEFAULT_ARCHIVE_NAME = "screenly-backup"


def create_backup(name: str = DEFAULT_ARCHIVE_NAME) -> str:
    safe_name = "".join(ch for ch in name if ch.isalnum() or ch in "-_") or DEFAULT_ARCHIVE_NAME
    file_name = f"{safe_name}-{time.strftime('%Y-%m-%dT%H-%M-%S')}.tar.gz"
    file_path = path.join(HOME, "screenly", "static", file_name)
    with tarfile.open(file_path, "w:gz") as tar:
        for directory in DIRECTORIES:
            tar.add(path.join(HOME, directory), arcname=directory)
    return file_name


def list_backup(file_path: str) -> list[str]:
    with tarfile.open(file_path, "r:gz") as tar:
        return [m.name for m in tar.getmembers()]


def recover(file_path: str) -> None:
    """Unpack an uploaded backup over the current configuration and assets."""
    with tarfile.open(file_path, "r:gz") as tar:
        for directory in DIRECTORIES:
            if directory not in tar.getnames():
                raise ValueError(f"{directory} missing from backup")
        # expect: path-traversal
        tar.extractall(path=HOME)
    remove(file_path)


def recover_assets_only(file_path: str) -> None:
    with tarfile.open(file_path, "r:gz") as tar:
        members = [m for m in tar.getmembers() if m.name.startswith("screenly_assets/")]
        tar.extractall(path=HOME, members=members, filter="data")
    remove(file_path)
