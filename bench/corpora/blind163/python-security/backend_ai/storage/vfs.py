"""Path helpers for files inside a virtual folder's mount."""
from pathlib import Path, PurePosixPath

from ai.backend.storage.exception import InvalidSubpathError


def sanitize_vfpath(mount_path, relpath):
    """Resolve `relpath` inside the folder, refusing anything that escapes it."""
    root = Path(mount_path).resolve()
    target = (root / PurePosixPath(relpath or ".")).resolve()
    if not target.is_relative_to(root):
        raise InvalidSubpathError(relpath)
    return target


def resolve_download_path(mount_path, relpath):
    """Path of a file to download; leading slashes are stripped so it stays relative."""
    relative = str(relpath).lstrip("/")
    path = Path(mount_path) / relative
    if not path.is_file():
        raise FileNotFoundError(relative)
    return path


def folder_usage(mount_path):
    """Number of files and bytes used under a mount."""
    root = Path(mount_path)
    count = 0
    used = 0
    for entry in root.rglob("*"):
        if entry.is_file():
            count += 1
            used += entry.stat().st_size
    return {"file_count": count, "used_bytes": used}


def list_top_level(mount_path):
    return sorted(p.name for p in Path(mount_path).iterdir())
