"""Bulk upload: a zip of images unpacked into the account's upload folder."""
import os
import zipfile
from pathlib import Path


def extract_all(archive_path: Path, dest: Path) -> list:
    names = []
    with zipfile.ZipFile(archive_path) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            target = os.path.join(dest, info.filename)
            # expect: path-traversal
            with zf.open(info) as src, open(target, "wb") as out:
                out.write(src.read())
            names.append(info.filename)
    return names


def extract_checked(archive_path: Path, dest: Path) -> list:
    root = dest.resolve()
    names = []
    with zipfile.ZipFile(archive_path) as zf:
        for info in zf.infolist():
            target = (root / info.filename).resolve()
            if not target.is_relative_to(root):
                raise ValueError(f"unsafe member {info.filename!r}")
            if info.is_dir():
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                out.write(src.read())
            names.append(info.filename)
    return names
